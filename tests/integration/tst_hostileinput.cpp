// Hostile and broken peers cannot hurt anyone else: while they send garbage,
// unknown types, oversized and text messages, or stop reading, an observer
// doing a request every 50 ms keeps being served, the server answers or
// disconnects the offender as the protocol says, and its memory stays flat.
#include "testcouncil.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace council::testing;
using council::protocol::Frame;
using council::protocol::Request;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// A well-behaved client that reads a session every 50 ms and records whether
// each request was answered correctly and how long it took.
class Observer : public QObject {
public:
    Observer(RawClient *client, qint64 session, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_session(session) {
        connect(client, &RawClient::frameReceived, this, [this](const Frame &f) {
            if (f.id != m_pending || m_pending == 0)
                return;
            const qint64 ms = m_sent.elapsed();
            m_worstMs = std::max(m_worstMs, ms);
            if (f.kind == council::protocol::FrameKind::Result)
                ++m_ok;
            else
                ++m_failed;
            m_pending = 0;
        });
        connect(&m_timer, &QTimer::timeout, this, &Observer::tick);
        m_timer.start(50);
    }

    int ok() const { return m_ok; }
    int failed() const { return m_failed; }
    qint64 worstMs() const { return std::max(m_worstMs, m_pending ? m_sent.elapsed() : 0); }
    bool connected() const { return m_client->isConnected(); }

private:
    void tick() {
        if (m_pending)
            return; // still waiting: worstMs() shows how long
        QCborMap b;
        b.insert(QStringLiteral("id"), m_session);
        m_pending = m_client->send(Request::SessionGet, b);
        m_sent.start();
    }

    RawClient *m_client;
    qint64 m_session;
    QTimer m_timer;
    QElapsedTimer m_sent;
    qint64 m_pending = 0;
    int m_ok = 0;
    int m_failed = 0;
    qint64 m_worstMs = 0;
};

// A peer that opens a WebSocket by hand over TCP, logs in, syncs — and then
// never reads again.
class StalledPeer : public QObject {
public:
    explicit StalledPeer(QObject *parent)
        : QObject(parent)
        , m_socket(new QTcpSocket(this)) {}

    bool connectAndSubscribe(quint16 port, const QByteArray &token, qint64 since) {
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket->waitForConnected(5000))
            return false;
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
        const QByteArray key = council::crypto::randomBytes(16).toBase64();
        m_socket->write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                        "\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray head;
        while (!head.contains("\r\n\r\n")) {
            if (!m_socket->waitForReadyRead(5000))
                return false;
            head += m_socket->readAll();
        }
        if (!head.startsWith("HTTP/1.1 101"))
            return false;
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
                .toBase64();
        if (!head.contains(accept))
            return false;
        m_buffer = head.mid(head.indexOf("\r\n\r\n") + 4);

        QCborMap hello;
        hello.insert(QStringLiteral("versions"), QCborArray{council::protocol::kProtocolVersion});
        QCborMap auth;
        auth.insert(QStringLiteral("token"), token);
        QCborMap sync;
        sync.insert(QStringLiteral("since"), since);
        sendFrame(Frame::request(Request::Hello, 1, hello).encode());
        sendFrame(Frame::request(Request::AuthToken, 2, auth).encode());
        sendFrame(Frame::request(Request::Sync, 3, sync).encode());
        // Read the three replies; all must be results.
        int results = 0;
        while (results < 3) {
            const auto message = nextMessage();
            if (!message)
                return false;
            const auto decoded = council::protocol::decodeFrame(*message);
            if (!decoded.frame || decoded.frame->kind != council::protocol::FrameKind::Result)
                return false;
            ++results;
        }
        // From now on Qt keeps at most this much; the kernel buffers fill, then the server's.
        m_socket->setReadBufferSize(1024);
        return true;
    }

    QTcpSocket *socket() const { return m_socket; }

private:
    void sendFrame(const QByteArray &payload) {
        QByteArray f;
        f.append(char(0x82)); // FIN + binary
        const QByteArray mask = council::crypto::randomBytes(4);
        if (payload.size() < 126) {
            f.append(char(0x80 | payload.size()));
        } else {
            f.append(char(0x80 | 126));
            f.append(char((payload.size() >> 8) & 0xff));
            f.append(char(payload.size() & 0xff));
        }
        f.append(mask);
        for (qsizetype i = 0; i < payload.size(); ++i)
            f.append(char(payload[i] ^ mask[i % 4]));
        m_socket->write(f);
    }

