#include "serverconnection.h"

#include "crypto/sodium.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <map>
#include <vector>

namespace council::client {

using protocol::Frame;
using protocol::FrameKind;
using protocol::Request;

namespace {

std::atomic<bool> g_english{false};

constexpr int kMinBackoffMs = 250;
constexpr int kMaxBackoffMs = 15000;
constexpr int kOpIdBytes = 16;
constexpr quint64 kMaxIncomingMessage = 64 * 1024 * 1024; // a full snapshot of a large body fits
constexpr int kCloseTokenRevoked = 4001;

QString codeOf(const QCborMap &errorBody) {
    return errorBody.value(QStringLiteral("code")).toString();
}

} // namespace

void Reply::setUiLanguage(const QString &languageTag) {
    g_english = languageTag.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
}

void Reply::setUiLanguage(const QLocale &locale) {
    g_english = locale.language() == QLocale::English;
}

QString Reply::uiLanguage() {
    return g_english ? QStringLiteral("en") : QStringLiteral("vi");
}

QString Reply::messageFor(const QCborMap &errorBody) {
    const QString vi = errorBody.value(QStringLiteral("vi")).toString();
    const QString en = errorBody.value(QStringLiteral("en")).toString();
    const QString &preferred = g_english ? en : vi;
    const QString &other = g_english ? vi : en;
    if (!preferred.isEmpty())
        return preferred;
    if (!other.isEmpty())
        return other;
    return codeOf(errorBody);
}

Reply Reply::fromError(const QCborMap &errorBody) {
    Reply r;
    r.ok = false;
    r.body = errorBody;
    r.errorCode = codeOf(errorBody);
    if (r.errorCode.isEmpty())
        r.errorCode = QStringLiteral("internal");
    r.errorMessage = messageFor(errorBody);
    return r;
}

struct ServerConnection::Private {
    struct Pending {
        Request type = Request::Hello;
        QCborMap body;
        QByteArray op;
        Callback callback;
        bool internal = false; // handshake steps belong to one connection and are never resent
        bool sent = false;
    };

    explicit Private(ServerConnection *owner)
        : q(owner) {}

    ServerConnection *q;
    QUrl url;
    QByteArray token;
    qint64 tokenId = 0;
    QString clientName;
    bool autoReconnect = true;
    bool syncEnabled = true;
    qint64 lastSeq = 0;
    State state = State::Disconnected;

    QWebSocket *socket = nullptr;
    // Counts connection attempts, so that late results (Argon2, timers) of
    // an earlier attempt cannot act on a newer connection.
    quint64 generation = 0;
    bool wanted = false;    // open()/login() was called and neither close() nor an auth failure followed
    bool loggedOut = false; // our own auth.logout succeeded: the token_revoked that follows is expected
    QTimer *reconnectTimer = nullptr;
    QTimer *connectTimer = nullptr;
    int attempt = 0;

    // Login by password; cleared once a token is obtained.
    bool loginMode = false;
    QString username;
    QString password;
    QString device;
    // The last derived login key and what it was derived from: a reconnect
    // during login must not pay Argon2 again.
    QByteArray keySalt;
    crypto::KdfParams keyParams;
    QByteArray loginKey;

    qint64 nextId = 1;
    std::map<qint64, Pending> pending; // ordered by id, so resends keep the user's order

    void setState(State s) {
        if (state == s)
            return;
        state = s;
        emit q->stateChanged();
    }

