// The agenda page with the live sitting (attendance, speaking, the vote) as a
// delegate sees it, rendered offscreen against the real council-server with
// its demo data (--demo): a chair, a secretary and thirty more delegates run
// the sitting over the wire while "daibieu" uses the real app. Each state is
// saved as a PNG at a landscape laptop, a portrait tablet and a full-HD size,
// and checked: the key controls are shown, inside the window, not cut off by
// a scrolling parent, not on top of each other, and no text is truncated.
#include "appcontroller.h"
#include "demositting.h"
#include "pagechecks.h"
#include "uitestsupport.h"

#include <QCborArray>
#include <QQmlApplicationEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

using council::client::AppController;
using council::client::ServerConnection;
using council::protocol::Request;
using council::testing::RawClient;
using council::testing::TestCouncil;
using namespace council::uitest;
using Ballot = council::client::VoteController::BallotState;

namespace {

constexpr int kWait = 15000;
// The parts of an open vote that must never cover each other.
const QStringList kVoteParts{QStringLiteral("vote_approve"), QStringLiteral("vote_disapprove"),
                             QStringLiteral("vote_not_voting"), QStringLiteral("voteProgressBar"),
                             QStringLiteral("ballotState")};

} // namespace

class TstLiveScreens : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notCheckedIn();
    void speakingWithTheClock();
    void myFloorNearTheEnd();
    void voteOpen();
    void voteConfirmation();
    void voteRecorded();
    void votePendingWhileOffline();
    void voteResult();
    void cleanupTestCase();

private:
    // Shoots the window at every size and checks `names` each time.
    void shootAll(const QString &state, const QStringList &names, const QStringList &whole = {},
                  const QStringList &apart = {});
    council::testing::Reply chairDoes(Request type, const QCborMap &body);
    bool waitForBallot(Ballot state) {
        return QTest::qWaitFor([&] { return m_app->votes()->ballotState() == state; }, kWait);
    }
    // What the ballot and the link are doing, for a failure message.
    QString ballotReport() const {
        return QStringLiteral("ballot state %1 (%2), error '%3', link state %4, %5 request(s) unanswered")
            .arg(int(m_app->votes()->ballotState()))
            .arg(m_app->votes()->ballotStateText(), m_app->votes()->errorString())
            .arg(int(m_app->connection()->state()))
            .arg(m_app->connection()->pendingCount());
    }

    QTranslator m_qm;
    TestCouncil *m_council = nullptr;
    DemoSitting m_demo;
    qint64 m_round = 0;
    AppController *m_app = nullptr;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

council::testing::Reply TstLiveScreens::chairDoes(Request type, const QCborMap &body) {
    const council::testing::Reply r = m_demo.chair->request(type, body);
    if (!r.ok())
        qWarning().noquote() << "chair:" << r.describe();
    return r;
}

void TstLiveScreens::initTestCase() {
    startRecordingQmlWarnings();
    QVERIFY(useMaterialInVietnamese(m_qm));

    m_council = new TestCouncil(this);
    QString error;
    QVERIFY2(startDemoSitting(*m_council, &m_demo, &error), qPrintable(error));

    m_app = demoLogin(*m_council, QStringLiteral("daibieu"), this);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->loggedIn() && m_app->synced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
    m_app->openSession(m_demo.session);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sitting()->quorumKnown(), kWait);
    QCOMPARE(m_app->sitting()->sittingId(), m_demo.sitting);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_window = showMainWindow(*m_engine, m_app, kScreenSizes.first());
    QVERIFY(m_window);
    QTest::qWait(700);
    QVERIFY(findVisible(m_window, QStringLiteral("agendaPage")));
}

void TstLiveScreens::init() {
    takeQmlWarnings();
}

void TstLiveScreens::cleanup() {
    verifyNoQmlWarnings();
}

void TstLiveScreens::shootAll(const QString &state, const QStringList &names, const QStringList &whole,
                              const QStringList &apart) {
    for (const QSize &size : kScreenSizes) {
        m_window->resize(size);
        QTest::qWait(700);
        const QString path = saveShot(m_window, QStringLiteral("live-%1-%2").arg(state, sizeName(size)));
        const QStringList problems = checkShownInside(m_window, names) + checkTexts(m_window) +
                                     checkNotClipped(m_window, whole) + checkShownApart(m_window, apart);
        for (const QString &p : problems)
            qWarning().noquote() << sizeName(size) << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(path, problems.join(QStringLiteral("; ")))));
    }
    m_window->resize(kScreenSizes.first());
    QTest::qWait(300);
}

