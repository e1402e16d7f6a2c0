// The chair's console and the console switcher, rendered offscreen against
// the real council-server with its demo data (--demo): "chutoa" (chair and
// delegate) uses the real app while the secretary, the vice-chair and thirty
// more delegates act over the wire. The chair switches between the
// delegate's agenda and the console without logging out; the console is
// shot with the sitting open and the floor taken, with a vote open and
// ballots coming in, with the confirmation before ending it, with the
// result, with a document page presented and with a refusal from the
// server, at a landscape laptop, a portrait tablet and a full-HD size; each
// time the key parts are checked to be shown inside the window, apart from
// each other and with no text cut off. "daibieu" (a delegate only) sees no
// switcher at all.
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
using council::protocol::Request;
using council::testing::RawClient;
using council::testing::TestCouncil;
using namespace council::uitest;

namespace {

constexpr int kWait = 15000;
const QStringList kCards{QStringLiteral("chairSittingCard"), QStringLiteral("chairQuorumCard"),
                         QStringLiteral("chairSpeakerCard"), QStringLiteral("chairVoteCard"),
                         QStringLiteral("chairHallCard")};

bool click(QQuickItem *item) {
    return item && QMetaObject::invokeMethod(item, "clicked");
}

} // namespace

class TstConsoleScreens : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void delegateSeesNoConsoles();
    void chairSwitchesWithoutLoggingOut();
    void sittingUnderWay();
    void voteOpen();
    void confirmEndingTheVote();
    void result();
    void presentDocument();
    void refusalShown();
    void confirmClosingTheSitting();
    void cleanupTestCase();

private:
    QQuickWindow *windowFor(AppController *app, std::unique_ptr<QQmlApplicationEngine> &engine);
    QQuickItem *page() const { return findVisible(m_window, QStringLiteral("chairConsolePage")); }
    // Scrolls the console so that the item is in view; returns it.
    QQuickItem *reveal(const QString &name);
    // Shoots the window at every size: `names` each brought into view and
    // checked to be shown inside it, the cards apart, no text cut off.
    void shootAll(const QString &state, const QStringList &names);

    QTranslator m_qm;
    TestCouncil *m_council = nullptr;
    DemoSitting m_demo;             // its chair: chutoa's second device, for the setting up
    AppController *m_app = nullptr; // chutoa
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

QQuickWindow *TstConsoleScreens::windowFor(AppController *app,
                                           std::unique_ptr<QQmlApplicationEngine> &engine) {
    engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow *window = showMainWindow(*engine, app, kScreenSizes.first());
    if (window)
        QTest::qWait(500);
    return window;
}

void TstConsoleScreens::initTestCase() {
    startRecordingQmlWarnings();
    QVERIFY(useMaterialInVietnamese(m_qm));

    m_council = new TestCouncil(this);
    QString error;
    QVERIFY2(startDemoSitting(*m_council, &m_demo, &error), qPrintable(error));
    // Two delegates who checked in lose their link: the chair sees them as dropped.
    m_demo.voters[26].client->close();
    m_demo.voters[27].client->close();

    m_app = demoLogin(*m_council, QStringLiteral("chutoa"), this);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->loggedIn() && m_app->synced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
    m_window = windowFor(m_app, m_engine);
    QVERIFY(m_window);
    QVERIFY(findVisible(m_window, QStringLiteral("sessionsPage")));
}

void TstConsoleScreens::init() {
    takeQmlWarnings();
}

void TstConsoleScreens::cleanup() {
    verifyNoQmlWarnings();
}

QQuickItem *TstConsoleScreens::reveal(const QString &name) {
    QQuickItem *item = findVisible(m_window, name);
    QQuickItem *console = page();
    if (item && console) {
        QMetaObject::invokeMethod(console, "reveal", Q_ARG(QVariant, QVariant::fromValue(item)));
        QTest::qWait(60);
    }
    return item;
}

