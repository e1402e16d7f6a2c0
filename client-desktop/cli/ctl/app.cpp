#include "app.h"

#include "command.h"
#include "context.h"

#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace council::ctl {

namespace {

const QString kDefaultServer = QStringLiteral("ws://127.0.0.1:8765");

int usageError(const QString &problem, const QString &usage = {}) {
    QTextStream err(stderr);
    err << QStringLiteral("lỗi usage: Cú pháp lệnh không đúng. (%1)").arg(problem) << '\n';
    if (!usage.isEmpty())
        err << QCoreApplication::translate("councilctl", "usage: %1").arg(usage) << '\n';
    err << QCoreApplication::translate("councilctl", "see: councilctl help") << Qt::endl;
    return ExitUsage;
}

// Reads one line of stdin as a password. Only the line end is removed:
// spaces may be part of a password.
std::optional<QString> readPasswordLine(QFile &in) {
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray line = in.readLine();
    if (line.isEmpty())
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool validServerUrl(const QUrl &url) {
    return url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")) &&
           !url.host().isEmpty();
}

} // namespace

int run(QCoreApplication &app) {
    QStringList words = app.arguments().mid(1);
    Options options;
    const QString envServer = qEnvironmentVariable("COUNCIL_SERVER");
    options.server = QUrl(envServer.isEmpty() ? kDefaultServer : envServer);

    // Global options come before NOUN; after it the same names may mean
    // something else (e.g. `user create --password-stdin` is the new user's password).
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
        const QString w = words.takeFirst();
        auto takeValue = [&](const QString &name) -> std::optional<QString> {
            if (w.startsWith(name + QLatin1Char('=')))
                return w.mid(name.size() + 1);
            if (words.isEmpty())
                return std::nullopt;
            return words.takeFirst();
        };
        if (w == QLatin1String("--json")) {
            options.json = true;
        } else if (w == QLatin1String("--password-stdin")) {
            options.passwordStdin = true;
        } else if (w == QLatin1String("--help")) {
            words.prepend(QStringLiteral("help"));
            break;
        } else if (w == QLatin1String("--version")) {
            QTextStream(stdout) << "councilctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (w == QLatin1String("--server") || w.startsWith(QLatin1String("--server="))) {
            const auto v = takeValue(QStringLiteral("--server"));
            if (!v)
                return usageError(QStringLiteral("--server needs a value"));
            options.server = QUrl(*v);
        } else if (w == QLatin1String("--user") || w.startsWith(QLatin1String("--user="))) {
            const auto v = takeValue(QStringLiteral("--user"));
            if (!v)
                return usageError(QStringLiteral("--user needs a value"));
            options.user = *v;
        } else {
            return usageError(QStringLiteral("unknown global option %1").arg(w));
        }
    }

    if (words.isEmpty() || words.first() == QLatin1String("help") || words.first() == QLatin1String("-h")) {
        QTextStream(stdout) << helpText() << Qt::flush;
        return words.isEmpty() ? ExitUsage : ExitOk;
    }

    const QString noun = words.takeFirst();
    const QList<Command> commands = allCommands();
    const Command *command = nullptr;
    for (const Command &c : commands) {
        if (c.noun == noun && c.verb.isEmpty())
            command = &c;
    }
    if (!command && !words.isEmpty()) {
        for (const Command &c : commands) {
            if (c.noun == noun && c.verb == words.first())
                command = &c;
        }
        if (command)
            words.removeFirst();
    }
    if (!command) {
        QStringList verbs;
        for (const Command &c : commands) {
            if (c.noun == noun)
                verbs << c.verb;
        }
        if (verbs.isEmpty())
            return usageError(QStringLiteral("unknown command '%1'").arg(noun));
        return usageError(
            QStringLiteral("'%1' needs one of: %2").arg(noun, verbs.join(QStringLiteral(", "))));
    }

    // `councilctl --user u --password-stdin login` means the same as `login --user u --password-stdin`.
    if (command->auth == Command::Auth::Own && !options.user.isEmpty()) {
        words << QStringLiteral("--user") << options.user;
        if (options.passwordStdin)
            words << QStringLiteral("--password-stdin");
        options.user.clear();
        options.passwordStdin = false;
    }

    QString problem;
    std::optional<Args> args = parseArgs(*command, words, options, &problem);
    if (!args)
        return usageError(problem, command->usageLine());
    if (!validServerUrl(options.server))
        return usageError(
            QStringLiteral("server must be a ws:// or wss:// URL, not '%1'").arg(options.server.toString()));
    if (!options.user.isEmpty() && !options.passwordStdin)
        return usageError(QStringLiteral("--user needs --password-stdin (the password is read from stdin)"));
    if (options.user.isEmpty() && options.passwordStdin)
        return usageError(QStringLiteral("--password-stdin before the command needs --user NAME"));

    Context context(options, *command, *args);
    // Passwords are read before the event loop starts, in a fixed order:
    // first the one for --user, then the one the command itself needs.
    QFile in;
    if (!options.user.isEmpty()) {
        const auto pw = readPasswordLine(in);
        if (!pw)
            return usageError(QStringLiteral("no password on stdin for --user %1").arg(options.user));
        context.setAuthPassword(*pw);
    }
    if (args->flags.contains(QStringLiteral("password-stdin"))) {
        const auto pw = readPasswordLine(in);
        if (!pw || pw->isEmpty())
            return usageError(QStringLiteral("no password on stdin"), command->usageLine());
        context.setCommandPassword(*pw);
    }
    context.start();
    return app.exec();
}

} // namespace council::ctl
