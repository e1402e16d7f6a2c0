// A test client that speaks the wire protocol directly over a QWebSocket with
// protocol::Frame — deliberately independent of the client core, so tests can
// also send bytes no well-behaved client would.
#pragma once

#include "crypto/sodium.h"
#include "protocol/frame.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <optional>

namespace council::testing {

// The outcome of one request: the reply frame, or nothing when none came in time.
struct Reply {
    std::optional<protocol::Frame> frame;

    bool ok() const { return frame && frame->kind == protocol::FrameKind::Result; }
    bool isError() const { return frame && frame->kind == protocol::FrameKind::Error; }
    QCborMap body() const { return frame ? frame->body : QCborMap(); }
    QCborValue value(const QString &key) const { return body().value(key); }
    QCborMap map(const QString &key) const { return body().value(key).toMap(); }
    // The error code, "timeout" when no reply came, empty for a result.
    QString errorCode() const;
    QString describe() const; // for failure messages
};

struct Login {
    QByteArray token;
    qint64 tokenId = 0;
    QCborMap account;
};

class RawClient : public QObject {
    Q_OBJECT
public:
    explicit RawClient(QObject *parent = nullptr);

    bool open(const QUrl &url, int timeoutMs = 5000);
    void close();
    void abort();
    bool isConnected() const;
    bool waitDisconnected(int timeoutMs = 5000);
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket->closeCode(); }
    QWebSocket *socket() const { return m_socket; }

    // Sends a request and returns its id. Mutating requests get a fresh
    // random op unless one is given; `withoutOp` sends none at all.
    qint64 send(protocol::Request type, const QCborMap &body = {}, const QByteArray &op = {});
    qint64 sendWithoutOp(protocol::Request type, const QCborMap &body = {});
    void sendRaw(const QByteArray &bytes);
    void sendText(const QString &text);

    Reply waitReply(qint64 id, int timeoutMs = 10000);
    Reply request(protocol::Request type, const QCborMap &body = {}, const QByteArray &op = {},
                  int timeoutMs = 10000);

    // Protocol steps.
    bool hello();
    Reply salt(const QString &username);
    // auth.salt + deriveKeys + auth.login with the cost the server announces.
    Reply loginWithPassword(const QString &username, const QString &password, Login *out = nullptr);
    Reply loginWithKey(const QString &username, const QByteArray &loginKey, Login *out = nullptr);
    Reply authToken(const QByteArray &token);
    Reply sync(qint64 since);

    // Everything pushed without a request id: events, and error frames of id 0.
    const QList<protocol::Frame> &events() const { return m_events; }
    const QList<protocol::Frame> &pushedErrors() const { return m_pushedErrors; }
    // Transient events (seq 0): device online/offline, vote progress, speaking-time warnings.
    const QList<protocol::Frame> &transientEvents() const { return m_transient; }
    void clearEvents() { m_events.clear(); }
    bool waitForEvents(int count, int timeoutMs = 10000);
    bool waitForPushedErrors(int count, int timeoutMs = 5000);
    qint64 lastSeq() const { return m_events.isEmpty() ? 0 : m_events.last().seq; }
    int undecodable() const { return m_undecodable; }

    static QByteArray newOp() { return crypto::randomBytes(16); }

signals:
    void frameReceived(const council::protocol::Frame &frame);

private:
    void onBinary(const QByteArray &bytes);

    QWebSocket *m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, protocol::Frame> m_replies;
    QList<protocol::Frame> m_events;
    QList<protocol::Frame> m_pushedErrors;
    QList<protocol::Frame> m_transient;
    int m_undecodable = 0;
};

// Derives the login key for a password the way every client does.
QByteArray loginKeyFor(const QString &password, const QByteArray &salt, const crypto::KdfParams &params);

} // namespace council::testing
