// The secretariat's console rendered offscreen against the real
// council-server --demo, logged in as the secretary ("thuky") with the demo
// session open: each of its four tabs at a landscape laptop, a portrait
// tablet and a full-HD size, saved as PNGs (screenshots/secretariat-*.png)
// and checked: key controls shown inside the window, no text cut off, no QML
// warnings.
#include "appcontroller.h"
#include "livedemo.h"
#include "pagechecks.h"
#include "uitestsupport.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

using council::client::AppController;
using council::protocol::Request;
using council::testing::LiveDemo;
using namespace council::uitest;

namespace {

constexpr int kWait = 15000;
const QStringList kTabs{QStringLiteral("agenda"), QStringLiteral("import"), QStringLiteral("attendance"),
                        QStringLiteral("handcount")};

const char kShell[] = R"(
import QtQuick
import QtQuick.Controls
import PaperlessCouncil
import PaperlessCouncil.Models

ApplicationWindow {
    id: window
    required property AppController controller
    visible: true
    SecretariatPage {
        anchors.fill: parent
        controller: window.controller
        wide: window.width >= 1100
    }
}
)";

} // namespace

class TstSecretariatScreens : public QObject {
    Q_OBJECT

    QTranslator m_qm;
    LiveDemo m_demo;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase() {
        startRecordingQmlWarnings();
        useMaterialInVietnamese(m_qm); // without the .qm the tabs are still checked, in English
        QString error;
        if (!m_demo.start(&error))
            QSKIP(qPrintable(QStringLiteral("no demo server: ") + error));

        // A vote to count by hand: the session open, the first item, a few present.
        QVERIFY2(m_demo.openSession(&error), qPrintable(error));
        const qint64 item = m_demo.items().first();
        QVERIFY2(m_demo.setCurrentItem(item, &error), qPrintable(error));
        QVERIFY2(m_demo.markPresent(m_demo.sittingOfItem(item), 28, &error), qPrintable(error));
        QVERIFY2(m_demo.openVote(item, QStringLiteral("Thông qua chương trình kỳ họp"), 600, &error) != 0,
                 qPrintable(error));

        m_app = std::make_unique<AppController>();
        m_app->login(m_demo.url().toString(), QStringLiteral("thuky"),
                     m_demo.password(QStringLiteral("thuky")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->loggedIn() && m_app->synced(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->connectionStatus(), AppController::ConnectionStatus::Online, kWait);
        m_app->openSession(m_demo.session());
        auto *sec = m_app->secretariat();
        QTRY_COMPARE_WITH_TIMEOUT(sec->sessionId(), m_demo.session(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sec->editor()->agenda()->rowCount() >= 3, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sec->attendance()->known(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(sec->handCount()->roundId() != 0, kWait);
        // A preview with a bad line and a warning, as a secretary would see it.
        sec->members()->previewText(QStringLiteral("họ tên,chức năng,tổ,ghế\n"
                                                   "Lò Văn Thử,delegate,Tổ đại biểu số 1,C01\n"
                                                   "Hà Thị Nhập,thu_quy,Tổ đại biểu số 1,C02\n"
                                                   "Lương Văn Mới,delegate;approver,Tổ đại biểu số 2,C03\n"),
                                    QStringLiteral("danh-sach-dai-bieu.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(sec->members()->hasPreview() || !sec->members()->errorMessage().isEmpty(),
                                 kWait);

        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent shell(m_engine.get());
        shell.setData(kShell, QUrl(QStringLiteral("qrc:/secretariat-shell/Shell.qml")));
        QVERIFY2(shell.isReady(), qPrintable(shell.errorString()));
        QObject *root = shell.createWithInitialProperties(
            {{QStringLiteral("controller"), QVariant::fromValue(m_app.get())}});
        QVERIFY2(root, qPrintable(shell.errorString()));
        m_window.reset(qobject_cast<QQuickWindow *>(root));
        QVERIFY(m_window);
        m_window->resize(kScreenSizes.first());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::qWait(500);
    }

    void tabs_data() {
        QTest::addColumn<int>("tab");
        QTest::addColumn<QSize>("size");
        for (int t = 0; t < kTabs.size(); ++t)
            for (const QSize size : kScreenSizes)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1-%2x%3").arg(kTabs[t]).arg(size.width()).arg(size.height())))
                    << t << size;
    }

    void tabs() {
        QFETCH(int, tab);
        QFETCH(QSize, size);
        m_window->resize(size);
        QObject *bar = m_window->findChild<QObject *>(QStringLiteral("secretariatTabs"));
        QVERIFY(bar);
        bar->setProperty("currentIndex", tab);
        QTest::qWait(400);
        const QString name =
            QStringLiteral("secretariat-%1-%2x%3").arg(kTabs[tab]).arg(size.width()).arg(size.height());
        saveShot(m_window.get(), name);
        QStringList problems = checkShownInside(
            m_window.get(), {QStringLiteral("secretariatTabs"), QStringLiteral("secretariatSessionBox")});
        problems += checkTexts(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noQmlWarnings() { verifyNoQmlWarnings(); }
};

QTEST_MAIN(TstSecretariatScreens)
#include "tst_secretariatscreens.moc"
