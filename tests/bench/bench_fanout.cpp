// Fan-out benchmark: N clients connected to the real council-server over
// loopback; one secretary changes an agenda item; how long until every client
// has the event (the change is committed with synchronous=FULL before it is
// pushed). Also the server's resident memory per idle connection.
//
//   bench_fanout [--clients 1600] [--rounds 20] [--server PATH]
//
// Prints figures; asserts nothing about time.
#include "crypto/sodium.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace council;
using protocol::Frame;
using protocol::Request;

namespace {

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
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// One connection speaking the protocol directly.
struct Peer {
    QWebSocket socket;
    qint64 nextId = 1;
    QHash<qint64, Frame> replies;
    QList<qint64> eventArrivalsNs;
    QElapsedTimer *clock = nullptr;

    explicit Peer(QElapsedTimer *c)
        : clock(c) {
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &b) {
            const auto d = protocol::decodeFrame(b);
            if (!d.frame)
                return;
            if (d.frame->kind == protocol::FrameKind::Event)
                eventArrivalsNs.append(clock->nsecsElapsed());
            else
                replies.insert(d.frame->id, *d.frame);
        });
    }
    qint64 send(Request type, const QCborMap &body, bool mutating = false) {
        const qint64 id = nextId++;
        socket.sendBinaryMessage(
            Frame::request(type, id, body, mutating ? crypto::randomBytes(16) : QByteArray()).encode());
        return id;
    }
    std::optional<Frame> call(Request type, const QCborMap &body, bool mutating = false) {
        const qint64 id = send(type, body, mutating);
        if (!waitFor([&] { return replies.contains(id); }, 30000))
            return std::nullopt;
        return replies.take(id);
    }
};

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> kv) {
    QCborMap m;
    for (const auto &[k, v] : kv)
        m.insert(k, v);
    return m;
}

