// ServerConnection against a scripted server on 127.0.0.1:0: handshake,
// duplicate events, resend with the same op id after a dropped link, queued
// requests, and a revoked token that stops reconnecting.
#include "serverconnection.h"

#include <QCborArray>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using council::client::Reply;
using council::client::ServerConnection;
using namespace council::protocol;

namespace {

// Answers hello, auth.token and sync like the real server; records every
// other request and leaves answering it to the test.
class FakeServer : public QObject {
    Q_OBJECT
public:
    FakeServer()
        : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                ++connections;
                current = s;
                connect(s, &QWebSocket::binaryMessageReceived, this,
                        [this, s](const QByteArray &bytes) { onFrame(s, bytes); });
            }
        });
    }

    QUrl url() const { return m_server.serverUrl(); }

    void reply(const Frame &request, const QCborMap &body) {
        current->sendBinaryMessage(Frame::result(request.type, request.id, body).encode());
    }
    void pushEvent(qint64 seq) {
        current->sendBinaryMessage(
            Frame::event(Event::BodyChanged, seq, QCborMap{{QStringLiteral("n"), seq}}).encode());
    }

    int connections = 0;
    QList<qint64> syncSince;
    QList<Frame> requests; // everything but the handshake
    QWebSocket *current = nullptr;
    qint64 head = 5;

private:
    void onFrame(QWebSocket *s, const QByteArray &bytes) {
        const DecodeResult d = decodeFrame(bytes);
        QVERIFY(d.frame);
        const Frame &f = *d.frame;
        switch (static_cast<Request>(f.type)) {
        case Request::Hello:
            QCOMPARE(f.body.value(QStringLiteral("versions")).toArray().at(0).toInteger(), 1);
            s->sendBinaryMessage(Frame::result(f.type, f.id, {{QStringLiteral("version"), 1}}).encode());
            return;
        case Request::AuthToken:
            if (f.body.value(QStringLiteral("token")).toByteArray() != "good-token") {
                s->sendBinaryMessage(
                    Frame::error(f.type, f.id, Error{ErrorCode::BadCredentials, {}}).encode());
                return;
            }
            s->sendBinaryMessage(
                Frame::result(f.type, f.id,
                              {{QStringLiteral("tokenId"), 9},
                               {QStringLiteral("account"), QCborMap{{QStringLiteral("id"), 1}}}})
                    .encode());
            return;
        case Request::Sync: {
            const qint64 since = f.body.value(QStringLiteral("since")).toInteger();
            syncSince << since;
            QCborMap r{{QStringLiteral("snapshot"), since == 0}, {QStringLiteral("seq"), head}};
            if (since == 0)
                r.insert(QStringLiteral("state"), QCborMap{{QStringLiteral("bodies"), QCborArray()}});
            s->sendBinaryMessage(Frame::result(f.type, f.id, r).encode());
            return;
        }
        default:
            requests << f;
        }
    }

    QWebSocketServer m_server;
};

} // namespace