void TstConsoleScreens::shootAll(const QString &state, const QStringList &names) {
    for (const QSize &size : kScreenSizes) {
        m_window->resize(size);
        QTest::qWait(700);
        QStringList problems;
        // The top of the console first, as the chair sees it when it opens.
        if (QQuickItem *sheet = findVisible(m_window, QStringLiteral("chairSheet")))
            sheet->setProperty("contentY", 0);
        QTest::qWait(100);
        const QString path = saveShot(m_window, QStringLiteral("console-%1-%2").arg(state, sizeName(size)));
        problems += checkTexts(m_window) + checkShownApart(m_window, kCards);
        for (const QString &name : names) {
            reveal(name);
            problems += checkShownInside(m_window, {name}) + checkTexts(m_window);
        }
        // And the bottom of it, where the tall columns end.
        if (QQuickItem *sheet = findVisible(m_window, QStringLiteral("chairSheet"))) {
            sheet->setProperty("contentY",
                               std::max(0.0, sheet->property("contentHeight").toDouble() - sheet->height()));
            QTest::qWait(100);
            saveShot(m_window, QStringLiteral("console-%1-%2-end").arg(state, sizeName(size)));
            problems += checkTexts(m_window) + checkShownApart(m_window, kCards);
            sheet->setProperty("contentY", 0);
        }
        problems.removeDuplicates();
        for (const QString &p : problems)
            qWarning().noquote() << sizeName(size) << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(path, problems.join(QStringLiteral("; ")))));
    }
    m_window->resize(kScreenSizes.first());
    QTest::qWait(300);
}

void TstConsoleScreens::delegateSeesNoConsoles() {
    AppController *delegate = demoLogin(*m_council, QStringLiteral("daibieu"), this);
    QTRY_VERIFY_WITH_TIMEOUT(delegate->loggedIn() && delegate->synced(), 30000);
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = windowFor(delegate, engine);
    QVERIFY(window);
    delegate->openSession(m_demo.session);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(window, QStringLiteral("agendaPage")), kWait);
    QTest::qWait(500);
    QCOMPARE(delegate->roles()->consoles(), QStringList{QStringLiteral("delegate")});
    QVERIFY(!delegate->roles()->canSwitch());
    for (const QSize &size : {kScreenSizes.at(0), kScreenSizes.at(1)}) {
        window->resize(size);
        QTest::qWait(500);
        saveShot(window, QStringLiteral("console-delegate-only-%1").arg(sizeName(size)));
        for (const QString &name : {QStringLiteral("consoleSwitcher"), QStringLiteral("consoleMenuButton"),
                                    QStringLiteral("console_chair"), QStringLiteral("console_secretary"),
                                    QStringLiteral("console_documents")})
            QVERIFY2(!findVisible(window, name), qPrintable(name));
    }
    // Asking for the chair's console anyway changes nothing.
    delegate->roles()->setCurrent(QStringLiteral("chair"));
    QCOMPARE(delegate->roles()->current(), QStringLiteral("delegate"));
    QVERIFY(!findVisible(window, QStringLiteral("chairConsolePage")));
    engine.reset();
    delegate->logout();
}

