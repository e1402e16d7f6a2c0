// The delegate's side of a live sitting, through the real models against the
// real council-server on loopback: AppController logs a delegate in, and its
// SittingController, SpeakerController and VoteController are driven while a
// chair (a raw protocol client) runs the sitting. Covers check-in with the
// hall code and a wrong code, the speaker queue and the speaking clock, a vote
// from opening to result, a ballot cast while the server is down (pending,
// then counted exactly once after a restart) and a ballot that arrives after
// the round closed.
#include "appcontroller.h"
#include "livesitting.h"

#include <QCborArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AppController;
using council::client::ServerConnection;
using council::client::SittingController;
using council::client::SpeakerController;
using council::client::SpeakerQueueModel;
using council::client::VoteController;
using council::protocol::Request;
using Ballot = council::client::VoteController::BallotState;

namespace {

constexpr int kWait = 10000;

QCborMap roundBody(qint64 round) {
    return QCborMap{{QStringLiteral("round"), round}};
}

} // namespace

class TstLiveSitting : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    TestCouncil *m_council = nullptr;
    LiveSitting m_s;
    AppController *m_app = nullptr;

    Participant &me() { return m_s.delegates[0]; }
    RawClient &chair() { return *m_s.chair.client; }

    qint64 openVote(const QString &question, int seconds = 0) {
        QCborMap b{{QStringLiteral("item"), m_s.items.at(0)},
                   {QStringLiteral("question"), question},
                   {QStringLiteral("sitting"), m_s.sitting}};
        if (seconds > 0)
            b.insert(QStringLiteral("seconds"), seconds);
        const Reply r = chair().request(Request::VoteOpen, b);
        if (!r.ok())
            qWarning().noquote() << "vote.open:" << r.describe();
        return r.ok() ? idOf(r, QStringLiteral("round")) : 0;
    }

    // The server's own count of the round: {voted, approve, ...} after close.
    QCborMap closeVote(qint64 round) {
        const Reply r = chair().request(Request::VoteClose, roundBody(round));
        if (!r.ok())
            qWarning().noquote() << "vote.close:" << r.describe();
        return r.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    }

private slots:
    void initTestCase();
    void followsTheSittingAndQuorum();
    void wrongCodeIsRefusedClearly();
    void checksInWithTheHallCode();
    void speakerQueueAndClock();
    void voteFromOpenToResult();
    void ballotAfterTheCloseIsTooLate();
    void ballotWhileTheServerIsDownCountsOnce(); // kills the server
    void queuedBallotDiesWithItsLogin();
    void cleanupTestCase();
};

void TstLiveSitting::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_config.path() + QStringLiteral("/data")).toUtf8()); // downloaded documents
    QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QString error;
    QVERIFY2(setUpLiveSitting(*m_council, &m_s, LiveSittingOptions{4, 2, false}, &error), qPrintable(error));
    // The chair opens the first item: the speaker queue is per item.
    const Reply current =
        chair().request(Request::AgendaSetCurrent, QCborMap{{QStringLiteral("session"), m_s.session},
                                                            {QStringLiteral("item"), m_s.items.at(0)}});
    COUNCIL_VERIFY_OK(current);

    m_app = new AppController(this);
    m_app->login(m_council->server()->url().toString(), me().username, kLivePassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->loggedIn() && m_app->synced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
    m_app->openSession(m_s.session);
}

