#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#ifndef COUNCIL_SERVER_BIN
#define COUNCIL_SERVER_BIN ""
#endif

namespace council::testing {

ServerProcess::ServerProcess(QObject *parent)
    : QObject(parent)
    , m_dir(std::make_unique<QTemporaryDir>()) {}

ServerProcess::~ServerProcess() {
    kill();
}

QString ServerProcess::binary() {
    const QByteArray env = qgetenv("COUNCIL_SERVER_BIN");
    return env.isEmpty() ? QStringLiteral(COUNCIL_SERVER_BIN) : QString::fromLocal8Bit(env);
}

bool ServerProcess::createAdmin(const QString &name, const QString &password) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary(), {QStringLiteral("--data"), dataDir(), QStringLiteral("--create-admin"), name});
    if (!p.waitForStarted(10000)) {
        m_error = p.errorString();
        return false;
    }
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        m_error = QStringLiteral("--create-admin did not finish");
        return false;
    }
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 ||
        !out.contains(QStringLiteral("admin %1 created").arg(name))) {
        m_error = QStringLiteral("--create-admin failed (exit %1): %2").arg(p.exitCode()).arg(out);
        return false;
    }
    return true;
}

bool ServerProcess::start(const QStringList &extraArgs, int timeoutMs) {
    kill();
    m_extraArgs = extraArgs;
    m_port = 0;
    m_output.clear();
    m_process = new QProcess(this);
    // The server's log goes to the test's stderr: it explains failures.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binary(), QStringList{QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")} +
                                   extraArgs);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on ws://127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine());
            m_output += line;
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return m_port != 0;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the server exited (code %1) before listening; output: %2")
                          .arg(m_process->exitCode())
                          .arg(m_output);
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("no 'listening on' line within %1 ms; output: %2").arg(timeoutMs).arg(m_output);
    return false;
}

bool ServerProcess::restart(int timeoutMs) {
    return start(m_extraArgs, timeoutMs);
}

void ServerProcess::kill() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
    m_process->deleteLater(); // a child of ours; a restart makes a fresh one
    m_process = nullptr;
}

bool ServerProcess::stop(int timeoutMs) {
    if (!m_process)
        return true;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(timeoutMs);
    const bool clean =
        finished && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (!clean)
        m_error = finished ? QStringLiteral("the server exited with status %1, code %2 after SIGTERM")
                                 .arg(m_process->exitStatus() == QProcess::NormalExit ? "normal" : "crash")
                                 .arg(m_process->exitCode())
                           : QStringLiteral("the server did not exit within %1 ms of SIGTERM").arg(timeoutMs);
    kill();
    return clean;
}

bool ServerProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::pid() const {
    return m_process ? m_process->processId() : 0;
}

QUrl ServerProcess::url() const {
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port));
}

qint64 ServerProcess::rssKiB() const {
    if (!isRunning())
        return -1;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression vmRss(QStringLiteral("^VmRSS:\\s+(\\d+)\\s+kB"),
                                          QRegularExpression::MultilineOption);
    const auto match = vmRss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace council::testing
