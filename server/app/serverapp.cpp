#include "serverapp.h"

#include "crypto/sodium.h"
#include "demo/demoseeder.h"
#include "network/councilserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace council::server {

namespace {
int g_signalFds[2] = {-1, -1};

void say(const QString &line) {
    // Scripts and tests read these lines: flush each one.
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString &line) {
    std::fputs(qPrintable(QStringLiteral("council-server: ") + line + QLatin1Char('\n')), stderr);
}

QString readPasswordLine() {
    QTextStream in(stdin);
    return in.readLine();
}
} // namespace

int runServer(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Paperless Council server (Phòng họp không giấy)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral("Data directory (SQLite database, documents)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default 127.0.0.1:8765; port 0 picks a free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QStringLiteral("Seed an empty data directory with a demo council session."));
    const QCommandLineOption adminOpt(
        QStringLiteral("create-admin"),
        QStringLiteral("Create an administrator; the password is read from standard input."),
        QStringLiteral("NAME"));
    const QCommandLineOption replayOpt(QStringLiteral("replay-window"),
                                       QStringLiteral("Events kept for clients that resume (default 10000)."),
                                       QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption pingOpt(QStringLiteral("ping-interval"),
                                     QStringLiteral("Milliseconds between keep-alive pings (default 15000)."),
                                     QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption outOpt(
        QStringLiteral("max-outgoing-kib"),
        QStringLiteral("Outgoing buffer per connection before a non-reading peer is dropped (default 1024)."),
        QStringLiteral("KIB"), QStringLiteral("1024"));
    const QCommandLineOption uploadOpt(QStringLiteral("max-upload-mib"),
                                       QStringLiteral("Largest document upload in MiB (default 200)."),
                                       QStringLiteral("MIB"), QStringLiteral("200"));
    parser.addOptions({dataOpt, listenOpt, demoOpt, adminOpt, replayOpt, pingOpt, outOpt, uploadOpt});
    parser.process(arguments);

    // A council hall is 1,600 sockets: lift the soft descriptor limit to the hard one.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    if (!crypto::initialize()) {
        complain(QStringLiteral("libsodium failed to initialise"));
        return 1;
    }
    if (!parser.isSet(dataOpt)) {
        complain(QStringLiteral("--data DIR is required"));
        return 2;
    }
    const QString dataDir = parser.value(dataOpt);
    Database db;
    if (const QString err = db.open(dataDir); !err.isEmpty()) {
        complain(err);
        return 1;
    }
    ServerLimits limits;
    bool ok = true;
    limits.replayWindow = parser.value(replayOpt).toInt(&ok);
    if (!ok || limits.replayWindow < 1) {
        complain(QStringLiteral("--replay-window must be a positive number"));
        return 2;
    }
    limits.pingIntervalMs = parser.value(pingOpt).toInt(&ok);
    if (!ok || limits.pingIntervalMs < 100) {
        complain(QStringLiteral("--ping-interval must be at least 100 ms"));
        return 2;
    }
    limits.maxOutgoingBuffer = parser.value(outOpt).toLongLong(&ok) * 1024;
    if (!ok || limits.maxOutgoingBuffer < 64 * 1024) {
        complain(QStringLiteral("--max-outgoing-kib must be at least 64"));
        return 2;
    }
    limits.maxUploadBytes = parser.value(uploadOpt).toLongLong(&ok) << 20;
    if (!ok || limits.maxUploadBytes < (qint64(1) << 20) || limits.maxUploadBytes > (qint64(4) << 30)) {
        complain(QStringLiteral("--max-upload-mib must be between 1 and 4096"));
        return 2;
    }
    CouncilServer server(db, limits);

    if (parser.isSet(adminOpt)) {
        const QString name = parser.value(adminOpt);
        const QString password = readPasswordLine();
        if (const QString err = server.accounts().createAccountLocally(name, name, password, true);
            !err.isEmpty()) {
            complain(err);
            return 1;
        }
        server.commits().commitNow();
        say(QStringLiteral("admin %1 created").arg(name));
        return 0;
    }

    if (parser.isSet(demoOpt)) {
        QList<DemoAccount> accounts;
        bool already = false;
        if (const QString err = DemoSeeder(server).seed(dataDir, &accounts, &already); !err.isEmpty()) {
            complain(QStringLiteral("demo: ") + err);
            return 1;
        }
        if (already) {
            say(QStringLiteral("demo data already present; the passwords are in %1/demo-accounts.txt")
                    .arg(dataDir));
        } else {
            say(QStringLiteral("demo accounts (also in %1/demo-accounts.txt, shown only now):").arg(dataDir));
            for (const DemoAccount &a : accounts)
                say(QStringLiteral("  %1\t%2\t%3").arg(a.username, a.password, a.role));
        }
    }

    const QString listen = parser.value(listenOpt);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress host(colon > 0 ? listen.left(colon) : listen);
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
    if (host.isNull() || !ok || port < 0 || port > 65535) {
        complain(QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8765"));
        return 2;
    }
    QString err;
    if (!server.listen(host, quint16(port), &err)) {
        complain(QStringLiteral("cannot listen on %1: %2").arg(listen, err));
        return 1;
    }
    // The trust keys clients pin: compare these with what a device shows when it first joins.
    const QStringList trust = server.trust().fingerprints();
    for (const QString &line : trust)
        say(QStringLiteral("trust key of %1").arg(line));
    if (trust.isEmpty())
        say(QStringLiteral(
            "no body has a trust key yet: an admin creates one with 'councilctl trust init BODY'"));
    say(QStringLiteral("listening on %1").arg(server.url().toString()));
    // SIGTERM/SIGINT: leave the event loop so the last turn is committed. The
    // handler only writes a byte to a socket pair; Qt code runs in the loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier =
            new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
        QObject::connect(notifier, &QSocketNotifier::activated, [notifier] {
            notifier->setEnabled(false);
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
            QCoreApplication::quit();
        });
        struct sigaction action {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }
    return QCoreApplication::exec();
}

} // namespace council::server
