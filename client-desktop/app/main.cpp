// council-client: the Qt Quick client of Paperless Council. Only wiring here:
// options, translation, style, and the QML window over AppController.
#include "appcontroller.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)

using council::client::AppController;

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("PaperlessCouncil"));
    QGuiApplication::setApplicationName(QStringLiteral("council-client"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Paperless Council"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Paperless Council client"));
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server address, e.g. ws://127.0.0.1:8765."),
                                       QStringLiteral("URL"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("User name to log in with."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption passwordFileOpt(
        QStringLiteral("password-file"),
        QStringLiteral(
            "Log in at start with the password in FILE (one line, or the server's demo-accounts.txt)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("Language of the interface: vi (default) or en."),
                                     QStringLiteral("vi|en"), QStringLiteral("vi"));
    parser.addOptions({serverOpt, userOpt, passwordFileOpt, langOpt});
    parser.process(app);

    const QString lang = parser.value(langOpt).toLower();
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "council-client: --lang must be vi or en\n");
        return 2;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));

    AppController controller;
    // --lang for this run; without it the language last chosen in the app's
    // menu (Vietnamese at first). The menu switches it while the app runs.
    controller.preferences()->applyLanguage(parser.isSet(langOpt) ? lang : QString());
    if (parser.isSet(serverOpt))
        controller.setServerUrl(parser.value(serverOpt));
    if (parser.isSet(userOpt))
        controller.setUserName(parser.value(userOpt));
    if (parser.isSet(passwordFileOpt)) {
        QString error;
        const QString password =
            AppController::passwordFromFile(parser.value(passwordFileOpt), controller.userName(), &error);
        if (password.isEmpty()) {
            std::fprintf(stderr, "council-client: %s\n", qPrintable(error));
            return 2;
        }
        controller.login(controller.serverUrl(), controller.userName(), password);
    } else {
        controller.restoreLogin();
    }

    QQmlApplicationEngine engine;
    QObject::connect(controller.preferences(), &council::client::Preferences::languageChanged, &engine,
                     &QQmlEngine::retranslate);
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/PaperlessCouncil/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
