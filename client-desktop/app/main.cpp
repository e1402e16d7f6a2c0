// council-client: the Qt Quick client of Paperless Council. Only wiring here:
// options, translation, style, and the QML window over AppController.
#include "appcontroller.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
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
    // Vietnamese first: the interface is written in English source strings and
    // always runs through a translation, so both languages are equal citizens.
    QLocale::setDefault(lang == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    council::client::Reply::setUiLanguage(lang); // the server's error texts come in vi and en
    QTranslator appTranslator;
    if (appTranslator.load(QStringLiteral(":/i18n/council_%1.qm").arg(lang)))
        QGuiApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator; // Qt's own words (text field menus), when installed
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QGuiApplication::installTranslator(&qtTranslator);

    QQuickStyle::setStyle(QStringLiteral("Material"));

    AppController controller;
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
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/PaperlessCouncil/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
