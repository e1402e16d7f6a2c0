#include "benchsupport.h"

#include "crypto/sodium.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace council::bench {

using protocol::Frame;
using protocol::Request;

qint64 rssKiB(qint64 pid) {
    return procStatusKiB(pid, "VmRSS");
}

qint64 procStatusKiB(qint64 pid, const char *field) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool resetPeakRss(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

namespace {
// utime + stime in clock ticks, and the parent, from /proc/PID/stat.
struct ProcStat {
    qint64 ppid = -1;
    qint64 ticks = 0;
};

std::optional<ProcStat> procStat(const QString &pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = f.readAll();
    // The command name may hold spaces: the fields start after its last ')'.
    const QList<QByteArray> fields = all.mid(all.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    return ProcStat{fields.at(1).toLongLong(), fields.at(11).toLongLong() + fields.at(12).toLongLong()};
}
} // namespace

QList<qint64> processTree(qint64 pid) {
    QList<qint64> out{pid};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries)
        if (entry.front().isDigit())
            if (const auto child = procStat(entry); child && child->ppid == pid)
                out << entry.toLongLong();
    return out;
}

qint64 processTreeCpuMs(qint64 pid) {
    qint64 ticks = 0;
    for (qint64 p : processTree(pid))
        if (const auto stat = procStat(QString::number(p)))
            ticks += stat->ticks;
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

qint64 processTreeKiB(qint64 pid, const char *field) {
    qint64 sum = 0;
    for (qint64 p : processTree(pid))
        sum += std::max<qint64>(0, procStatusKiB(p, field));
    return sum;
}

qint64 ownCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // Sleep in the event loop until something happens (or 5 ms pass): no busy spinning.
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

qint64 percentile(QList<qint64> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> kv) {
    QCborMap m;
    for (const auto &[k, v] : kv)
        m.insert(k, v);
    return m;
}

void raiseFileLimit() {
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);
}

Peer::Peer(QElapsedTimer *c)
    : clock(c) {
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &b) {
        const auto d = protocol::decodeFrame(b);
        if (!d.frame)
            return;
        if (d.frame->kind == protocol::FrameKind::Event) {
            eventArrivalsNs.append(clock->nsecsElapsed());
            events.append(*d.frame);
        } else {
            replyArrivalsNs.insert(d.frame->id, clock->nsecsElapsed());
            replies.insert(d.frame->id, *d.frame);
        }
    });
}

qint64 Peer::send(Request type, const QCborMap &body, const QByteArray &op) {
    const qint64 id = nextId++;
    socket.sendBinaryMessage(Frame::request(type, id, body, op).encode());
    return id;
}

std::optional<Frame> Peer::call(Request type, const QCborMap &body, bool mutating) {
    const qint64 id = send(type, body, mutating ? crypto::randomBytes(16) : QByteArray());
    if (!waitFor([&] { return replies.contains(id); }, 60000))
        return std::nullopt;
    return replies.take(id);
}

bool Peer::connectTo(const QString &url) {
    socket.open(QUrl(url));
    return waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000);
}

bool BenchServer::start(const QString &binary, QString *error) {
    QProcess admin;
    admin.start(binary, {QStringLiteral("--data"), m_dir.path(), QStringLiteral("--create-admin"),
                         QStringLiteral("admin")});
    admin.write(adminPassword().toUtf8() + '\n');
    admin.closeWriteChannel();
    if (!admin.waitForFinished(30000) || admin.exitCode() != 0) {
        *error =
            QStringLiteral("cannot create the admin: ") + QString::fromUtf8(admin.readAllStandardError());
        return false;
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary, {QStringLiteral("--data"), m_dir.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0")});
    waitFor(
        [&] {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("listening on ")))
                    m_url = line.mid(13);
            }
            return !m_url.isEmpty() || m_process.state() == QProcess::NotRunning;
        },
        20000);
    if (m_url.isEmpty())
        *error = QStringLiteral("the server did not start");
    return !m_url.isEmpty();
}

void BenchServer::stop() {
    m_process.terminate();
    m_process.waitForFinished(5000);
}

bool createAccounts(const QString &url, const QByteArray &adminToken, const QStringList &names,
                    const QByteArray &salt, const crypto::KdfParams &kdf, const QByteArray &loginKey,
                    QString *error) {
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<Peer>> admins;
    for (int i = 0; i < 4; ++i) {
        admins.push_back(std::make_unique<Peer>(&clock));
        if (!admins.back()->connectTo(url)) {
            *error = QStringLiteral("cannot connect an admin client");
            return false;
        }
        admins.back()->call(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}}}));
        admins.back()->call(Request::AuthToken, map({{QStringLiteral("token"), adminToken}}));
    }
    // The server holds at most 64 requests of one connection behind a slow
    // (Argon2id) step, so each admin connection keeps a window of 32 in flight.
    qsizetype next = 0;
    while (next < names.size()) {
        QList<QPair<Peer *, qint64>> batch;
        for (auto &a : admins)
            for (int k = 0; k < 32 && next < names.size(); ++k, ++next)
                batch.append({a.get(), a->send(Request::UserCreate,
                                               map({{QStringLiteral("username"), names.at(next)},
                                                    {QStringLiteral("displayName"), names.at(next)},
                                                    {QStringLiteral("salt"), salt},
                                                    {QStringLiteral("ops"), kdf.opsLimit},
                                                    {QStringLiteral("mem"), kdf.memLimit},
                                                    {QStringLiteral("loginKey"), loginKey}}),
                                               crypto::randomBytes(16))});
        const bool answered = waitFor(
            [&] {
                return std::all_of(batch.begin(), batch.end(),
                                   [](const auto &b) { return b.first->replies.contains(b.second); });
            },
            600000);
        if (!answered) {
            *error = QStringLiteral("account creation stalled");
            return false;
        }
        for (const auto &[peer, id] : batch)
            if (peer->replies.value(id).kind != protocol::FrameKind::Result) {
                *error = QStringLiteral("user.create failed: ") +
                         peer->replies.value(id).body.value(QStringLiteral("en")).toString();
                return false;
            }
    }
    return true;
}

QByteArray login(Peer &peer, const QString &username, const QString &password) {
    peer.call(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}},
                                   {QStringLiteral("client"), QStringLiteral("bench")}}));
    const auto salt = peer.call(Request::AuthSalt, map({{QStringLiteral("username"), username}}));
    if (!salt)
        return {};
    const QCborMap s = salt->body;
    const auto keys = crypto::deriveKeys(
        password, s.value(QStringLiteral("salt")).toByteArray(),
        {s.value(QStringLiteral("ops")).toInteger(), s.value(QStringLiteral("mem")).toInteger()});
    const auto reply =
        peer.call(Request::AuthLogin, map({{QStringLiteral("username"), username},
                                           {QStringLiteral("loginKey"), keys.loginKey},
                                           {QStringLiteral("device"), QStringLiteral("bench")}}));
    if (!reply || reply->kind != protocol::FrameKind::Result)
        return {};
    return reply->body.value(QStringLiteral("token")).toByteArray();
}

} // namespace council::bench
