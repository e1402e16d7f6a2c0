// The chair's console through the real models against the real
// council-server on loopback: the chair's AppController moves the agenda,
// watches attendance, opens a vote that twenty protocol-level delegates
// receive, follows its progress and who has not voted, closes it and shows
// the result on the hall screen (a display account's HallModel). A delegate's
// ChairController is refused by the server and says so.
#include "appcontroller.h"
#include "livesitting.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AppController;
using council::client::ChairController;
using council::protocol::Event;
using council::protocol::Request;

namespace {

constexpr int kWait = 15000;
constexpr int kDelegates = 20;
constexpr int kVoters = 15;

} // namespace

class TstChairController : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    TestCouncil *m_council = nullptr;
    LiveSitting m_s;
    AppController *m_chairApp = nullptr;
    AppController *m_delegateApp = nullptr;
    AppController *m_displayApp = nullptr;
    qint64 m_round = 0;

    AppController *loggedIn(const QString &username) {
        auto *app = new AppController(this);
        app->login(m_council->server()->url().toString(), username, kLivePassword);
        return app;
    }
    ChairController *chair() const { return m_chairApp->chair(); }

private slots:
    void initTestCase();
    void chairMayChair();
    void movesTheAgenda();
    void followsAttendance();
    void runsAVote();
    void showsTheResultOnTheHall();
    void delegateIsRefused();
    void runsTheSpeakerQueue();
    void extendsRepeatsAndCancels();
    void opensAndClosesTheSitting(); // last: closes the sitting
};

void TstChairController::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_config.path() + QStringLiteral("/data")).toUtf8());
    QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QString error;
    QVERIFY2(setUpLiveSitting(*m_council, &m_s, LiveSittingOptions{kDelegates, 3, false}, &error),
             qPrintable(error));

    m_chairApp = loggedIn(m_s.chair.username);
    m_delegateApp = loggedIn(m_s.delegates.at(0).username);
    m_displayApp = loggedIn(m_s.display.username);
    for (AppController *app : {m_chairApp, m_delegateApp, m_displayApp}) {
        QTRY_VERIFY_WITH_TIMEOUT(app->loggedIn() && app->synced(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
    }
    m_chairApp->openSession(m_s.session);
    m_delegateApp->openSession(m_s.session);
}

void TstChairController::chairMayChair() {
    QTRY_VERIFY_WITH_TIMEOUT(chair()->canChair(), kWait);
    // The body's default rule, preselected.
    QCOMPARE(chair()->defaultRule(), QStringLiteral("more_than_half_of_total"));
    QCOMPARE(chair()->currentItemId(), qint64(0));
    QVERIFY(chair()->hasNextItem());
    QVERIFY(!chair()->hasPreviousItem());
}

void TstChairController::movesTheAgenda() {
    chair()->moveToItem(m_s.items.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->currentItemId(), m_s.items.at(1), kWait);
    QVERIFY(chair()->errorMessage().isEmpty());
    // The delegate's agenda follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->agenda()->currentItemId(), m_s.items.at(1), kWait);
    QVERIFY(chair()->hasPreviousItem());
    QVERIFY(chair()->hasNextItem());
    chair()->previousItem();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->currentItemId(), m_s.items.at(0), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->agenda()->currentItemId(), m_s.items.at(0), kWait);
    QVERIFY(!chair()->hasPreviousItem());
    chair()->nextItem();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->currentItemId(), m_s.items.at(1), kWait);
    QCOMPARE(chair()->currentItemTitle(),
             m_delegateApp->agenda()
                 ->data(m_delegateApp->agenda()->index(1), council::client::AgendaModel::TitleRole)
                 .toString());
}

