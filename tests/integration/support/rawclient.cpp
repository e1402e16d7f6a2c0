#include "rawclient.h"

#include <QCborArray>
#include <QTest>

namespace council::testing {

using protocol::Frame;
using protocol::FrameKind;
using protocol::Request;

QString Reply::errorCode() const {
    if (!frame)
        return QStringLiteral("timeout");
    if (frame->kind != FrameKind::Error)
        return {};
    return frame->body.value(QStringLiteral("code")).toString();
}

QString Reply::describe() const {
    if (!frame)
        return QStringLiteral("no reply");
    const QString what = frame->kind == FrameKind::Error ? QStringLiteral("error") : QStringLiteral("result");
    return QStringLiteral("%1 type %2 id %3: %4")
        .arg(what)
        .arg(frame->type)
        .arg(frame->id)
        .arg(QCborValue(frame->body).toDiagnosticNotation());
}

QByteArray loginKeyFor(const QString &password, const QByteArray &salt, const crypto::KdfParams &params) {
    return crypto::deriveKeys(password, salt, params).loginKey;
}

RawClient::RawClient(QObject *parent)
    : QObject(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this)) {
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &RawClient::onBinary);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) { ++m_undecodable; });
}

bool RawClient::open(const QUrl &url, int timeoutMs) {
    m_socket->open(url);
    return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void RawClient::close() {
    m_socket->close();
}

void RawClient::abort() {
    m_socket->abort();
}

bool RawClient::isConnected() const {
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawClient::waitDisconnected(int timeoutMs) {
    return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

qint64 RawClient::send(Request type, const QCborMap &body, const QByteArray &op) {
    const qint64 id = m_nextId++;
    QByteArray useOp = op;
    if (useOp.isEmpty() && protocol::isMutating(type))
        useOp = newOp();
    m_socket->sendBinaryMessage(Frame::request(type, id, body, useOp).encode());
    return id;
}

qint64 RawClient::sendWithoutOp(Request type, const QCborMap &body) {
    const qint64 id = m_nextId++;
    m_socket->sendBinaryMessage(Frame::request(type, id, body).encode());
    return id;
}

void RawClient::sendRaw(const QByteArray &bytes) {
    m_socket->sendBinaryMessage(bytes);
}

void RawClient::sendText(const QString &text) {
    m_socket->sendTextMessage(text);
}

Reply RawClient::waitReply(qint64 id, int timeoutMs) {
    (void)QTest::qWaitFor([&] { return m_replies.contains(id) || !isConnected(); }, timeoutMs);
    // A reply may have arrived together with the close.
    if (m_replies.contains(id))
        return {m_replies.take(id)};
    return {};
}

Reply RawClient::request(Request type, const QCborMap &body, const QByteArray &op, int timeoutMs) {
    return waitReply(send(type, body, op), timeoutMs);
}

bool RawClient::hello() {
    QCborMap body;
    body.insert(QStringLiteral("versions"), QCborArray{protocol::kProtocolVersion});
    body.insert(QStringLiteral("client"), QStringLiteral("council-integration-tests"));
    const Reply r = request(Request::Hello, body);
    return r.ok() && r.value(QStringLiteral("version")).toInteger() == protocol::kProtocolVersion;
}

Reply RawClient::salt(const QString &username) {
    QCborMap body;
    body.insert(QStringLiteral("username"), username);
    return request(Request::AuthSalt, body);
}

Reply RawClient::loginWithPassword(const QString &username, const QString &password, Login *out) {
    const Reply s = salt(username);
    if (!s.ok())
        return s;
    const crypto::KdfParams params{s.value(QStringLiteral("ops")).toInteger(),
                                   s.value(QStringLiteral("mem")).toInteger()};
    const QByteArray key = loginKeyFor(password, s.value(QStringLiteral("salt")).toByteArray(), params);
    return loginWithKey(username, key, out);
}

Reply RawClient::loginWithKey(const QString &username, const QByteArray &loginKey, Login *out) {
    QCborMap body;
    body.insert(QStringLiteral("username"), username);
    body.insert(QStringLiteral("loginKey"), loginKey);
    body.insert(QStringLiteral("device"), QStringLiteral("integration test"));
    const Reply r = request(Request::AuthLogin, body, {}, 20000);
    if (r.ok() && out) {
        out->token = r.value(QStringLiteral("token")).toByteArray();
        out->tokenId = r.value(QStringLiteral("tokenId")).toInteger();
        out->account = r.map(QStringLiteral("account"));
    }
    return r;
}

Reply RawClient::authToken(const QByteArray &token) {
    QCborMap body;
    body.insert(QStringLiteral("token"), token);
    return request(Request::AuthToken, body);
}

Reply RawClient::sync(qint64 since) {
    QCborMap body;
    body.insert(QStringLiteral("since"), since);
    return request(Request::Sync, body);
}

bool RawClient::waitForEvents(int count, int timeoutMs) {
    return QTest::qWaitFor([&] { return m_events.size() >= count; }, timeoutMs);
}

bool RawClient::waitForPushedErrors(int count, int timeoutMs) {
    return QTest::qWaitFor([&] { return m_pushedErrors.size() >= count; }, timeoutMs);
}

void RawClient::onBinary(const QByteArray &bytes) {
    const protocol::DecodeResult decoded = protocol::decodeFrame(bytes);
    if (!decoded.frame) {
        ++m_undecodable;
        return;
    }
    const Frame &f = *decoded.frame;
    if (f.kind == FrameKind::Event && f.seq == 0)
        m_transient.append(f); // not logged, not replayed: kept apart from the sequence
    else if (f.kind == FrameKind::Event)
        m_events.append(f);
    else if (f.kind == FrameKind::Error && f.id == 0)
        m_pushedErrors.append(f);
    else
        m_replies.insert(f.id, f);
    emit frameReceived(f);
}

} // namespace council::testing
