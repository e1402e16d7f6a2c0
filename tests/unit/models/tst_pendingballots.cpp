// Ballots that survive the app: a delegate casts while the link is down,
// the app is quit before it comes back, and the next start of the same
// account (restoreLogin) sends the stored ballot by itself with the same
// ballot id, so the real council-server counts it once. After a logout
// nothing is kept, and another account on the device sends nothing.
// The link is cut by a loopback proxy in front of the server, so the
// address (and so the stored ballots' key) stays the same.
#include "appcontroller.h"
#include "livesitting.h"
#include "pendingballots.h"
#include "votecontroller.h"

#include <QPointer>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AppController;
using council::client::PendingBallots;
using council::client::VoteController;
using council::protocol::Request;

namespace {

constexpr int kWait = 15000;

// Forwards TCP connections to the server; cut() drops them all and stops
// listening, resume() listens again on the same port.
class LinkProxy : public QObject {
public:
    explicit LinkProxy(quint16 upstream, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstream(upstream) {
        connect(&m_server, &QTcpServer::newConnection, this, &LinkProxy::accept);
    }
    bool listen() {
        return m_server.listen(QHostAddress::LocalHost, m_port) && (m_port = m_server.serverPort());
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_port); }
    void cut() {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets)) {
            if (s)
                s->abort();
        }
        m_sockets.clear();
    }

private:
    void accept() {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto *up = new QTcpSocket(down);
            m_sockets << down << up;
            connect(down, &QTcpSocket::readyRead, up, [down, up] {
                if (up->state() == QAbstractSocket::ConnectedState)
                    up->write(down->readAll());
            });
            connect(up, &QTcpSocket::connected, down, [down, up] { up->write(down->readAll()); });
            connect(up, &QTcpSocket::readyRead, down, [down, up] { down->write(up->readAll()); });
            connect(up, &QTcpSocket::disconnected, down, [down] { down->disconnectFromHost(); });
            connect(down, &QTcpSocket::disconnected, down, [down, up] {
                up->abort();
                down->deleteLater();
            });
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

class TstPendingBallots : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    TestCouncil *m_council = nullptr;
    LinkProxy *m_proxy = nullptr;
    LiveSitting m_s;
    qint64 m_round = 0;

    QString keyOf(const Participant &p) const {
        return PendingBallots::accountKey(QUrl(m_proxy->url()), p.username);
    }
    bool online(AppController *app) {
        return app->loggedIn() && app->synced() &&
               app->connectionStatus() == AppController::ConnectionStatus::Online;
    }
    QCborMap voteGet(const Participant &p) {
        const Reply r = p.client->request(Request::VoteGet, QCborMap{{QStringLiteral("round"), m_round}});
        return r.ok() ? r.body() : QCborMap();
    }
    // Logs in through the proxy, opens the session and waits until it may vote.
    AppController *delegateApp(const Participant &p) {
        auto *app = new AppController(this);
        app->login(m_proxy->url(), p.username, kLivePassword);
        return app;
    }

private slots:
    void initTestCase();
    void ballotSurvivesQuit();
    void logoutForgetsBallots();
};

