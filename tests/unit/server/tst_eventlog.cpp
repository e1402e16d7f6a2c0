// The event log is a hash chain that names the first entry that was changed,
// and the database refuses edits and deletes of logged entries.
#include "crypto/sodium.h"
#include "storage/database.h"
#include "storage/eventlog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;
using namespace council::crypto;

class tst_EventLog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(initialize()); }

    void chainAndTamper() {
        QTemporaryDir dir;
        Database db;
        QCOMPARE(db.open(dir.path(), QStringLiteral("log")), QString());
        EventLog log(db);
        QVERIFY(log.load());
        for (int i = 0; i < 20; ++i) {
            QCborMap body;
            body.insert(QStringLiteral("title"), QStringLiteral("Nội dung %1").arg(i));
            QVERIFY(log.append(1060, 2, 1, 1, body).seq == i + 1);
        }
        QList<AuditEntry> entries = log.read(0, 100);
        QCOMPARE(entries.size(), 20);
        QCOMPARE(firstBrokenEntry(entries, genesisHash(), nullptr), 0);
        // The database refuses to rewrite history.
        QVERIFY(!db.exec(QStringLiteral("UPDATE events SET payload = x'00' WHERE seq = 5")));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM events WHERE seq = 5")));
        // Someone who bypasses that (drops the trigger) is still caught.
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER events_no_update")));
        QVERIFY(
            db.exec(QStringLiteral("UPDATE events SET payload = ? WHERE seq = 7"), {QByteArray("\xa0", 1)}));
        QCOMPARE(firstBrokenEntry(log.read(0, 100), genesisHash(), nullptr), 7);
        // Paging: a verifier that starts mid-way uses the previous page's last hash.
        QList<AuditEntry> tail = log.read(10, 100);
        QCOMPARE(firstBrokenEntry(tail, entries[9].hash, nullptr), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
