// Document distribution benchmark: the real council-server publishes one PDF
// (uploaded, approved with a signature and published through the protocol)
// and N delegates, each on its own connection and account, download it at
// once with doc.fetch, one chunk in flight per client, hashing as they go.
// Then the same N concurrent downloads of the same file from a plain static
// file server on this machine (nginx if there is one, else Python's
// http.server), over plain HTTP/1.1 connections opened beforehand, as the
// WebSockets were. Client and servers share the machine: the CPU each side
// spent is printed too, as it does not depend on who else is running.
//
//   bench_documents [--clients 200] [--size-mib 8] [--chunk-kib 256]
//                   [--baseline auto|nginx|python|both|none] [--nginx PATH] [--server PATH]
//
// Setup creates N accounts (Argon2id on the server twice per account): at
// 1,600 clients it takes minutes. Prints figures; asserts nothing about time.
#include "benchsupport.h"
#include "documentkit.h"
#include "staticfileserver.h"
#include "testcouncil.h"
#include "testdocuments.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sodium.h>

using namespace council;
using namespace council::bench;
using namespace council::testing;
using protocol::Frame;
using protocol::FrameKind;
using protocol::Request;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// A real PDF of about `bytes` bytes: QPdfWriter's two pages, then an
// incremental update adding one unreferenced stream of random bytes (no
// compression can shrink it), so that the sandboxed Poppler check still opens it.
QByteArray paddedPdf(qint64 bytes) {
    QByteArray pdf = vietnamesePdf(2, QString::fromLatin1(crypto::randomBytes(8).toHex()));
    const auto number = [&](const char *pattern) {
        const auto m = QRegularExpression(QString::fromLatin1(pattern)).match(QString::fromLatin1(pdf));
        return m.hasMatch() ? m.captured(1) : QString();
    };
    const QString root = number(R"(/Root\s+(\d+\s+\d+\s+R))");
    const QString info = number(R"(/Info\s+(\d+\s+\d+\s+R))");
    const qint64 objects = number(R"(/Size\s+(\d+))").toLongLong();
    const qint64 prev = pdf.mid(pdf.lastIndexOf("startxref") + 9).trimmed().split('\n').first().toLongLong();
    if (pdf.isEmpty() || root.isEmpty() || objects <= 0 || prev <= 0)
        return {};
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qint64 padding = std::max<qint64>(0, bytes - pdf.size() - 300);
    const qint64 objectAt = pdf.size();
    pdf +=
        QByteArray::number(objects) + " 0 obj\n<< /Length " + QByteArray::number(padding) + " >>\nstream\n";
    pdf += crypto::randomBytes(int(padding));
    pdf += "\nendstream\nendobj\n";
    const qint64 xrefAt = pdf.size();
    pdf += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(objects) + " 1\n" +
           QByteArray::number(objectAt).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects + 1) + " /Root " + root.toLatin1() +
           (info.isEmpty() ? QByteArray() : " /Info " + info.toLatin1()) + " /Prev " +
           QByteArray::number(prev) + " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf;
}

// BLAKE2b-256 over a stream, as the client checks a download.
class StreamHash {
public:
    StreamHash() { crypto_generichash_init(&m_state, nullptr, 0, 32); }
    void add(const char *data, qint64 size) {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char *>(data), quint64(size));
    }
    QString hex() {
        unsigned char out[32];
        crypto_generichash_final(&m_state, out, sizeof out);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), 32).toHex());
    }

private:
    crypto_generichash_state m_state;
};

// What one download phase measured.
struct Figures {
    QString label;
    int clients = 0;
    int verified = 0;
    QString firstFailure;
    qint64 bytes = 0;
    qint64 wallNs = 0;
    QList<qint64> completionUs; // request sent -> last byte hashed, per client
    qint64 rssBeforeKiB = 0, rssAfterKiB = 0, peakKiB = 0;
    qint64 serverCpuMs = 0, clientCpuMs = 0;
    qint64 requests = 0; // doc.fetch requests answered (0 for HTTP: one GET each)

    double mibPerSecond() const { return wallNs > 0 ? double(bytes) / kMiB / (double(wallNs) / 1e9) : 0; }
    double serverCpuMsPerGiB() const {
        return bytes > 0 ? double(serverCpuMs) * 1024.0 * kMiB / double(bytes) : 0;
    }
};

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