void TstPendingBallots::initTestCase() {
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_config.path() + QStringLiteral("/data")).toUtf8());
    QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QString error;
    QVERIFY2(setUpLiveSitting(*m_council, &m_s, LiveSittingOptions{3, 1, false}, &error), qPrintable(error));
    QVERIFY2(checkInAll(m_s, m_s.delegates, &error), qPrintable(error));
    m_proxy = new LinkProxy(m_council->server()->url().port(), this);
    QVERIFY(m_proxy->listen());
    const Reply opened = m_s.chair.client->request(
        Request::VoteOpen, QCborMap{{QStringLiteral("item"), m_s.items.at(0)},
                                    {QStringLiteral("question"), QStringLiteral("Thông qua Nghị quyết")},
                                    {QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(opened);
    m_round = idOf(opened, QStringLiteral("round"));
    QVERIFY(m_round != 0);
}

void TstPendingBallots::ballotSurvivesQuit() {
    const Participant &d = m_s.delegates.at(0);
    AppController *app = delegateApp(d);
    QTRY_VERIFY_WITH_TIMEOUT(online(app), 30000);
    app->openSession(m_s.session);
    VoteController *votes = app->votes();
    QTRY_VERIFY_WITH_TIMEOUT(votes->canVote(), kWait);
    QCOMPARE(votes->roundId(), m_round);

    // The Wi-Fi drops; the delegate votes anyway.
    m_proxy->cut();
    QTRY_VERIFY_WITH_TIMEOUT(app->connectionStatus() != AppController::ConnectionStatus::Online, kWait);
    QVERIFY(votes->cast(QStringLiteral("approve")));
    QCOMPARE(votes->ballotState(), VoteController::BallotState::Pending);
    const QList<PendingBallots::Entry> stored = PendingBallots().load(keyOf(d));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().round, m_round);
    QCOMPARE(stored.first().choice, QStringLiteral("approve"));
    QCOMPARE(QFile(PendingBallots::defaultPath()).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // The app is quit before the link comes back.
    delete app;
    QTest::qWait(200);
    QVERIFY(!voteGet(d).value(QStringLiteral("myBallot")).isString());
    QVERIFY(m_proxy->listen());

    // The next start of the same account sends it by itself.
    auto *again = new AppController(this);
    QVERIFY(again->restoreLogin());
    QTRY_VERIFY_WITH_TIMEOUT(online(again), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(voteGet(d).value(QStringLiteral("myBallot")).toString(),
                              QStringLiteral("approve"), kWait);
    again->openSession(m_s.session);
    QTRY_COMPARE_WITH_TIMEOUT(again->votes()->ballotState(), VoteController::BallotState::Recorded, kWait);
    QCOMPARE(again->votes()->myChoice(), QStringLiteral("approve"));
    QTRY_VERIFY_WITH_TIMEOUT(PendingBallots().load(keyOf(d)).isEmpty(), kWait);

    // Counted once.
    const Reply chairView =
        m_s.chair.client->request(Request::VoteGet, QCborMap{{QStringLiteral("round"), m_round}});
    COUNCIL_VERIFY_OK(chairView);
    QCOMPARE(chairView.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), qint64(1));
    QCOMPARE(chairView.value(QStringLiteral("voters")).toArray().size(), qsizetype(1));
    delete again;
}

void TstPendingBallots::logoutForgetsBallots() {
    const Participant &d = m_s.delegates.at(1);
    AppController *app = delegateApp(d);
    QTRY_VERIFY_WITH_TIMEOUT(online(app), 30000);
    app->openSession(m_s.session);
    QTRY_VERIFY_WITH_TIMEOUT(app->votes()->canVote(), kWait);

    m_proxy->cut();
    QTRY_VERIFY_WITH_TIMEOUT(app->connectionStatus() != AppController::ConnectionStatus::Online, kWait);
    QVERIFY(app->votes()->cast(QStringLiteral("disapprove")));
    QCOMPARE(app->votes()->ballotState(), VoteController::BallotState::Pending);
    QCOMPARE(PendingBallots().load(keyOf(d)).size(), 1);

    // An explicit logout: nothing of this account stays on the device.
    app->logout();
    QVERIFY(PendingBallots().load(keyOf(d)).isEmpty());
    QVERIFY(!QFile::exists(PendingBallots::defaultPath()));

    // Another account logs in on the same device (and the app is restarted too).
    QVERIFY(m_proxy->listen());
    const Participant &other = m_s.delegates.at(2);
    app->login(m_proxy->url(), other.username, kLivePassword);
    QTRY_VERIFY_WITH_TIMEOUT(online(app), 30000);
    delete app;
    auto *restarted = new AppController(this);
    QVERIFY(restarted->restoreLogin());
    QTRY_VERIFY_WITH_TIMEOUT(online(restarted), 30000);
    QTest::qWait(1000);
    QVERIFY(!voteGet(d).value(QStringLiteral("myBallot")).isString());
    QVERIFY(!voteGet(other).value(QStringLiteral("myBallot")).isString());
    const Reply chairView =
        m_s.chair.client->request(Request::VoteGet, QCborMap{{QStringLiteral("round"), m_round}});
    COUNCIL_VERIFY_OK(chairView);
    QCOMPARE(chairView.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), qint64(1));
    QVERIFY(PendingBallots().load(keyOf(d)).isEmpty());
    delete restarted;
}

QTEST_MAIN(TstPendingBallots)
#include "tst_pendingballots.moc"