void TstLiveSitting::followsTheSittingAndQuorum() {
    SittingController *sitting = m_app->sitting();
    QCOMPARE(sitting->sittingId(), m_s.sitting);
    QCOMPARE(sitting->sittingTitle(), QStringLiteral("Phiên khai mạc"));
    QVERIFY(sitting->isMember());
    QVERIFY(sitting->isDelegate());
    QTRY_VERIFY_WITH_TIMEOUT(sitting->quorumKnown(), kWait);
    QCOMPARE(sitting->myStatus(), QStringLiteral("none"));
    QVERIFY(!sitting->checkedIn());
    QVERIFY(sitting->canCheckIn());
    QCOMPARE(sitting->totalCount(), 4);
    QCOMPARE(sitting->presentCount(), 0);
    QCOMPARE(sitting->requiredCount(), 3); // two thirds of 4, rounded up
    QVERIFY(!sitting->quorumReached());

    // Another delegate checks in from its own device: the quorum follows.
    QString error;
    QVERIFY2(checkInAll(m_s, {m_s.delegates.at(1)}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sitting->presentCount(), 1, kWait);
    QCOMPARE(sitting->myStatus(), QStringLiteral("none"));
}

void TstLiveSitting::wrongCodeIsRefusedClearly() {
    SittingController *sitting = m_app->sitting();
    QSignalSpy changed(sitting, &SittingController::checkInChanged);
    // Not six digits: refused on the device, nothing sent.
    QVERIFY(!sitting->checkInWithCode(QStringLiteral("12345")));
    QVERIFY(!sitting->checkInError().isEmpty());
    QVERIFY(!sitting->checkInPending());
    QVERIFY(!sitting->checkInWithCode(QStringLiteral("12a456")));

    const Reply code =
        chair().request(Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(code);
    const int shown = code.value(QStringLiteral("code")).toString().toInt();
    const QString wrong = QStringLiteral("%1").arg((shown + 500000) % 1000000, 6, 10, QLatin1Char('0'));
    QVERIFY(sitting->checkInWithCode(wrong));
    QVERIFY(sitting->checkInPending());
    QVERIFY(!sitting->canCheckIn());
    QTRY_VERIFY_WITH_TIMEOUT(!sitting->checkInPending(), kWait);
    QCOMPARE(sitting->checkInError(),
             QStringLiteral("The code is wrong or has expired. Type the code shown on the hall screen now."));
    QVERIFY(!sitting->checkedIn());
    QVERIFY(sitting->canCheckIn());
    QVERIFY(changed.count() >= 2);
}

void TstLiveSitting::checksInWithTheHallCode() {
    SittingController *sitting = m_app->sitting();
    const Reply code =
        chair().request(Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(code);
    // Typed while the tablet is off the Wi-Fi: kept, shown as waiting, sent when back.
    ServerConnection *link = m_app->connection();
    link->close();
    QVERIFY(sitting->checkInWithCode(code.value(QStringLiteral("code")).toString()));
    QVERIFY(sitting->checkInError().isEmpty());
    QVERIFY(sitting->checkInPending());
    QVERIFY(!sitting->canCheckIn());
    sitting->checkIn(); // a second press while one is on its way sends nothing more
    QTest::qWait(300);
    QVERIFY(sitting->checkInPending());
    QVERIFY(!sitting->checkedIn());
    QCOMPARE(link->pendingCount(), 1);
    link->open();
    QTRY_VERIFY_WITH_TIMEOUT(sitting->checkedIn(), kWait);
    QVERIFY(!sitting->checkInPending());
    QCOMPARE(sitting->myStatus(), QStringLiteral("present"));
    QVERIFY(!sitting->myStatusTime().isEmpty());
    QCOMPARE(sitting->presentCount(), 2);
    QVERIFY(!sitting->canCheckIn());

    // The others check in: the quorum (3 of 4) is reached.
    QString error;
    QVERIFY2(checkInAll(m_s, {m_s.delegates.at(2), m_s.delegates.at(3)}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(sitting->presentCount(), 4, kWait);
    QVERIFY(sitting->quorumReached());
}

void TstLiveSitting::speakerQueueAndClock() {
    SpeakerController *speakers = m_app->speakers();
    SpeakerQueueModel *queue = speakers->queue();
    QTRY_COMPARE_WITH_TIMEOUT(speakers->itemId(), m_s.items.at(0), kWait);
    QVERIFY(speakers->canRequest());
    QVERIFY(!speakers->floorTaken());

    speakers->requestToSpeak(false);
    QVERIFY(speakers->busy());
    QVERIFY(!speakers->canRequest()); // no second request while the first is on its way
    QTRY_COMPARE_WITH_TIMEOUT(speakers->myPlace(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!speakers->busy(), kWait);
    QVERIFY(speakers->hasRequest());
    QVERIFY(!speakers->myRequestIsPointOfOrder());
    QVERIFY(!speakers->canRequest());

    // A point of order from another delegate goes before the speech.
    RawClient &other = *m_s.delegates[1].client;
    const Reply poo = other.request(Request::SpeakRequest,
                                    QCborMap{{QStringLiteral("item"), m_s.items.at(0)},
                                             {QStringLiteral("kind"), QStringLiteral("point_of_order")}});
    COUNCIL_VERIFY_OK(poo);
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 2, kWait);
    QCOMPARE(speakers->myPlace(), 2);
    const QModelIndex first = queue->index(0);
    QVERIFY(queue->data(first, SpeakerQueueModel::IsPointOfOrderRole).toBool());
    QCOMPARE(queue->data(first, SpeakerQueueModel::FullNameRole).toString(), m_s.delegates.at(1).fullName);
    QVERIFY(!queue->data(first, SpeakerQueueModel::IsMineRole).toBool());
    QVERIFY(queue->data(queue->index(1), SpeakerQueueModel::IsMineRole).toBool());
    QCOMPARE(queue->data(queue->index(1), SpeakerQueueModel::PlaceRole).toInt(), 2);

    // The chair gives the floor to the point of order: someone else speaks, the clock runs.
    const qint64 pooId = poo.map(QStringLiteral("request")).value(QStringLiteral("id")).toInteger();
    COUNCIL_VERIFY_OK(chair().request(Request::SpeakGiveFloor, QCborMap{{QStringLiteral("id"), pooId}}));
    QTRY_VERIFY_WITH_TIMEOUT(speakers->floorTaken(), kWait);
    QCOMPARE(speakers->speakerName(), m_s.delegates.at(1).fullName);
    QVERIFY(speakers->speakerIsPointOfOrder());
    QVERIFY(!speakers->iHaveTheFloor());
    QCOMPARE(speakers->limitSeconds(), 300);
    QVERIFY2(speakers->secondsLeft() <= 300 && speakers->secondsLeft() > 290,
             qPrintable(QString::number(speakers->secondsLeft())));
    QTRY_COMPARE_WITH_TIMEOUT(speakers->myPlace(), 1, kWait);
    const int before = speakers->secondsLeft();
    QTRY_VERIFY_WITH_TIMEOUT(speakers->secondsLeft() < before, 3000);
    QVERIFY(speakers->timeLeftText().startsWith(QStringLiteral("04:")));
    QVERIFY(!speakers->warning());

    // Short speaking time for this body, then the floor goes to the delegate:
    // the server's warning (8 s before the end of 10 s) turns the clock amber,
    // and after the limit it counts the time over.
    const Reply rules = m_council->admin()->request(Request::BodyUpdate,
                                                    QCborMap{{QStringLiteral("id"), m_s.body},
                                                             {QStringLiteral("speakingSeconds"), 10},
                                                             {QStringLiteral("speakingWarningSeconds"), 8}});
    COUNCIL_VERIFY_OK(rules);
    const qint64 mine = queue->data(queue->index(0), SpeakerQueueModel::RequestIdRole).toLongLong();
    COUNCIL_VERIFY_OK(chair().request(Request::SpeakGiveFloor, QCborMap{{QStringLiteral("id"), mine}}));
    QTRY_VERIFY_WITH_TIMEOUT(speakers->iHaveTheFloor(), kWait);
    QCOMPARE(speakers->limitSeconds(), 10);
    QCOMPARE(speakers->myPlace(), 0);
    QVERIFY(!speakers->hasRequest());
    QVERIFY(!speakers->canRequest()); // speaking now
    QTRY_VERIFY_WITH_TIMEOUT(speakers->warning(), 5000);
    QVERIFY(!speakers->timeUp());
    QTRY_VERIFY_WITH_TIMEOUT(speakers->timeUp(), 12000);
    QTRY_VERIFY_WITH_TIMEOUT(speakers->timeLeftText().startsWith(QLatin1Char('+')), 3000);

    // The speaker ends the speech: the floor is free.
    speakers->finishSpeaking();
    QTRY_VERIFY_WITH_TIMEOUT(!speakers->floorTaken(), kWait);
    QVERIFY(speakers->errorString().isEmpty());

    // Ask again and withdraw.
    QTRY_VERIFY_WITH_TIMEOUT(speakers->canRequest(), kWait);
    speakers->requestToSpeak(true);
    QTRY_COMPARE_WITH_TIMEOUT(speakers->myPlace(), 1, kWait);
    QVERIFY(speakers->myRequestIsPointOfOrder());
    speakers->withdraw();
    QTRY_COMPARE_WITH_TIMEOUT(speakers->myPlace(), 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(speakers->canRequest(), kWait);
    QCOMPARE(queue->rowCount(), 0);
}

void TstLiveSitting::voteFromOpenToResult() {
    VoteController *votes = m_app->votes();
    QVERIFY(!votes->hasRound());
    const qint64 round = openVote(QStringLiteral("Thông qua Nghị quyết số 1/NQ-HĐND"), 120);
    QVERIFY(round != 0);
    QTRY_COMPARE_WITH_TIMEOUT(votes->roundId(), round, kWait);
    QVERIFY(votes->isOpen());
    QVERIFY(votes->canVote());
    QVERIFY(!votes->mustCheckIn());
    QCOMPARE(votes->question(), QStringLiteral("Thông qua Nghị quyết số 1/NQ-HĐND"));
    QCOMPARE(votes->rule(), QStringLiteral("more_than_half_of_total"));
    QCOMPARE(votes->requiredText(), QStringLiteral("Needs 3 of the 4 delegates approving"));
    QVERIFY(votes->hasDeadline());
    QVERIFY2(votes->secondsLeft() > 100 && votes->secondsLeft() <= 120,
             qPrintable(QString::number(votes->secondsLeft())));
    QCOMPARE(votes->ballotState(), Ballot::None);
    QCOMPARE(votes->presentCount(), 4);
    QCOMPARE(votes->votedCount(), 0);

    // Press, then confirm.
    votes->propose(QStringLiteral("approve"));
    QCOMPARE(votes->proposedChoice(), QStringLiteral("approve"));
    QCOMPARE(votes->ballotState(), Ballot::None);
    votes->confirm();
    QVERIFY(votes->proposedChoice().isEmpty());
    QCOMPARE(votes->ballotState(), Ballot::Pending);
    QCOMPARE(votes->myChoice(), QStringLiteral("approve"));
    QTRY_COMPARE_WITH_TIMEOUT(votes->ballotState(), Ballot::Recorded, kWait);
    QCOMPARE(votes->myChoice(), QStringLiteral("approve"));
    QCOMPARE(votes->ballotStateText(), QStringLiteral("Recorded: Approve"));
    QTRY_COMPARE_WITH_TIMEOUT(votes->votedCount(), 1, kWait);

    // A correction before the close.
    QVERIFY(votes->cast(QStringLiteral("disapprove")));
    QCOMPARE(votes->ballotState(), Ballot::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(votes->ballotState(), Ballot::Changed, kWait);
    QCOMPARE(votes->myChoice(), QStringLiteral("disapprove"));

    // Others vote; progress follows.
    for (int i = 1; i < 3; ++i)
        COUNCIL_VERIFY_OK(m_s.delegates[i].client->request(
            Request::VoteCast, QCborMap{{QStringLiteral("round"), round},
                                        {QStringLiteral("choice"), QStringLiteral("approve")}}));
    QTRY_COMPARE_WITH_TIMEOUT(votes->votedCount(), 3, kWait);
    QCOMPARE(votes->progress(), 0.75);

    const QCborMap server = closeVote(round);
    QCOMPARE(server.value(QStringLiteral("approve")).toInteger(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(votes->hasResult(), kWait);
    QVERIFY(!votes->isOpen());
    QCOMPARE(votes->roundState(), QStringLiteral("closed"));
    QVERIFY(!votes->canVote());
    const QVariantMap result = votes->result();
    QCOMPARE(result.value(QStringLiteral("approve")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInt(), 0);
    QCOMPARE(result.value(QStringLiteral("voted")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("present")).toInt(), 4);
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), 4);
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
    QCOMPARE(result.value(QStringLiteral("verdictText")).toString(), QStringLiteral("Not passed"));
    QCOMPARE(result.value(QStringLiteral("approveShare")).toDouble(), 0.5);
    QVERIFY(result.value(QStringLiteral("approveShareText")).toString().startsWith(QStringLiteral("50")));
    // The ballot keeps its state; nothing can be cast any more.
    QCOMPARE(votes->ballotState(), Ballot::Changed);
    QVERIFY(!votes->cast(QStringLiteral("approve")));
}

void TstLiveSitting::ballotAfterTheCloseIsTooLate() {
    VoteController *votes = m_app->votes();
    const qint64 round = openVote(QStringLiteral("Thông qua Nghị quyết số 2/NQ-HĐND"));
    QTRY_COMPARE_WITH_TIMEOUT(votes->roundId(), round, kWait);
    QVERIFY(!votes->hasDeadline());

    // The tablet loses the Wi-Fi; the delegate votes; the chair closes meanwhile.
    ServerConnection *link = m_app->connection();
    link->close();
    QCOMPARE(link->state(), ServerConnection::State::Disconnected);
    QVERIFY(votes->cast(QStringLiteral("approve")));
    QCOMPARE(votes->ballotState(), Ballot::Pending);
    QVERIFY(votes->ballotStateText().startsWith(QStringLiteral("Waiting to be sent")));
    QTest::qWait(300);
    QCOMPARE(votes->ballotState(), Ballot::Pending); // nothing gives up on its own
    closeVote(round);

    link->open();
    QTRY_COMPARE_WITH_TIMEOUT(votes->ballotState(), Ballot::Closed, kWait);
    QVERIFY(votes->ballotStateText().startsWith(QStringLiteral("Too late")));
    QTRY_VERIFY_WITH_TIMEOUT(votes->hasResult(), kWait);
    QCOMPARE(votes->result().value(QStringLiteral("voted")).toInt(), 0);
}

void TstLiveSitting::ballotWhileTheServerIsDownCountsOnce() {
    VoteController *votes = m_app->votes();
    const qint64 round = openVote(QStringLiteral("Thông qua Nghị quyết số 3/NQ-HĐND"));
    QTRY_COMPARE_WITH_TIMEOUT(votes->roundId(), round, kWait);
    QVERIFY(votes->canVote());

    // A power cut in the server room.
    const quint16 port = m_council->server()->port();
    m_council->server()->kill();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->connection()->state() != ServerConnection::State::Online, kWait);
    QVERIFY(votes->cast(QStringLiteral("approve")));
    QCOMPARE(votes->ballotState(), Ballot::Pending);
    QCOMPARE(votes->myChoice(), QStringLiteral("approve"));
    QVERIFY(votes->ballotStateText().startsWith(QStringLiteral("Waiting to be sent")));
    QTest::qWait(1500); // the client keeps trying meanwhile
    QCOMPARE(votes->ballotState(), Ballot::Pending);

    // Back on the same address; the client reconnects by itself and sends the ballot.
    QVERIFY2(
        m_council->server()->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
        qPrintable(m_council->server()->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ServerConnection::State::Online, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(votes->ballotState(), Ballot::Recorded, kWait);
    QCOMPARE(votes->myChoice(), QStringLiteral("approve"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->pendingCount(), 0, kWait);

    // Exactly one ballot, also after the client's resends.
    QString error;
    RawClient *chairAgain = reconnectWithToken(*m_council, m_s.chair.login.token, &error);
    QVERIFY2(chairAgain, qPrintable(error));
    const Reply got = chairAgain->request(Request::VoteGet, roundBody(round));
    COUNCIL_VERIFY_OK(got);
    QCOMPARE(got.value(QStringLiteral("voters")).toArray(), QCborArray{me().member});
    const Reply closed = chairAgain->request(Request::VoteClose, roundBody(round));
    COUNCIL_VERIFY_OK(closed);
    const QCborMap result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 1);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(votes->hasResult(), kWait);
    QCOMPARE(votes->result().value(QStringLiteral("approve")).toInt(), 1);
    QCOMPARE(votes->ballotState(), Ballot::Recorded);
    m_s.chair.client = chairAgain;
}

void TstLiveSitting::queuedBallotDiesWithItsLogin() {
    // A ballot pressed offline, then the delegate logs out and a colleague
    // logs in on the same tablet: the ballot must not go out in the
    // colleague's name (nobody votes for another delegate).
    VoteController *votes = m_app->votes();
    const qint64 round = openVote(QStringLiteral("Thông qua Nghị quyết số 4/NQ-HĐND"));
    QTRY_COMPARE_WITH_TIMEOUT(votes->roundId(), round, kWait);
    m_app->connection()->close();
    QVERIFY(votes->cast(QStringLiteral("approve")));
    QCOMPARE(votes->ballotState(), Ballot::Pending);
    m_app->logout();
    QVERIFY(!votes->hasRound());

    const Participant &colleague = m_s.delegates.at(1);
    m_app->login(m_council->server()->url().toString(), colleague.username, kLivePassword);
    QCOMPARE(m_app->connection()->pendingCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->loggedIn() && m_app->synced(), 30000);
    m_app->openSession(m_s.session);
    QTRY_COMPARE_WITH_TIMEOUT(votes->roundId(), round, kWait);
    QCOMPARE(votes->ballotState(), Ballot::None);
    QVERIFY(votes->myChoice().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sitting()->checkedIn(), kWait); // the colleague's own attendance

    const Reply got = chair().request(Request::VoteGet, roundBody(round));
    COUNCIL_VERIFY_OK(got);
    QCOMPARE(got.value(QStringLiteral("voters")).toArray(), QCborArray{});
}

void TstLiveSitting::cleanupTestCase() {
    delete m_app;
    m_app = nullptr;
}

QTEST_GUILESS_MAIN(TstLiveSitting)
#include "tst_livesitting.moc"
