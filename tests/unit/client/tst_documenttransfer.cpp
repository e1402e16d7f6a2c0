// DocumentUploader and DocumentDownloader against a scripted server on
// 127.0.0.1:0: one chunk in flight at a time, resume after the link is cut,
// resume from a part file, nothing fetched when the bytes are already here,
// and a hash mismatch that leaves no file behind.
#include "documenttransfer.h"
#include "serverconnection.h"

#include "crypto/sodium.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using council::client::DocumentDownloader;
using council::client::DocumentUploader;
using council::client::ServerConnection;
using namespace council::protocol;
namespace client = council::client;
namespace crypto = council::crypto;

namespace {

QByteArray randomData(int size) {
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(size);
    for (char &c : data)
        c = char(rng.bounded(256));
    return data;
}

QString hexHash(const QByteArray &data) {
    return QString::fromLatin1(crypto::genericHash(data).toHex());
}

// Answers hello and auth.token, keeps one upload and one blob in memory, and
// answers each request a moment later so that overlapping requests show.
class FakeDocServer : public QObject {
    Q_OBJECT
public:
    FakeDocServer()
        : m_server(QStringLiteral("fake-docs"), QWebSocketServer::NonSecureMode) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                ++connections;
                current = s;
                inFlight = 0;
                connect(s, &QWebSocket::binaryMessageReceived, this,
                        [this, s](const QByteArray &bytes) { onFrame(s, bytes); });
            }
        });
    }

    QUrl url() const { return m_server.serverUrl(); }

    // Knobs.
    qint64 chunkBytes = 64 * 1024;
    qint64 maxBytes = qint64(1) << 30;
    int dropAtChunk = -1; // abort the link when this chunk (1-based) arrives, once
    int dropAtFetch = -1;
    bool silent = false;  // never answer chunks
    bool corrupt = false; // serve wrong bytes

    // What happened.
    int connections = 0;
    int begins = 0;
    int chunks = 0;
    qint64 chunkBytesReceived = 0;
    QList<qint64> fetchOffsets;
    int overlaps = 0; // a request that arrived while another was unanswered
    QByteArray uploaded;
    QByteArray blob; // served by doc.fetch
    QWebSocket *current = nullptr;