    void connectNow() {
        detachSocket();
        ++generation;
        setState(State::Connecting);
        socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
        socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessage);
        socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessage);
        QWebSocket *sock = socket;
        QObject::connect(sock, &QWebSocket::connected, q, [this, sock] {
            if (sock == socket)
                sendHello();
        });
        QObject::connect(sock, &QWebSocket::disconnected, q, [this, sock] {
            // A refused connect reports "disconnected" before "error": prefer the socket's reason.
            QString reason = sock->closeReason();
            if (sock->error() != QAbstractSocket::UnknownSocketError)
                reason = sock->errorString();
            linkDown(sock, reason.isEmpty() ? QStringLiteral("connection closed") : reason);
        });
        QObject::connect(sock, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), q,
                         [this, sock](QAbstractSocket::SocketError) { linkDown(sock, sock->errorString()); });
        QObject::connect(sock, &QWebSocket::binaryMessageReceived, q, [this, sock](const QByteArray &bytes) {
            if (sock == socket)
                onMessage(bytes);
        });
        connectTimer->start();
        socket->open(url);
    }

    // Forgets the current socket without triggering a reconnect.
    void detachSocket() {
        if (!socket)
            return;
        QWebSocket *sock = socket;
        socket = nullptr;
        sock->disconnect(q);
        sock->abort();
        sock->deleteLater();
    }

    void linkDown(QWebSocket *sock, const QString &reason) {
        if (sock != socket)
            return;
        const bool revoked = sock->closeCode() == kCloseTokenRevoked;
        detachSocket();
        connectTimer->stop();
        // Handshake steps die with their connection; the user's requests wait
        // for the next one and go out again with the same op id.
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->second.internal) {
                it = pending.erase(it);
            } else {
                it->second.sent = false;
                ++it;
            }
        }
        setState(State::Disconnected);
        if (revoked && completeLogoutByRevocation())
            return;
        if (revoked && wanted && !loggedOut) {
            wanted = false;
            const Reply r = Reply::fromError(protocol::Error{protocol::ErrorCode::TokenRevoked, {}}.toCbor());
            emit q->authFailed(r.errorCode, r.errorMessage);
            return;
        }
        if (wanted)
            emit q->errorOccurred(reason);
        if (wanted && autoReconnect)
            scheduleReconnect();
    }

    void scheduleReconnect() {
        const int base = std::min(kMaxBackoffMs, kMinBackoffMs << std::min(attempt, 10));
        // ±30 % jitter keeps a hall full of clients from reconnecting in lockstep after a restart.
        const double factor = 0.7 + 0.6 * QRandomGenerator::global()->generateDouble();
        ++attempt;
        reconnectTimer->start(std::max(1, static_cast<int>(base * factor)));
    }

    void send(qint64 id, Pending &p) {
        p.sent = true;
        socket->sendBinaryMessage(Frame::request(p.type, id, p.body, p.op).encode());
    }

    void internalRequest(Request type, const QCborMap &body, Callback callback) {
        const qint64 id = nextId++;
        Pending p;
        p.type = type;
        p.body = body;
        p.callback = std::move(callback);
        p.internal = true;
        if (protocol::isMutating(type))
            p.op = crypto::randomBytes(kOpIdBytes);
        auto [it, inserted] = pending.emplace(id, std::move(p));
        Q_UNUSED(inserted)
        send(id, it->second);
    }

    // Wraps a handshake callback so that a reply to an old connection is dropped.
    Callback guarded(std::function<void(const Reply &)> f) {
        const quint64 gen = generation;
        return [this, gen, f = std::move(f)](const Reply &r) {
            if (gen == generation && socket)
                f(r);
        };
    }

    void sendHello() {
        QCborMap body;
        body.insert(QStringLiteral("versions"), QCborArray{protocol::kProtocolVersion});
        body.insert(QStringLiteral("client"), clientName);
        internalRequest(Request::Hello, body, guarded([this](const Reply &r) {
                            connectTimer->stop();
                            if (!r.ok) {
                                // No common version: retrying cannot help.
                                wanted = false;
                                emit q->errorOccurred(r.errorMessage);
                                detachSocket();
                                setState(State::Disconnected);
                                return;
                            }
                            startAuth();
                        }));
    }

    void startAuth() {
        setState(State::Authenticating);
        if (loginMode && token.isEmpty()) {
            QCborMap body;
            body.insert(QStringLiteral("username"), username);
            internalRequest(Request::AuthSalt, body, guarded([this](const Reply &r) { onSalt(r); }));
            return;
        }
        QCborMap body;
        body.insert(QStringLiteral("token"), token);
        internalRequest(Request::AuthToken, body, guarded([this](const Reply &r) {
                            if (!r.ok)
                                return failAuth(r);
                            tokenId = r.body.value(QStringLiteral("tokenId")).toInteger();
                            afterAuth(r.body.value(QStringLiteral("account")).toMap());
                        }));
    }

    void onSalt(const Reply &r) {
        if (!r.ok)
            return failAuth(r);
        const QByteArray salt = r.body.value(QStringLiteral("salt")).toByteArray();
        crypto::KdfParams params;
        params.opsLimit = r.body.value(QStringLiteral("ops")).toInteger();
        params.memLimit = r.body.value(QStringLiteral("mem")).toInteger();
        if (salt.size() != crypto::kSaltBytes || !params.isValid()) {
            // A server asking for absurd Argon2 costs could pin the device: refuse.
            wanted = false;
            emit q->errorOccurred(QStringLiteral("server sent unusable password parameters"));
            detachSocket();
            setState(State::Disconnected);
            return;
        }
        if (!loginKey.isEmpty() && salt == keySalt && params.opsLimit == keyParams.opsLimit &&
            params.memLimit == keyParams.memLimit)
            return sendLogin();
        // Argon2id takes ~100 ms to seconds: never on the event thread.
        auto *watcher = new QFutureWatcher<crypto::DerivedKeys>(q);
        const quint64 gen = generation;
        QObject::connect(watcher, &QFutureWatcher<crypto::DerivedKeys>::finished, q,
                         [this, watcher, gen, salt, params] {
                             const crypto::DerivedKeys keys = watcher->result();
                             watcher->deleteLater();
                             if (!keys.ok) {
                                 wanted = false;
                                 emit q->errorOccurred(QStringLiteral("password key derivation failed"));
                                 detachSocket();
                                 setState(State::Disconnected);
                                 return;
                             }
                             keySalt = salt;
                             keyParams = params;
                             loginKey = keys.loginKey;
                             if (gen == generation && socket && loginMode)
                                 sendLogin();
                         });
        watcher->setFuture(QtConcurrent::run(crypto::deriveKeys, password, salt, params));
    }

    void sendLogin() {
        QCborMap body;
        body.insert(QStringLiteral("username"), username);
        body.insert(QStringLiteral("loginKey"), loginKey);
        body.insert(QStringLiteral("device"), device);
        internalRequest(Request::AuthLogin, body, guarded([this](const Reply &r) {
                            if (!r.ok)
                                return failAuth(r);
                            token = r.body.value(QStringLiteral("token")).toByteArray();
                            tokenId = r.body.value(QStringLiteral("tokenId")).toInteger();
                            // From now on this connection is a token holder: reconnects use
                            // the token, and the password is not kept in memory any longer.
                            loginMode = false;
                            password.fill(QChar(0));
                            password.clear();
                            loginKey.fill('\0');
                            loginKey.clear();
                            const QCborMap account = r.body.value(QStringLiteral("account")).toMap();
                            emit q->loggedIn(token, account);
                            afterAuth(account);
                        }));
    }

    void failAuth(const Reply &r) {
        wanted = false;
        reconnectTimer->stop();
        detachSocket();
        setState(State::Disconnected);
        emit q->authFailed(r.errorCode, r.errorMessage);
    }

    void afterAuth(const QCborMap &account) {
        emit q->authenticated(account);
        if (!syncEnabled)
            return goOnline();
        setState(State::Syncing);
        QCborMap body;
        body.insert(QStringLiteral("since"), lastSeq);
        internalRequest(Request::Sync, body, guarded([this](const Reply &r) {
                            if (!r.ok) {
                                emit q->errorOccurred(r.errorMessage);
                                return goOnline(); // requests still work without events
                            }
                            if (r.body.value(QStringLiteral("snapshot")).toBool()) {
                                const qint64 head = r.body.value(QStringLiteral("seq")).toInteger();
                                // The snapshot replaces everything, also after a server restore
                                // that moved the head backwards.
                                lastSeq = head;
                                emit q->lastSeqChanged();
                                emit q->snapshotReceived(r.body.value(QStringLiteral("state")).toMap(), head);
                            }
                            // Replayed events follow this reply; lastSeq moves as they arrive.
                            goOnline();
                        }));
    }

    void goOnline() {
        attempt = 0;
        setState(State::Online);
        for (auto &[id, p] : pending) {
            if (!p.sent && !p.internal && socket)
                send(id, p);
        }
        emit q->online();
    }

    void onMessage(const QByteArray &bytes) {
        const protocol::DecodeResult decoded = protocol::decodeFrame(bytes);
        if (!decoded.frame) {
            emit q->errorOccurred(QStringLiteral("bad frame from server: %1").arg(decoded.problem));
            return;
        }
        const Frame &f = *decoded.frame;
        switch (f.kind) {
        case FrameKind::Event:
            if (f.seq == 0) {
                emit q->eventReceived(f); // transient: not logged, never a resume point
                return;
            }
            if (f.seq <= lastSeq)
                return; // already seen (a replay overlapping what we had)
            lastSeq = f.seq;
            emit q->lastSeqChanged();
            emit q->eventReceived(f);
            return;
        case FrameKind::Result:
        case FrameKind::Error:
            break;
        case FrameKind::Request:
            return; // servers do not send requests in version 1
        }
        if (f.kind == FrameKind::Error && f.id == 0)
            return onConnectionError(f.body);
        auto it = pending.find(f.id);
        if (it == pending.end())
            return; // a reply to a request of an older connection that we already answered
        Pending p = std::move(it->second);
        pending.erase(it);
        Reply r;
        if (f.kind == FrameKind::Result) {
            r.ok = true;
            r.body = f.body;
        } else {
            r = Reply::fromError(f.body);
        }
        if (p.type == Request::AuthLogout && r.ok && !p.internal) {
            loggedOut = true;
            wanted = false;
            token.clear();
        }
        if (p.callback)
            p.callback(r);
    }

    // The server may announce the revocation (and close the link) before it
    // answers our own auth.logout. The revocation is what logout asked for,
    // so the waiting request is completed as a success instead of hanging.
    bool completeLogoutByRevocation() {
        for (auto it = pending.begin(); it != pending.end(); ++it) {
            if (it->second.internal || !it->second.sent || it->second.type != Request::AuthLogout)
                continue;
            Pending p = std::move(it->second);
            pending.erase(it);
            loggedOut = true;
            wanted = false;
            token.clear();
            Reply r;
            r.ok = true;
            if (p.callback)
                p.callback(r);
            return true;
        }
        return false;
    }

    void onConnectionError(const QCborMap &body) {
        const Reply r = Reply::fromError(body);
        if (r.errorCode == protocol::errorWireCode(protocol::ErrorCode::TokenRevoked)) {
            if (loggedOut || completeLogoutByRevocation())
                return;
            return failAuth(r);
        }
        emit q->errorOccurred(r.errorMessage);
    }
};

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this)) {
    crypto::initialize();
    d->clientName = QCoreApplication::applicationName();
    if (!QCoreApplication::applicationVersion().isEmpty())
        d->clientName += QLatin1Char('/') + QCoreApplication::applicationVersion();
    if (d->clientName.isEmpty())
        d->clientName = QStringLiteral("council-client");
    d->reconnectTimer = new QTimer(this);
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, [this] {
        if (d->wanted)
            d->connectNow();
    });
    d->connectTimer = new QTimer(this);
    d->connectTimer->setSingleShot(true);
    d->connectTimer->setInterval(10000);
    connect(d->connectTimer, &QTimer::timeout, this, [this] {
        if (d->socket)
            d->linkDown(d->socket, QStringLiteral("timed out connecting to %1").arg(d->url.toString()));
    });
}

