// One whole sitting driven from the consoles' models against the real
// council-server on loopback, in the order a chair runs it: the chair's
// AppController opens the sitting, twenty delegates check in (nineteen
// tablets at the protocol level, one through its own app's models), the
// chair takes up an item, gives the floor to the delegate who asked for it
// from the app and ends it, opens a vote that all twenty answer, closes it,
// sends the result to the hall screen — where a display account's HallModel
// shows the counts — and closes the sitting, after which a late check-in is
// refused. Each step is checked where a user would see it: on the chair's
// console, on the delegate's app and on the hall.
#include "appcontroller.h"
#include "livesitting.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AppController;
using council::client::ChairController;
using council::client::SpeakerQueueModel;
using council::protocol::Event;
using council::protocol::Request;

namespace {

constexpr int kWait = 15000;
constexpr int kDelegates = 20;

QString choiceFor(int i) {
    // 14 approve, 4 disapprove, 2 not voting: passes "more than half of the total" (14 > 10).
    return i < 14   ? QStringLiteral("approve")
           : i < 18 ? QStringLiteral("disapprove")
                    : QStringLiteral("not_voting");
}

} // namespace

class TstConsoleSitting : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    TestCouncil *m_council = nullptr;
    LiveSitting m_s;
    AppController *m_chairApp = nullptr;
    AppController *m_delegateApp = nullptr; // delegate 0's own app
    AppController *m_displayApp = nullptr;

    AppController *loggedIn(const QString &username) {
        auto *app = new AppController(this);
        app->login(m_council->server()->url().toString(), username, kLivePassword);
        return app;
    }
    ChairController *chair() const { return m_chairApp->chair(); }

private slots:
    void initTestCase();
    void wholeSitting();
};

void TstConsoleSitting::initTestCase() {
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
    QTRY_VERIFY_WITH_TIMEOUT(chair()->canChair(), kWait);
}