qint64 percentile(QList<qint64> v, double p) {
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("clients"), QStringLiteral("Connected clients."), QStringLiteral("N"),
                        QStringLiteral("1600")},
                       {QStringLiteral("rounds"), QStringLiteral("Changes pushed."), QStringLiteral("N"),
                        QStringLiteral("20")},
                       {QStringLiteral("server"), QStringLiteral("council-server binary."),
                        QStringLiteral("PATH"), QStringLiteral(COUNCIL_SERVER_BIN)}});
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    crypto::initialize();
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    QTemporaryDir dir;
    const QString password = QStringLiteral("bench-password-1");
    QProcess admin;
    admin.start(
        parser.value(QStringLiteral("server")),
        {QStringLiteral("--data"), dir.path(), QStringLiteral("--create-admin"), QStringLiteral("admin")});
    admin.write(password.toUtf8() + '\n');
    admin.closeWriteChannel();
    if (!admin.waitForFinished(30000) || admin.exitCode() != 0) {
        std::fprintf(stderr, "cannot create the admin: %s\n", admin.readAllStandardError().constData());
        return 1;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(
        parser.value(QStringLiteral("server")),
        {QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QString url;
    waitFor(
        [&] {
            while (server.canReadLine()) {
                const QString line = QString::fromUtf8(server.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("listening on ")))
                    url = line.mid(13);
            }
            return !url.isEmpty() || server.state() == QProcess::NotRunning;
        },
        20000);
    if (url.isEmpty()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    // Log in once (Argon2id on both sides), then every client uses the token.
    Peer driver(&clock);
    driver.socket.open(QUrl(url));
    waitFor([&] { return driver.socket.state() == QAbstractSocket::ConnectedState; }, 10000);
    driver.call(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}},
                                     {QStringLiteral("client"), QStringLiteral("bench")}}));
    const auto salt =
        driver.call(Request::AuthSalt, map({{QStringLiteral("username"), QStringLiteral("admin")}}));
    const QCborMap s = salt->body;
    const auto keys = crypto::deriveKeys(
        password, s.value(QStringLiteral("salt")).toByteArray(),
        {s.value(QStringLiteral("ops")).toInteger(), s.value(QStringLiteral("mem")).toInteger()});
    const auto login =
        driver.call(Request::AuthLogin, map({{QStringLiteral("username"), QStringLiteral("admin")},
                                             {QStringLiteral("loginKey"), keys.loginKey},
                                             {QStringLiteral("device"), QStringLiteral("bench")}}));
    if (!login || login->kind != protocol::FrameKind::Result) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    const QByteArray token = login->body.value(QStringLiteral("token")).toByteArray();
    const auto body = driver.call(
        Request::BodyCreate,
        map({{QStringLiteral("name"), QStringLiteral("HĐND")}, {QStringLiteral("seats"), 95}}), true);
    const qint64 bodyId =
        body->body.value(QStringLiteral("body")).toMap().value(QStringLiteral("id")).toInteger();
    const auto session = driver.call(Request::SessionCreate,
                                     map({{QStringLiteral("body"), bodyId},
                                          {QStringLiteral("title"), QStringLiteral("Kỳ họp thứ Nhất")},
                                          {QStringLiteral("startsOn"), QStringLiteral("2026-12-01")},
                                          {QStringLiteral("endsOn"), QStringLiteral("2026-12-02")}}),
                                     true);
    const qint64 sessionId =
        session->body.value(QStringLiteral("session")).toMap().value(QStringLiteral("id")).toInteger();
    const auto item = driver.call(Request::AgendaAdd,
                                  map({{QStringLiteral("session"), sessionId},
                                       {QStringLiteral("title"), QStringLiteral("Dự thảo Nghị quyết")}}),
                                  true);
    const qint64 itemId =
        item->body.value(QStringLiteral("item")).toMap().value(QStringLiteral("id")).toInteger();

    const qint64 rssBefore = rssKiB(server.processId());
    std::vector<std::unique_ptr<Peer>> peers;
    QElapsedTimer connectTimer;
    connectTimer.start();
    for (int i = 0; i < clients; ++i) {
        peers.push_back(std::make_unique<Peer>(&clock));
        peers.back()->socket.open(QUrl(url));
    }
    int ready = 0;
    for (auto &p : peers)
        QObject::connect(&p->socket, &QWebSocket::connected, [&ready, peer = p.get(), token] {
            peer->send(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}}}));
            peer->send(Request::AuthToken, map({{QStringLiteral("token"), token}}));
            peer->send(Request::Sync, map({{QStringLiteral("since"), 1000000}}));
            ++ready;
        });
    const bool allConnected = waitFor(
        [&] {
            return std::all_of(peers.begin(), peers.end(),
                               [](const auto &p) { return p->replies.size() >= 3; });
        },
        120000);
    const qint64 connectMs = connectTimer.elapsed();
    QTimer::singleShot(500, &app, [] {});
    waitFor([] { return false; }, 500); // let the server settle
    const qint64 rssAfter = rssKiB(server.processId());
    for (auto &p : peers)
        p->eventArrivalsNs.clear();

    QList<qint64> latencies; // microseconds, one per client per round
    QList<qint64> lastArrivals;
    for (int r = 0; r < rounds; ++r) {
        const qint64 t0 = clock.nsecsElapsed();
        driver.send(Request::AgendaUpdate,
                    map({{QStringLiteral("id"), itemId},
                         {QStringLiteral("presenter"), QStringLiteral("Vòng %1").arg(r)}}),
                    true);
        const bool all = waitFor(
            [&] {
                return std::all_of(peers.begin(), peers.end(),
                                   [&](const auto &p) { return p->eventArrivalsNs.size() > r; });
            },
            30000);
        if (!all) {
            std::fprintf(stderr, "round %d: not every client got the event\n", r);
            return 1;
        }
        qint64 last = 0;
        for (auto &p : peers) {
            const qint64 us = (p->eventArrivalsNs.at(r) - t0) / 1000;
            latencies.append(us);
            last = std::max(last, us);
        }
        lastArrivals.append(last);
        waitFor([] { return false; }, 50);
    }

    std::printf("bench_fanout: %d clients on %s, %d rounds (client and server on this machine)\n", clients,
                qPrintable(url), rounds);
    std::printf("  connect+hello+auth+sync of all clients: %lld ms%s\n", connectMs,
                allConnected ? "" : " (NOT all connected)");
    std::printf("  server RSS: %lld KiB before, %lld KiB with the clients connected -> %.1f KiB per idle "
                "connection\n",
                rssBefore, rssAfter, double(rssAfter - rssBefore) / std::max(1, clients));
    std::printf("  change -> event at each client (includes the durable commit): p50 %.2f ms, p99 %.2f ms, "
                "max %.2f ms\n",
                percentile(latencies, 0.50) / 1000.0, percentile(latencies, 0.99) / 1000.0,
                percentile(latencies, 1.0) / 1000.0);
    std::printf("  change -> event at the last client: p50 %.2f ms, max %.2f ms\n",
                percentile(lastArrivals, 0.5) / 1000.0, percentile(lastArrivals, 1.0) / 1000.0);
    server.terminate();
    server.waitForFinished(5000);
    return allConnected ? 0 : 1;
}