ServerConnection::~ServerConnection() {
    // The socket is our child; detach first so its last signals find no handler.
    d->wanted = false;
    d->detachSocket();
}

void ServerConnection::setServerUrl(const QUrl &url) {
    d->url = url;
}

QUrl ServerConnection::serverUrl() const {
    return d->url;
}

void ServerConnection::setToken(const QByteArray &token) {
    d->token = token;
}

QByteArray ServerConnection::token() const {
    return d->token;
}

qint64 ServerConnection::tokenId() const {
    return d->tokenId;
}

void ServerConnection::setAutoReconnect(bool on) {
    d->autoReconnect = on;
    if (!on)
        d->reconnectTimer->stop();
}

void ServerConnection::setSyncEnabled(bool on) {
    d->syncEnabled = on;
}

void ServerConnection::setLastSeq(qint64 seq) {
    if (d->lastSeq == seq)
        return;
    d->lastSeq = seq;
    emit lastSeqChanged();
}

qint64 ServerConnection::lastSeq() const {
    return d->lastSeq;
}

ServerConnection::State ServerConnection::state() const {
    return d->state;
}

void ServerConnection::setClientName(const QString &name) {
    d->clientName = name;
}

void ServerConnection::setConnectTimeout(int ms) {
    d->connectTimer->setInterval(ms);
}