void TstChairController::followsAttendance() {
    QTRY_VERIFY_WITH_TIMEOUT(chair()->attendanceKnown(), kWait);
    QCOMPARE(chair()->delegateCount(), kDelegates);
    QCOMPARE(chair()->presentCount(), 0);
    QCOMPARE(chair()->absentNames().size(), kDelegates);

    // The twenty delegates check in from their devices.
    QString error;
    QVERIFY2(checkInAll(m_s, m_s.delegates, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->presentCount(), kDelegates, kWait);
    QVERIFY(chair()->quorumReached());
    QVERIFY(chair()->absentNames().isEmpty());
    QVERIFY(chair()->droppedNames().isEmpty());

    // One delegate's tablet drops off the network: still present, but listed as dropped.
    Participant &last = m_s.delegates.last();
    last.client->abort();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->droppedNames(), QStringList{last.fullName}, kWait);
    QCOMPARE(chair()->presentCount(), kDelegates);
    // It comes back.
    QVERIFY2((last.client = reconnectWithToken(*m_council, last.login.token, &error)), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(chair()->droppedNames().isEmpty(), kWait);
}

void TstChairController::runsAVote() {
    QList<EventMark> marks;
    for (const Participant &p : m_s.delegates)
        marks << markEvents(*p.client);
    chair()->openVote(QStringLiteral("Thông qua Nghị quyết về kế hoạch đầu tư công"));
    QTRY_VERIFY_WITH_TIMEOUT(chair()->voteOpen(), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
    m_round = chair()->roundId();
    QVERIFY(m_round != 0);
    QCOMPARE(chair()->rule(), chair()->defaultRule());

    // Every delegate's device hears of it.
    for (int i = 0; i < m_s.delegates.size(); ++i) {
        const auto opened = waitForEvent(*m_s.delegates[i].client, Event::VoteOpened, aboutRound(m_round),
                                         kWait, marks.at(i));
        QVERIFY2(opened, qPrintable(m_s.delegates.at(i).username));
    }

    // Fifteen vote: 12 approve, 2 disapprove, 1 not voting.
    QList<qint64> ids;
    for (int i = 0; i < kVoters; ++i) {
        const QString choice = i < 12   ? QStringLiteral("approve")
                               : i < 14 ? QStringLiteral("disapprove")
                                        : QStringLiteral("not_voting");
        ids << m_s.delegates[i].client->send(Request::VoteCast, QCborMap{{QStringLiteral("round"), m_round},
                                                                         {QStringLiteral("choice"), choice}});
    }
    for (int i = 0; i < kVoters; ++i)
        COUNCIL_VERIFY_OK(m_s.delegates[i].client->waitReply(ids.at(i)));

    QTRY_COMPARE_WITH_TIMEOUT(chair()->votedCount(), kVoters, kWait);
    QStringList expected;
    for (int i = kVoters; i < kDelegates; ++i)
        expected << m_s.delegates.at(i).fullName;
    expected.sort();
    QTRY_COMPARE_WITH_TIMEOUT(
        [&] {
            QStringList names = chair()->notVotedNames();
            names.sort();
            return names;
        }(),
        expected, kWait);

    chair()->closeVote();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->roundState(), QStringLiteral("closed"), kWait);
    const QVariantMap result = chair()->result();
    QCOMPARE(result.value(QStringLiteral("total")).toInt(), kDelegates);
    QCOMPARE(result.value(QStringLiteral("present")).toInt(), kDelegates);
    QCOMPARE(result.value(QStringLiteral("voted")).toInt(), kVoters);
    QCOMPARE(result.value(QStringLiteral("approve")).toInt(), 12);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInt(), 1);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed")); // 12 > 20/2
    QVERIFY(chair()->notVotedNames().isEmpty());
}

void TstChairController::showsTheResultOnTheHall() {
    QVERIFY(m_round != 0);
    chair()->showOnHall(QStringLiteral("result"), 0, 0, m_round);
    auto *hall = m_displayApp->hall();
    QTRY_COMPARE_WITH_TIMEOUT(hall->mode(), QStringLiteral("result"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(hall->result().value(QStringLiteral("roundId")).toLongLong(), m_round, kWait);
    QCOMPARE(hall->result().value(QStringLiteral("approve")).toInt(), 12);
    QCOMPARE(hall->result().value(QStringLiteral("voted")).toInt(), kVoters);
    QVERIFY(chair()->errorMessage().isEmpty());

    // The server holds it too.
    const Reply r =
        m_s.delegates[0].client->request(Request::HallGet, QCborMap{{QStringLiteral("body"), m_s.body}});
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("mode")).toString(), QStringLiteral("result"));
    QCOMPARE(r.value(QStringLiteral("round")).toInteger(), m_round);
}