void TstLiveScreens::notCheckedIn() {
    QVERIFY(!m_app->sitting()->checkedIn());
    QCOMPARE(m_app->sitting()->presentCount(), 30);
    QCOMPARE(m_app->sitting()->totalCount(), 40);
    const QStringList names{QStringLiteral("livePanel"),         QStringLiteral("checkInCard"),
                            QStringLiteral("checkInButton"),     QStringLiteral("checkInCodeField"),
                            QStringLiteral("checkInCodeButton"), QStringLiteral("checkInState"),
                            QStringLiteral("quorumChip"),        QStringLiteral("speakerCard"),
                            QStringLiteral("requestToSpeak"),    QStringLiteral("pointOfOrder"),
                            QStringLiteral("currentPanel"),      QStringLiteral("agendaList")};
    shootAll(QStringLiteral("checkin"), names,
             {QStringLiteral("checkInButton"), QStringLiteral("checkInCodeField"),
              QStringLiteral("requestToSpeak")},
             {QStringLiteral("checkInCard"), QStringLiteral("speakerCard"), QStringLiteral("currentPanel"),
              QStringLiteral("agendaList")});
    QCOMPARE(findVisible(m_window, QStringLiteral("checkInButton"))->property("text").toString(),
             QStringLiteral("Điểm danh"));
}