private:
    void answerLater(QWebSocket *s, const Frame &f, const QCborMap &body) {
        QTimer::singleShot(2, this, [this, s, f, body] {
            if (s != current)
                return;
            --inFlight;
            s->sendBinaryMessage(Frame::result(f.type, f.id, body).encode());
        });
    }
    void failLater(QWebSocket *s, const Frame &f, ErrorCode code) {
        QTimer::singleShot(2, this, [this, s, f, code] {
            if (s != current)
                return;
            --inFlight;
            s->sendBinaryMessage(Frame::error(f.type, f.id, Error{code, {}}).encode());
        });
    }

    void onFrame(QWebSocket *s, const QByteArray &bytes) {
        const DecodeResult d = decodeFrame(bytes);
        QVERIFY(d.frame);
        const Frame &f = *d.frame;
        switch (static_cast<Request>(f.type)) {
        case Request::Hello:
            s->sendBinaryMessage(Frame::result(f.type, f.id, {{QStringLiteral("version"), 1}}).encode());
            return;
        case Request::AuthToken:
            s->sendBinaryMessage(
                Frame::result(f.type, f.id,
                              {{QStringLiteral("tokenId"), 1},
                               {QStringLiteral("account"), QCborMap{{QStringLiteral("id"), 1}}}})
                    .encode());
            return;
        default:
            break;
        }
        if (inFlight > 0)
            ++overlaps;
        ++inFlight;
        switch (static_cast<Request>(f.type)) {
        case Request::DocUploadBegin: {
            ++begins;
            const qint64 size = f.body.value(QStringLiteral("size")).toInteger();
            if (size > maxBytes)
                return failLater(s, f, ErrorCode::TooLarge);
            const QString hash = f.body.value(QStringLiteral("hash")).toString();
            if (hash != m_uploadHash) {
                m_uploadHash = hash;
                uploaded.clear();
            }
            return answerLater(s, f,
                               {{QStringLiteral("upload"), QStringLiteral("u-") + hash.left(8)},
                                {QStringLiteral("received"), uploaded.size()},
                                {QStringLiteral("chunkBytes"), chunkBytes},
                                {QStringLiteral("maxBytes"), maxBytes}});
        }
        case Request::DocUploadChunk: {
            ++chunks;
            if (chunks == dropAtChunk) {
                dropAtChunk = -1;
                --inFlight;
                s->abort(); // the chunk is lost with the link
                return;
            }
            if (silent)
                return;
            const qint64 offset = f.body.value(QStringLiteral("offset")).toInteger();
            const QByteArray data = f.body.value(QStringLiteral("data")).toByteArray();
            chunkBytesReceived += data.size();
            if (offset > uploaded.size() || data.size() > chunkBytes)
                return failLater(s, f, ErrorCode::InvalidValue);
            if (offset + data.size() > uploaded.size())
                uploaded.append(data.mid(uploaded.size() - offset));
            return answerLater(s, f, {{QStringLiteral("received"), uploaded.size()}});
        }
        case Request::DocFetch: {
            const qint64 offset = f.body.value(QStringLiteral("offset")).toInteger();
            const qint64 length = f.body.value(QStringLiteral("length")).toInteger();
            fetchOffsets << offset;
            if (fetchOffsets.size() == dropAtFetch) {
                dropAtFetch = -1;
                --inFlight;
                s->abort();
                return;
            }
            if (f.body.value(QStringLiteral("hash")).toString() != hexHash(blob))
                return failLater(s, f, ErrorCode::NotFound);
            QByteArray data = blob.mid(offset, length);
            if (corrupt && !data.isEmpty())
                data[0] = char(data.at(0) ^ 0x01);
            return answerLater(s, f,
                               {{QStringLiteral("hash"), hexHash(blob)},
                                {QStringLiteral("offset"), offset},
                                {QStringLiteral("size"), blob.size()},
                                {QStringLiteral("data"), data}});
        }
        default:
            return failLater(s, f, ErrorCode::UnknownType);
        }
    }

    QWebSocketServer m_server;
    QString m_uploadHash;
    int inFlight = 0;
};

} // namespace