void TstChairController::delegateIsRefused() {
    ChairController *mine = m_delegateApp->chair();
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->agenda()->currentItemId(), m_s.items.at(1), kWait);
    QVERIFY(!mine->canChair());
    mine->openVote(QStringLiteral("Biểu quyết trái phép"));
    QTRY_VERIFY_WITH_TIMEOUT(!mine->errorMessage().isEmpty(), kWait);
    QCOMPARE(mine->errorMessage(), QStringLiteral("Bạn không có quyền thực hiện thao tác này."));
    QVERIFY(!mine->voteOpen());
    // The chair's console saw no new round.
    QCOMPARE(chair()->roundId(), m_round);
    mine->clearError();
    QVERIFY(mine->errorMessage().isEmpty());
}

void TstChairController::runsTheSpeakerQueue() {
    const qint64 item = chair()->currentItemId();
    QList<qint64> requests;
    for (int i = 0; i < 2; ++i) {
        const Reply r =
            m_s.delegates[i].client->request(Request::SpeakRequest, QCborMap{{QStringLiteral("item"), item}});
        COUNCIL_VERIFY_OK(r);
        requests << r.map(QStringLiteral("request")).value(QStringLiteral("id")).toInteger();
    }
    auto waitingOrder = [&] {
        const Reply q =
            m_s.delegates[0].client->request(Request::SpeakQueue, QCborMap{{QStringLiteral("item"), item}});
        QList<qint64> ids;
        for (const QCborValue &v : q.value(QStringLiteral("queue")).toArray())
            ids << v.toMap().value(QStringLiteral("id")).toInteger();
        return ids;
    };
    QCOMPARE(waitingOrder(), requests);
    chair()->reorder({requests.at(1), requests.at(0)});
    QTRY_COMPARE_WITH_TIMEOUT(waitingOrder(), (QList<qint64>{requests.at(1), requests.at(0)}), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));

    chair()->giveFloor(requests.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_chairApp->speakers()->floorTaken(), kWait);
    QCOMPARE(m_chairApp->speakers()->speakerName(), m_s.delegates.at(1).fullName);
    chair()->endFloor();
    QTRY_VERIFY_WITH_TIMEOUT(!m_chairApp->speakers()->floorTaken(), kWait);
    QVERIFY(chair()->errorMessage().isEmpty());
    // Nobody speaks now: nothing to end, said on the device.
    chair()->endFloor();
    QVERIFY(!chair()->errorMessage().isEmpty());
    chair()->clearError();
}

void TstChairController::extendsRepeatsAndCancels() {
    chair()->openVote(QStringLiteral("Thông qua tờ trình"), QStringLiteral("two_thirds_of_total"), 60);
    QTRY_VERIFY_WITH_TIMEOUT(chair()->voteOpen() && chair()->roundId() != m_round, kWait);
    QCOMPARE(chair()->rule(), QStringLiteral("two_thirds_of_total"));
    const qint64 first = chair()->roundId();
    const qint64 deadline = chair()->deadline();
    QVERIFY(deadline > 0);
    // Progress and "not voted" start afresh.
    QCOMPARE(chair()->votedCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(chair()->notVotedNames().size(), kDelegates, kWait);

    chair()->extend(30);
    QTRY_VERIFY_WITH_TIMEOUT(chair()->deadline() > deadline, kWait);

    chair()->repeatVote();
    QTRY_VERIFY_WITH_TIMEOUT(chair()->roundId() != first, kWait);
    QCOMPARE(chair()->roundNo(), 2);
    QVERIFY(chair()->voteOpen());

    chair()->cancelVote();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->roundState(), QStringLiteral("cancelled"), kWait);
    QVERIFY(chair()->notVotedNames().isEmpty());
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
}