void print(const Figures &f) {
    std::printf("  %s\n", qPrintable(f.label));
    std::printf("    %d/%d clients verified the BLAKE2b%s%s\n", f.verified, f.clients,
                f.firstFailure.isEmpty() ? "" : "; first failure: ", qPrintable(f.firstFailure));
    std::printf("    %.1f MiB in %.0f ms -> %.1f MiB/s aggregate\n", double(f.bytes) / kMiB,
                double(f.wallNs) / 1e6, f.mibPerSecond());
    std::printf("    per-client completion: p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                percentile(f.completionUs, 0.5) / 1000.0, percentile(f.completionUs, 0.99) / 1000.0,
                percentile(f.completionUs, 1.0) / 1000.0);
    std::printf("    server CPU %lld ms (%.0f ms per GiB sent", f.serverCpuMs, f.serverCpuMsPerGiB());
    if (f.requests > 0)
        std::printf(", %.0f us per doc.fetch", double(f.serverCpuMs) * 1000.0 / double(f.requests));
    std::printf("); this client's CPU %lld ms\n", f.clientCpuMs);
    // nginx: master and workers added up.
    std::printf("    server RSS %lld KiB before, %lld KiB after, peak during the downloads %lld KiB\n",
                f.rssBeforeKiB, f.rssAfterKiB, f.peakKiB);
}

// The delegates' devices: accounts, membership, one logged-in connection each.
std::vector<std::unique_ptr<Peer>> connectDelegates(TestCouncil &council, qint64 body, int n,
                                                    QElapsedTimer *clock, QString *error) {
    const QString password = QStringLiteral("mật khẩu đại biểu");
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const auto kdf = crypto::KdfParams::minimum();
    const QByteArray loginKey = crypto::deriveKeys(password, salt, kdf).loginKey;
    QStringList names;
    QString csv = QStringLiteral("name,functions,username\n");
    for (int i = 0; i < n; ++i) {
        names << QStringLiteral("daibieu%1").arg(i, 4, 10, QLatin1Char('0'));
        csv += QStringLiteral("Đại biểu %1,delegate,%2\n").arg(i).arg(names.last());
    }
    const QString url = council.server()->url().toString();
    if (!createAccounts(url, council.adminToken(), names, salt, kdf, loginKey, error))
        return {};
    const Reply imported = council.admin()->request(
        Request::MemberImport, QCborMap{{QStringLiteral("body"), body}, {QStringLiteral("csv"), csv}}, {},
        120000);
    if (!imported.ok()) {
        *error = QStringLiteral("member.import: ") + imported.describe();
        return {};
    }
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < n; ++i) {
        peers.push_back(std::make_unique<Peer>(clock));
        peers.back()->socket.open(QUrl(url));
    }
    // Like tablets after a Wi-Fi drop, a connection that failed in the storm tries again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (waitFor(
                [&] {
                    return std::all_of(peers.begin(), peers.end(), [](const auto &p) {
                        return p->socket.state() == QAbstractSocket::ConnectedState;
                    });
                },
                30000))
            break;
        for (auto &p : peers)
            if (p->socket.state() == QAbstractSocket::UnconnectedState)
                p->socket.open(QUrl(url));
    }
    for (int i = 0; i < n; ++i) {
        Peer &p = *peers[size_t(i)];
        p.send(Request::Hello, map({{QStringLiteral("versions"), QCborArray{1}}}));
        p.send(Request::AuthLogin, map({{QStringLiteral("username"), names.at(i)},
                                        {QStringLiteral("loginKey"), loginKey},
                                        {QStringLiteral("device"), QStringLiteral("bench")}}));
    }
    const bool answered = waitFor(
        [&] {
            return std::all_of(peers.begin(), peers.end(),
                               [](const auto &p) { return p->replies.contains(2); });
        },
        900000);
    const auto loggedIn = std::count_if(peers.begin(), peers.end(), [](const auto &p) {
        return p->replies.value(2).kind == FrameKind::Result;
    });
    if (!answered || loggedIn != n) {
        *error = QStringLiteral("%1 of %2 delegates logged in").arg(loggedIn).arg(n);
        return {};
    }
    return peers;
}

// One client pulling the document with doc.fetch, one chunk in flight.
struct Fetcher {
    QWebSocket *socket = nullptr;
    StreamHash hash;
    qint64 nextId = 100;
    qint64 offset = 0;
    qint64 doneNs = -1;
    QString failure;
};

