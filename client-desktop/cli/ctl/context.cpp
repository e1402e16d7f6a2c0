#include "context.h"

#include "cborjson.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <cstdio>

namespace council::ctl {

namespace {

constexpr int kConnectTimeoutMs = 10000;
constexpr int kReplyTimeoutMs = 60000;

QTextStream &stdoutStream() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &stderrStream() {
    static QTextStream s(stderr);
    return s;
}

// Errors found by councilctl itself, worded like the protocol's registry so
// that every error line reads the same way.
QCborMap clientError(const QString &code) {
    struct Text {
        const char *code;
        const char *vi;
        const char *en;
    };
    static const Text texts[] = {
        {"usage", "Cú pháp lệnh không đúng.", "The command line is not valid."},
        {"connection_failed", "Không kết nối được tới máy chủ.", "Cannot connect to the server."},
        {"timeout", "Máy chủ không trả lời kịp thời.", "The server did not answer in time."},
        {"not_logged_in", "Chưa đăng nhập vào máy chủ này. Hãy chạy: councilctl login",
         "Not logged in to this server. Run: councilctl login"},
        {"local_io", "Không đọc hoặc ghi được tệp trên máy này.", "Cannot read or write a local file."},
        {"audit_broken", "Chuỗi nhật ký kiểm toán bị hỏng.", "The audit chain is broken."},
    };
    QCborMap m;
    m.insert(QStringLiteral("code"), code);
    for (const Text &t : texts) {
        if (code == QLatin1String(t.code)) {
            m.insert(QStringLiteral("vi"), QString::fromUtf8(t.vi));
            m.insert(QStringLiteral("en"), QString::fromUtf8(t.en));
        }
    }
    return m;
}

} // namespace

Context::Context(Options options, Command command, Args args, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_command(std::move(command))
    , m_args(std::move(args))
    , m_conn(new client::ServerConnection(this)) {
    m_conn->setServerUrl(m_options.server);
    m_conn->setSyncEnabled(m_command.sync);
    // Until the first success a failure is reported, not retried: a script
    // wants a quick exit code 3, not a silent retry loop.
    m_conn->setAutoReconnect(false);
    m_conn->setConnectTimeout(kConnectTimeoutMs);
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(kConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        failClient(ExitConnection, QStringLiteral("timeout"),
                   tr("no connection to %1 within 10 s").arg(m_options.server.toString()));
    });
    m_replyTimer.setSingleShot(true);
    m_replyTimer.setInterval(kReplyTimeoutMs);
    connect(&m_replyTimer, &QTimer::timeout, this,
            [this] { failClient(ExitConnection, QStringLiteral("timeout"), tr("no reply within 60 s")); });
    connectSignals();
}

void Context::connectSignals() {
    connect(m_conn, &client::ServerConnection::online, this, [this] {
        m_connectTimer.stop();
        if (!m_everOnline) {
            m_everOnline = true;
            // From here on a dropped link is retried, and queued requests go
            // out again with their op ids: the change is applied once.
            m_conn->setAutoReconnect(true);
        }
        armReplyTimer();
    });
    connect(m_conn, &client::ServerConnection::loggedIn, this, [this] {
        if (m_tempLogin)
            m_tempToken = true;
    });
    connect(m_conn, &client::ServerConnection::authFailed, this,
            [this](const QString &code, const QString &message) {
                m_tempToken = false; // nothing left to revoke
                if (!m_finishing)
                    fail(ExitServer, code, message);
            });
    connect(m_conn, &client::ServerConnection::errorOccurred, this, [this](const QString &message) {
        if (m_finishing)
            return;
        if (!m_everOnline)
            return failClient(ExitConnection, QStringLiteral("connection_failed"),
                              QStringLiteral("%1: %2").arg(m_options.server.toString(), message));
        if (m_conn->state() == client::ServerConnection::State::Disconnected)
            note(tr("connection lost (%1); reconnecting").arg(message));
        else
            note(message);
    });
}

void Context::start() {
    m_connectTimer.start();
    if (m_command.run)
        m_command.run(*this);
    if (m_finishing || m_command.auth == Command::Auth::Own)
        return;
    if (!m_options.user.isEmpty()) {
        m_tempLogin = true;
        m_conn->login(m_options.user, m_authPassword, QStringLiteral("councilctl (one call)"));
        m_authPassword.clear();
        return;
    }
    const auto stored = client::TokenStore().load(m_options.server);
    if (!stored)
        return failClient(ExitServer, QStringLiteral("not_logged_in"), m_options.server.toString());
    m_conn->setToken(stored->token);
    m_conn->open();
}

void Context::armReplyTimer() {
    if (m_outstanding > 0 && !m_watching && m_conn->state() == client::ServerConnection::State::Online)
        m_replyTimer.start();
    else
        m_replyTimer.stop();
}

void Context::callRaw(protocol::Request type, const QCborMap &body,
                      client::ServerConnection::Callback handler) {
    if (m_finishing)
        return;
    ++m_outstanding;
    m_conn->request(type, body, [this, handler = std::move(handler)](const client::Reply &reply) {
        --m_outstanding;
        armReplyTimer();
        if (!m_finishing)
            handler(reply);
    });
    armReplyTimer();
}

void Context::call(protocol::Request type, const QCborMap &body, OkHandler onOk) {
    callRaw(type, body, [this, onOk = std::move(onOk)](const client::Reply &reply) {
        if (!reply.ok)
            return failServer(reply);
        onOk(reply.body);
    });
}

void Context::finish(int exitCode) {
    if (m_finishing)
        return;
    m_finishing = true;
    m_connectTimer.stop();
    if (m_tempToken) {
        // A one-call login must leave no usable token behind. The request is
        // queued if the link is down; the short timer bounds the wait.
        m_tempToken = false;
        m_replyTimer.start(kConnectTimeoutMs);
        m_conn->request(protocol::Request::AuthLogout, {}, [this, exitCode](const client::Reply &reply) {
            if (!reply.ok)
                note(tr("warning: could not revoke the temporary token: %1").arg(reply.errorMessage));
            exitNow(exitCode);
        });
        connect(&m_replyTimer, &QTimer::timeout, this, [this, exitCode] { exitNow(exitCode); });
        return;
    }
    exitNow(exitCode);
}

void Context::exitNow(int exitCode) {
    stdoutStream().flush();
    stderrStream().flush();
    m_conn->setAutoReconnect(false);
    // Queued: finish() may run before the event loop has started, where a
    // direct exit() would be lost.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

void Context::failUsage(const QString &problem) {
    fail(ExitUsage, QStringLiteral("usage"), client::Reply::messageFor(clientError(QStringLiteral("usage"))),
         problem);
    stderrStream() << tr("usage: %1").arg(m_command.usageLine()) << '\n'
                   << tr("see: councilctl help") << Qt::endl;
}

void Context::failServer(const client::Reply &reply) {
    QString detail = reply.body.value(QStringLiteral("detail")).toString();
    const QCborValue line = reply.body.value(QStringLiteral("line"));
    // Some servers already name the line in the detail; say it once.
    if (line.isInteger() && !detail.contains(QString::number(line.toInteger())))
        detail = tr("line %1").arg(line.toInteger()) +
                 (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    fail(ExitServer, reply.errorCode, reply.errorMessage, detail);
}

void Context::fail(int exitCode, const QString &code, const QString &message, const QString &detail) {
    if (m_finishing)
        return;
    // The "lỗi <code>:" prefix is a fixed format that scripts match; it is not translated.
    QString line = QStringLiteral("lỗi %1: %2").arg(code, message);
    if (!detail.isEmpty())
        line += QStringLiteral(" (%1)").arg(detail);
    stderrStream() << line << Qt::endl;
    finish(exitCode);
}

void Context::failClient(int exitCode, const QString &code, const QString &detail) {
    fail(exitCode, code, client::Reply::messageFor(clientError(code)), detail);
}

void Context::printJson(const QCborValue &value) {
    stdoutStream() << QString::fromUtf8(client::cborToJsonText(value, true)) << Qt::endl;
}

void Context::out(const QString &text) {
    stdoutStream() << text << Qt::endl;
}

void Context::note(const QString &text) {
    stderrStream() << text << Qt::endl;
}

void Context::result(const QCborMap &body, const std::function<void()> &human) {
    if (json())
        printJson(body);
    else
        human();
}

std::optional<qint64> Context::idAt(int index, const QString &what) {
    bool ok = false;
    const qint64 id = m_args.positional.value(index).toLongLong(&ok);
    if (!ok || id <= 0) {
        failUsage(tr("%1 must be a positive number, not '%2'").arg(what, m_args.positional.value(index)));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> Context::intOption(const QString &name, qint64 min) {
    bool ok = false;
    const qint64 v = m_args.value(name).toLongLong(&ok);
    if (!ok || v < min) {
        failUsage(tr("--%1 must be a number ≥ %2, not '%3'").arg(name).arg(min).arg(m_args.value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<QString> Context::requiredOption(const QString &name) {
    if (!m_args.values.contains(name)) {
        failUsage(tr("--%1 is required").arg(name));
        return std::nullopt;
    }
    return m_args.value(name);
}

} // namespace council::ctl