void TstLiveScreens::speakingWithTheClock() {
    // The delegate checks in with the code on the hall screen.
    const council::testing::Reply code =
        chairDoes(Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), m_demo.sitting}});
    QVERIFY(m_app->sitting()->checkInWithCode(code.value(QStringLiteral("code")).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sitting()->checkedIn(), kWait);
    QCOMPARE(m_app->sitting()->presentCount(), 31);

    // The vice chair asks first, a delegate next, then "daibieu"; a point of
    // order jumps ahead and gets the floor.
    auto ask = [&](RawClient *c, const QString &kind) {
        return c->request(Request::SpeakRequest,
                          QCborMap{{QStringLiteral("item"), m_demo.item}, {QStringLiteral("kind"), kind}});
    };
    QVERIFY(ask(m_demo.vice, QStringLiteral("speech")).ok());
    QVERIFY(ask(m_demo.voters[3].client, QStringLiteral("speech")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->speakers()->canRequest(), kWait);
    m_app->speakers()->requestToSpeak(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->speakers()->myPlace(), 3, kWait);
    const council::testing::Reply order = ask(m_demo.voters[7].client, QStringLiteral("point_of_order"));
    QVERIFY(order.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->speakers()->myPlace(), 4, kWait);
    const qint64 orderId = order.map(QStringLiteral("request")).value(QStringLiteral("id")).toInteger();
    QVERIFY(chairDoes(Request::SpeakGiveFloor, QCborMap{{QStringLiteral("id"), orderId}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->speakers()->floorTaken(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->speakers()->myPlace(), 3, kWait);
    QTest::qWait(1200); // the clock has moved

    shootAll(QStringLiteral("speaking"),
             {QStringLiteral("speakerCard"), QStringLiteral("floorBox"), QStringLiteral("speakerClock"),
              QStringLiteral("speakerName"), QStringLiteral("myPlace"), QStringLiteral("withdrawRequest"),
              QStringLiteral("queueRow1"), QStringLiteral("checkInState"), QStringLiteral("quorumChip")},
             {QStringLiteral("speakerClock"), QStringLiteral("myPlace"), QStringLiteral("withdrawRequest")},
             {QStringLiteral("checkInCard"), QStringLiteral("speakerCard"), QStringLiteral("agendaList")});
    QVERIFY(findVisible(m_window, QStringLiteral("speakerClock"))
                ->property("text")
                .toString()
                .startsWith(QStringLiteral("04:5")));
}

void TstLiveScreens::myFloorNearTheEnd() {
    // A body with 65 s of speaking time and the warning a minute before the end.
    const council::testing::Reply rules = m_council->admin()->request(
        Request::BodyUpdate, QCborMap{{QStringLiteral("id"), m_demo.body},
                                      {QStringLiteral("speakingSeconds"), 65},
                                      {QStringLiteral("speakingWarningSeconds"), 60}});
    QVERIFY2(rules.ok(), qPrintable(rules.describe()));
    const auto *queue = m_app->speakers()->queue();
    const int mine = m_app->speakers()->myPlace() - 1;
    QVERIFY(mine >= 0);
    const qint64 id =
        queue->data(queue->index(mine), council::client::SpeakerQueueModel::RequestIdRole).toLongLong();
    QVERIFY(chairDoes(Request::SpeakGiveFloor, QCborMap{{QStringLiteral("id"), id}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->speakers()->iHaveTheFloor(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->speakers()->warning(), kWait);

    shootAll(QStringLiteral("myfloor"),
             {QStringLiteral("floorBox"), QStringLiteral("speakerClock"), QStringLiteral("finishSpeaking")},
             {QStringLiteral("floorBox"), QStringLiteral("finishSpeaking")},
             {QStringLiteral("checkInCard"), QStringLiteral("speakerCard"), QStringLiteral("agendaList")});

    m_app->speakers()->finishSpeaking();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->speakers()->floorTaken(), kWait);
}

void TstLiveScreens::voteOpen() {
    const council::testing::Reply opened = chairDoes(
        Request::VoteOpen, QCborMap{{QStringLiteral("item"), m_demo.item},
                                    {QStringLiteral("question"),
                                     QStringLiteral("Thông qua Nghị quyết về kế hoạch phát triển kinh tế - "
                                                    "xã hội thành phố năm 2027")},
                                    {QStringLiteral("seconds"), 600}});
    QVERIFY(opened.ok());
    m_round = opened.map(QStringLiteral("round")).value(QStringLiteral("id")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->votes()->isOpen(), kWait);
    // Twelve delegates are quick.
    for (int i = 0; i < 12; ++i)
        QVERIFY(
            m_demo.voters[i]
                .client
                ->request(Request::VoteCast, QCborMap{{QStringLiteral("round"), m_round},
                                                      {QStringLiteral("choice"), QStringLiteral("approve")}})
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->votes()->votedCount(), 12, kWait);
    QCOMPARE(m_app->votes()->ballotState(), Ballot::None);

    // The secretariat had marked "daibieu" absent by mistake: the vote says to
    // check in first, and its own button does it.
    const council::testing::Reply absent = m_demo.secretary->request(
        Request::AttendanceSet, QCborMap{{QStringLiteral("sitting"), m_demo.sitting},
                                         {QStringLiteral("member"), m_app->liveContext()->myMemberId()},
                                         {QStringLiteral("status"), QStringLiteral("absent")}});
    QVERIFY2(absent.ok(), qPrintable(absent.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->votes()->mustCheckIn(), kWait);
    QVERIFY(!m_app->votes()->canVote());
    QCOMPARE(m_app->votes()->presentCount(), 30);
    shootAll(QStringLiteral("vote-checkin-first"),
             {QStringLiteral("voteCard"), QStringLiteral("mustCheckIn"), QStringLiteral("voteCheckInButton")},
             {QStringLiteral("voteCheckInButton")});
    QVERIFY(!findVisible(m_window, QStringLiteral("vote_approve")));
    QCOMPARE(findVisible(m_window, QStringLiteral("voteProgressLabel"))->property("text").toString(),
             QStringLiteral("Đã biểu quyết: 12/30 đại biểu có mặt"));
    QVERIFY(QMetaObject::invokeMethod(findVisible(m_window, QStringLiteral("voteCheckInButton")), "clicked"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sitting()->checkedIn(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->votes()->canVote(), kWait);

    const QStringList buttons{QStringLiteral("vote_approve"), QStringLiteral("vote_disapprove"),
                              QStringLiteral("vote_not_voting")};
    shootAll(QStringLiteral("vote-open"),
             QStringList{QStringLiteral("voteCard"), QStringLiteral("voteQuestion"),
                         QStringLiteral("voteTimer"), QStringLiteral("voteProgressBar"),
                         QStringLiteral("voteProgressLabel"), QStringLiteral("ballotState")} +
                 buttons,
             buttons + QStringList{QStringLiteral("voteTimer"), QStringLiteral("voteQuestion")},
             buttons + QStringList{QStringLiteral("currentPanel"), QStringLiteral("voteProgressBar"),
                                   QStringLiteral("ballotState")});
    for (const QString &b : buttons)
        QVERIFY2(findVisible(m_window, b)->height() >= 48, qPrintable(b));
    QCOMPARE(findVisible(m_window, QStringLiteral("vote_approve"))->property("text").toString(),
             QStringLiteral("Tán thành"));
}

void TstLiveScreens::voteConfirmation() {
    m_app->votes()->propose(QStringLiteral("approve"));
    QTest::qWait(100);
    QVERIFY(!findVisible(m_window, QStringLiteral("vote_approve")));
    shootAll(QStringLiteral("vote-confirm"),
             {QStringLiteral("voteConfirm"), QStringLiteral("voteConfirmQuestion"),
              QStringLiteral("voteConfirmButton"), QStringLiteral("voteChooseAgain")},
             {QStringLiteral("voteConfirmButton"), QStringLiteral("voteChooseAgain")},
             {QStringLiteral("voteConfirmButton"), QStringLiteral("voteChooseAgain")});
}

void TstLiveScreens::voteRecorded() {
    m_app->votes()->confirm();
    QVERIFY2(waitForBallot(Ballot::Recorded), qPrintable(ballotReport()));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->votes()->votedCount(), 13, kWait);
    shootAll(
        QStringLiteral("vote-recorded"),
        {QStringLiteral("ballotState"), QStringLiteral("ballotStateText"), QStringLiteral("vote_approve")},
        {QStringLiteral("ballotState"), QStringLiteral("vote_approve")}, kVoteParts);
    QCOMPARE(findVisible(m_window, QStringLiteral("ballotStateText"))->property("text").toString(),
             QStringLiteral("Đã ghi nhận: Tán thành"));
}

void TstLiveScreens::votePendingWhileOffline() {
    // The Wi-Fi drops; the delegate changes the vote; it waits, shown as such.
    ServerConnection *link = m_app->connection();
    link->close();
    QVERIFY(m_app->votes()->cast(QStringLiteral("not_voting")));
    QCOMPARE(m_app->votes()->ballotState(), Ballot::Pending);
    shootAll(QStringLiteral("vote-pending"),
             {QStringLiteral("ballotState"), QStringLiteral("vote_not_voting")},
             {QStringLiteral("ballotState")}, kVoteParts);
    link->open();
    QVERIFY2(waitForBallot(Ballot::Changed), qPrintable(ballotReport()));
    QCOMPARE(m_app->votes()->myChoice(), QStringLiteral("not_voting"));
    // Back to approve, as the delegate meant.
    QVERIFY(m_app->votes()->cast(QStringLiteral("approve")));
    QCOMPARE(m_app->votes()->myChoice(), QStringLiteral("approve"));
    QVERIFY2(waitForBallot(Ballot::Changed), qPrintable(ballotReport()));
}

void TstLiveScreens::voteResult() {
    // The rest of the hall votes: 25 approve in all, 3 disapprove, 2 not voting.
    const QStringList rest{
        QStringLiteral("approve"),    QStringLiteral("approve"),    QStringLiteral("approve"),
        QStringLiteral("approve"),    QStringLiteral("approve"),    QStringLiteral("approve"),
        QStringLiteral("approve"),    QStringLiteral("approve"),    QStringLiteral("approve"),
        QStringLiteral("approve"),    QStringLiteral("disapprove"), QStringLiteral("disapprove"),
        QStringLiteral("disapprove"), QStringLiteral("not_voting"), QStringLiteral("not_voting")};
    for (int i = 0; i < rest.size(); ++i)
        QVERIFY(m_demo.voters[12 + i]
                    .client
                    ->request(Request::VoteCast, QCborMap{{QStringLiteral("round"), m_round},
                                                          {QStringLiteral("choice"), rest.at(i)}})
                    .ok());
    for (RawClient *c : {m_demo.chair, m_demo.vice})
        QVERIFY(c->request(Request::VoteCast, QCborMap{{QStringLiteral("round"), m_round},
                                                       {QStringLiteral("choice"), QStringLiteral("approve")}})
                    .ok());
    QVERIFY(chairDoes(Request::VoteClose, QCborMap{{QStringLiteral("round"), m_round}}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->votes()->hasResult(), kWait);
    const QVariantMap result = m_app->votes()->result();
    QCOMPARE(result.value(QStringLiteral("approve")).toInt(), 25);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));

    const QStringList parts{QStringLiteral("verdictBanner"),        QStringLiteral("resultRow_approve"),
                            QStringLiteral("resultRow_disapprove"), QStringLiteral("resultRow_notVoting"),
                            QStringLiteral("resultCounts"),         QStringLiteral("resultRule"),
                            QStringLiteral("ballotState")};
    shootAll(QStringLiteral("vote-result"), parts + QStringList{QStringLiteral("voteCard")}, parts, parts);
    QCOMPARE(findVisible(m_window, QStringLiteral("verdictText"))->property("text").toString(),
             QStringLiteral("\u2713  Thông qua"));
}

void TstLiveScreens::cleanupTestCase() {
    m_engine.reset();
    delete m_app;
    m_app = nullptr;
    stopRecordingQmlWarnings();
}

QTEST_MAIN(TstLiveScreens)

#include "tst_livescreens.moc"
