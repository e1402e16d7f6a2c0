// One run of councilctl: the connection, how it authenticates, the calls a
// command makes and how the process ends. Commands only describe what to
// send and what to print; this class owns exit codes, error output, the
// timeouts and the logout of a one-call login.
#pragma once

#include "command.h"
#include "serverconnection.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>
#include <functional>

namespace council::ctl {

class Context : public QObject {
    Q_OBJECT
public:
    using OkHandler = std::function<void(const QCborMap &)>;

    Context(Options options, Command command, Args args, QObject *parent = nullptr);

    // Runs the command (which validates its arguments and queues its first
    // requests), then connects and authenticates as the command needs.
    void start();

    client::ServerConnection &connection() { return *m_conn; }
    const Args &args() const { return m_args; }
    const Options &options() const { return m_options; }
    const Command &command() const { return m_command; }
    bool json() const { return m_options.json; }
    void setAuthPassword(const QString &password) { m_authPassword = password; }
    void setCommandPassword(const QString &password) { m_commandPassword = password; }
    QString commandPassword() const { return m_commandPassword; }

    // Sends a request; a server error ends the run with exit code 1.
    void call(protocol::Request type, const QCborMap &body, OkHandler onOk);
    // Like call(), but the handler sees errors too.
    void callRaw(protocol::Request type, const QCborMap &body, client::ServerConnection::Callback handler);

    // Ends the run (after revoking a one-call token). Safe to call more than once.
    void finish(int exitCode = ExitOk);
    void failUsage(const QString &problem);
    void failServer(const client::Reply &reply);
    // Prints "lỗi <code>: <message> (<detail>)" to stderr and ends with exitCode.
    void fail(int exitCode, const QString &code, const QString &message, const QString &detail = {});
    // Client-side errors, worded like the server's (Vietnamese first).
    void failClient(int exitCode, const QString &code, const QString &detail = {});

    void printJson(const QCborValue &value);
    void out(const QString &text);
    void note(const QString &text); // diagnostics on stderr
    // Prints the body as JSON with --json, else calls human().
    void result(const QCborMap &body, const std::function<void()> &human);

    // Argument helpers: on a bad value they fail with a usage error and return nullopt.
    std::optional<qint64> idAt(int index, const QString &what);
    std::optional<qint64> intOption(const QString &name, qint64 min = 0);
    std::optional<QString> requiredOption(const QString &name);
    bool finished() const { return m_finishing; }

    // Disables the 60 s reply watchdog (watch runs until killed).
    void setWatching(bool on) { m_watching = on; }

private:
    void connectSignals();
    void armReplyTimer();
    void exitNow(int exitCode);

    Options m_options;
    Command m_command;
    Args m_args;
    QString m_authPassword;
    QString m_commandPassword;
    client::ServerConnection *m_conn;
    QTimer m_connectTimer;
    QTimer m_replyTimer;
    int m_outstanding = 0;
    bool m_everOnline = false;
    bool m_tempLogin = false;
    bool m_tempToken = false;
    bool m_finishing = false;
    bool m_watching = false;
};

} // namespace council::ctl