void TstConsoleScreens::chairSwitchesWithoutLoggingOut() {
    m_app->openSession(m_demo.session);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->chair()->canChair(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->chair()->attendanceKnown(), kWait);
    const QStringList expected{QStringLiteral("delegate"), QStringLiteral("chair"), QStringLiteral("hall")};
    QTRY_COMPARE_WITH_TIMEOUT(m_app->roles()->consoles(), expected, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("agendaPage")), kWait);

    // The bar's buttons at a laptop's width.
    QVERIFY(findVisible(m_window, QStringLiteral("consoleSwitcher")));
    QVERIFY(!findVisible(m_window, QStringLiteral("console_secretary")));
    QVERIFY(click(findVisible(m_window, QStringLiteral("console_chair"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("chairConsolePage")), kWait);
    QVERIFY(!findVisible(m_window, QStringLiteral("agendaPage")));
    saveShot(m_window, QStringLiteral("console-switched-1280x800"));
    QVERIFY(click(findVisible(m_window, QStringLiteral("console_delegate"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("agendaPage")), kWait);
    QVERIFY(m_app->loggedIn());

    // A tablet standing up: one button with the list.
    m_window->resize(kScreenSizes.at(1));
    QTest::qWait(500);
    QVERIFY(!findVisible(m_window, QStringLiteral("consoleSwitcher")));
    QQuickItem *menuButton = findVisible(m_window, QStringLiteral("consoleMenuButton"));
    QVERIFY(menuButton);
    QVERIFY(click(menuButton));
    QTest::qWait(400);
    saveShot(m_window, QStringLiteral("console-menu-800x1280"));
    QVERIFY(click(findVisible(m_window, QStringLiteral("consoleItem_chair"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("chairConsolePage")), kWait);
    QCOMPARE(m_app->roles()->current(), QStringLiteral("chair"));
    QVERIFY(m_app->loggedIn());
    m_window->resize(kScreenSizes.first());
    QTest::qWait(300);
}

void TstConsoleScreens::sittingUnderWay() {
    // The chair opens the sitting from the console.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->sittingId(), m_demo.sitting, kWait);
    QCOMPARE(m_app->chair()->sittingState(), QStringLiteral("planned"));
    saveShot(m_window, QStringLiteral("console-before-opening-1280x800"));
    QVERIFY(click(reveal(QStringLiteral("openSittingButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->sittingState(), QStringLiteral("open"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("closeSittingButton")), kWait);
    // Three ask to speak, a point of order jumps ahead and has the floor; a speech waits behind it.
    auto ask = [&](RawClient *c, const QString &kind) {
        return c->request(Request::SpeakRequest,
                          QCborMap{{QStringLiteral("item"), m_demo.item}, {QStringLiteral("kind"), kind}});
    };
    QVERIFY(ask(m_demo.vice, QStringLiteral("speech")).ok());
    QVERIFY(ask(m_demo.voters[3].client, QStringLiteral("speech")).ok());
    QVERIFY(ask(m_demo.voters[5].client, QStringLiteral("speech")).ok());
    QVERIFY(ask(m_demo.voters[9].client, QStringLiteral("point_of_order")).ok());
    const council::testing::Reply order = ask(m_demo.voters[7].client, QStringLiteral("point_of_order"));
    QVERIFY(order.ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->speakers()->queue()->rowCount(), 5, kWait);
    // The chair gives the floor to the first in the queue from the console.
    QVERIFY(click(findVisible(m_window, QStringLiteral("giveFloor1"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->speakers()->floorTaken(), kWait);
    QVERIFY(m_app->speakers()->speakerIsPointOfOrder());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->speakers()->queue()->rowCount(), 4, kWait);
    // The last speech moves up one place.
    const auto *queue = m_app->speakers()->queue();
    const QString last =
        queue->data(queue->index(3), council::client::SpeakerQueueModel::FullNameRole).toString();
    QVERIFY(click(findVisible(m_window, QStringLiteral("moveUp4"))));
    QTRY_COMPARE_WITH_TIMEOUT(
        queue->data(queue->index(2), council::client::SpeakerQueueModel::FullNameRole).toString(), last,
        kWait);
    QTest::qWait(1200); // the clock has moved
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->droppedNames().size(), 2, kWait);

    shootAll(QStringLiteral("sitting"),
             {QStringLiteral("chairSittingTitle"), QStringLiteral("chairCurrentItem"),
              QStringLiteral("nextItemButton"), QStringLiteral("quorumFigures"),
              QStringLiteral("quorumState"), QStringLiteral("absentNames"), QStringLiteral("droppedNames"),
              QStringLiteral("chairFloorBox"), QStringLiteral("chairSpeakerClock"),
              QStringLiteral("endFloorButton"), QStringLiteral("chairQueueRow1"),
              QStringLiteral("giveFloor1"), QStringLiteral("voteQuestionField"),
              QStringLiteral("voteRuleBox"), QStringLiteral("openVoteButton"),
              QStringLiteral("presentDocumentButton")});
    QCOMPARE(findVisible(m_window, QStringLiteral("presentFigure"))->property("text").toString(),
             QStringLiteral("30"));
    QVERIFY(findVisible(m_window, QStringLiteral("pointOfOrderMark")));
    // The body's rule is preselected.
    QCOMPARE(findVisible(m_window, QStringLiteral("voteRuleBox"))->property("currentIndex").toInt(), 0);
    QCOMPARE(m_app->chair()->defaultRule(), QStringLiteral("more_than_half_of_total"));

    QVERIFY(click(findVisible(m_window, QStringLiteral("endFloorButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->speakers()->floorTaken(), kWait);
}

void TstConsoleScreens::voteOpen() {
    QQuickItem *question = findVisible(m_window, QStringLiteral("voteQuestionField"));
    QVERIFY(question);
    question->setProperty("text",
                          QStringLiteral("Thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội "
                                         "thành phố năm 2027"));
    QQuickItem *duration = findVisible(m_window, QStringLiteral("voteDurationBox"));
    duration->setProperty("currentIndex", 6); // ten minutes
    QVERIFY(click(findVisible(m_window, QStringLiteral("openVoteButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->chair()->voteOpen(), kWait);
    QCOMPARE(m_app->chair()->rule(), QStringLiteral("more_than_half_of_total"));
    const qint64 round = m_app->chair()->roundId();
    for (int i = 0; i < 12; ++i)
        QVERIFY(m_demo.voters[i]
                    .client
                    ->request(Request::VoteCast,
                              QCborMap{{QStringLiteral("round"), round},
                                       {QStringLiteral("choice"),
                                        i < 10 ? QStringLiteral("approve") : QStringLiteral("disapprove")}})
                    .ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->votedCount(), 12, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->notVotedNames().size(), 18, kWait);
    QTest::qWait(1100);
    shootAll(QStringLiteral("vote-open"),
             {QStringLiteral("chairVoteQuestion"), QStringLiteral("chairVoteProgress"),
              QStringLiteral("chairVoteTimer"), QStringLiteral("chairVoteProgressBar"),
              QStringLiteral("notVotedNames"), QStringLiteral("extendVote30"),
              QStringLiteral("closeVoteButton"), QStringLiteral("cancelVoteButton"),
              QStringLiteral("quorumState")});
    QCOMPARE(findVisible(m_window, QStringLiteral("chairVoteProgress"))->property("text").toString(),
             QStringLiteral("12/30"));
    QVERIFY(findVisible(m_window, QStringLiteral("chairVoteTimer"))
                ->property("text")
                .toString()
                .startsWith(QStringLiteral("09:5")));
}

void TstConsoleScreens::confirmEndingTheVote() {
    QVERIFY(click(reveal(QStringLiteral("closeVoteButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("confirmAccept")), kWait);
    QTest::qWait(400);
    QVERIFY(m_app->chair()->voteOpen()); // nothing happens before the chair confirms
    const QString message =
        findVisible(m_window, QStringLiteral("confirmMessage"))->property("text").toString();
    QVERIFY2(message.contains(QStringLiteral("18")), qPrintable(message));
    for (const QSize &size : kScreenSizes) {
        m_window->resize(size);
        QTest::qWait(400);
        saveShot(m_window, QStringLiteral("console-confirm-close-%1").arg(sizeName(size)));
        const QStringList problems =
            checkShownInside(m_window, {QStringLiteral("confirmMessage"), QStringLiteral("confirmAccept"),
                                        QStringLiteral("confirmCancel")}) +
            checkTexts(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
    m_window->resize(kScreenSizes.first());
    QTest::qWait(300);
    QVERIFY(click(findVisible(m_window, QStringLiteral("confirmAccept"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->roundState(), QStringLiteral("closed"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!findVisible(m_window, QStringLiteral("confirmAccept")), kWait);
}

void TstConsoleScreens::result() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->chair()->result().isEmpty(), kWait);
    QCOMPARE(m_app->chair()->result().value(QStringLiteral("approve")).toInt(), 10);
    shootAll(QStringLiteral("result"),
             {QStringLiteral("chairRoundEnded"), QStringLiteral("verdictBanner"),
              QStringLiteral("resultCounts"), QStringLiteral("didNotVoteNames"),
              QStringLiteral("showResultOnHall"), QStringLiteral("repeatVoteButton"),
              QStringLiteral("openVoteButton")});
    QVERIFY(click(reveal(QStringLiteral("showResultOnHall"))));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->chair()->busy(), kWait);
    QCOMPARE(m_app->chair()->errorMessage(), QString());
    const council::testing::Reply hall =
        m_demo.secretary->request(Request::HallGet, QCborMap{{QStringLiteral("body"), m_demo.body}});
    QVERIFY2(hall.describe().contains(QStringLiteral("result")), qPrintable(hall.describe()));
}

void TstConsoleScreens::presentDocument() {
    // A document published to the whole body (the hall shows no group-only ones).
    qint64 document = 0;
    const council::testing::Reply list =
        m_demo.secretary->request(Request::DocList, QCborMap{{QStringLiteral("session"), m_demo.session}});
    for (const QCborValue &v : list.value(QStringLiteral("documents")).toArray()) {
        const QCborMap d = v.toMap();
        if (d.value(QStringLiteral("published")).toInteger() > 0 &&
            d.value(QStringLiteral("scope")).toString() != QLatin1String("groups") &&
            d.value(QStringLiteral("version")).toMap().value(QStringLiteral("pages")).toInteger() >= 3) {
            document = d.value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    if (document == 0)
        QSKIP("the demo has no document of three pages published to the whole body");
    QTRY_VERIFY_WITH_TIMEOUT(m_app->documents()->rowOf(document) >= 0, kWait);
    QQuickItem *box = reveal(QStringLiteral("presentDocumentBox"));
    QVERIFY(box);
    // The chair is staff and also sees drafts and documents in review; the
    // picker offers only the published ones, which the hall may show.
    int published = 0;
    const auto *documents = m_app->documents();
    for (int row = 0; row < documents->rowCount(); ++row)
        if (documents->index(row).data(council::client::DocumentListModel::StateRole).toString() ==
            QLatin1String("published"))
            ++published;
    QVERIFY(published < documents->rowCount());
    QCOMPARE(box->property("count").toInt(), published);
    int index = -1;
    QVERIFY(
        QMetaObject::invokeMethod(box, "indexOfValue", Q_RETURN_ARG(int, index), Q_ARG(QVariant, document)));
    QVERIFY(index >= 0);
    box->setProperty("currentIndex", index);
    QQuickItem *pageBox = findVisible(m_window, QStringLiteral("presentPageBox"));
    pageBox->setProperty("value", 2);
    QVERIFY(click(findVisible(m_window, QStringLiteral("presentDocumentButton"))));
    QTRY_VERIFY2_WITH_TIMEOUT(m_app->documents()->presenterDocumentId() == document,
                              qPrintable(m_app->chair()->errorMessage()), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->documents()->presenterPage(), 2, kWait);
    shootAll(QStringLiteral("document"),
             {QStringLiteral("hallNowShowing"), QStringLiteral("presentDocumentBox"),
              QStringLiteral("presentNextPage"), QStringLiteral("openDocumentButton")});
    QVERIFY(click(reveal(QStringLiteral("presentNextPage"))));
    QTRY_VERIFY2_WITH_TIMEOUT(m_app->documents()->presenterPage() == 3,
                              qPrintable(QStringLiteral("page %1, error '%2'")
                                             .arg(m_app->documents()->presenterPage())
                                             .arg(m_app->chair()->errorMessage())),
                              kWait);
}

void TstConsoleScreens::refusalShown() {
    // Extending a vote that has ended: the server refuses, in its words.
    m_app->chair()->extend(30);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->chair()->errorMessage().isEmpty(), kWait);
    shootAll(QStringLiteral("refused"), {QStringLiteral("chairErrorBanner"), QStringLiteral("chairErrorText"),
                                         QStringLiteral("chairErrorDismiss")});
    QVERIFY(click(findVisible(m_window, QStringLiteral("chairErrorDismiss"))));
    QTRY_VERIFY_WITH_TIMEOUT(!findVisible(m_window, QStringLiteral("chairErrorBanner")), kWait);
}

void TstConsoleScreens::confirmClosingTheSitting() {
    QVERIFY(click(reveal(QStringLiteral("closeSittingButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("confirmAccept")), kWait);
    QTest::qWait(400);
    saveShot(m_window, QStringLiteral("console-confirm-close-sitting-1280x800"));
    // Going back changes nothing; confirming closes the sitting.
    QVERIFY(click(findVisible(m_window, QStringLiteral("confirmCancel"))));
    QTRY_VERIFY_WITH_TIMEOUT(!findVisible(m_window, QStringLiteral("confirmAccept")), kWait);
    QCOMPARE(m_app->chair()->sittingState(), QStringLiteral("open"));
    QVERIFY(click(reveal(QStringLiteral("closeSittingButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("confirmAccept")), kWait);
    QVERIFY(click(findVisible(m_window, QStringLiteral("confirmAccept"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->chair()->sittingState(), QStringLiteral("closed"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(m_window, QStringLiteral("openSittingButton")), kWait);
    saveShot(m_window, QStringLiteral("console-sitting-closed-1280x800"));
}

void TstConsoleScreens::cleanupTestCase() {
    m_engine.reset();
    stopRecordingQmlWarnings();
}

QTEST_MAIN(TstConsoleScreens)
#include "tst_consolescreens.moc"
