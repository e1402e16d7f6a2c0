// The document desk as the secretary (thuky) and the approver (pheduyet) see
// it, against the real council-server with its demo data (two documents
// awaiting review, one draft, the rest published): the list with its state
// filter and the upload panel, the approver's queue, the reader over the desk
// with the review bar, and the approve, publish and withdraw dialogs —
// each at 1280×800, 800×1280 and 1920×1080, saved as PNG and checked: key
// items there and inside the window, no text cut off, no QML warnings.
#include "appcontroller.h"
#include "livedemo.h"
#include "pagechecks.h"
#include "uitestsupport.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ReaderPlugin)

using council::client::AppController;
using council::client::DocumentDesk;
using council::client::DocumentDeskModel;
using council::testing::LiveDemo;
using namespace council::uitest;

namespace {

// The page alone in a window, as Main.qml shows it under the app header.
const char *kWindowQml = R"(
import QtQuick
import QtQuick.Controls
import PaperlessCouncil
import PaperlessCouncil.Models
ApplicationWindow {
    id: window
    required property AppController controller
    visible: true
    DocumentDeskPage {
        objectName: "documentDeskPage"
        anchors.fill: parent
        controller: window.controller
        wide: window.width >= 1100
    }
}
)";

} // namespace

class TstDocumentDeskScreens : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void cleanup();
    void secretaryDesk();
    void approverQueueAndReview();
    void approveDialog();
    void publishAndWithdrawDialogs();

private:
    QQuickWindow *open(const QString &user);
    void shoot(QQuickWindow *window, const QString &name, const QStringList &shown);
    QObject *child(QQuickWindow *window, const QString &objectName);

    LiveDemo m_demo;
    std::unique_ptr<QQmlEngine> m_engine;
    std::map<QString, std::unique_ptr<AppController>> m_apps;
    std::map<QString, std::unique_ptr<QObject>> m_windows;
};

void TstDocumentDeskScreens::initTestCase() {
    startRecordingQmlWarnings();
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QString error;
    if (!m_demo.start(&error))
        QSKIP(qPrintable(QStringLiteral("no demo server: ") + error));
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
}

void TstDocumentDeskScreens::cleanup() {
    verifyNoQmlWarnings();
}

QQuickWindow *TstDocumentDeskScreens::open(const QString &user) {
    auto app = std::make_unique<AppController>();
    app->preferences()->applyLanguage(QStringLiteral("vi"));
    app->login(m_demo.url().toString(), user, m_demo.password(user));
    if (!QTest::qWaitFor([&] { return app->loggedIn() && app->synced(); }, 30000))
        return nullptr;
    app->openSession(m_demo.session());
    DocumentDesk *desk = app->desk();
    if (!QTest::qWaitFor([&] { return desk->documents()->rowCount() > 30; }, 30000))
        return nullptr;
    QQmlComponent component(m_engine.get());
    component.setData(kWindowQml, QUrl(QStringLiteral("qrc:/desk-test/Window.qml")));
    std::unique_ptr<QObject> root(component.createWithInitialProperties(
        {{QStringLiteral("controller"), QVariant::fromValue(app.get())}}));
    if (!root) {
        qWarning() << component.errorString();
        return nullptr;
    }
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    window->resize(kScreenSizes.first());
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    m_apps[user] = std::move(app);
    m_windows[user] = std::move(root);
    return window;
}

QObject *TstDocumentDeskScreens::child(QQuickWindow *window, const QString &objectName) {
    return window->findChild<QObject *>(objectName);
}

void TstDocumentDeskScreens::shoot(QQuickWindow *window, const QString &name, const QStringList &shown) {
    for (const QSize size : kScreenSizes) {
        window->resize(size);
        QTest::qWait(600);
        saveShot(window, QStringLiteral("desk-%1-%2").arg(name, sizeName(size)));
        QStringList problems = checkShownInside(window, shown) + checkTexts(window);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(sizeName(size) + QStringLiteral(": ") + problems.join(u'\n')));
    }
    window->resize(kScreenSizes.first());
    QTest::qWait(300);
}

void TstDocumentDeskScreens::secretaryDesk() {
    QQuickWindow *window = open(QStringLiteral("thuky"));
    QVERIFY(window);
    DocumentDesk *desk = m_apps[QStringLiteral("thuky")]->desk();
    QTRY_VERIFY(desk->canPrepare());
    QCOMPARE(desk->shown()->state(), QString());
    QTest::qWait(500);
    shoot(window, QStringLiteral("secretary-all"),
          {QStringLiteral("deskHeading"), QStringLiteral("deskFilters"), QStringLiteral("deskRow0"),
           QStringLiteral("deskUploadPanel")});
    // Drafts: "Send for review" and "Replace version" on the row.
    desk->shown()->setState(QStringLiteral("draft"));
    shoot(window, QStringLiteral("secretary-drafts"),
          {QStringLiteral("deskRow0"), QStringLiteral("deskSubmit"), QStringLiteral("deskReplace")});
    desk->shown()->setState({});
}

