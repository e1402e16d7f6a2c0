#include "benchsupport.h"

#include "crypto/sodium.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>

namespace council::bench {

using protocol::Frame;
using protocol::Request;

qint64 rssKiB(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
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
