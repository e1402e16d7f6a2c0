// Voting benchmark: N delegates, each on its own connection to the real
// council-server over loopback, checked in; the chair opens a vote (how long
// until every delegate sees it), all delegates cast within one second (how
// long until each gets its durable acknowledgement), the chair closes (how
// long until every delegate has the result).
//
//   bench_votes [--delegates 1600] [--spread-ms 1000] [--server PATH]
//
// Setup creates N accounts (Argon2id on the server for each): it takes a
// few minutes at full size. Prints figures; asserts nothing about time.
#include "benchsupport.h"
#include "crypto/sodium.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace council;
using namespace council::bench;
using protocol::Request;

namespace {
QString delegateName(int i) {
    return QStringLiteral("db%1").arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("delegates"), QStringLiteral("Delegates voting."), QStringLiteral("N"),
          QStringLiteral("1600")},
         {QStringLiteral("spread-ms"), QStringLiteral("Ballots are sent evenly over this time."),
          QStringLiteral("MS"), QStringLiteral("1000")},
         {QStringLiteral("server"), QStringLiteral("council-server binary."), QStringLiteral("PATH"),
          QStringLiteral(COUNCIL_SERVER_BIN)}});
    parser.process(app);
    const int n = parser.value(QStringLiteral("delegates")).toInt();
    const int spreadMs = parser.value(QStringLiteral("spread-ms")).toInt();
    crypto::initialize();
    raiseFileLimit();
    BenchServer server;
    QString error;
    if (!server.start(parser.value(QStringLiteral("server")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    Peer admin(&clock);
    admin.connectTo(server.url());
    const QByteArray adminToken = login(admin, QStringLiteral("admin"), BenchServer::adminPassword());
    if (adminToken.isEmpty())
        return 1;

    // Accounts: the password is derived here at the minimum Argon2id cost; the
    // server still hashes each login key with its interactive cost, on its
    // worker threads, so several admin connections keep both cores busy.
    const QString password = QStringLiteral("mat-khau-thu");
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const auto kdf = crypto::KdfParams::minimum();
    const QByteArray loginKey = crypto::deriveKeys(password, salt, kdf).loginKey;
    QElapsedTimer setup;
    setup.start();
    std::vector<std::unique_ptr<Peer>> admins;
    for (int i = 0; i < 4; ++i) {
        admins.push_back(std::make_unique<Peer>(&clock));
        admins.back()->connectTo(server.url());
        admins.back()->call(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}}}));
        admins.back()->call(Request::AuthToken, map({{QStringLiteral("token"), adminToken}}));
    }
    // The server holds at most 64 requests of one connection behind a slow
    // (Argon2id) step, so each admin connection keeps a window of 32 in flight.
    int nextAccount = 0;
    for (;;) {
        QList<QPair<Peer *, qint64>> batch;
        for (auto &a : admins)
            for (int k = 0; k < 32 && nextAccount <= n; ++k, ++nextAccount) {
                const QString name = nextAccount == n ? QStringLiteral("chutoa") : delegateName(nextAccount);
                batch.append({a.get(), a->send(Request::UserCreate,
                                               map({{QStringLiteral("username"), name},
                                                    {QStringLiteral("displayName"), name},
                                                    {QStringLiteral("salt"), salt},
                                                    {QStringLiteral("ops"), kdf.opsLimit},
                                                    {QStringLiteral("mem"), kdf.memLimit},
                                                    {QStringLiteral("loginKey"), loginKey}}),
                                               crypto::randomBytes(16))});
            }
        if (batch.isEmpty())
            break;
        if (!waitFor(
                [&] {
                    return std::all_of(batch.begin(), batch.end(),
                                       [](const auto &b) { return b.first->replies.contains(b.second); });
                },
                600000)) {
            std::fprintf(stderr, "account creation stalled\n");
            return 1;
        }
    }
    const auto body = admin.call(
        Request::BodyCreate,
        map({{QStringLiteral("name"), QStringLiteral("Đại hội")}, {QStringLiteral("seats"), n}}), true);
    const qint64 bodyId =
        body->body.value(QStringLiteral("body")).toMap().value(QStringLiteral("id")).toInteger();
    QString csv = QStringLiteral("name,functions,username\n");
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("Đại biểu %1,delegate,%2\n").arg(i).arg(delegateName(i));
    csv += QStringLiteral("Chủ tọa,chair,chutoa\n");
    admin.call(Request::MemberImport, map({{QStringLiteral("body"), bodyId}, {QStringLiteral("csv"), csv}}),
               true);
    const auto session = admin.call(Request::SessionCreate,
                                    map({{QStringLiteral("body"), bodyId},
                                         {QStringLiteral("title"), QStringLiteral("Kỳ họp")},
                                         {QStringLiteral("startsOn"), QStringLiteral("2026-12-01")},
                                         {QStringLiteral("endsOn"), QStringLiteral("2026-12-01")}}),
                                    true);
    const qint64 sessionId =
        session->body.value(QStringLiteral("session")).toMap().value(QStringLiteral("id")).toInteger();
    const auto sitting = admin.call(Request::SittingAdd,
                                    map({{QStringLiteral("session"), sessionId},
                                         {QStringLiteral("title"), QStringLiteral("Phiên 1")},
                                         {QStringLiteral("date"), QStringLiteral("2026-12-01")}}),
                                    true);
    const qint64 sittingId =
        sitting->body.value(QStringLiteral("sitting")).toMap().value(QStringLiteral("id")).toInteger();
    const auto item = admin.call(Request::AgendaAdd,
                                 map({{QStringLiteral("session"), sessionId},
                                      {QStringLiteral("sitting"), sittingId},
                                      {QStringLiteral("title"), QStringLiteral("Dự thảo Nghị quyết")}}),
                                 true);
    const qint64 itemId =
        item->body.value(QStringLiteral("item")).toMap().value(QStringLiteral("id")).toInteger();

    // Each delegate logs in on its own connection (the server verifies with Argon2id), syncs and checks in.
    std::vector<std::unique_ptr<Peer>> delegates;
    for (int i = 0; i < n; ++i) {
        delegates.push_back(std::make_unique<Peer>(&clock));
        delegates.back()->socket.open(QUrl(server.url()));
    }
    // Like tablets after a Wi-Fi drop, a connection that failed in the storm tries again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const bool all = waitFor(
            [&] {
                return std::all_of(delegates.begin(), delegates.end(), [](const auto &p) {
                    return p->socket.state() == QAbstractSocket::ConnectedState;
                });
            },
            30000);
        if (all)
            break;
        for (auto &p : delegates)
            if (p->socket.state() == QAbstractSocket::UnconnectedState)
                p->socket.open(QUrl(server.url()));
    }
    for (int i = 0; i < n; ++i) {
        Peer &p = *delegates[size_t(i)];
        p.send(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}}}));
        p.send(Request::AuthLogin, map({{QStringLiteral("username"), delegateName(i)},
                                        {QStringLiteral("loginKey"), loginKey},
                                        {QStringLiteral("device"), QStringLiteral("bench")}}));
        p.send(Request::AttendanceCheckIn, map({{QStringLiteral("sitting"), sittingId}}),
               crypto::randomBytes(16));
    }
    // Subscribe only after everyone checked in: 1,600 check-ins pushed to 1,600
    // connections of this one process would measure this client, not the server.
    bool ready = waitFor(
        [&] {
            return std::all_of(delegates.begin(), delegates.end(),
                               [](const auto &p) { return p->replies.contains(3); });
        },
        600000);
    int checkedIn = 0;
    for (auto &p : delegates) {
        checkedIn += p->replies.value(3).kind == protocol::FrameKind::Result ? 1 : 0;
        p->send(Request::Sync, map({{QStringLiteral("since"), 0}}));
    }
    ready = ready && waitFor(
                         [&] {
                             return std::all_of(delegates.begin(), delegates.end(),
                                                [](const auto &p) { return p->replies.contains(4); });
                         },
                         300000);
    if (!ready) {
        // Say where it stopped rather than hang silently.
        int noCheckIn = 0, noSync = 0, closed = 0;
        for (auto &p : delegates) {
            noCheckIn += p->replies.contains(3) ? 0 : 1;
            noSync += p->replies.contains(4) ? 0 : 1;
            closed += p->socket.state() == QAbstractSocket::ConnectedState ? 0 : 1;
        }
        std::fprintf(stderr,
                     "setup incomplete: %d without check-in reply, %d without sync reply, %d closed\n",
                     noCheckIn, noSync, closed);
    }
    const qint64 setupMs = setup.elapsed();
    Peer chair(&clock);
    chair.connectTo(server.url());
    login(chair, QStringLiteral("chutoa"), password);
    waitFor([] { return false; }, 1000); // let attendance events drain

    for (auto &p : delegates) {
        p->events.clear();
        p->eventArrivalsNs.clear();
    }
    // 1. "vote opened" reaches every delegate.
    const qint64 openAt = clock.nsecsElapsed();
    const auto opened =
        chair.call(Request::VoteOpen,
                   map({{QStringLiteral("item"), itemId},
                        {QStringLiteral("question"), QStringLiteral("Tán thành thông qua dự thảo?")}}),
                   true);
    const qint64 roundId =
        opened->body.value(QStringLiteral("round")).toMap().value(QStringLiteral("id")).toInteger();
    auto arrivalOf = [](const Peer &p, protocol::Event type) -> qint64 {
        for (qsizetype k = 0; k < p.events.size(); ++k)
            if (p.events[k].type == qint64(type))
                return p.eventArrivalsNs[k];
        return -1;
    };
    waitFor(
        [&] {
            return std::all_of(delegates.begin(), delegates.end(), [&](const auto &p) {
                return arrivalOf(*p, protocol::Event::VoteOpened) >= 0;
            });
        },
        30000);
    QList<qint64> openLatency;
    for (auto &p : delegates)
        openLatency << (arrivalOf(*p, protocol::Event::VoteOpened) - openAt) / 1000;

    // 2. Every delegate votes, spread evenly over spreadMs.
    QHash<Peer *, QPair<qint64, qint64>> sent; // request id, sent at
    int next = 0;
    QTimer pacer;
    const int perTick = std::max(1, n * 5 / std::max(1, spreadMs));
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        for (int k = 0; k < perTick && next < n; ++k, ++next) {
            Peer *p = delegates[size_t(next)].get();
            const QString choice = next % 10 < 6   ? QStringLiteral("approve")
                                   : next % 10 < 9 ? QStringLiteral("disapprove")
                                                   : QStringLiteral("not_voting");
            const qint64 at = clock.nsecsElapsed();
            sent.insert(
                p, {p->send(Request::VoteCast,
                            map({{QStringLiteral("round"), roundId}, {QStringLiteral("choice"), choice}}),
                            crypto::randomBytes(16)),
                    at});
        }
        if (next >= n)
            pacer.stop();
    });
    pacer.start(5);
    const qint64 castStart = clock.nsecsElapsed();
    waitFor(
        [&] {
            if (sent.size() != n)
                return false;
            for (auto it = sent.cbegin(); it != sent.cend(); ++it)
                if (!it.key()->replies.contains(it.value().first))
                    return false;
            return true;
        },
        60000);
    QList<qint64> ackLatency;
    int recorded = 0;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        ackLatency << (it.key()->replyArrivalsNs.value(it.value().first) - it.value().second) / 1000;
        recorded += it.key()->replies.value(it.value().first).kind == protocol::FrameKind::Result ? 1 : 0;
    }
    const qint64 castWallMs = (clock.nsecsElapsed() - castStart) / 1000000;

    // 3. The result reaches everyone.
    const qint64 closeAt = clock.nsecsElapsed();
    const auto closed = chair.call(Request::VoteClose, map({{QStringLiteral("round"), roundId}}), true);
    waitFor(
        [&] {
            return std::all_of(delegates.begin(), delegates.end(), [&](const auto &p) {
                return arrivalOf(*p, protocol::Event::VoteClosed) >= 0;
            });
        },
        30000);
    QList<qint64> resultLatency;
    for (auto &p : delegates)
        resultLatency << (arrivalOf(*p, protocol::Event::VoteClosed) - closeAt) / 1000;
    const QCborMap result =
        closed->body.value(QStringLiteral("round")).toMap().value(QStringLiteral("result")).toMap();

    std::printf("bench_votes: %d delegates on %s (client and server on this machine)\n", n,
                qPrintable(server.url()));
    std::printf("  setup (accounts, logins, check-ins): %lld ms; checked in: %d%s\n", setupMs, checkedIn,
                ready ? "" : " (NOT all ready)");
    std::printf("  vote opened -> each delegate: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(openLatency, 0.5) / 1000.0, percentile(openLatency, 0.99) / 1000.0,
                percentile(openLatency, 1.0) / 1000.0);
    std::printf("  %d ballots sent over %d ms, all acknowledged after %lld ms; recorded: %d\n", n, spreadMs,
                castWallMs, recorded);
    std::printf("  ballot -> durable acknowledgement: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(ackLatency, 0.5) / 1000.0, percentile(ackLatency, 0.99) / 1000.0,
                percentile(ackLatency, 1.0) / 1000.0);
    std::printf("  close -> result at each delegate: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(resultLatency, 0.5) / 1000.0, percentile(resultLatency, 0.99) / 1000.0,
                percentile(resultLatency, 1.0) / 1000.0);
    std::printf("  result: %lld approve, %lld disapprove, %lld not voting of %lld; %s\n",
                result.value(QStringLiteral("approve")).toInteger(),
                result.value(QStringLiteral("disapprove")).toInteger(),
                result.value(QStringLiteral("notVoting")).toInteger(),
                result.value(QStringLiteral("total")).toInteger(),
                qPrintable(result.value(QStringLiteral("verdict")).toString()));
    server.stop();
    return recorded == n ? 0 : 1;
}