void TstConsoleSitting::wholeSitting() {
    QString error;

    // 1. The chair opens the sitting; the delegate's app sees it open.
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingId(), m_s.sitting, kWait);
    QCOMPARE(chair()->sittingState(), QStringLiteral("planned"));
    chair()->openSitting();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingState(), QStringLiteral("open"), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->chair()->sittingState(), QStringLiteral("open"), kWait);

    // 2. Check-ins: delegate 0 from its app, the other nineteen from their tablets.
    QTRY_VERIFY_WITH_TIMEOUT(chair()->attendanceKnown(), kWait);
    QCOMPARE(chair()->presentCount(), 0);
    QVERIFY(!chair()->quorumReached());
    QTRY_VERIFY_WITH_TIMEOUT(m_delegateApp->sitting()->canCheckIn(), kWait);
    m_delegateApp->sitting()->checkIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_delegateApp->sitting()->checkedIn(), kWait);
    QVERIFY2(checkInAll(m_s, m_s.delegates.mid(1), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->presentCount(), kDelegates, kWait);
    QVERIFY(chair()->quorumReached());
    QVERIFY(chair()->absentNames().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_displayApp->hall()->quorum().value(QStringLiteral("present")).toInt(),
                              kDelegates, kWait);

    // 3. The chair takes up the first item; the delegate's agenda and the hall follow.
    chair()->moveToItem(m_s.items.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->currentItemId(), m_s.items.at(0), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->agenda()->currentItemId(), m_s.items.at(0), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_displayApp->hall()->currentItem().value(QStringLiteral("itemId")).toLongLong(), m_s.items.at(0),
        kWait);

    // 4. The delegate asks for the floor from the app; the chair gives it from the
    //    queue the console shows, the delegate's app says so, and the chair ends it.
    QTRY_VERIFY_WITH_TIMEOUT(m_delegateApp->speakers()->canRequest(), kWait);
    m_delegateApp->speakers()->requestToSpeak();
    SpeakerQueueModel *queue = m_chairApp->speakers()->queue();
    QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 1, kWait);
    QCOMPARE(queue->data(queue->index(0), SpeakerQueueModel::FullNameRole).toString(),
             m_s.delegates.at(0).fullName);
    chair()->giveFloor(queue->data(queue->index(0), SpeakerQueueModel::RequestIdRole).toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(m_delegateApp->speakers()->iHaveTheFloor(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_displayApp->hall()->speaker().value(QStringLiteral("name")).toString(),
                              m_s.delegates.at(0).fullName, kWait);
    QCOMPARE(queue->rowCount(), 0);
    chair()->endFloor();
    QTRY_VERIFY_WITH_TIMEOUT(!m_chairApp->speakers()->floorTaken(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!m_delegateApp->speakers()->iHaveTheFloor(), kWait);

    // 5. A vote with the body's rule preselected: delegate 0 votes through its
    //    app, the other nineteen from their tablets.
    QList<EventMark> marks;
    for (const Participant &p : m_s.delegates)
        marks << markEvents(*p.client);
    chair()->openVote(QStringLiteral("Thông qua Nghị quyết về kế hoạch đầu tư công năm 2027"));
    QTRY_VERIFY_WITH_TIMEOUT(chair()->voteOpen(), kWait);
    const qint64 round = chair()->roundId();
    QCOMPARE(chair()->rule(), chair()->defaultRule());
    for (int i = 1; i < kDelegates; ++i)
        QVERIFY2(
            waitForEvent(*m_s.delegates[i].client, Event::VoteOpened, aboutRound(round), kWait, marks.at(i)),
            qPrintable(m_s.delegates.at(i).username));
    QTRY_VERIFY_WITH_TIMEOUT(m_delegateApp->votes()->canVote(), kWait);
    QVERIFY(m_delegateApp->votes()->cast(choiceFor(0)));
    QList<qint64> ids;
    for (int i = 1; i < kDelegates; ++i)
        ids << m_s.delegates[i].client->send(
            Request::VoteCast,
            QCborMap{{QStringLiteral("round"), round}, {QStringLiteral("choice"), choiceFor(i)}});
    for (int i = 1; i < kDelegates; ++i)
        COUNCIL_VERIFY_OK(m_s.delegates[i].client->waitReply(ids.at(i - 1)));
    QTRY_COMPARE_WITH_TIMEOUT(chair()->votedCount(), kDelegates, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(chair()->notVotedNames().isEmpty(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_displayApp->hall()->vote().value(QStringLiteral("voted")).toInt(), kDelegates,
                              kWait);

    // 6. The chair closes it and sends the result to the hall.
    chair()->closeVote();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->roundState(), QStringLiteral("closed"), kWait);
    QCOMPARE(chair()->result().value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->votes()->roundState(), QStringLiteral("closed"), kWait);
    chair()->showOnHall(QStringLiteral("result"), 0, 0, round);
    auto *hall = m_displayApp->hall();
    QTRY_COMPARE_WITH_TIMEOUT(hall->mode(), QStringLiteral("result"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(hall->result().value(QStringLiteral("roundId")).toLongLong(), round, kWait);
    QCOMPARE(hall->result().value(QStringLiteral("total")).toInt(), kDelegates);
    QCOMPARE(hall->result().value(QStringLiteral("voted")).toInt(), kDelegates);
    QCOMPARE(hall->result().value(QStringLiteral("approve")).toInt(), 14);
    QCOMPARE(hall->result().value(QStringLiteral("disapprove")).toInt(), 4);
    QCOMPARE(hall->result().value(QStringLiteral("notVoting")).toInt(), 2);
    QCOMPARE(hall->result().value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));

    // 7. The chair closes the sitting; a delegate checking in now is refused.
    chair()->closeSitting();
    QTRY_COMPARE_WITH_TIMEOUT(chair()->sittingState(), QStringLiteral("closed"), kWait);
    QVERIFY2(chair()->errorMessage().isEmpty(), qPrintable(chair()->errorMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(m_delegateApp->chair()->sittingState(), QStringLiteral("closed"), kWait);
    const Reply late = m_s.outsider.client->request(Request::AttendanceCheckIn,
                                                    QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    QVERIFY(!late.ok());
    const Reply lateDelegate = m_s.delegates[5].client->request(
        Request::AttendanceCheckIn, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    QVERIFY(!lateDelegate.ok());
    QCOMPARE(lateDelegate.errorCode(), QStringLiteral("wrong_state"));
}

QTEST_GUILESS_MAIN(TstConsoleSitting)
#include "tst_consolesitting.moc"
