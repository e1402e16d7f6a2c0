// The audit trail: the hash-chained event log verifies when intact — through
// audit.list and through `councilctl audit verify` — and after one byte of one
// stored event is changed behind the server's back, verification names
// exactly that event.
#include "testcouncil.h"

#include "crypto/auditchain.h"

#include <QCborArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace council::testing;
using council::crypto::AuditEntry;
using council::protocol::Request;

class tst_Audit : public QObject {
    Q_OBJECT

private slots:
    void tamperedPayloadIsNamed();

private:
    qint64 verifyViaAuditList(RawClient &admin, qint64 *head);
    bool runCouncilctlVerify(quint16 port, int *exitCode, QString *out);
};

qint64 tst_Audit::verifyViaAuditList(RawClient &admin, qint64 *head) {
    // Page through the log as a verifier would, carrying the last hash on.
    QByteArray prev = council::crypto::genesisHash();
    qint64 after = 0;
    for (;;) {
        QCborMap q;
        q.insert(QStringLiteral("after"), after);
        q.insert(QStringLiteral("limit"), 7); // small pages: the carry-over is exercised
        const Reply r = admin.request(Request::AuditList, q);
        if (!r.ok())
            return -1;
        *head = r.value(QStringLiteral("head")).toInteger();
        const QList<AuditEntry> entries = auditEntries(r);
        if (entries.isEmpty())
            return 0;
        const qint64 broken = council::crypto::firstBrokenEntry(entries, prev, &prev);
        if (broken)
            return broken;
        after = entries.last().seq;
    }
}

bool tst_Audit::runCouncilctlVerify(quint16 port, int *exitCode, QString *out) {
#ifdef COUNCILCTL_BIN
    QTemporaryDir config;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNCIL_CONFIG_DIR"), config.path());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(COUNCILCTL_BIN),
            {QStringLiteral("--server"), QStringLiteral("ws://127.0.0.1:%1").arg(port),
             QStringLiteral("--user"), kAdminName, QStringLiteral("--password-stdin"),
             QStringLiteral("audit"), QStringLiteral("verify")});
    if (!p.waitForStarted(5000))
        return false;
    p.write(kAdminPassword.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return false;
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    *out = QString::fromUtf8(p.readAll());
    return true;
#else
    Q_UNUSED(port);
    Q_UNUSED(exitCode);
    Q_UNUSED(out);
    return false;
#endif
}

void tst_Audit::tamperedPayloadIsNamed() {
    TestCouncil council;
    QVERIFY2(council.start(), qPrintable(council.lastError()));
    BodyFixture f;
    QVERIFY2(council.setUpBody(&f), qPrintable(council.lastError()));
    qint64 target = 0;
    for (int i = 0; i < 12; ++i) {
        const QString title = i == 6 ? QStringLiteral("Mục kiểm toán") : QStringLiteral("Mục %1").arg(i);
        COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, title));
    }
    qint64 head = 0;
    QCOMPARE(verifyViaAuditList(*council.admin(), &head), 0);
    QVERIFY(head > 12);

    int code = -2;
    QString out;
    const bool haveCtl = runCouncilctlVerify(council.server()->port(), &code, &out);
    if (haveCtl) {
        QVERIFY2(code == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("OK")), qPrintable(out));
    }

    // Everything listed was acknowledged, hence durable: a hard stop is enough.
    council.server()->kill();
    {
        const QString connection = QStringLiteral("tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(council.server()->databasePath());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT seq, payload FROM events ORDER BY seq")),
                     qPrintable(q.lastError().text()));
            QByteArray payload;
            while (q.next()) {
                if (q.value(1).toByteArray().contains("Mục kiểm toán")) {
                    target = q.value(0).toLongLong();
                    payload = q.value(1).toByteArray();
                    break;
                }
            }
            QVERIFY2(target > 0, "no event with the marked title in table events");
            q.finish();
            // One byte, still valid CBOR: "Mục" becomes "Nục".
            payload[payload.indexOf("Mục kiểm toán")] = 'N';
            // The log refuses updates by trigger; an attacker with the file does not care.
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS events_no_update")),
                     qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("UPDATE events SET payload = ? WHERE seq = ?"));
            q.addBindValue(payload);
            q.addBindValue(target);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    QVERIFY2(council.restart(), qPrintable(council.lastError()));
    QCOMPARE(verifyViaAuditList(*council.admin(), &head), target);
    if (haveCtl) {
        QVERIFY(runCouncilctlVerify(council.server()->port(), &code, &out));
        QVERIFY2(code == 1, qPrintable(out));
        QVERIFY2(out.contains(QString::number(target)), qPrintable(out));
    } else {
        qWarning("councilctl not built: only audit.list was verified");
    }
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
