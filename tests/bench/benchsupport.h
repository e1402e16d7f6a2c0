// What the benchmark programs share: a real council-server in a temporary
// data directory, raw protocol peers over loopback, and small statistics.
#pragma once

#include "crypto/sodium.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>
#include <functional>
#include <optional>

namespace council::bench {

qint64 rssKiB(qint64 pid);
// A "Vm…" line of /proc/PID/status in KiB (VmRSS, VmHWM), -1 if unknown.
qint64 procStatusKiB(qint64 pid, const char *field);
// Resets VmHWM (the peak) to the current VmRSS: /proc/PID/clear_refs "5".
bool resetPeakRss(qint64 pid);
// A process and its direct children (nginx and its workers).
QList<qint64> processTree(qint64 pid);
// User + system CPU of a process tree, in ms.
qint64 processTreeCpuMs(qint64 pid);
// A /proc/PID/status figure summed over the process tree.
qint64 processTreeKiB(qint64 pid, const char *field);
qint64 ownCpuMs(); // this process, all threads
bool waitFor(const std::function<bool()> &done, int timeoutMs);
qint64 percentile(QList<qint64> values, double p);
QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> kv);
void raiseFileLimit();

// One connection speaking the protocol directly; records when events arrive.
struct Peer {
    explicit Peer(QElapsedTimer *clock);
    qint64 send(protocol::Request type, const QCborMap &body, const QByteArray &op = {});
    std::optional<protocol::Frame> call(protocol::Request type, const QCborMap &body, bool mutating = false);
    bool connectTo(const QString &url);

    QWebSocket socket;
    qint64 nextId = 1;
    QHash<qint64, protocol::Frame> replies;
    QHash<qint64, qint64> replyArrivalsNs;
    QList<qint64> eventArrivalsNs;
    QList<protocol::Frame> events;
    QElapsedTimer *clock;
};

// council-server with an admin account, listening on 127.0.0.1 port 0.
class BenchServer {
public:
    bool start(const QString &binary, QString *error);
    QString url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    void stop();
    static QString adminPassword() { return QStringLiteral("bench-password-1"); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

// user.create for every name with one password (salt, cost and login key
// derived once, by the caller), pipelined on a few admin connections: the
// server's Argon2id hashing on its worker threads is what takes the time.
bool createAccounts(const QString &url, const QByteArray &adminToken, const QStringList &names,
                    const QByteArray &salt, const crypto::KdfParams &kdf, const QByteArray &loginKey,
                    QString *error);

// hello + auth.salt + Argon2id + auth.login; returns the device token.
QByteArray login(Peer &peer, const QString &username, const QString &password);

} // namespace council::bench