Figures downloadFromCouncil(std::vector<std::unique_ptr<Peer>> &peers, qint64 serverPid, const QString &hash,
                            qint64 chunk, QElapsedTimer &clock) {
    Figures f;
    f.label = QStringLiteral("council-server, doc.fetch of %1 KiB chunks, one in flight per client")
                  .arg(chunk / 1024);
    f.clients = int(peers.size());
    std::vector<Fetcher> fetchers(peers.size());
    auto request = [&hash, chunk](Fetcher &d) {
        d.socket->sendBinaryMessage(Frame::request(Request::DocFetch, d.nextId++,
                                                   QCborMap{{QStringLiteral("hash"), hash},
                                                            {QStringLiteral("offset"), d.offset},
                                                            {QStringLiteral("length"), chunk}})
                                        .encode());
    };
    for (size_t i = 0; i < peers.size(); ++i) {
        Fetcher &d = fetchers[i];
        d.socket = &peers[i]->socket;
        // The Peer keeps every reply: megabytes per client here. This phase reads its own.
        QObject::disconnect(d.socket, &QWebSocket::binaryMessageReceived, nullptr, nullptr);
        QObject::connect(
            d.socket, &QWebSocket::binaryMessageReceived, d.socket,
            [&d, &clock, &hash, request](const QByteArray &bytes) {
                const auto decoded = protocol::decodeFrame(bytes);
                if (!decoded.frame || decoded.frame->kind != FrameKind::Result) {
                    d.failure = decoded.frame ? decoded.frame->body.value(QStringLiteral("en")).toString()
                                              : decoded.problem;
                    d.doneNs = clock.nsecsElapsed();
                    return;
                }
                const QCborMap &body = decoded.frame->body;
                const QByteArray data = body.value(QStringLiteral("data")).toByteArray();
                d.hash.add(data.constData(), data.size());
                d.offset += data.size();
                if (!data.isEmpty() && d.offset < body.value(QStringLiteral("size")).toInteger()) {
                    request(d);
                    return;
                }
                d.doneNs = clock.nsecsElapsed();
                if (d.hash.hex() != hash)
                    d.failure = QStringLiteral("the BLAKE2b of the bytes differs");
            });
    }
    f.rssBeforeKiB = processTreeKiB(serverPid, "VmRSS");
    for (qint64 pid : processTree(serverPid))
        resetPeakRss(pid);
    const qint64 serverCpu = processTreeCpuMs(serverPid);
    const qint64 clientCpu = ownCpuMs();
    const qint64 t0 = clock.nsecsElapsed();
    for (Fetcher &d : fetchers)
        request(d);
    waitFor(
        [&] {
            return std::all_of(fetchers.begin(), fetchers.end(), [](const auto &d) { return d.doneNs >= 0; });
        },
        1800000);
    f.serverCpuMs = processTreeCpuMs(serverPid) - serverCpu;
    f.clientCpuMs = ownCpuMs() - clientCpu;
    f.peakKiB = processTreeKiB(serverPid, "VmHWM");
    f.rssAfterKiB = processTreeKiB(serverPid, "VmRSS");
    for (const Fetcher &d : fetchers) {
        f.bytes += d.offset;
        f.requests += d.nextId - Fetcher().nextId;
        if (d.doneNs >= 0)
            f.completionUs << (d.doneNs - t0) / 1000;
        f.wallNs = std::max(f.wallNs, (d.doneNs >= 0 ? d.doneNs : clock.nsecsElapsed()) - t0);
        if (d.doneNs >= 0 && d.failure.isEmpty())
            ++f.verified;
        else if (f.firstFailure.isEmpty())
            f.firstFailure = d.doneNs >= 0 ? d.failure : QStringLiteral("timed out");
    }
    return f;
}

// One client of the static server: a kept-open connection, one GET, the body hashed as it comes.
struct HttpFetch {
    QTcpSocket socket;
    QByteArray head;
    bool inBody = false;
    qint64 length = -1;
    qint64 received = 0;
    StreamHash hash;
    qint64 doneNs = -1;
    QString failure;
};

