// council-demodocs: writes the PDF documents of the server's --demo mode.
//   council-demodocs --out DIR --spec SPEC.json
// prints "<file>\t<pages>" per document; exit 0 on success, 2 on a bad
// command line or spec, 1 when a file cannot be written. Runs offscreen.
#include "demodocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace council::demodocs;

namespace {
QtMessageHandler previousHandler = nullptr;

// Run by a server without a session, Qt notes that XDG_RUNTIME_DIR is unset:
// true, harmless, and noise in the server's log.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int usageError(const QString &message) {
    QTextStream(stderr) << "council-demodocs: " << message << "\n"
                        << "usage: council-demodocs --out DIR --spec SPEC.json\n";
    return 2;
}
} // namespace

int main(int argc, char *argv[]) {
    // The server starts us without a display; fonts are all we need of the GUI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietHandler);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("council-demodocs"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the PDF documents of the Paperless Council demo."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output directory."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption spec(QStringLiteral("spec"),
                                  QStringLiteral("The JSON spec; - reads standard input."),
                                  QStringLiteral("SPEC.json"));
    parser.addOption(out);
    parser.addOption(spec);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(out) || !parser.isSet(spec))
        return usageError(QStringLiteral("--out and --spec are both required"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    QFile specFile;
    const QString specPath = parser.value(spec);
    const bool opened = specPath == QLatin1String("-")
                            ? specFile.open(stdin, QIODevice::ReadOnly)
                            : (specFile.setFileName(specPath), specFile.open(QIODevice::ReadOnly));
    if (!opened)
        return usageError(QStringLiteral("cannot read %1: %2").arg(specPath, specFile.errorString()));
    QList<DocumentSpec> documents;
    QString error;
    if (!parseSpec(specFile.readAll(), &documents, &error))
        return usageError(QStringLiteral("bad spec %1: %2").arg(specPath, error));

    const QDir dir(parser.value(out));
    if (!QDir().mkpath(dir.absolutePath())) {
        QTextStream(stderr) << "council-demodocs: cannot create " << dir.absolutePath() << "\n";
        return 1;
    }
    QTextStream stdoutStream(stdout);
    for (const DocumentSpec &document : std::as_const(documents)) {
        const WriteResult result = writeDocument(document, dir.filePath(document.file));
        if (!result.ok) {
            QTextStream(stderr) << "council-demodocs: " << document.file << ": " << result.error << "\n";
            return 1;
        }
        stdoutStream << document.file << '\t' << result.pages << Qt::endl;
    }
    return 0;
}
