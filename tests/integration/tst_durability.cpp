// Durability: whatever the server acknowledged survives a SIGKILL — a power
// cut — and a restart on the same data directory, and the event log goes on
// from where it stopped.
#include "testcouncil.h"

#include <QCborArray>
#include <QTest>

using namespace council::testing;
using council::protocol::Request;

class tst_Durability : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedSurvivesKill_data();
    void acknowledgedSurvivesKill();
};

void tst_Durability::acknowledgedSurvivesKill_data() {
    QTest::addColumn<bool>("pipelined");
    QTest::newRow("one by one") << false;
    QTest::newRow("pipelined") << true; // many changes in one group commit
}

void tst_Durability::acknowledgedSurvivesKill() {
    QFETCH(bool, pipelined);
    TestCouncil council;
    QVERIFY2(council.start(), qPrintable(council.lastError()));
    BodyFixture f;
    QVERIFY2(council.setUpBody(&f), qPrintable(council.lastError()));

    constexpr int kItems = 40;
    QStringList titles;
    for (int i = 0; i < kItems; ++i)
        titles << QStringLiteral("Nghị quyết số %1/NQ-HĐND").arg(i + 1);
    if (pipelined) {
        QList<qint64> ids;
        for (const QString &t : titles) {
            QCborMap b;
            b.insert(QStringLiteral("session"), f.session);
            b.insert(QStringLiteral("title"), t);
            ids << f.secretary->send(Request::AgendaAdd, b);
        }
        for (qint64 id : ids)
            COUNCIL_VERIFY_OK(f.secretary->waitReply(id));
    } else {
        for (const QString &t : titles)
            COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, t));
    }
    QCborMap auditQuery;
    auditQuery.insert(QStringLiteral("after"), 0);
    auditQuery.insert(QStringLiteral("limit"), 1000);
    council.server()->kill(); // immediately after the last reply
    QVERIFY(!council.server()->isRunning());

    QVERIFY2(council.restart(), qPrintable(council.lastError()));
    RawClient *secretary = council.connectWithToken(f.secretaryLogin.token);
    QVERIFY2(secretary, qPrintable(council.lastError()));
    const Reply stored = getSession(*secretary, f.session);
    COUNCIL_VERIFY_OK(stored);
    QStringList storedTitles;
    for (const QCborValue &item : stored.value(QStringLiteral("agenda")).toArray())
        storedTitles << item.toMap().value(QStringLiteral("title")).toString();
    QCOMPARE(storedTitles, titles);

    // The log continues: a new change gets the next seq and the chain holds.
    const Reply before = council.admin()->request(Request::AuditList, auditQuery);
    COUNCIL_VERIFY_OK(before);
    const qint64 head = before.value(QStringLiteral("head")).toInteger();
    COUNCIL_VERIFY_OK(addItem(*secretary, f.session, QStringLiteral("Sau khi khởi động lại")));
    const Reply after = council.admin()->request(Request::AuditList, auditQuery);
    QCOMPARE(after.value(QStringLiteral("head")).toInteger(), head + 1);
    const QList<council::crypto::AuditEntry> entries = auditEntries(after);
    QCOMPARE(council::crypto::firstBrokenEntry(entries, council::crypto::genesisHash(), nullptr), 0);

    // The acknowledged operation ids survived too: a resend is not applied again.
    const QByteArray op = RawClient::newOp();
    const Reply once = addItem(*secretary, f.session, QStringLiteral("Một lần"), op);
    COUNCIL_VERIFY_OK(once);
    council.server()->kill();
    QVERIFY2(council.restart(), qPrintable(council.lastError()));
    RawClient *again = council.connectWithToken(f.secretaryLogin.token);
    QVERIFY(again);
    const Reply resent = addItem(*again, f.session, QStringLiteral("Một lần"), op);
    COUNCIL_VERIFY_OK(resent);
    QCOMPARE(resent.body(), once.body());
    QCOMPARE(getSession(*again, f.session).value(QStringLiteral("agenda")).toArray().size(), kItems + 2);
}

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