void TstDocumentDeskScreens::approverQueueAndReview() {
    QQuickWindow *window = open(QStringLiteral("pheduyet"));
    QVERIFY(window);
    DocumentDesk *desk = m_apps[QStringLiteral("pheduyet")]->desk();
    QTRY_VERIFY(desk->canReview());
    // An approver starts at his queue.
    QTRY_COMPARE(desk->shown()->state(), QStringLiteral("submitted"));
    QTRY_COMPARE(desk->shown()->count(), 2);
    shoot(window, QStringLiteral("approver-queue"),
          {QStringLiteral("deskHeading"), QStringLiteral("deskRow0"), QStringLiteral("deskRow1"),
           QStringLiteral("deskReview")});

    // Open the first for review: the reader over the desk, with the review bar.
    const qint64 id = desk->shown()->index(0, 0).data(DocumentDeskModel::DocumentIdRole).toLongLong();
    QObject *page = child(window, QStringLiteral("documentDeskPage"));
    QVERIFY(page);
    page->setProperty("readingId", id);
    QTRY_VERIFY_WITH_TIMEOUT(findVisible(window, QStringLiteral("pageView")) != nullptr, 30000);
    QTest::qWait(2500); // the first page renders
    shoot(window, QStringLiteral("approver-review"),
          {QStringLiteral("deskReviewBar"), QStringLiteral("deskReviewApprove"),
           QStringLiteral("deskReviewReject")});
}

void TstDocumentDeskScreens::approveDialog() {
    QQuickWindow *window = qobject_cast<QQuickWindow *>(m_windows[QStringLiteral("pheduyet")].get());
    QVERIFY(window);
    auto *approve = qobject_cast<QQuickItem *>(findVisible(window, QStringLiteral("deskReviewApprove")));
    QVERIFY(approve);
    QMetaObject::invokeMethod(approve, "clicked");
    QTest::qWait(500);
    // A wrong password: said plainly in the dialog.
    DocumentDesk *desk = m_apps[QStringLiteral("pheduyet")]->desk();
    QObject *page = child(window, QStringLiteral("documentDeskPage"));
    const qint64 id = page->property("readingId").toLongLong();
    desk->approve(id, QStringLiteral("sai mật khẩu"));
    QTRY_VERIFY_WITH_TIMEOUT(!desk->approvalError().isEmpty(), 30000);
    shoot(window, QStringLiteral("approve-wrong-password"),
          {QStringLiteral("deskApprovePassword"), QStringLiteral("deskApproveError"),
           QStringLiteral("deskApproveConfirm")});
}

void TstDocumentDeskScreens::publishAndWithdrawDialogs() {
    QQuickWindow *window = qobject_cast<QQuickWindow *>(m_windows[QStringLiteral("thuky")].get());
    QVERIFY(window);
    window->requestActivate();
    DocumentDesk *desk = m_apps[QStringLiteral("thuky")]->desk();
    desk->shown()->setState(QStringLiteral("published"));
    QTRY_VERIFY(desk->shown()->count() > 0);
    QTest::qWait(400);
    auto *withdraw = findVisible(window, QStringLiteral("deskWithdraw"));
    QVERIFY(withdraw);
    QMetaObject::invokeMethod(withdraw, "clicked");
    QTest::qWait(500);
    shoot(window, QStringLiteral("withdraw-confirm"),
          {QStringLiteral("deskReasonMessage"), QStringLiteral("deskReasonField"),
           QStringLiteral("deskReasonConfirm")});
    QObject *dialog = child(window, QStringLiteral("deskReasonDialog"));
    QVERIFY(dialog);
    QMetaObject::invokeMethod(dialog, "close");
    QTest::qWait(400);

    // The publish dialog for a withdrawn-or-approved document: use a published one's dialog directly.
    QObject *publish = child(window, QStringLiteral("deskPublishDialog"));
    QVERIFY(publish);
    const qint64 id = desk->shown()->index(0, 0).data(DocumentDeskModel::DocumentIdRole).toLongLong();
    const QString title = desk->shown()->index(0, 0).data(DocumentDeskModel::TitleRole).toString();
    QMetaObject::invokeMethod(publish, "ask", Q_ARG(QVariant, QVariant(id)), Q_ARG(QVariant, QVariant(title)),
                              Q_ARG(QVariant, QVariant(true)));
    publish->setProperty("scope", QStringLiteral("groups"));
    QTest::qWait(500);
    shoot(window, QStringLiteral("publish"),
          {QStringLiteral("deskScopeItem"), QStringLiteral("deskPublishConfirm")});
    QMetaObject::invokeMethod(publish, "close");
    desk->shown()->setState({});
}

QTEST_MAIN(TstDocumentDeskScreens)
#include "tst_documentdeskscreens.moc"