class tst_ServerConnection : public QObject {
    Q_OBJECT

private slots:
    void handshakeSnapshotAndDuplicateEvents() {
        FakeServer server;
        ServerConnection conn;
        conn.setServerUrl(server.url());
        conn.setToken("good-token");
        QSignalSpy online(&conn, &ServerConnection::online);
        QSignalSpy snapshot(&conn, &ServerConnection::snapshotReceived);
        QSignalSpy events(&conn, &ServerConnection::eventReceived);
        conn.open();
        QTRY_COMPARE(online.size(), 1);
        QCOMPARE(conn.state(), ServerConnection::State::Online);
        QCOMPARE(snapshot.size(), 1);
        QCOMPARE(snapshot.at(0).at(1).toLongLong(), 5);
        QCOMPARE(conn.lastSeq(), 5);
        QCOMPARE(conn.tokenId(), 9);

        server.pushEvent(6);
        server.pushEvent(6); // duplicate
        server.pushEvent(4); // older than the snapshot
        server.pushEvent(7);
        QTRY_COMPARE(conn.lastSeq(), 7);
        QTest::qWait(50);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).at(0).value<Frame>().seq, 6);
        QCOMPARE(events.at(1).at(0).value<Frame>().seq, 7);
    }

    void mutatingRequestIsResentWithSameOp() {
        FakeServer server;
        ServerConnection conn;
        conn.setServerUrl(server.url());
        conn.setToken("good-token");
        QSignalSpy online(&conn, &ServerConnection::online);
        conn.open();
        QTRY_COMPARE(online.size(), 1);
        server.pushEvent(8);
        QTRY_COMPARE(conn.lastSeq(), 8);

        int calls = 0;
        Reply got;
        conn.request(Request::BodyCreate, {{QStringLiteral("name"), QStringLiteral("HĐND")}},
                     [&](const Reply &r) {
                         ++calls;
                         got = r;
                     });
        conn.request(Request::BodyList, {}, [&](const Reply &) { ++calls; });
        QTRY_COMPARE(server.requests.size(), 2);
        const QByteArray op = server.requests.at(0).op;
        QCOMPARE(op.size(), 16);
        QVERIFY(server.requests.at(1).op.isEmpty()); // not mutating: no op
        QCOMPARE(conn.pendingCount(), 2);

        // The link drops before any reply: both go out again after the reconnect.
        server.current->abort();
        QTRY_COMPARE_WITH_TIMEOUT(online.size(), 2, 5000);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.syncSince.last(), 8); // resumes where it was
        QTRY_COMPARE(server.requests.size(), 4);
        QCOMPARE(server.requests.at(2).type, static_cast<qint64>(Request::BodyCreate));
        QCOMPARE(server.requests.at(2).op, op);
        QCOMPARE(server.requests.at(3).type, static_cast<qint64>(Request::BodyList));

        server.reply(server.requests.at(2), {{QStringLiteral("body"), QCborMap{{QStringLiteral("id"), 1}}}});
        server.reply(server.requests.at(3), {});
        QTRY_COMPARE(calls, 2);
        QVERIFY(got.ok);
        QCOMPARE(conn.pendingCount(), 0);
    }

    void requestsWaitUntilOnline() {
        FakeServer server;
        ServerConnection conn;
        conn.setServerUrl(server.url());
        conn.setToken("good-token");
        conn.setSyncEnabled(false);
        conn.request(Request::AuthLogout, {});
        QCOMPARE(conn.pendingCount(), 1);
        conn.open();
        QTRY_COMPARE(server.requests.size(), 1);
        QVERIFY(server.syncSince.isEmpty());
        QCOMPARE(server.requests.at(0).type, static_cast<qint64>(Request::AuthLogout));
        QCOMPARE(server.requests.at(0).op.size(), 16);
    }

    void badTokenFailsWithoutRetry() {
        FakeServer server;
        ServerConnection conn;
        conn.setServerUrl(server.url());
        conn.setToken("wrong");
        QSignalSpy failed(&conn, &ServerConnection::authFailed);
        conn.open();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("bad_credentials"));
        QTest::qWait(800); // longer than the first backoff
        QCOMPARE(server.connections, 1);
        QCOMPARE(conn.state(), ServerConnection::State::Disconnected);
    }

    void revokedTokenStopsReconnecting() {
        FakeServer server;
        ServerConnection conn;
        conn.setServerUrl(server.url());
        conn.setToken("good-token");
        QSignalSpy online(&conn, &ServerConnection::online);
        QSignalSpy failed(&conn, &ServerConnection::authFailed);
        conn.open();
        QTRY_COMPARE(online.size(), 1);
        server.current->sendBinaryMessage(Frame::error(0, 0, Error{ErrorCode::TokenRevoked, {}}).encode());
        server.current->close(static_cast<QWebSocketProtocol::CloseCode>(4001));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("token_revoked"));
        QTest::qWait(800);
        QCOMPARE(server.connections, 1);
        QCOMPARE(failed.size(), 1);
    }

    void refusedConnectionReportsError() {
        QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url = probe.serverUrl();
        probe.close(); // nothing listens there now
        ServerConnection conn;
        conn.setServerUrl(url);
        conn.setToken("good-token");
        conn.setAutoReconnect(false);
        QSignalSpy errors(&conn, &ServerConnection::errorOccurred);
        conn.open();
        QTRY_VERIFY(errors.size() >= 1);
        QCOMPARE(conn.state(), ServerConnection::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(tst_ServerConnection)
#include "tst_serverconnection.moc"