    // One unfragmented server message (servers do not mask), blocking.
    std::optional<QByteArray> nextMessage() {
        for (;;) {
            if (m_buffer.size() >= 2) {
                const int len7 = quint8(m_buffer[1]) & 0x7f;
                qsizetype headerSize = 2;
                qsizetype length = len7;
                if (len7 == 126 && m_buffer.size() >= 4) {
                    length = (qsizetype(quint8(m_buffer[2])) << 8) | quint8(m_buffer[3]);
                    headerSize = 4;
                } else if (len7 == 127 && m_buffer.size() >= 10) {
                    length = 0;
                    for (int i = 2; i < 10; ++i)
                        length = (length << 8) | quint8(m_buffer[i]);
                    headerSize = 10;
                }
                const bool haveHeader = len7 < 126 || headerSize > 2;
                if (haveHeader && m_buffer.size() >= headerSize + length) {
                    const int opcode = quint8(m_buffer[0]) & 0x0f;
                    const QByteArray payload = m_buffer.mid(headerSize, length);
                    m_buffer.remove(0, headerSize + length);
                    if (opcode == 0x2)
                        return payload;
                    continue; // ping or other control frame
                }
            }
            if (!m_socket->waitForReadyRead(5000))
                return std::nullopt;
            m_buffer += m_socket->readAll();
        }
    }

    QTcpSocket *m_socket;
    QByteArray m_buffer;
};
} // namespace

class tst_HostileInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void unknownTypeIsAnswered();
    void invalidCborKeepsConnection_data();
    void invalidCborKeepsConnection();
    void textMessageIsRefused();
    void hugeMessageClosesWith1009();
    void stalledReaderIsDropped();
    void memoryStaysFlatUnderAbuse();

private:
    RawClient *hostileClient();
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
    Observer *m_observer = nullptr;
    int m_observedBefore = 0;
};

void tst_HostileInput::initTestCase() {
    m_council = new TestCouncil(this);
    // A small replay window: this test pushes thousands of events, and the
    // memory it measures should be the connections', not the replay buffer's.
    QVERIFY2(m_council->start({QStringLiteral("--replay-window"), QStringLiteral("200")}),
             qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
    COUNCIL_VERIFY_OK(addItem(*m_f.secretary, m_f.session, QStringLiteral("Báo cáo")));
    RawClient *watcher = m_council->connectWithToken(m_f.chairLogin.token);
    QVERIFY2(watcher, qPrintable(m_council->lastError()));
    m_observer = new Observer(watcher, m_f.session, this);
    QTRY_VERIFY(m_observer->ok() > 3);
}

void tst_HostileInput::cleanup() {
    // Whatever the offender did, the observer was served throughout.
    QVERIFY(m_observer->connected());
    QCOMPARE(m_observer->failed(), 0);
    QVERIFY2(m_observer->worstMs() < 3000,
             qPrintable(QStringLiteral("an observer request waited %1 ms").arg(m_observer->worstMs())));
    const int before = m_observer->ok();
    QTRY_VERIFY(m_observer->ok() > before + 2);
}

RawClient *tst_HostileInput::hostileClient() {
    // Hostile, but logged in: the worst case is a stolen or buggy device.
    return m_council->connectWithToken(m_f.delegateLogin.token);
}

void tst_HostileInput::unknownTypeIsAnswered() {
    RawClient *c = hostileClient();
    QVERIFY(c);
    for (qint64 type : {qint64(0), qint64(999), qint64(9999), qint64(1060), qint64(-5)}) {
        QVERIFY(!council::protocol::requestFromCode(type).has_value());
        Frame f;
        f.kind = council::protocol::FrameKind::Request;
        f.type = type;
        f.id = 4242 + type;
        c->sendRaw(f.encode());
        const Reply r = c->waitReply(f.id);
        COUNCIL_COMPARE_ERROR(r, "unknown_type");
        QCOMPARE(r.frame->type, type);
    }
    QVERIFY(c->isConnected());
    COUNCIL_VERIFY_OK(getSession(*c, m_f.session));
}

void tst_HostileInput::invalidCborKeepsConnection_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\xfd not cbor at all", 20);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << Frame::request(Request::Me, 1, {}).encode().chopped(1);
    QTest::newRow("array") << QCborValue(QCborArray{0, 7, 1}).toCbor();
    QTest::newRow("map without kind") << QCborValue(QCborMap{{1, 7}, {2, 1}}).toCbor();
    QTest::newRow("huge declared length") << QByteArray("\x5b\xff\xff\xff\xff\xff\xff\xff\xff", 9);
    QTest::newRow("deep nesting") << QByteArray(100000, '\x81');
}

void tst_HostileInput::invalidCborKeepsConnection() {
    QFETCH(QByteArray, bytes);
    RawClient *c = hostileClient();
    QVERIFY(c);
    c->sendRaw(bytes);
    QVERIFY2(c->waitForPushedErrors(1), "no bad_frame error");
    const Frame &err = c->pushedErrors().first();
    QCOMPARE(err.type, 0);
    QCOMPARE(err.id, 0);
    QCOMPARE(err.body.value(QStringLiteral("code")).toString(), QStringLiteral("bad_frame"));
    QVERIFY(c->isConnected());
    COUNCIL_VERIFY_OK(getSession(*c, m_f.session));
}