void TstChairController::opensAndClosesTheSitting() {
    // A delegate's controller shows the sitting but is refused opening it.
    ChairController *mine = m_delegateApp->chair();
    QTRY_COMPARE_WITH_TIMEOUT(mine->sittingId(), m_s.sitting, kWait);
    QCOMPARE(mine->sittingState(), QStringLiteral("planned"));
    mine->openSitting();
    QTRY_VERIFY_WITH_TIMEOUT(!mine->errorMessage().isEmpty(), kWait);
    QCOMPARE(mine->errorMessage(), QStringLiteral("Bạn không có quyền thực hiện thao tác này."));
    mine->clearError();

    // The chair opens it; the chair's console, the delegate's app and a tablet all see it open.
    QCOMPARE(chair()->sittingId(), m_s.sitting);
    QCOMPARE(chair()->sittingTitle(), QStringLiteral("Phiên khai mạc"));
    QCOMPARE(chair()->sittingState(), QStringLiteral("planned"));
    const EventMark mark = markEvents(*m_s.delegates[0].client);
    QSignalSpy changed(chair(), &ChairController::sittingChanged);
    chair()->openSitting();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingState(), QStringLiteral("open"), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
    QVERIFY(changed.count() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(mine->sittingState(), QStringLiteral("open"), kWait);
    QCOMPARE(m_delegateApp->liveContext()->sitting(m_s.sitting).state, QStringLiteral("open"));
    QVERIFY(m_delegateApp->liveContext()->sitting(m_s.sitting).openedAt > 0);
    const auto opened = waitForEvent(
        *m_s.delegates[0].client, Event::SittingChanged,
        [this](const QCborMap &b) {
            const QCborMap s = b.value(QStringLiteral("sitting")).toMap();
            return s.value(QStringLiteral("id")).toInteger() == m_s.sitting &&
                   s.value(QStringLiteral("state")).toString() == QStringLiteral("open");
        },
        kWait, mark);
    QVERIFY(opened);

    // Not closed while a vote of the sitting is open: the console says why.
    chair()->openVote(QStringLiteral("Thông qua chương trình phiên họp"));
    QTRY_VERIFY_WITH_TIMEOUT(chair()->voteOpen(), kWait);
    chair()->closeSitting();
    QTRY_VERIFY_WITH_TIMEOUT(!chair()->errorMessage().isEmpty(), kWait);
    QCOMPARE(chair()->errorMessage(),
             QCoreApplication::translate("council::client::ChairController",
                                         "A vote is open: close or cancel it before closing the sitting."));
    QCOMPARE(chair()->sittingState(), QStringLiteral("open"));
    chair()->cancelVote();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->roundState(), QStringLiteral("cancelled"), kWait);
    chair()->closeSitting();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingState(), QStringLiteral("closed"), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(mine->sittingState(), QStringLiteral("closed"), kWait);

    // An open sitting is the current one, even when the agenda's item belongs to another.
    const Reply added = addSitting(*m_s.secretary.client, m_s.session, QStringLiteral("Phiên chiều"),
                                   QDate::currentDate().toString(Qt::ISODate));
    COUNCIL_VERIFY_OK(added);
    const qint64 afternoon = idOf(added, QStringLiteral("sitting"));
    COUNCIL_VERIFY_OK(
        m_s.chair.client->request(Request::SittingOpen, QCborMap{{QStringLiteral("id"), afternoon}}));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingId(), afternoon, kWait);
    QCOMPARE(chair()->sittingTitle(), QStringLiteral("Phiên chiều"));
    QCOMPARE(chair()->sittingState(), QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->liveContext()->currentSittingId(), afternoon, kWait);
    // Closed, the item's sitting is current again.
    chair()->closeSitting();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingId(), m_s.sitting, kWait);
    QCOMPARE(chair()->sittingState(), QStringLiteral("closed"));
    QCOMPARE(m_chairApp->liveContext()->sitting(afternoon).state, QStringLiteral("closed"));
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
}

QTEST_GUILESS_MAIN(TstChairController)
#include "tst_chaircontroller.moc"