class tst_DocumentTransfer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }
    static QByteArray readFile(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    static void connectTo(ServerConnection &conn, const FakeDocServer &server) {
        conn.setServerUrl(server.url());
        conn.setToken("token");
        conn.setSyncEnabled(false);
        conn.open();
    }

private slots:
    void initTestCase() {
        QVERIFY(crypto::initialize());
        QVERIFY(m_dir.isValid());
    }

    void hashFileIsStreamedBlake2b() {
        const QByteArray data = randomData(3 * 1024 * 1024 + 17); // several read pieces
        const client::FileHash h = client::hashFile(writeFile(QStringLiteral("big.bin"), data));
        QVERIFY2(h.ok(), qPrintable(h.error));
        QCOMPARE(h.hash, crypto::genericHash(data));
        QCOMPARE(h.size, data.size());
        const client::FileHash empty = client::hashFile(writeFile(QStringLiteral("empty.bin"), {}));
        QCOMPARE(empty.hash, crypto::genericHash({}));
        QCOMPARE(empty.size, 0);
        const client::FileHash missing = client::hashFile(m_dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QVERIFY(!missing.error.isEmpty());
    }

    void hexHashes() {
        const QByteArray hash = crypto::genericHash("x");
        QCOMPARE(client::contentHashFromHex(client::contentHashHex(hash)), hash);
        QVERIFY(client::contentHashFromHex(client::contentHashHex(hash).toUpper()).isEmpty());
        QVERIFY(client::contentHashFromHex(QStringLiteral("abc")).isEmpty());
        QVERIFY(client::contentHashFromHex(QString(64, QLatin1Char('g'))).isEmpty());
    }

    void uploadSendsOneChunkAtATime() {
        FakeDocServer server;
        ServerConnection conn;
        const QByteArray data = randomData(300 * 1024 + 5);
        const QString path = writeFile(QStringLiteral("up.pdf"), data);
        DocumentUploader uploader(&conn);
        QSignalSpy finished(&uploader, &DocumentUploader::finished);
        QSignalSpy failed(&uploader, &DocumentUploader::failed);
        QSignalSpy progress(&uploader, &DocumentUploader::progress);
        uploader.start(2, path); // before the link is up: requests wait for it
        connectTo(conn, server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(server.uploaded, data);
        QCOMPARE(server.begins, 1);
        QCOMPARE(server.chunks, 5); // 64 KiB chunks
        QCOMPARE(server.overlaps, 0);
        QCOMPARE(finished.at(0).at(0).value<QCborValue>().toString(),
                 QStringLiteral("u-") + hexHash(data).left(8));
        QCOMPARE(uploader.hash(), crypto::genericHash(data));
        QCOMPARE(progress.last().at(0).toLongLong(), data.size());
        QCOMPARE(progress.last().at(1).toLongLong(), data.size());
    }

    void uploadBeginsAgainAfterACut() {
        FakeDocServer server;
        server.dropAtChunk = 3;
        ServerConnection conn;
        const QByteArray data = randomData(400 * 1024);
        DocumentUploader uploader(&conn);
        QSignalSpy finished(&uploader, &DocumentUploader::finished);
        QSignalSpy failed(&uploader, &DocumentUploader::failed);
        connectTo(conn, server);
        uploader.start(2, writeFile(QStringLiteral("cut.pdf"), data));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.begins, 2); // resumed from what the server held
        QCOMPARE(server.uploaded, data);
        // Only the chunk in flight at the cut travels twice.
        QVERIFY(server.chunkBytesReceived <= data.size() + server.chunkBytes);
    }

    void uploadReportsServerErrors() {
        FakeDocServer server;
        server.maxBytes = 1000;
        ServerConnection conn;
        DocumentUploader uploader(&conn);
        QSignalSpy failed(&uploader, &DocumentUploader::failed);
        connectTo(conn, server);
        uploader.start(2, writeFile(QStringLiteral("large.pdf"), randomData(5000)));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("too_large"));
        QCOMPARE(server.chunks, 0);

        uploader.start(2, m_dir.filePath(QStringLiteral("does-not-exist.pdf")));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("local_io"));
    }

    void uploadGivesUpOnASilentServer() {
        FakeDocServer server;
        server.silent = true;
        ServerConnection conn;
        DocumentUploader uploader(&conn);
        uploader.setStallTimeout(300);
        QSignalSpy failed(&uploader, &DocumentUploader::failed);
        connectTo(conn, server);
        uploader.start(2, writeFile(QStringLiteral("silent.pdf"), randomData(1000)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("timeout"));
    }

    void downloadFetchesChunksAndVerifies() {
        FakeDocServer server;
        server.blob = randomData(600 * 1024 + 3);
        ServerConnection conn;
        connectTo(conn, server);
        const QString dest = m_dir.filePath(QStringLiteral("down.pdf"));
        QFile::remove(dest);
        DocumentDownloader downloader(&conn);
        QSignalSpy finished(&downloader, &DocumentDownloader::finished);
        QSignalSpy failed(&downloader, &DocumentDownloader::failed);
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(readFile(dest), server.blob);
        QVERIFY(!QFile::exists(DocumentDownloader::partPath(dest)));
        QCOMPARE(server.fetchOffsets, (QList<qint64>{0, 262144, 524288}));
        QCOMPARE(server.overlaps, 0);

        // The bytes are there: nothing is fetched again.
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QCOMPARE(server.fetchOffsets.size(), 3);

        // Nor when a cache already holds them.
        const QString other = m_dir.filePath(QStringLiteral("copy.pdf"));
        QFile::remove(other);
        downloader.setCandidates({dest});
        downloader.start(hexHash(server.blob), server.blob.size(), other);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(finished.at(2).at(1).toBool(), false);
        QCOMPARE(readFile(other), server.blob);
        QCOMPARE(server.fetchOffsets.size(), 3);
    }

    void downloadResumesFromThePartFile() {
        FakeDocServer server;
        server.blob = randomData(300 * 1024);
        ServerConnection conn;
        connectTo(conn, server);
        const QString dest = m_dir.filePath(QStringLiteral("resume.pdf"));
        writeFile(QStringLiteral("resume.pdf.part"), server.blob.left(100 * 1024));
        DocumentDownloader downloader(&conn);
        QSignalSpy finished(&downloader, &DocumentDownloader::finished);
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(server.fetchOffsets.first(), 100 * 1024);
        QCOMPARE(readFile(dest), server.blob);
    }

    void downloadContinuesAfterACut() {
        FakeDocServer server;
        server.blob = randomData(700 * 1024);
        server.dropAtFetch = 2;
        ServerConnection conn;
        connectTo(conn, server);
        const QString dest = m_dir.filePath(QStringLiteral("cutdown.pdf"));
        DocumentDownloader downloader(&conn);
        downloader.setChunkBytes(100 * 1024);
        QSignalSpy finished(&downloader, &DocumentDownloader::finished);
        QSignalSpy failed(&downloader, &DocumentDownloader::failed);
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(server.connections, 2);
        QCOMPARE(readFile(dest), server.blob);
        // The lost request is asked again, and nothing else twice.
        QCOMPARE(server.fetchOffsets.size(), 8);
        QCOMPARE(server.fetchOffsets.at(1), server.fetchOffsets.at(2));
    }

    void hashMismatchLeavesNothing() {
        FakeDocServer server;
        server.blob = randomData(50 * 1024);
        server.corrupt = true;
        ServerConnection conn;
        connectTo(conn, server);
        const QString dest = m_dir.filePath(QStringLiteral("bad.pdf"));
        DocumentDownloader downloader(&conn);
        QSignalSpy failed(&downloader, &DocumentDownloader::failed);
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("hash_mismatch"));
        QVERIFY(failed.at(0).at(1).toString().contains(hexHash(server.blob)));
        QVERIFY(!QFile::exists(dest));
        QVERIFY(!QFile::exists(DocumentDownloader::partPath(dest)));
    }

    void stalePartFileIsFetchedAgain() {
        FakeDocServer server;
        server.blob = randomData(40 * 1024);
        ServerConnection conn;
        connectTo(conn, server);
        const QString dest = m_dir.filePath(QStringLiteral("stale.pdf"));
        writeFile(QStringLiteral("stale.pdf.part"), randomData(10 * 1024)); // bytes of something else
        DocumentDownloader downloader(&conn);
        QSignalSpy finished(&downloader, &DocumentDownloader::finished);
        QSignalSpy failed(&downloader, &DocumentDownloader::failed);
        downloader.start(hexHash(server.blob), server.blob.size(), dest);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(readFile(dest), server.blob);
        QCOMPARE(server.fetchOffsets, (QList<qint64>{10 * 1024, 0}));
    }

    void unknownHashIsAServerError() {
        FakeDocServer server;
        server.blob = randomData(1000);
        ServerConnection conn;
        connectTo(conn, server);
        DocumentDownloader downloader(&conn);
        QSignalSpy failed(&downloader, &DocumentDownloader::failed);
        downloader.start(hexHash("something else"), 10, m_dir.filePath(QStringLiteral("unknown.pdf")));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("not_found"));
        downloader.start(QStringLiteral("xyz"), 10, m_dir.filePath(QStringLiteral("unknown.pdf")));
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("invalid_value"));
    }
};

QTEST_GUILESS_MAIN(tst_DocumentTransfer)
#include "tst_documenttransfer.moc"
