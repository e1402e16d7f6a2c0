// The hall display as the hall sees it: the real council-server with its
// demo data, the demo's display account logged in through the login page
// with a pasted join code, and the chair and secretariat driving a sitting
// from their own connections. Each mode — agenda with the speaker, the
// check-in screen with its QR codes, a vote in progress, the result chart,
// a presented document — is rendered at 1280×800, 800×1280 and 1920×1080,
// saved as PNG and checked: key elements there, inside the window, apart
// from each other, no text cut off.
#include "appcontroller.h"
#include "joincode.h"
#include "livedemo.h"
#include "pagechecks.h"
#include "uitestsupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

using council::client::AppController;
using council::client::JoinCode;
using council::protocol::Request;
using council::testing::LiveDemo;
using namespace council::uitest;

namespace {

void settle(int ms = 700) {
    QTest::qWait(ms);
}

QRectF sceneRect(QQuickItem *item) {
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// The listed items do not overlap each other (each pair).
QStringList checkApart(QQuickWindow *window, const QStringList &names) {
    QStringList problems;
    for (int i = 0; i < names.size(); ++i) {
        QQuickItem *a = findVisible(window, names.at(i));
        if (!a)
            continue; // checkShownInside reports it
        for (int j = i + 1; j < names.size(); ++j) {
            QQuickItem *b = findVisible(window, names.at(j));
            if (!b)
                continue;
            const QRectF overlap = sceneRect(a).intersected(sceneRect(b));
            if (overlap.width() > 0.5 && overlap.height() > 0.5)
                problems << QStringLiteral("%1 and %2 overlap").arg(names.at(i), names.at(j));
        }
    }
    return problems;
}

QCborMap fields(std::initializer_list<std::pair<const char *, QCborValue>> list) {
    QCborMap m;
    for (const auto &[key, value] : list)
        m.insert(QLatin1String(key), value);
    return m;
}

} // namespace

class TstHallScreens : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void cleanup();
    void loginWithAJoinCode();
    void agendaWithSpeaker();
    void attendanceWithCodes();
    void voteInProgress();
    void resultChart();
    void presentedDocument();
    void languageSwitchesAtRunTime();
    void staffMenuTextSizeAndHall();
    void cleanupTestCase();

private:
    void shootAllSizes(const QString &state, const QStringList &shown, const QStringList &apart);
    QString textOf(const QString &objectName);

    LiveDemo m_demo;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    qint64 m_round = 0;
};

void TstHallScreens::initTestCase() {
    startRecordingQmlWarnings();
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QString error;
    if (!m_demo.start(&error))
        QSKIP(qPrintable(QStringLiteral("no demo server: ") + error));

    m_controller = std::make_unique<AppController>();
    // The app's own path to Vietnamese (what main() does without --lang).
    QVERIFY(m_controller->preferences()->applyLanguage(QStringLiteral("vi")));

    m_engine = std::make_unique<QQmlApplicationEngine>();
    connect(m_controller->preferences(), &council::client::Preferences::languageChanged, m_engine.get(),
            &QQmlEngine::retranslate);
    m_window = showMainWindow(*m_engine, m_controller.get(), kScreenSizes.first());
    QVERIFY(m_window);
    settle();
}

void TstHallScreens::cleanup() {
    verifyNoQmlWarnings();
}

QString TstHallScreens::textOf(const QString &objectName) {
    QQuickItem *item = findVisible(m_window, objectName);
    return item ? item->property("text").toString() : QString();
}

