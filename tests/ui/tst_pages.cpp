// Renders the client's pages offscreen at a landscape laptop size and a
// portrait tablet size, saves PNGs, and checks what a person would check:
// the key controls are there and on screen, and no text is cut off. Runs
// against a fed snapshot always, and against the real demo server when its
// binary is built.
#include "appcontroller.h"
#include "demostate.h"
#include "pagechecks.h"
#include "serverconnection.h"
#include "uitestsupport.h"

#include <QCborArray>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>
#include <utility>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

using council::client::AppController;
using council::client::ServerConnection;
using namespace council::uitest;

namespace {

struct Shown {
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

// Lets transitions and animations finish and the scene graph render.
void settle(int ms = 700) {
    QTest::qWait(ms);
}

} // namespace

class TstPages : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginPage_data();
    void loginPage();
    void loginErrorIsShown();
    void fedPages_data();
    void fedPages();
    void agendaFollowsTheChair();
    void liveServerPages();
    void cleanupTestCase();

private:
    Shown show(AppController *controller, QSize size);
    void checkPage(QQuickWindow *window, const QStringList &names);
    void storeFakeLogin();

    QTranslator m_translator;
    DemoServerProcess m_server;
};

void TstPages::initTestCase() {
    // QML warnings (a binding to something undefined, a bad type) mean a page
    // is broken even when it looks fine; every test fails on them.
    startRecordingQmlWarnings();
    QVERIFY(useMaterialInVietnamese(m_translator));
}

void TstPages::init() {
    // Every test starts logged out: XDG_CONFIG_HOME points to a temporary
    // directory (see initMain), never to the user's real settings.
    QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
}

void TstPages::cleanup() {
    verifyNoQmlWarnings();
}

Shown TstPages::show(AppController *controller, QSize size) {
    Shown s;
    s.engine = std::make_unique<QQmlApplicationEngine>();
    s.window = showMainWindow(*s.engine, controller, size);
    settle();
    return s;
}