void tst_HostileInput::textMessageIsRefused() {
    RawClient *c = hostileClient();
    QVERIFY(c);
    c->sendText(QStringLiteral("{\"kind\":0,\"type\":7,\"id\":1}"));
    QVERIFY2(QTest::qWaitFor([c] { return !c->pushedErrors().isEmpty() || !c->isConnected(); }, 5000),
             "a text message was neither refused nor the connection closed");
    if (!c->pushedErrors().isEmpty())
        QCOMPARE(c->pushedErrors().first().body.value(QStringLiteral("code")).toString(),
                 QStringLiteral("bad_frame"));
}

void tst_HostileInput::hugeMessageClosesWith1009() {
    const qint64 rssBefore = m_council->server()->rssKiB();
    for (int round = 0; round < 2; ++round) {
        RawClient *c = hostileClient();
        QVERIFY(c);
        c->sendRaw(QByteArray(100 * kMiB, 'x'));
        QVERIFY2(c->waitDisconnected(20000), "a 100 MiB message did not close the connection");
        QCOMPARE(int(c->closeCode()), 1009);
        c->deleteLater(); // frees its 100 MiB buffer
    }
    const qint64 grown = m_council->server()->rssKiB() - rssBefore;
    QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(grown)));
}

void tst_HostileInput::stalledReaderIsDropped() {
    // A long title makes each event about 2 KiB: 10,000 of them would be
    // 20 MiB queued for the peer that does not read.
    const QString longTitle = QString(480, QChar(0x1EC7)); // "ệ", 3 bytes in UTF-8
    const Reply head = m_f.delegate->sync(0);
    COUNCIL_VERIFY_OK(head);
    auto *stalled = new StalledPeer(this);
    QVERIFY(stalled->connectAndSubscribe(m_council->server()->port(), m_f.delegateLogin.token,
                                         head.value(QStringLiteral("seq")).toInteger()));
    const Reply item = addItem(*m_f.secretary, m_f.session, QStringLiteral("Mục được sửa nhiều lần"));
    COUNCIL_VERIFY_OK(item);
    const qint64 itemId = idOf(item, QStringLiteral("item"));
    const qint64 rssBefore = m_council->server()->rssKiB();

    constexpr int kEvents = 10000;
    constexpr int kBatch = 250;
    qint64 peakKiB = rssBefore;
    for (int sent = 0; sent < kEvents; sent += kBatch) {
        QList<qint64> ids;
        for (int i = 0; i < kBatch; ++i) {
            QCborMap b;
            b.insert(QStringLiteral("id"), itemId);
            b.insert(QStringLiteral("title"), longTitle + QString::number(sent + i));
            ids << m_f.secretary->send(Request::AgendaUpdate, b);
        }
        for (qint64 id : ids)
            COUNCIL_VERIFY_OK(m_f.secretary->waitReply(id, 20000));
        peakKiB = std::max(peakKiB, m_council->server()->rssKiB());
    }
    // The server dropped the stalled peer: once we read again we find the end.
    stalled->socket()->setReadBufferSize(0);
    QVERIFY2(QTest::qWaitFor(
                 [stalled] {
                     stalled->socket()->readAll();
                     return stalled->socket()->state() == QAbstractSocket::UnconnectedState;
                 },
                 10000),
             "the server kept a peer that stopped reading");
    const qint64 grown = peakKiB - rssBefore;
    qInfo("stalled reader: server RSS %lld KiB before, peak %lld KiB", rssBefore, peakKiB);
    QVERIFY2(grown < 12 * 1024, qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(grown)));
}

void tst_HostileInput::memoryStaysFlatUnderAbuse() {
    auto round = [this](bool oversize) {
        RawClient *c = hostileClient();
        if (!c)
            return false;
        c->sendRaw(QByteArray("\xff\x00\x13garbage", 10));
        Frame unknown;
        unknown.type = 7777;
        unknown.id = 99;
        c->sendRaw(unknown.encode());
        if (!c->waitForPushedErrors(1) || c->waitReply(99).errorCode() != QLatin1String("unknown_type"))
            return false;
        c->sendText(QStringLiteral("text"));
        if (oversize) {
            // Just over the 1 MiB limit: closed with 1009 without buffering much.
            c->sendRaw(QByteArray(kMiB + 1, '\x01'));
            if (!c->waitDisconnected(10000) || int(c->closeCode()) != 1009)
                return false;
        } else {
            c->close();
            c->waitDisconnected();
        }
        c->deleteLater();
        return true;
    };
    for (int i = 0; i < 20; ++i)
        QVERIFY(round(i % 4 == 0));
    QTest::qWait(300);
    const qint64 warm = m_council->server()->rssKiB();
    QVERIFY(warm > 0);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 200; ++i)
        QVERIFY2(round(i % 4 == 0), qPrintable(QStringLiteral("round %1").arg(i)));
    QTest::qWait(300);
    const qint64 after = m_council->server()->rssKiB();
    qInfo("200 hostile rounds in %lld ms: server RSS %lld KiB after warm-up, %lld KiB after", t.elapsed(),
          warm, after);
    QVERIFY2(after - warm < 16 * 1024,
             qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(after - warm)));
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