void ServerConnection::open() {
    d->wanted = true;
    d->loggedOut = false;
    d->loginMode = false;
    d->attempt = 0;
    d->reconnectTimer->stop();
    d->connectNow();
}

void ServerConnection::login(const QString &username, const QString &password, const QString &deviceName) {
    d->wanted = true;
    d->loggedOut = false;
    d->loginMode = true;
    d->token.clear();
    d->username = username;
    d->password = password;
    d->device = deviceName;
    d->loginKey.clear();
    d->attempt = 0;
    d->reconnectTimer->stop();
    d->connectNow();
}

void ServerConnection::close() {
    d->wanted = false;
    d->reconnectTimer->stop();
    d->connectTimer->stop();
    if (d->socket) {
        d->socket->close();
        d->detachSocket();
    }
    for (auto it = d->pending.begin(); it != d->pending.end();) {
        if (it->second.internal) {
            it = d->pending.erase(it);
        } else {
            it->second.sent = false;
            ++it;
        }
    }
    d->setState(State::Disconnected);
}

qint64 ServerConnection::request(protocol::Request type, const QCborMap &body, Callback callback,
                                 const QByteArray &opId) {
    const qint64 id = d->nextId++;
    Private::Pending p;
    p.type = type;
    p.body = body;
    p.callback = std::move(callback);
    if (protocol::isMutating(type))
        p.op = opId.isEmpty() ? crypto::randomBytes(kOpIdBytes) : opId;
    auto [it, inserted] = d->pending.emplace(id, std::move(p));
    Q_UNUSED(inserted)
    if (d->state == State::Online && d->socket)
        d->send(id, it->second);
    return id;
}

void ServerConnection::cancelPending() {
    QCborMap error;
    error.insert(QStringLiteral("code"), QStringLiteral("cancelled"));
    error.insert(QStringLiteral("vi"), QStringLiteral("Yêu cầu đã bị hủy do đăng nhập lại."));
    error.insert(QStringLiteral("en"), QStringLiteral("The request was cancelled by a new login."));
    const Reply cancelled = Reply::fromError(error);
    std::vector<Callback> callbacks;
    for (auto it = d->pending.begin(); it != d->pending.end();) {
        if (it->second.internal) {
            ++it;
            continue;
        }
        callbacks.push_back(std::move(it->second.callback));
        it = d->pending.erase(it);
    }
    // Called after the map is consistent: a callback may send a new request.
    for (const Callback &callback : callbacks) {
        if (callback)
            callback(cancelled);
    }
}

int ServerConnection::pendingCount() const {
    return static_cast<int>(std::count_if(d->pending.begin(), d->pending.end(),
                                          [](const auto &entry) { return !entry.second.internal; }));
}

} // namespace council::client