void TstHallScreens::shootAllSizes(const QString &state, const QStringList &shown, const QStringList &apart) {
    for (const QSize &size : kScreenSizes) {
        m_window->resize(size);
        settle(900);
        const QString path = saveShot(m_window, QStringLiteral("hall-%1-%2").arg(state, sizeName(size)));
        QStringList problems =
            checkShownInside(m_window, shown) + checkApart(m_window, apart) + checkTexts(m_window);
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << sizeName(size) << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(path + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
}

void TstHallScreens::loginWithAJoinCode() {
    const auto trust =
        m_demo.call(QStringLiteral("thuky"), Request::TrustGet, fields({{"body", m_demo.body()}}));
    QVERIFY(trust.ok);
    JoinCode code;
    code.server = m_demo.url();
    code.body = m_demo.body();
    code.trustKey = trust.body.value(QStringLiteral("publicKey")).toByteArray();

    QVERIFY(findVisible(m_window, QStringLiteral("loginPage")));
    QQuickItem *server = findVisible(m_window, QStringLiteral("serverField"));
    QVERIFY(server);
    server->forceActiveFocus();
    QGuiApplication::clipboard()->setText(code.format());
    QTest::keySequence(m_window, QKeySequence::Paste);
    settle(300);
    QCOMPARE(server->property("text").toString(), JoinCode::parse(code.format())->server.toString());
    QCOMPARE(textOf(QStringLiteral("joinFingerprint")), code.fingerprint());

    for (const QSize &size : kScreenSizes) {
        m_window->resize(size);
        settle();
        const QString path = saveShot(m_window, QStringLiteral("login-joincode-%1").arg(sizeName(size)));
        QStringList problems =
            checkShownInside(m_window, {QStringLiteral("serverField"), QStringLiteral("joinBox"),
                                        QStringLiteral("joinFingerprint"), QStringLiteral("userField")}) +
            checkTexts(m_window);
        if (size.height() >= 800)
            problems += checkShownInside(m_window, {QStringLiteral("loginButton")});
        QVERIFY2(problems.isEmpty(),
                 qPrintable(path + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

    // Log in as the hall display through the page: it lands on the hall by itself.
    QQuickItem *user = findVisible(m_window, QStringLiteral("userField"));
    QQuickItem *password = findVisible(m_window, QStringLiteral("passwordField"));
    user->setProperty("text", QStringLiteral("manhinh"));
    password->setProperty("text", m_demo.password(QStringLiteral("manhinh")));
    password->forceActiveFocus();
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->loggedIn() && m_controller->synced(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("hallPage")), 10000);
    QVERIFY(!findVisible(m_window, QStringLiteral("appHeader")));
    QVERIFY(m_controller->hallShown());
    QTRY_VERIFY(!m_controller->hall()->joinCode().isEmpty());
    QCOMPARE(m_controller->hall()->joinCode(), code.format());
}

void TstHallScreens::agendaWithSpeaker() {
    if (!m_controller->loggedIn())
        QSKIP("needs the display logged in");
    // Before the chair opens an item: the first items of the agenda.
    QTRY_COMPARE(m_controller->hall()->upcoming().size(), 3);
    settle();
    shootAllSizes(
        QStringLiteral("agenda-upcoming"), {QStringLiteral("hallItemTitle"), QStringLiteral("hallUpcoming")},
        {QStringLiteral("hallBand"), QStringLiteral("hallItemTitle"), QStringLiteral("hallSidePanel")});

    QString error;
    QVERIFY2(m_demo.openSession(&error), qPrintable(error));
    // Item 5: a long Vietnamese title, the worst case for the layout.
    const qint64 item = m_demo.items().at(4);
    QVERIFY2(m_demo.setCurrentItem(item, &error), qPrintable(error));
    QVERIFY2(m_demo.markPresent(m_demo.sittingOfItem(item), 31, &error), qPrintable(error));
    const auto checkIn = m_demo.call(QStringLiteral("daibieu"), Request::AttendanceCheckIn,
                                     fields({{"sitting", m_demo.sittingOfItem(item)}}));
    QVERIFY2(checkIn.ok, qPrintable(checkIn.errorCode));
    QVERIFY2(m_demo.giveFloorTo(QStringLiteral("daibieu"), item, &error), qPrintable(error));
    QTRY_VERIFY(!m_controller->hall()->speaker().isEmpty());
    QTRY_COMPARE(m_controller->hall()->quorum().value(QStringLiteral("present")).toInt(), 32);
    settle();
    QCOMPARE(textOf(QStringLiteral("hallSpeakerName")),
             m_demo.fullNameOf(m_demo.memberOf(QStringLiteral("daibieu"))));
    shootAllSizes(QStringLiteral("agenda-speaker"),
                  {QStringLiteral("hallBand"), QStringLiteral("hallSessionTitle"),
                   QStringLiteral("hallClock"), QStringLiteral("hallItemNumber"),
                   QStringLiteral("hallItemTitle"), QStringLiteral("hallPresenter"),
                   QStringLiteral("hallSpeakerName"), QStringLiteral("hallSpeakerClock"),
                   QStringLiteral("hallFooterPresent"), QStringLiteral("hallFooterQuorum")},
                  {QStringLiteral("hallBand"), QStringLiteral("hallItemTitle"),
                   QStringLiteral("hallPresenter"), QStringLiteral("hallSpeakerName"),
                   QStringLiteral("hallSpeakerClock"), QStringLiteral("hallFooter")});
}

void TstHallScreens::attendanceWithCodes() {
    if (!m_controller->loggedIn())
        QSKIP("needs the display logged in");
    QString error;
    QVERIFY2(m_demo.show(QStringLiteral("attendance"), &error), qPrintable(error));
    QTRY_COMPARE(m_controller->hall()->checkInCode().size(), 6);
    settle();
    QVERIFY(findVisible(m_window, QStringLiteral("hallAttendanceView")));
    QCOMPARE(textOf(QStringLiteral("hallCheckInCode")).remove(QChar(0x2009)),
             m_controller->hall()->checkInCode());
    QCOMPARE(textOf(QStringLiteral("hallJoinCode")), m_controller->hall()->joinCode());
    shootAllSizes(QStringLiteral("attendance"),
                  {QStringLiteral("hallPresentCount"), QStringLiteral("hallQuorumBadge"),
                   QStringLiteral("hallCheckInQr"), QStringLiteral("hallCheckInCode"),
                   QStringLiteral("hallCheckInHint"), QStringLiteral("hallJoinTitle"),
                   QStringLiteral("hallJoinQr"), QStringLiteral("hallJoinCode"),
                   QStringLiteral("hallFingerprint")},
                  {QStringLiteral("hallBand"), QStringLiteral("hallQuorumPanel"),
                   QStringLiteral("hallCheckInCard"), QStringLiteral("hallJoinCard")});
}

void TstHallScreens::voteInProgress() {
    if (!m_controller->loggedIn())
        QSKIP("needs the display logged in");
    QString error;
    QVERIFY2(m_demo.show(QStringLiteral("agenda"), &error), qPrintable(error));
    const qint64 item = m_controller->hall()->currentItem().value(QStringLiteral("itemId")).toLongLong();
    m_round = m_demo.openVote(
        item,
        QStringLiteral(
            "Thông qua Nghị quyết về chủ trương đầu tư dự án cải tạo kênh Đông và công viên ven sông"),
        300, &error);
    QVERIFY2(m_round, qPrintable(error));
    QVERIFY2(m_demo.cast(QStringLiteral("chutoa"), m_round, QStringLiteral("approve"), &error),
             qPrintable(error));
    QVERIFY2(m_demo.cast(QStringLiteral("phochutoa"), m_round, QStringLiteral("approve"), &error),
             qPrintable(error));
    QTRY_COMPARE(m_controller->hall()->vote().value(QStringLiteral("voted")).toInt(), 2);
    settle();
    QCOMPARE(textOf(QStringLiteral("hallVoteCount")), QStringLiteral("2 / 32"));
    shootAllSizes(QStringLiteral("vote"),
                  {QStringLiteral("hallItemTitle"), QStringLiteral("hallVotePanel"),
                   QStringLiteral("hallVoteQuestion"), QStringLiteral("hallVoteCount"),
                   QStringLiteral("hallVoteProgress"), QStringLiteral("hallVoteTime"),
                   QStringLiteral("hallFooterPresent")},
                  {QStringLiteral("hallBand"), QStringLiteral("hallItemTitle"),
                   QStringLiteral("hallSidePanel"), QStringLiteral("hallFooter")});
}

void TstHallScreens::resultChart() {
    if (!m_round)
        QSKIP("needs the vote");
    QString error;
    QVERIFY2(m_demo.cast(QStringLiteral("daibieu"), m_round, QStringLiteral("disapprove"), &error),
             qPrintable(error));
    QVERIFY2(m_demo.closeVote(m_round, &error), qPrintable(error));
    QVERIFY2(m_demo.show(QStringLiteral("result"), &error, m_round), qPrintable(error));
    QTRY_COMPARE(m_controller->hall()->mode(), QStringLiteral("result"));
    QTRY_COMPARE(m_controller->hall()->result().value(QStringLiteral("roundId")).toLongLong(), m_round);
    settle();
    QCOMPARE(textOf(QStringLiteral("resultCount_approve")), QStringLiteral("2"));
    QCOMPARE(textOf(QStringLiteral("resultCount_disapprove")), QStringLiteral("1"));
    shootAllSizes(QStringLiteral("result"),
                  {QStringLiteral("hallResultQuestion"), QStringLiteral("verdictBanner"),
                   QStringLiteral("resultRow_approve"), QStringLiteral("resultRow_disapprove"),
                   QStringLiteral("resultRow_notVoting"), QStringLiteral("resultRow_didNotVote"),
                   QStringLiteral("resultShare_approve"), QStringLiteral("passMark"),
                   QStringLiteral("resultTotals"), QStringLiteral("resultRule")},
                  {QStringLiteral("hallBand"), QStringLiteral("hallResultQuestion"),
                   QStringLiteral("verdictBanner"), QStringLiteral("resultRow_approve"),
                   QStringLiteral("resultRow_disapprove"), QStringLiteral("resultRow_notVoting"),
                   QStringLiteral("resultRow_didNotVote"), QStringLiteral("resultTotals"),
                   QStringLiteral("resultRule")});
}

void TstHallScreens::presentedDocument() {
    if (!m_controller->loggedIn())
        QSKIP("needs the display logged in");
    QString title;
    qint64 pages = 0;
    const qint64 document = m_demo.publishedDocument(&title, &pages);
    if (!document)
        QSKIP("the demo has no document published to the whole body");
    QString error;
    QVERIFY2(m_demo.show(QStringLiteral("document"), &error, 0, document, std::min<qint64>(3, pages)),
             qPrintable(error));
    QTRY_COMPARE(m_controller->hall()->document().value(QStringLiteral("title")).toString(), title);
    settle();
    QVERIFY(findVisible(m_window, QStringLiteral("presentedPage")));
    shootAllSizes(QStringLiteral("document"),
                  {QStringLiteral("hallDocumentTitle"), QStringLiteral("hallDocumentPage"),
                   QStringLiteral("presentedPage")},
                  {QStringLiteral("hallBand"), QStringLiteral("hallDocumentTitle"),
                   QStringLiteral("hallDocumentPage"), QStringLiteral("presentedPage"),
                   QStringLiteral("hallFooter")});
}

void TstHallScreens::languageSwitchesAtRunTime() {
    if (!m_controller->loggedIn())
        QSKIP("needs the display logged in");
    // The display logs out from its menu; the login page then follows a
    // language switch without a restart.
    m_controller->logout();
    QTRY_VERIFY(findVisible(m_window, QStringLiteral("loginPage")));
    m_window->resize(kScreenSizes.first());
    settle();
    QCOMPARE(textOf(QStringLiteral("loginButton")), QStringLiteral("Đăng nhập"));
    m_controller->preferences()->setLanguage(QStringLiteral("en"));
    settle(300);
    QCOMPARE(textOf(QStringLiteral("loginButton")), QStringLiteral("Log in"));
    QCOMPARE(textOf(QStringLiteral("loginTitle")), QStringLiteral("Paperless Council"));
    m_controller->preferences()->setLanguage(QStringLiteral("vi"));
    settle(300);
    QCOMPARE(textOf(QStringLiteral("loginButton")), QStringLiteral("Đăng nhập"));
    QCOMPARE(QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"))
                 .value(QStringLiteral("display/language"))
                 .toString(),
             QStringLiteral("vi"));
}

void TstHallScreens::staffMenuTextSizeAndHall() {
    if (!findVisible(m_window, QStringLiteral("loginPage")))
        QSKIP("needs the login page");
    // The secretary: the header's menu has the hall display, the text size and the language.
    m_controller->login(m_demo.url().toString(), QStringLiteral("thuky"),
                        m_demo.password(QStringLiteral("thuky")));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->loggedIn() && m_controller->synced(), 30000);
    QTRY_VERIFY(m_controller->hall()->hallStaff());
    QVERIFY(!m_controller->hallShown());
    m_window->resize(kScreenSizes.first());
    settle();
    QQuickItem *account = findVisible(m_window, QStringLiteral("accountButton"));
    QVERIFY(account);
    QTest::mouseClick(m_window, Qt::LeftButton, {},
                      account->mapToScene(QPointF(account->width() / 2, account->height() / 2)).toPoint());
    settle();
    saveShot(m_window, QStringLiteral("menu-staff-1280x800"));
    QStringList problems =
        checkShownInside(m_window, {QStringLiteral("hallItem"), QStringLiteral("fontSizeItem"),
                                    QStringLiteral("fontStep0"), QStringLiteral("fontStep3"),
                                    QStringLiteral("languageItem"), QStringLiteral("logoutItem")}) +
        checkTexts(m_window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QCOMPARE(textOf(QStringLiteral("languageItem")), QStringLiteral("English"));

    // The largest text: kept in the settings, applied through Theme.
    QQuickItem *largest = findVisible(m_window, QStringLiteral("fontStep3"));
    QTest::mouseClick(m_window, Qt::LeftButton, {},
                      largest->mapToScene(QPointF(largest->width() / 2, largest->height() / 2)).toPoint());
    settle();
    QCOMPARE(m_controller->preferences()->fontStep(), 3);
    QCOMPARE(QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"))
                 .value(QStringLiteral("display/fontStep"))
                 .toInt(),
             3);
    QTest::keyClick(m_window, Qt::Key_Escape); // closes the menu
    settle();
    for (const QSize &size : {QSize(1280, 800), QSize(800, 1280)}) {
        m_window->resize(size);
        settle();
        saveShot(m_window, QStringLiteral("sessions-largest-text-%1").arg(sizeName(size)));
        const QStringList p =
            checkShownInside(m_window, {QStringLiteral("sessionCard0"), QStringLiteral("accountButton")}) +
            checkTexts(m_window);
        QVERIFY2(p.isEmpty(), qPrintable(p.join(QStringLiteral("; "))));
    }
    m_controller->preferences()->setFontStep(1);

    // A word that comes out of a QML function (the session's state chip) follows a switch of language too.
    m_window->resize(kScreenSizes.first());
    settle();
    const QString stateVi = textOf(QStringLiteral("sessionState"));
    QVERIFY(!stateVi.isEmpty());
    m_controller->preferences()->setLanguage(QStringLiteral("en"));
    settle(300);
    const QString stateEn = textOf(QStringLiteral("sessionState"));
    QVERIFY2(stateEn == QStringLiteral("In session") || stateEn == QStringLiteral("Upcoming"),
             qPrintable(stateEn));
    m_controller->preferences()->setLanguage(QStringLiteral("vi"));
    settle(300);
    QCOMPARE(textOf(QStringLiteral("sessionState")), stateVi);

    // Staff open the hall display from the menu and leave it with Escape.
    m_controller->showHall(true);
    QTRY_VERIFY(findVisible(m_window, QStringLiteral("hallPage")));
    QVERIFY(!findVisible(m_window, QStringLiteral("appHeader")));
    settle();
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(findVisible(m_window, QStringLiteral("sessionsPage")));
    QVERIFY(!m_controller->hallShown());
    m_controller->logout();
}

void TstHallScreens::cleanupTestCase() {
    m_engine.reset();
    m_controller.reset();
}

QTEST_MAIN(TstHallScreens)

#include "tst_hallscreens.moc"