void TstPages::checkPage(QQuickWindow *window, const QStringList &names) {
    const QStringList problems = checkShownInside(window, names) + checkTexts(window);
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TstPages::storeFakeLogin() {
    // A stored token for a server that is not there: the app opens on the
    // sessions page and shows it is not connected, as after a restart offline.
    QSettings s(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"));
    s.setValue(QStringLiteral("login/server"), QStringLiteral("ws://127.0.0.1:9"));
    s.setValue(QStringLiteral("login/username"), QStringLiteral("daibieu"));
    s.setValue(QStringLiteral("login/token"), QByteArray(32, 'x').toBase64());
}

void TstPages::loginPage_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(1280, 800);
    QTest::newRow("portrait") << QSize(800, 1280);
    QTest::newRow("small") << QSize(800, 600);
    QTest::newRow("full-hd") << QSize(1920, 1080);
}

void TstPages::loginPage() {
    QFETCH(QSize, size);
    AppController controller;
    const Shown s = show(&controller, size);
    QVERIFY(s.window);
    QVERIFY(findVisible(s.window, QStringLiteral("loginPage")));
    QVERIFY(!findVisible(s.window, QStringLiteral("appHeader")));
    saveShot(s.window, QStringLiteral("login-") + sizeName(size));
    // The card may scroll on a short window; on the sizes we ship it fits.
    if (size.height() >= 800)
        checkPage(s.window, {QStringLiteral("serverField"), QStringLiteral("userField"),
                             QStringLiteral("passwordField"), QStringLiteral("loginButton"),
                             QStringLiteral("loginTitle")});
    else
        checkPage(s.window, {QStringLiteral("serverField"), QStringLiteral("loginTitle")});
    auto *button = findVisible(s.window, QStringLiteral("loginButton"));
    QVERIFY(button);
    QCOMPARE(button->property("text").toString(), QStringLiteral("Đăng nhập"));
}

void TstPages::loginErrorIsShown() {
    AppController controller;
    const Shown s = show(&controller, QSize(800, 1280));
    QVERIFY(s.window);
    controller.login(QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("daibieu"), QString());
    settle(300);
    QVERIFY(!controller.errorMessage().isEmpty());
    saveShot(s.window, QStringLiteral("login-error-800x1280"));
    checkPage(s.window, {QStringLiteral("errorLabel"), QStringLiteral("loginButton")});
}

void TstPages::fedPages_data() {
    QTest::addColumn<QSize>("size");
    QTest::newRow("landscape") << QSize(1280, 800);
    QTest::newRow("portrait") << QSize(800, 1280);
    QTest::newRow("full-hd") << QSize(1920, 1080);
}

void TstPages::fedPages() {
    QFETCH(QSize, size);
    storeFakeLogin();
    AppController controller;
    QVERIFY(controller.restoreLogin());
    controller.sessions()->applySnapshot(demoState());
    controller.agenda()->applySnapshot(demoState());
    const Shown s = show(&controller, size);
    QVERIFY(s.window);

    QVERIFY(findVisible(s.window, QStringLiteral("sessionsPage")));
    saveShot(s.window, QStringLiteral("sessions-") + sizeName(size));
    checkPage(s.window, {QStringLiteral("appHeader"), QStringLiteral("connectionIndicator"),
                         QStringLiteral("accountButton"), QStringLiteral("sessionsHeading"),
                         QStringLiteral("sessionCard0"), QStringLiteral("sessionCard1")});
    // Not connected: the indicator must not claim otherwise.
    QVERIFY(controller.connectionStatus() != AppController::ConnectionStatus::Online);

    controller.openSession(kOpenSessionId);
    settle();
    QVERIFY(findVisible(s.window, QStringLiteral("agendaPage")));
    saveShot(s.window, QStringLiteral("agenda-") + sizeName(size));
    checkPage(s.window,
              {QStringLiteral("backButton"), QStringLiteral("sessionHeading"), QStringLiteral("currentPanel"),
               QStringLiteral("currentTitle"), QStringLiteral("connectionIndicator")});
    // The current item's row is on screen, marked in words, not only in colour.
    const int row = controller.agenda()->currentIndex();
    QVERIFY(row >= 0);
    checkPage(s.window, {QStringLiteral("agendaItem%1").arg(row), QStringLiteral("nowChip")});

    controller.closeSession();
    settle();
    QVERIFY(findVisible(s.window, QStringLiteral("sessionsPage")));
}

void TstPages::agendaFollowsTheChair() {
    storeFakeLogin();
    AppController controller;
    QVERIFY(controller.restoreLogin());
    controller.sessions()->applySnapshot(demoState());
    controller.agenda()->applySnapshot(demoState());
    controller.openSession(kOpenSessionId);
    const Shown s = show(&controller, QSize(800, 1280));
    QVERIFY(s.window);

    // The chair moves to the last item: the list must scroll to it by itself.
    council::protocol::Frame event;
    event.kind = council::protocol::FrameKind::Event;
    event.type = qint64(council::protocol::Event::AgendaCurrentChanged);
    event.body.insert(QStringLiteral("session"), kOpenSessionId);
    event.body.insert(QStringLiteral("item"), 110);
    event.body.insert(QStringLiteral("previous"), kCurrentItemId);
    controller.agenda()->applyEvent(event);
    settle(900);
    QCOMPARE(controller.agenda()->currentIndex(), 9);
    saveShot(s.window, QStringLiteral("agenda-followed-800x1280"));
    checkPage(s.window, {QStringLiteral("agendaItem9"), QStringLiteral("currentTitle")});
    QCOMPARE(findVisible(s.window, QStringLiteral("currentTitle"))->property("text").toString(),
             QStringLiteral("Biểu quyết thông qua các nghị quyết; bế mạc kỳ họp"));
}

void TstPages::liveServerPages() {
    if (DemoServerProcess::binary().isEmpty())
        QSKIP("council-server is not built; set COUNCIL_SERVER_BIN to run the live part");
    QString error;
    QVERIFY2(m_server.start(30000, &error), qPrintable(error));
    const QString url = m_server.url();

    QList<DemoAccount> accounts;
    QVERIFY(readDemoAccounts(m_server.dataDir(), &accounts));
    QHash<QString, QPair<QString, QString>> byRole; // role -> (user, password)
    for (const DemoAccount &account : std::as_const(accounts)) {
        if (!account.role.isEmpty())
            byRole.insert(account.role, {account.username, account.password});
    }
    QVERIFY2(byRole.contains(QStringLiteral("delegate")), "no delegate in demo-accounts.txt");

    AppController controller;
    const Shown s = show(&controller, QSize(1280, 800));
    QVERIFY(s.window);
    const auto delegate = byRole.value(QStringLiteral("delegate"));
    controller.login(url, delegate.first, delegate.second);
    QTRY_VERIFY_WITH_TIMEOUT(controller.loggedIn() && controller.synced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(controller.connectionStatus(), AppController::ConnectionStatus::Online, 10000);
    QVERIFY(controller.sessions()->rowCount() > 0);
    settle();
    saveShot(s.window, QStringLiteral("live-sessions-1280x800"));
    checkPage(s.window, {QStringLiteral("sessionCard0"), QStringLiteral("connectionIndicator")});
    QCOMPARE(findVisible(s.window, QStringLiteral("connectionLabel"))->property("text").toString(),
             QStringLiteral("Trực tuyến"));

    const qint64 sessionId =
        controller.sessions()
            ->data(controller.sessions()->index(0), council::client::SessionListModel::IdRole)
            .toLongLong();
    controller.openSession(sessionId);
    settle();
    QVERIFY(controller.agenda()->rowCount() > 0);

    // The chair opens an item from another device; this client follows live.
    if (byRole.contains(QStringLiteral("chair+delegate"))) {
        const auto chair = byRole.value(QStringLiteral("chair+delegate"));
        ServerConnection chairConnection;
        chairConnection.setServerUrl(QUrl(url));
        chairConnection.setSyncEnabled(false);
        chairConnection.login(chair.first, chair.second, QStringLiteral("test chair"));
        QTRY_COMPARE_WITH_TIMEOUT(chairConnection.state(), ServerConnection::State::Online, 30000);
        const qint64 itemId = controller.agenda()
                                  ->data(controller.agenda()->index(2), council::client::AgendaModel::IdRole)
                                  .toLongLong();
        QCborMap body;
        body.insert(QStringLiteral("session"), sessionId);
        body.insert(QStringLiteral("item"), itemId);
        bool answered = false;
        QString error;
        chairConnection.request(
            council::protocol::Request::AgendaSetCurrent, body, [&](const council::client::Reply &r) {
                answered = true;
                error = r.ok ? QString() : r.errorCode + QLatin1Char(' ') + r.errorMessage;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(controller.agenda()->currentItemId(), itemId, 10000);
        chairConnection.close();
    }
    settle(900);
    saveShot(s.window, QStringLiteral("live-agenda-1280x800"));
    checkPage(s.window, {QStringLiteral("sessionHeading"), QStringLiteral("currentPanel")});

    s.window->resize(800, 1280);
    settle();
    saveShot(s.window, QStringLiteral("live-agenda-800x1280"));
    checkPage(s.window, {QStringLiteral("sessionHeading"), QStringLiteral("currentPanel")});

    // A second start of the app stays logged in with the stored token.
    AppController restarted;
    QVERIFY(restarted.restoreLogin());
    QTRY_VERIFY_WITH_TIMEOUT(restarted.synced(), 20000);
    QCOMPARE(restarted.connectionStatus(), AppController::ConnectionStatus::Online);
    QCOMPARE(restarted.sessions()->rowCount(), controller.sessions()->rowCount());

    // Logging out goes back to the login page and forgets the token.
    controller.logout();
    settle();
    QVERIFY(findVisible(s.window, QStringLiteral("loginPage")));
    QVERIFY(!QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"))
                 .contains(QStringLiteral("login/token")));

    // The same token was in use by the "restarted" app: the server revokes it
    // there too, and that app goes back to login with a clear message.
    QTRY_VERIFY_WITH_TIMEOUT(!restarted.loggedIn(), 10000);
    QVERIFY2(controller.errorMessage().isEmpty(), qPrintable(controller.errorMessage()));
    QCOMPARE(restarted.errorMessage(),
             QStringLiteral(
                 "Thiết bị này đã bị đăng xuất vì quyền truy cập đã bị thu hồi. Vui lòng đăng nhập lại."));
}

void TstPages::cleanupTestCase() {
    m_server.stop();
}

QTEST_MAIN(TstPages)

#include "tst_pages.moc"