Figures downloadOverHttp(const StaticFileServer &server, int n, const QString &hash, QElapsedTimer &clock) {
    Figures f;
    f.label = server.description();
    f.clients = n;
    std::vector<std::unique_ptr<HttpFetch>> fetches;
    QByteArray buffer(1 << 18, Qt::Uninitialized); // one client reads at a time: one buffer for all
    for (int i = 0; i < n; ++i) {
        fetches.push_back(std::make_unique<HttpFetch>());
        HttpFetch &d = *fetches.back();
        QObject::connect(&d.socket, &QTcpSocket::readyRead, &d.socket, [&d, &buffer, &clock, &hash] {
            if (!d.inBody) {
                d.head += d.socket.readAll();
                const qsizetype end = d.head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const auto m = QRegularExpression(QStringLiteral("content-length:\\s*(\\d+)"),
                                                  QRegularExpression::CaseInsensitiveOption)
                                   .match(QString::fromLatin1(d.head.left(end)));
                if (!d.head.startsWith("HTTP/1.1 200") && !d.head.startsWith("HTTP/1.0 200")) {
                    d.failure = QString::fromLatin1(d.head.left(d.head.indexOf('\r')));
                    d.doneNs = clock.nsecsElapsed();
                    return;
                }
                d.length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
                d.inBody = true;
                d.hash.add(d.head.constData() + end + 4, d.head.size() - end - 4);
                d.received = d.head.size() - end - 4;
            }
            for (qint64 got; (got = d.socket.read(buffer.data(), buffer.size())) > 0;) {
                d.hash.add(buffer.constData(), got);
                d.received += got;
            }
            if (d.doneNs < 0 && d.length >= 0 && d.received >= d.length) {
                d.doneNs = clock.nsecsElapsed();
                if (d.hash.hex() != hash)
                    d.failure = QStringLiteral("the BLAKE2b of the bytes differs");
            }
        });
        d.socket.connectToHost(QHostAddress::LocalHost, server.port());
    }
    // Connections first, untimed, as the WebSockets were open before their downloads.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (waitFor(
                [&] {
                    return std::all_of(fetches.begin(), fetches.end(), [](const auto &d) {
                        return d->socket.state() == QAbstractSocket::ConnectedState;
                    });
                },
                30000))
            break;
        for (auto &d : fetches)
            if (d->socket.state() == QAbstractSocket::UnconnectedState)
                d->socket.connectToHost(QHostAddress::LocalHost, server.port());
    }
    const QByteArray get = "GET " + server.path().toLatin1() +
                           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port()) +
                           "\r\nConnection: close\r\n\r\n";
    const qint64 serverPid = server.pid();
    f.rssBeforeKiB = processTreeKiB(serverPid, "VmRSS");
    for (qint64 pid : processTree(serverPid))
        resetPeakRss(pid);
    const qint64 serverCpu = processTreeCpuMs(serverPid);
    const qint64 clientCpu = ownCpuMs();
    const qint64 t0 = clock.nsecsElapsed();
    for (auto &d : fetches)
        d->socket.write(get);
    waitFor(
        [&] {
            return std::all_of(fetches.begin(), fetches.end(), [](const auto &d) { return d->doneNs >= 0; });
        },
        1800000);
    f.serverCpuMs = processTreeCpuMs(serverPid) - serverCpu;
    f.clientCpuMs = ownCpuMs() - clientCpu;
    f.peakKiB = processTreeKiB(serverPid, "VmHWM");
    f.rssAfterKiB = processTreeKiB(serverPid, "VmRSS");
    for (auto &d : fetches) {
        f.bytes += d->received;
        if (d->doneNs >= 0)
            f.completionUs << (d->doneNs - t0) / 1000;
        f.wallNs = std::max(f.wallNs, (d->doneNs >= 0 ? d->doneNs : clock.nsecsElapsed()) - t0);
        if (d->doneNs >= 0 && d->failure.isEmpty())
            ++f.verified;
        else if (f.firstFailure.isEmpty())
            f.firstFailure = d->doneNs >= 0 ? d->failure : QStringLiteral("timed out");
    }
    return f;
}

} // namespace

