// A power cut in the middle of a vote: fifty delegates cast at once, the
// server is killed (SIGKILL) as soon as 25 acknowledgements have arrived, and
// restarts on the same data. Every acknowledged ballot is counted exactly
// once; the clients then resend every ballot with its original ballot id, as
// the client core does after a reconnect, and that changes nothing that was
// stored: already_recorded for what was committed, recorded for the rest.
#include "livesitting.h"

#include <QCborArray>
#include <QSet>
#include <QTest>
#include <QTimer>

using namespace council::testing;
using council::protocol::Frame;
using council::protocol::FrameKind;
using council::protocol::Request;

class tst_VoteCrash : public QObject {
    Q_OBJECT

private slots:
    void killedWhileBallotsArrive();
};

void tst_VoteCrash::killedWhileBallotsArrive() {
    TestCouncil council;
    QVERIFY2(council.start(), qPrintable(council.lastError()));
    LiveSitting s;
    QString error;
    QVERIFY2(setUpLiveSitting(council, &s, LiveSittingOptions{50, 1, false}, &error), qPrintable(error));
    QVERIFY2(checkInAll(s, s.delegates, &error), qPrintable(error));
    const Reply opened = s.chair.client->request(
        Request::VoteOpen, QCborMap{{QStringLiteral("item"), s.items.at(0)},
                                    {QStringLiteral("question"), QStringLiteral("Thông qua Nghị quyết")},
                                    {QStringLiteral("sitting"), s.sitting}});
    COUNCIL_VERIFY_OK(opened);
    const qint64 round = idOf(opened, QStringLiteral("round"));

    constexpr int kDelegates = 50;
    constexpr int kKillAfter = 25;
    QStringList choices;
    QList<QByteArray> ops;
    for (int i = 0; i < kDelegates; ++i) {
        choices << (i < 30   ? QStringLiteral("approve")
                    : i < 45 ? QStringLiteral("disapprove")
                             : QStringLiteral("not_voting"));
        ops << RawClient::newOp();
    }

    // The ballots go out as a stream, a burst of six every 2 ms, so that the
    // server commits them in several groups; the 25th acknowledgement pulls the
    // plug while later ballots are still on the wire or in the server's queue.
    constexpr int kBurst = 6;
    QHash<int, QString> acked; // delegate index -> status
    QList<qint64> requestIds(kDelegates, 0);
    int sent = 0;
    QTimer stream;
    stream.setInterval(2);
    for (int i = 0; i < kDelegates; ++i) {
        connect(s.delegates.at(i).client, &RawClient::frameReceived, this, [&, i](const Frame &f) {
            if (f.kind != FrameKind::Result || f.type != qint64(Request::VoteCast) ||
                f.id != requestIds.at(i))
                return;
            acked.insert(i, f.body.value(QStringLiteral("status")).toString());
            if (acked.size() == kKillAfter) {
                council.server()->kill();
                stream.stop();
            }
        });
    }
    connect(&stream, &QTimer::timeout, this, [&] {
        for (int burst = 0; burst < kBurst && sent < kDelegates; ++burst, ++sent)
            requestIds[sent] = s.delegates.at(sent).client->send(
                Request::VoteCast,
                QCborMap{{QStringLiteral("round"), round}, {QStringLiteral("choice"), choices.at(sent)}},
                ops.at(sent));
        if (sent == kDelegates)
            stream.stop();
    });
    stream.start();
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     for (const Participant &d : s.delegates) {
                         if (d.client->isConnected())
                             return false;
                     }
                     return true;
                 },
                 20000),
             "the clients did not see the server go");
    QVERIFY2(acked.size() >= kKillAfter, qPrintable(QString::number(acked.size())));
    for (const QString &status : std::as_const(acked))
        QCOMPARE(status, QStringLiteral("recorded"));

    QVERIFY2(council.restart(), qPrintable(council.lastError()));
    RawClient *chair = council.connectWithToken(s.chair.login.token);
    QVERIFY2(chair, qPrintable(council.lastError()));
    const Reply stored = chair->request(Request::VoteGet, QCborMap{{QStringLiteral("round"), round}});
    COUNCIL_VERIFY_OK(stored);
    QCOMPARE(stored.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QList<qint64> voterList;
    for (const QCborValue &v : stored.value(QStringLiteral("voters")).toArray())
        voterList << v.toInteger();
    const QSet<qint64> voters(voterList.cbegin(), voterList.cend());
    QCOMPARE(voters.size(), voterList.size()); // nobody twice
    QCOMPARE(stored.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(),
             qint64(voters.size()));
    for (auto it = acked.cbegin(); it != acked.cend(); ++it)
        QVERIFY2(voters.contains(s.delegates.at(it.key()).member),
                 qPrintable(QStringLiteral("acknowledged ballot of delegate %1 was lost").arg(it.key())));
    qInfo("%d ballots sent, %lld acknowledged before the kill, %lld stored after the restart", sent,
          qint64(acked.size()), qint64(voters.size()));

    // Every device reconnects and resends its ballot with the same ballot id.
    QList<RawClient *> clients;
    for (Participant &d : s.delegates) {
        d.client = council.connectWithToken(d.login.token);
        QVERIFY2(d.client, qPrintable(council.lastError()));
        clients << d.client;
    }
    QList<qint64> resendIds;
    for (int i = 0; i < kDelegates; ++i)
        resendIds << clients.at(i)->send(
            Request::VoteCast,
            QCborMap{{QStringLiteral("round"), round}, {QStringLiteral("choice"), choices.at(i)}}, ops.at(i));
    for (int i = 0; i < kDelegates; ++i) {
        const Reply r = clients.at(i)->waitReply(resendIds.at(i), 20000);
        COUNCIL_VERIFY_OK(r);
        const QString expected = voters.contains(s.delegates.at(i).member)
                                     ? QStringLiteral("already_recorded")
                                     : QStringLiteral("recorded");
        QVERIFY2(r.value(QStringLiteral("status")).toString() == expected,
                 qPrintable(QStringLiteral("delegate %1 (%2 before the kill): %3, expected %4")
                                .arg(i)
                                .arg(acked.contains(i) ? QStringLiteral("acknowledged")
                                                       : QStringLiteral("not acknowledged"))
                                .arg(r.value(QStringLiteral("status")).toString(), expected)));
        QCOMPARE(r.value(QStringLiteral("choice")).toString(), choices.at(i));
    }

    // A second resend of everything is a no-op.
    resendIds.clear();
    for (int i = 0; i < kDelegates; ++i)
        resendIds << clients.at(i)->send(
            Request::VoteCast,
            QCborMap{{QStringLiteral("round"), round}, {QStringLiteral("choice"), choices.at(i)}}, ops.at(i));
    for (int i = 0; i < kDelegates; ++i) {
        const Reply r = clients.at(i)->waitReply(resendIds.at(i), 20000);
        COUNCIL_VERIFY_OK(r);
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("already_recorded"));
    }

    const Reply closed = chair->request(Request::VoteClose, QCborMap{{QStringLiteral("round"), round}});
    COUNCIL_VERIFY_OK(closed);
    const QCborMap result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("total")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("present")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 30);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInteger(), 15);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInteger(), 5);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    QCOMPARE(result.value(QStringLiteral("names")).toMap().value(QStringLiteral("approve")).toArray().size(),
             30);

    // The event log survived the kill intact.
    const Reply audit = council.admin()->request(
        Request::AuditList, QCborMap{{QStringLiteral("after"), 0}, {QStringLiteral("limit"), 1000}});
    COUNCIL_VERIFY_OK(audit);
    QCOMPARE(council::crypto::firstBrokenEntry(auditEntries(audit), council::crypto::genesisHash(), nullptr),
             0);
}

QTEST_GUILESS_MAIN(tst_VoteCrash)
#include "tst_votecrash.moc"
