#include "uitestsupport.h"

#include "serverconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QtTest>

namespace council::uitest {

namespace {

QStringList g_qmlWarnings;
QtMessageHandler g_previousHandler = nullptr;
bool g_recording = false;

void recordQmlWarning(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type != QtDebugMsg && type != QtInfoMsg && message.contains(QLatin1String("qrc:/")))
        g_qmlWarnings << message;
    g_previousHandler(type, context, message);
}

} // namespace

QString sizeName(QSize size) {
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

void prepareScreenTestProcess() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QTemporaryDir home; // removed when the process ends
    const QDir dir(home.path());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8()); // downloaded documents
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("COUNCIL_CONFIG_DIR", dir.filePath(QStringLiteral("council")).toUtf8());
    // As the app's main() names itself.
    QCoreApplication::setOrganizationName(QStringLiteral("PaperlessCouncil"));
    QCoreApplication::setApplicationName(QStringLiteral("council-client"));
}

bool useMaterialInVietnamese(QTranslator &translator) {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    council::client::Reply::setUiLanguage(QStringLiteral("vi"));
    if (!translator.load(QStringLiteral(":/i18n/council_vi.qm")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

void startRecordingQmlWarnings() {
    if (g_recording)
        return;
    g_previousHandler = qInstallMessageHandler(recordQmlWarning);
    g_recording = true;
}

void stopRecordingQmlWarnings() {
    if (!g_recording)
        return;
    qInstallMessageHandler(g_previousHandler);
    g_recording = false;
}

QStringList takeQmlWarnings() {
    return std::exchange(g_qmlWarnings, {});
}

void verifyNoQmlWarnings() {
    const QStringList warnings = takeQmlWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

QQuickWindow *showMainWindow(QQmlApplicationEngine &engine, QObject *controller, QSize size) {
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/PaperlessCouncil/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return nullptr;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return nullptr;
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

bool readDemoAccounts(const QString &dataDir, QList<DemoAccount> *accounts) {
    QFile f(QDir(dataDir).filePath(QStringLiteral("demo-accounts.txt")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() >= 2)
            accounts->append({QString::fromUtf8(cols.at(0)), QString::fromUtf8(cols.at(1)),
                              cols.size() >= 3 ? QString::fromUtf8(cols.at(2)) : QString()});
    }
    return true;
}

QString demoPassword(const QString &dataDir, const QString &user) {
    QList<DemoAccount> accounts;
    readDemoAccounts(dataDir, &accounts);
    for (const DemoAccount &a : std::as_const(accounts)) {
        if (a.username == user)
            return a.password;
    }
    return {};
}

QString DemoServerProcess::binary() {
    QString path = qEnvironmentVariable("COUNCIL_SERVER_BIN");
    if (path.isEmpty())
        path = QStringLiteral(COUNCIL_DEFAULT_SERVER_BIN);
    return QFile::exists(path) ? path : QString();
}

bool DemoServerProcess::start(int timeoutMs, QString *error) {
    if (!m_data.isValid()) {
        *error = QStringLiteral("no temporary data directory: ") + m_data.errorString();
        return false;
    }
    m_process.setProgram(binary());
    m_process.setArguments({QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo")});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
    QByteArray output;
    const bool listens = QTest::qWaitFor(
        [&] {
            output += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(output));
            if (m.hasMatch())
                m_url = m.captured(1);
            return !m_url.isEmpty();
        },
        timeoutMs);
    if (!listens)
        *error = QStringLiteral("council-server said no address in %1 ms: %2")
                     .arg(timeoutMs)
                     .arg(QString::fromUtf8(output));
    return listens;
}

void DemoServerProcess::stop() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
}

} // namespace council::uitest