int main(int argc, char *argv[]) {
    // QPdfWriter needs a QGuiApplication; this program has no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("clients"), QStringLiteral("Delegates downloading at once."),
                        QStringLiteral("N"), QStringLiteral("200")},
                       {QStringLiteral("size-mib"), QStringLiteral("Size of the PDF."), QStringLiteral("MIB"),
                        QStringLiteral("8")},
                       {QStringLiteral("chunk-kib"), QStringLiteral("doc.fetch length (at most 512)."),
                        QStringLiteral("KIB"), QStringLiteral("256")},
                       {QStringLiteral("baseline"),
                        QStringLiteral("Static file server: auto, nginx, python, both or none."),
                        QStringLiteral("KIND"), QStringLiteral("auto")},
                       {QStringLiteral("nginx"), QStringLiteral("nginx binary (default /usr/sbin/nginx)."),
                        QStringLiteral("PATH")},
                       {QStringLiteral("server"), QStringLiteral("council-server binary."),
                        QStringLiteral("PATH"), QStringLiteral(COUNCIL_SERVER_BIN)}});
    parser.process(app);
    const int n = parser.value(QStringLiteral("clients")).toInt();
    const qint64 size = parser.value(QStringLiteral("size-mib")).toLongLong() * kMiB;
    const qint64 chunk = parser.value(QStringLiteral("chunk-kib")).toLongLong() * 1024;
    const QString baseline = parser.value(QStringLiteral("baseline"));
    const QString nginx = StaticFileServer::findNginx(parser.value(QStringLiteral("nginx")));
    crypto::initialize();
    raiseFileLimit();
    qputenv("COUNCIL_SERVER_BIN", parser.value(QStringLiteral("server")).toLocal8Bit());
    auto fail = [](const QString &why) {
        std::fprintf(stderr, "bench_documents: %s\n", qPrintable(why));
        return 1;
    };

    QElapsedTimer setup;
    setup.start();
    TestCouncil council;
    if (!council.start())
        return fail(council.lastError());
    TrustedBody t;
    QString error;
    if (!setUpTrustedBody(council, signingSeedOf(*council.admin(), kAdminName, kAdminPassword), &t, &error))
        return fail(error);
    const QByteArray pdf = paddedPdf(size);
    if (pdf.isEmpty())
        return fail(QStringLiteral("QPdfWriter made no PDF"));
    const QString hash = blake2bHex(pdf);
    const Reply created = uploadDocument(*t.f.secretary, t.f.body, QStringLiteral("du-thao.pdf"), pdf,
                                         QStringLiteral("Dự thảo nghị quyết (đo tốc độ)"), {}, 512 * 1024);
    if (!created.ok())
        return fail(QStringLiteral("doc.create: ") + created.describe());
    const qint64 documentId = created.map(QStringLiteral("document")).value(QStringLiteral("id")).toInteger();
    if (const Reply r = submitApprovePublish(t, documentId, QStringLiteral("everyone")); !r.ok())
        return fail(QStringLiteral("submit/approve/publish: ") + r.describe());
    QElapsedTimer clock;
    clock.start();
    auto peers = connectDelegates(council, t.f.body, n, &clock, &error);
    if (peers.empty())
        return fail(error);
    const qint64 setupMs = setup.elapsed();
    waitFor([] { return false; }, 1000); // let the logins' events and hashing settle

    std::printf(
        "bench_documents: %d clients, one %.1f MiB PDF, %d CPU cores, client and servers on this machine\n",
        n, double(pdf.size()) / kMiB, QThread::idealThreadCount());
    std::printf(
        "  setup (server, body, upload + check + approval + publication, %d accounts and logins): %lld ms\n",
        n, setupMs);
    std::printf("  council-server pid %lld; load average before: %s\n", council.server()->pid(),
                qPrintable(loadAverage()));
    std::fflush(stdout); // a profiler attached to that pid now sees only the downloads
    const Figures fromCouncil = downloadFromCouncil(peers, council.server()->pid(), hash, chunk, clock);
    print(fromCouncil);
    std::fflush(stdout);
    peers.clear();
    bool ok = fromCouncil.verified == n;

    QList<StaticFileServer::Kind> kinds;
    if (baseline == QLatin1String("nginx") || baseline == QLatin1String("both") ||
        (baseline == QLatin1String("auto") && !nginx.isEmpty()))
        kinds << StaticFileServer::Kind::Nginx;
    if (baseline == QLatin1String("python") || baseline == QLatin1String("both") ||
        (baseline == QLatin1String("auto") && nginx.isEmpty()))
        kinds << StaticFileServer::Kind::Python;
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("du-thao.pdf"));
    QFile out(file);
    if (!kinds.isEmpty() && (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size()))
        return fail(QStringLiteral("cannot write %1").arg(file));
    out.close();
    for (const StaticFileServer::Kind kind : kinds) {
        if (kind == StaticFileServer::Kind::Nginx && nginx.isEmpty()) {
            std::printf("  baseline nginx: no nginx binary (give --nginx PATH)\n");
            ok = false;
            continue;
        }
        StaticFileServer server;
        if (!server.start(kind, kind == StaticFileServer::Kind::Nginx ? nginx : QString(), file, &error)) {
            std::printf("  baseline skipped: %s\n", qPrintable(error));
            continue;
        }
        const Figures base = downloadOverHttp(server, n, hash, clock);
        server.stop();
        print(base);
        // CPU time is counted in clock ticks (10 ms): a toy run has no ratio of it.
        std::printf("    council-server / this baseline: throughput %.2f, server CPU per GiB %s\n",
                    fromCouncil.mibPerSecond() / std::max(0.001, base.mibPerSecond()),
                    base.serverCpuMs >= 50
                        ? qPrintable(QString::number(
                              fromCouncil.serverCpuMsPerGiB() / base.serverCpuMsPerGiB(), 'f', 2))
                        : "(too little CPU to compare)");
        ok = ok && base.verified == n;
    }
    std::printf("  load average after: %s\n", qPrintable(loadAverage()));
    council.server()->stop();
    return ok ? 0 : 1;
}
