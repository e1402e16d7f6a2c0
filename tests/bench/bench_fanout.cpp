// Fan-out benchmark: N clients connected to the real council-server over
// loopback; one secretary changes an agenda item; how long until every client
// has the event (the change is committed with synchronous=FULL before it is
// pushed). Also the server's resident memory per idle connection.
//
//   bench_fanout [--clients 1600] [--rounds 20] [--server PATH]
//
// Prints figures; asserts nothing about time.
#include "benchsupport.h"
#include "crypto/sodium.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>

using namespace council;
using protocol::Frame;
using protocol::Request;

using namespace council::bench;

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
    raiseFileLimit();

    BenchServer server;
    QString error;
    if (!server.start(parser.value(QStringLiteral("server")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString url = server.url();
    QElapsedTimer clock;
    clock.start();
    // Log in once (Argon2id on both sides), then every client uses the token.
    Peer driver(&clock);
    driver.connectTo(url);
    const QByteArray token = login(driver, QStringLiteral("admin"), BenchServer::adminPassword());
    if (token.isEmpty()) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
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

    const qint64 rssBefore = rssKiB(server.pid());
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
            peer->send(Request::Sync, map({{QStringLiteral("since"), 0}}));
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
    const qint64 rssAfter = rssKiB(server.pid());
    for (auto &p : peers)
        p->eventArrivalsNs.clear();

    QList<qint64> latencies; // microseconds, one per client per round
    QList<qint64> lastArrivals;
    for (int r = 0; r < rounds; ++r) {
        const qint64 t0 = clock.nsecsElapsed();
        driver.send(Request::AgendaUpdate,
                    map({{QStringLiteral("id"), itemId},
                         {QStringLiteral("presenter"), QStringLiteral("Vòng %1").arg(r)}}),
                    crypto::randomBytes(16));
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
    server.stop();
    return allConnected ? 0 : 1;
}
