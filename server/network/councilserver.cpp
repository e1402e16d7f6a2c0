#include "councilserver.h"

#include "services/snapshot.h"

#include <QCborValue>
#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcServer, "council.server")

namespace council::server {

using protocol::ErrorCode;
using protocol::Frame;
using protocol::FrameKind;
using protocol::Request;

namespace {
constexpr quint16 kCloseRevoked = 4001;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

CouncilServer::CouncilServer(Database &db, ServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_limits(limits)
    , m_log(db)
    , m_access(std::make_unique<Access>(db))
    , m_commits(new CommitQueue(db, m_log, this))
    , m_blobs(QFileInfo(db.path()).absolutePath())
    , m_replay(limits.replayWindow)
    , m_tcp(new QTcpServer(this))
    , m_server(
          new QWebSocketServer(QStringLiteral("council-server"), QWebSocketServer::NonSecureMode, this)) {
    m_log.load();
    m_accounts = std::make_unique<AccountService>(context());
    m_bodies = std::make_unique<BodyService>(context());
    m_sessions = std::make_unique<SessionService>(context());
    m_attendance = std::make_unique<AttendanceService>(context());
    m_votes = new VoteService(context(), *m_attendance, this);
    m_speakers = new SpeakerService(context(), this);
    DocumentIntake::Limits intakeLimits;
    intakeLimits.maxUploadBytes = m_limits.maxUploadBytes;
    m_intake = new DocumentIntake(QFileInfo(db.path()).absolutePath(), m_blobs, intakeLimits, this);
    m_trust = std::make_unique<TrustService>(context());
    m_documents = std::make_unique<DocumentService>(context(), *m_trust, m_blobs);
    m_hall = std::make_unique<HallService>(context());
    loadReplayBuffer();
    m_votes->restoreTimers();
    connect(m_commits, &CommitQueue::eventsCommitted, this, &CouncilServer::onEventsCommitted);
    connect(m_commits, &CommitQueue::turnCommitted, this, &CouncilServer::afterTurnCommitted);
    connect(m_commits, &CommitQueue::transientEvent, this, &CouncilServer::broadcastTransient);
    // Our own listening socket: QWebSocketServer cannot set the listen backlog,
    // and its default of 50 turns a reconnect storm into SYN retries of seconds.
    m_tcp->setListenBacklogSize(m_limits.maxPendingConnections);
    m_tcp->setMaxPendingConnections(m_limits.maxPendingConnections);
    m_server->setMaxPendingConnections(m_limits.maxPendingConnections);
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection())
            m_server->handleConnection(socket);
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &CouncilServer::onNewConnection);
    m_pingTimer.setInterval(m_limits.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &CouncilServer::pingAll);
    m_pingTimer.start();
    m_housekeeping.setInterval(60000);
    connect(&m_housekeeping, &QTimer::timeout, this, [this] {
        m_commits->run([this] {
            m_accounts->flushLastUsed();
            return Outcome::ok();
        });
        m_intake->removeStaleUploads();
    });
    m_housekeeping.start();
}

CouncilServer::~CouncilServer() {
    // Close peers while this object is whole: a socket's last signals must not
    // reach a half-destroyed server.
    const QList<Connection *> peers = m_connections;
    m_connections.clear();
    for (Connection *c : peers) {
        c->socket()->disconnect();
        c->socket()->abort();
        delete c;
    }
    m_commits->run([this] {
        m_accounts->flushLastUsed();
        return Outcome::ok();
    });
    m_commits->commitNow();
}

bool CouncilServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    if (m_tcp->listen(address, port))
        return true;
    if (error)
        *error = m_tcp->errorString();
    return false;
}

QUrl CouncilServer::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

void CouncilServer::loadReplayBuffer() {
    const qint64 head = m_log.headSeq();
    const qint64 from = std::max<qint64>(0, head - m_limits.replayWindow);
    m_replay.setStart(from);
    qint64 after = from;
    for (;;) {
        const QList<crypto::AuditEntry> entries = m_log.read(after, 1000);
        if (entries.isEmpty())
            break;
        for (const crypto::AuditEntry &e : entries) {
            after = e.seq;
            const auto type = protocol::eventFromCode(e.type);
            if (!type)
                continue;
            const QCborMap body = QCborValue::fromCbor(e.payload).toMap();
            m_replay.append({e.seq, e.bodyId, e.audience, Frame::event(*type, e.seq, body).encode()});
        }
    }
}

void CouncilServer::onNewConnection() {
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // Limits first, before a single frame of this peer is read.
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxIncomingMessage));
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxIncomingMessage));
        auto *c = new Connection(socket, m_limits.maxOutgoingBuffer, this);
        c->documentGroups = &m_documents->groupAudiences();
        m_connections.append(c);
        connect(socket, &QWebSocket::binaryMessageReceived, c,
                [this, c](const QByteArray &b) { onBinaryMessage(c, b); });
        connect(socket, &QWebSocket::textMessageReceived, c, [this, c](const QString &) {
            c->lastActivityMs = nowMs();
            c->send(
                Frame::error(
                    0, 0, {ErrorCode::BadFrame, QStringLiteral("text messages are not part of the protocol")})
                    .encode());
        });
        connect(socket, &QWebSocket::pong, c,
                [c](quint64, const QByteArray &) { c->lastActivityMs = nowMs(); });
        connect(socket, &QWebSocket::disconnected, c, [this, c] {
            // A dropped device does not make its delegate absent; the secretariat sees it go offline.
            if (c->countedOnline) {
                c->countedOnline = false;
                m_attendance->setOnline(c->caller.accountId, false);
            }
            m_connections.removeOne(c);
            c->deleteLater();
        });
    }
}

void CouncilServer::onBinaryMessage(Connection *c, const QByteArray &bytes) {
    c->lastActivityMs = nowMs();
    if (c->isClosing())
        return;
    if (c->busy) {
        if (c->queued.size() >= m_limits.maxQueuedWhileBusy) {
            c->closeWith(quint16(QWebSocketProtocol::CloseCodePolicyViolated),
                         QStringLiteral("too many requests in flight"));
            return;
        }
        c->queued.append(bytes);
        return;
    }
    handleFrame(c, bytes);
}

void CouncilServer::drainQueue(Connection *c) {
    while (!c->busy && !c->queued.isEmpty() && !c->isClosing())
        handleFrame(c, c->queued.takeFirst());
}

void CouncilServer::handleFrame(Connection *c, const QByteArray &bytes) {
    const protocol::DecodeResult decoded = protocol::decodeFrame(bytes);
    if (!decoded.frame) {
        c->send(Frame::error(0, 0, {ErrorCode::BadFrame, decoded.problem}).encode());
        return;
    }
    const Frame &frame = *decoded.frame;
    if (frame.kind != FrameKind::Request) {
        c->send(Frame::error(frame.type, frame.id,
                             {ErrorCode::BadFrame, QStringLiteral("clients send requests only")})
                    .encode());
        return;
    }
    const auto type = protocol::requestFromCode(frame.type);
    if (!type) {
        c->send(Frame::error(frame.type, frame.id,
                             {ErrorCode::UnknownType, QStringLiteral("type %1").arg(frame.type)})
                    .encode());
        return;
    }
    if (!c->helloDone && *type != Request::Hello) {
        reply(c, frame, Outcome::fail(ErrorCode::HelloRequired));
        return;
    }
    const bool open = *type == Request::Hello || *type == Request::AuthSalt || *type == Request::AuthLogin ||
                      *type == Request::AuthToken || *type == Request::Ping;
    if (!open && !c->caller.isAuthenticated()) {
        reply(c, frame, Outcome::fail(ErrorCode::AuthRequired));
        return;
    }
    if (protocol::isMutating(*type) && frame.op.isEmpty()) {
        reply(c, frame, Outcome::fail(ErrorCode::OperationIdRequired));
        return;
    }
    dispatch(c, *type, frame);
}

void CouncilServer::reply(Connection *c, const Frame &request, const Outcome &outcome) {
    if (outcome.isOk())
        c->send(Frame::result(request.type, request.id, outcome.body).encode());
    else
        c->send(Frame::error(request.type, request.id, *outcome.error).encode());
}

void CouncilServer::runMutation(Connection *c, const Frame &frame, const std::function<Outcome()> &change,
                                bool rememberOp) {
    const qint64 account = c->caller.accountId;
    if (!rememberOp) {
        const Outcome out = m_commits->run(change);
        QPointer<Connection> guard(c);
        m_commits->afterCommit([this, guard, frame, out](bool committed) {
            if (guard)
                reply(guard, frame,
                      committed ? out : Outcome::fail(ErrorCode::Internal, QStringLiteral("commit failed")));
        });
        return;
    }
    // A resend of an operation already applied gets the first reply again.
    QSqlQuery seen = m_db.query(
        QStringLiteral("SELECT reply FROM applied_ops WHERE account_id = ? AND op = ?"), {account, frame.op});
    if (seen.next()) {
        const Outcome again = Outcome::ok(QCborValue::fromCbor(seen.value(0).toByteArray()).toMap());
        QPointer<Connection> guard(c);
        m_commits->afterCommit([this, guard, frame, again](bool) {
            if (guard)
                reply(guard, frame, again);
        });
        return;
    }
    const Outcome out = m_commits->run([&]() -> Outcome {
        Outcome o = change();
        if (o.isOk() &&
            !m_db.exec(QStringLiteral(
                           "INSERT INTO applied_ops(account_id, op, type, reply, at) VALUES (?, ?, ?, ?, ?)"),
                       {account, frame.op, frame.type, o.body.toCborValue().toCbor(), nowMs()}))
            return Outcome::fail(ErrorCode::Internal, m_db.lastError());
        return o;
    });
    QPointer<Connection> guard(c);
    m_commits->afterCommit([this, guard, frame, out](bool committed) {
        if (!guard)
            return;
        reply(guard, frame,
              committed ? out : Outcome::fail(ErrorCode::Internal, QStringLiteral("commit failed")));
    });
}

void CouncilServer::runDeferred(Connection *c, const Frame &frame, Deferred deferred, bool mutating,
                                std::function<void(const Outcome &)> onDone) {
    if (auto *immediate = std::get_if<Outcome>(&deferred)) {
        reply(c, frame, *immediate);
        return;
    }
    if (mutating) {
        QSqlQuery seen =
            m_db.query(QStringLiteral("SELECT reply FROM applied_ops WHERE account_id = ? AND op = ?"),
                       {c->caller.accountId, frame.op});
        if (seen.next()) {
            reply(c, frame, Outcome::ok(QCborValue::fromCbor(seen.value(0).toByteArray()).toMap()));
            return;
        }
    }
    AsyncStep step = std::get<AsyncStep>(std::move(deferred));
    c->busy = true;
    auto *watcher = new QFutureWatcher<QVariant>(c);
    QPointer<Connection> guard(c);
    connect(watcher, &QFutureWatcher<QVariant>::finished, this, [=, this] {
        watcher->deleteLater();
        if (!guard || guard->isClosing())
            return; // the peer left: nothing was changed, a resend starts over
        const QVariant result = watcher->result();
        if (mutating) {
            runMutation(guard, frame, [&] { return step.finish(result); });
            m_commits->afterCommit([=, this](bool) {
                if (!guard)
                    return;
                guard->busy = false;
                drainQueue(guard);
            });
            return;
        }
        Outcome out = m_commits->run([&] { return step.finish(result); });
        m_commits->afterCommit([=, this](bool committed) {
            if (!guard)
                return;
            const Outcome final = committed ? out : Outcome::fail(ErrorCode::Internal);
            if (onDone)
                onDone(final);
            reply(guard, frame, final);
            guard->busy = false;
            drainQueue(guard);
        });
    });
    watcher->setFuture(QtConcurrent::run(step.work));
}

void CouncilServer::runIntake(Connection *c, const Frame &frame, const QString &uploadId,
                              std::function<Outcome(const StoredDocument &)> apply) {
    const qint64 account = c->caller.accountId;
    // Applied before (a resend after the reply was lost): the same answer.
    QSqlQuery seen = m_db.query(
        QStringLiteral("SELECT reply FROM applied_ops WHERE account_id = ? AND op = ?"), {account, frame.op});
    if (seen.next()) {
        reply(c, frame, Outcome::ok(QCborValue::fromCbor(seen.value(0).toByteArray()).toMap()));
        return;
    }
    const QString key = QString::number(account) + QLatin1Char(':') + QString::fromLatin1(frame.op.toHex());
    auto running = m_intakesInFlight.find(key);
    if (running != m_intakesInFlight.end()) {
        running->append({c, frame});
        return;
    }
    if (auto e = m_intake->readyToFinish(account, uploadId)) {
        reply(c, frame, Outcome::fail(*e));
        return;
    }
    m_intakesInFlight.insert(key, {{c, frame}});
    m_intake->finish(account, uploadId, [this, key, account, apply](const DocumentIntake::Result &result) {
        const QList<IntakeWaiter> waiters = m_intakesInFlight.take(key);
        if (waiters.isEmpty())
            return;
        if (auto *e = std::get_if<protocol::Error>(&result)) {
            for (const IntakeWaiter &w : waiters)
                if (w.connection)
                    reply(w.connection, w.frame, Outcome::fail(*e));
            return;
        }
        const StoredDocument file = std::get<StoredDocument>(result);
        const Frame first = waiters.first().frame;
        const Outcome out = m_commits->run([&]() -> Outcome {
            Outcome o = apply(file);
            if (o.isOk() &&
                !m_db.exec(QStringLiteral("INSERT INTO applied_ops(account_id, op, type, reply, at)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {account, first.op, first.type, o.body.toCborValue().toCbor(), nowMs()}))
                return Outcome::fail(ErrorCode::Internal, m_db.lastError());
            return o;
        });
        m_commits->afterCommit([this, waiters, out](bool committed) {
            for (const IntakeWaiter &w : waiters)
                if (w.connection)
                    reply(w.connection, w.frame,
                          committed ? out
                                    : Outcome::fail(ErrorCode::Internal, QStringLiteral("commit failed")));
        });
    });
}

void CouncilServer::authenticated(Connection *c, const TokenIdentity &identity) {
    if (c->countedOnline)
        m_attendance->setOnline(c->caller.accountId, false);
    c->countedOnline = true;
    m_attendance->setOnline(identity.caller.accountId, true);
    c->caller = identity.caller;
    c->tokenId = identity.tokenId;
    refreshView(c);
}

void CouncilServer::refreshView(Connection *c) {
    const qint64 account = c->caller.accountId;
    c->bodies = m_access->bodiesOf(account);
    c->staffBodies = m_access->staffBodiesOf(account);
    c->groups = m_access->groupsOf(account);
}

void CouncilServer::sync(Connection *c, const Frame &frame) {
    FieldReader f(frame.body);
    const qint64 since = f.integer("since", false, 0);
    if (!f.ok()) {
        reply(c, frame, Outcome::fail(*f.error()));
        return;
    }
    const qint64 head = m_log.headSeq();
    QList<QByteArray> missed;
    bool snapshot = since == 0 || since > head || !m_replay.covers(since);
    if (!snapshot) {
        qint64 bytes = 0;
        for (const EncodedEvent &e : m_replay.events()) {
            if (e.seq <= since || !c->maySee(e.bodyId, e.audienceAccount))
                continue;
            missed.append(e.frame);
            bytes += e.frame.size();
            if (bytes > m_limits.maxReplayBytes) {
                snapshot = true; // a snapshot is smaller than this replay
                missed.clear();
                break;
            }
        }
    }
    QCborMap out;
    out.insert(QStringLiteral("snapshot"), snapshot);
    out.insert(QStringLiteral("seq"), head);
    if (snapshot) {
        QCborMap state = buildSnapshot(context(), c->caller);
        // Open votes with the caller's own ballots: a device back mid-vote shows exactly what it had.
        QList<qint64> bodyIds;
        for (const QCborValue &b : state.value(QStringLiteral("bodies")).toArray())
            bodyIds << b.toMap().value(QStringLiteral("id")).toInteger();
        const QCborArray votes = m_votes->openRoundsFor(bodyIds);
        QCborArray myBallots;
        for (const QCborValue &v : votes) {
            QCborMap req;
            req.insert(QStringLiteral("round"), v.toMap().value(QStringLiteral("id")));
            const Outcome got = m_votes->get(c->caller, req);
            if (got.isOk() && !got.body.value(QStringLiteral("myBallot")).isNull()) {
                QCborMap mine;
                mine.insert(QStringLiteral("round"), req.value(QStringLiteral("round")));
                mine.insert(QStringLiteral("choice"), got.body.value(QStringLiteral("myBallot")));
                myBallots.append(mine);
            }
        }
        state.insert(QStringLiteral("votes"), votes);
        state.insert(QStringLiteral("myBallots"), myBallots);
        out.insert(QStringLiteral("state"), state);
    }
    reply(c, frame, Outcome::ok(out));
    for (const QByteArray &e : missed)
        c->send(e);
    c->subscribed = true;
}

void CouncilServer::dispatch(Connection *c, Request type, const Frame &frame) {
    // Reads only ever see durable state, and replies keep their order.
    if (!protocol::isMutating(type) && m_commits->inTransaction())
        m_commits->commitNow();
    const Caller &who = c->caller;
    const QCborMap &b = frame.body;
    switch (type) {
    case Request::Hello: {
        bool common = false;
        for (const QCborValue &v : b.value(QStringLiteral("versions")).toArray())
            common = common || v.toInteger() == protocol::kProtocolVersion;
        if (!common) {
            reply(c, frame,
                  Outcome::fail(ErrorCode::VersionUnsupported,
                                QStringLiteral("server speaks version %1").arg(protocol::kProtocolVersion)));
            return;
        }
        c->helloDone = true;
        QCborMap out;
        out.insert(QStringLiteral("version"), protocol::kProtocolVersion);
        out.insert(QStringLiteral("server"),
                   QStringLiteral("council-server/%1").arg(QStringLiteral(PROJECT_VERSION)));
        out.insert(QStringLiteral("time"), nowMs());
        reply(c, frame, Outcome::ok(out));
        return;
    }
    case Request::AuthSalt:
        reply(c, frame, m_accounts->salt(b));
        return;
    case Request::AuthLogin: {
        auto identity = std::make_shared<TokenIdentity>();
        QPointer<Connection> guard(c);
        runDeferred(c, frame, m_accounts->login(b, identity.get()), false,
                    [this, guard, identity](const Outcome &o) {
                        if (guard && o.isOk())
                            authenticated(guard, *identity);
                    });
        return;
    }
    case Request::AuthToken: {
        TokenIdentity identity;
        const Outcome o = m_accounts->authenticateToken(b, &identity);
        if (o.isOk())
            authenticated(c, identity);
        reply(c, frame, o);
        return;
    }
    case Request::AuthLogout:
        runMutation(c, frame, [&] { return m_accounts->logout(who, c->tokenId); });
        return;
    case Request::Sync:
        sync(c, frame);
        return;
    case Request::Ping: {
        // Application-level keep-alive for clients that cannot send WebSocket pings.
        QCborMap out;
        out.insert(QStringLiteral("time"), nowMs());
        reply(c, frame, Outcome::ok(out));
        return;
    }
    case Request::Me:
        reply(c, frame, m_accounts->me(who));
        return;
    case Request::UserCreate:
        runDeferred(c, frame, m_accounts->createUser(who, b), true);
        return;
    case Request::UserList:
        reply(c, frame, m_accounts->listUsers(who));
        return;
    case Request::UserSetPassword:
        runDeferred(c, frame, m_accounts->setPassword(who, b), true);
        return;
    case Request::TokenList:
        reply(c, frame, m_accounts->listTokens(who, b));
        return;
    case Request::TokenRevoke:
        runMutation(c, frame, [&] { return m_accounts->revokeToken(who, b); });
        return;
    case Request::BodyCreate:
        runMutation(c, frame, [&] { return m_bodies->createBody(who, b); });
        return;
    case Request::BodyList:
        reply(c, frame, m_bodies->listBodies(who, b));
        return;
    case Request::BodyUpdate:
        runMutation(c, frame, [&] { return m_bodies->updateBody(who, b); });
        return;
    case Request::MemberAdd:
        runMutation(c, frame, [&] { return m_bodies->addMember(who, b); });
        return;
    case Request::MemberList:
        reply(c, frame, m_bodies->listMembers(who, b));
        return;
    case Request::MemberUpdate:
        runMutation(c, frame, [&] { return m_bodies->updateMember(who, b); });
        return;
    case Request::MemberRemove:
        runMutation(c, frame, [&] { return m_bodies->removeMember(who, b); });
        return;
    case Request::MemberImport:
        if (b.value(QStringLiteral("preview")).toBool()) {
            // A preview changes nothing: answered like a read, its op is not
            // remembered, so the real import that follows may use any op.
            if (m_commits->inTransaction())
                m_commits->commitNow();
            reply(c, frame, m_bodies->previewMembers(who, b));
            return;
        }
        runMutation(c, frame, [&] { return m_bodies->importMembers(who, b); });
        return;
    case Request::GroupCreate:
        runMutation(c, frame, [&] { return m_bodies->createGroup(who, b); });
        return;
    case Request::GroupList:
        reply(c, frame, m_bodies->listGroups(who, b));
        return;
    case Request::GroupRemove:
        runMutation(c, frame, [&] { return m_bodies->removeGroup(who, b); });
        return;
    case Request::SessionCreate:
        runMutation(c, frame, [&] { return m_sessions->createSession(who, b); });
        return;
    case Request::SessionList:
        reply(c, frame, m_sessions->listSessions(who, b));
        return;
    case Request::SessionGet:
        reply(c, frame, m_sessions->getSession(who, b));
        return;
    case Request::SessionUpdate:
        runMutation(c, frame, [&] { return m_sessions->updateSession(who, b); });
        return;
    case Request::SessionRemove:
        runMutation(c, frame, [&] { return m_sessions->removeSession(who, b); });
        return;
    case Request::SittingAdd:
        runMutation(c, frame, [&] { return m_sessions->addSitting(who, b); });
        return;
    case Request::SittingUpdate:
        runMutation(c, frame, [&] { return m_sessions->updateSitting(who, b); });
        return;
    case Request::SittingRemove:
        runMutation(c, frame, [&] { return m_sessions->removeSitting(who, b); });
        return;
    case Request::SittingOpen:
        runMutation(c, frame, [&] { return m_sessions->openSitting(who, b); });
        return;
    case Request::SittingClose:
        runMutation(c, frame, [&] { return m_sessions->closeSitting(who, b); });
        return;
    case Request::AgendaAdd:
        runMutation(c, frame, [&] { return m_sessions->addItem(who, b); });
        return;
    case Request::AgendaUpdate:
        runMutation(c, frame, [&] { return m_sessions->updateItem(who, b); });
        return;
    case Request::AgendaMove:
        runMutation(c, frame, [&] { return m_sessions->moveItem(who, b); });
        return;
    case Request::AgendaRemove:
        runMutation(c, frame, [&] { return m_sessions->removeItem(who, b); });
        return;
    case Request::AgendaSetCurrent:
        runMutation(c, frame, [&] { return m_sessions->setCurrentItem(who, b); });
        return;
    case Request::AttendanceCheckIn:
        runMutation(c, frame, [&] { return m_attendance->checkIn(who, b); });
        return;
    case Request::AttendanceSet:
        runMutation(c, frame, [&] { return m_attendance->set(who, b); });
        return;
    case Request::AttendanceList:
        reply(c, frame, m_attendance->list(who, b));
        return;
    case Request::AttendanceTimeline:
        reply(c, frame, m_attendance->timeline(who, b));
        return;
    case Request::AttendanceCode:
        reply(c, frame, m_attendance->code(who, b));
        return;
    case Request::VoteOpen:
        runMutation(c, frame, [&] { return m_votes->open(who, b); });
        return;
    case Request::VoteCast:
        // The op is the ballot id: the vote service itself tells a resend
        // ("already_recorded") from a changed ballot.
        runMutation(
            c, frame, [&] { return m_votes->cast(who, b, frame.op); }, false);
        return;
    case Request::VoteExtend:
        runMutation(c, frame, [&] { return m_votes->extend(who, b); });
        return;
    case Request::VoteClose:
        runMutation(c, frame, [&] { return m_votes->close(who, b); });
        return;
    case Request::VoteCancel:
        runMutation(c, frame, [&] { return m_votes->cancel(who, b); });
        return;
    case Request::VoteRepeat:
        runMutation(c, frame, [&] { return m_votes->repeat(who, b); });
        return;
    case Request::VoteHandCount:
        runMutation(c, frame, [&] { return m_votes->handCount(who, b); });
        return;
    case Request::VoteGet:
        reply(c, frame, m_votes->get(who, b));
        return;
    case Request::VoteList:
        reply(c, frame, m_votes->list(who, b));
        return;
    case Request::SpeakRequest:
        runMutation(c, frame, [&] { return m_speakers->request(who, b); });
        return;
    case Request::SpeakWithdraw:
        runMutation(c, frame, [&] { return m_speakers->withdraw(who, b); });
        return;
    case Request::SpeakReorder:
        runMutation(c, frame, [&] { return m_speakers->reorder(who, b); });
        return;
    case Request::SpeakGiveFloor:
        runMutation(c, frame, [&] { return m_speakers->giveFloor(who, b); });
        return;
    case Request::SpeakEnd:
        runMutation(c, frame, [&] { return m_speakers->end(who, b); });
        return;
    case Request::SpeakQueue:
        reply(c, frame, m_speakers->queue(who, b));
        return;
    case Request::KeyRegister:
        runMutation(c, frame, [&] { return m_trust->registerKey(who, b); });
        return;
    case Request::KeyGet:
        reply(c, frame, m_trust->getKey(who, b));
        return;
    case Request::TrustInit:
        runMutation(c, frame, [&] { return m_trust->init(who, b); });
        return;
    case Request::TrustGet:
        reply(c, frame, m_trust->get(who, b));
        return;
    case Request::TrustSetApprovers:
        runMutation(c, frame, [&] { return m_trust->setApprovers(who, b); });
        return;
    case Request::DocUploadBegin: {
        if (auto e = m_documents->requireUploader(who, b)) {
            reply(c, frame, Outcome::fail(*e));
            return;
        }
        const auto begun = m_intake->begin(who.accountId, b);
        reply(c, frame,
              std::holds_alternative<QCborMap>(begun) ? Outcome::ok(std::get<QCborMap>(begun))
                                                      : Outcome::fail(std::get<protocol::Error>(begun)));
        return;
    }
    case Request::DocUploadChunk: {
        // Only the account that began an upload can add to it.
        const auto written = m_intake->chunk(who.accountId, b);
        reply(c, frame,
              std::holds_alternative<QCborMap>(written) ? Outcome::ok(std::get<QCborMap>(written))
                                                        : Outcome::fail(std::get<protocol::Error>(written)));
        return;
    }
    case Request::DocCreate: {
        auto prepared = m_documents->prepareCreate(who, b);
        if (auto *e = std::get_if<protocol::Error>(&prepared)) {
            reply(c, frame, Outcome::fail(*e));
            return;
        }
        const DocumentService::NewDocument doc = std::get<DocumentService::NewDocument>(prepared);
        const Caller caller = who;
        runIntake(c, frame, doc.upload, [this, caller, doc](const StoredDocument &file) {
            return m_documents->create(caller, doc, file);
        });
        return;
    }
    case Request::DocReplace: {
        auto prepared = m_documents->prepareReplace(who, b);
        if (auto *e = std::get_if<protocol::Error>(&prepared)) {
            reply(c, frame, Outcome::fail(*e));
            return;
        }
        const DocumentService::NewVersion version = std::get<DocumentService::NewVersion>(prepared);
        const Caller caller = who;
        runIntake(c, frame, version.upload, [this, caller, version](const StoredDocument &file) {
            return m_documents->replace(caller, version, file);
        });
        return;
    }
    case Request::DocList:
        reply(c, frame, m_documents->list(who, b));
        return;
    case Request::DocGet:
        reply(c, frame, m_documents->get(who, b));
        return;
    case Request::DocSubmit:
        runMutation(c, frame, [&] { return m_documents->submit(who, b); });
        return;
    case Request::DocApprove:
        runMutation(c, frame, [&] { return m_documents->approve(who, b); });
        return;
    case Request::DocReject:
        runMutation(c, frame, [&] { return m_documents->reject(who, b); });
        return;
    case Request::DocPublish:
        runMutation(c, frame, [&] { return m_documents->publish(who, b); });
        return;
    case Request::DocWithdraw:
        runMutation(c, frame, [&] { return m_documents->withdraw(who, b); });
        return;
    case Request::DocFetch:
        reply(c, frame, m_documents->fetch(who, b));
        return;
    case Request::DocLookup:
        reply(c, frame, m_documents->lookup(who, b));
        return;
    case Request::HallShow:
        runMutation(c, frame, [&] { return m_hall->show(who, b); });
        return;
    case Request::HallGet:
        reply(c, frame, m_hall->get(who, b));
        return;
    case Request::AuditList: {
        if (auto e = m_access->requireAdmin(who)) {
            reply(c, frame, Outcome::fail(*e));
            return;
        }
        FieldReader f(b);
        const qint64 after = f.integer("after", false, 0);
        const qint64 limit = f.integer("limit", false, 1, 1000, 1000);
        if (!f.ok()) {
            reply(c, frame, Outcome::fail(*f.error()));
            return;
        }
        QCborArray entries;
        for (const crypto::AuditEntry &e : m_log.read(after, int(limit))) {
            QCborMap m;
            m.insert(QStringLiteral("seq"), e.seq);
            m.insert(QStringLiteral("at"), e.atMs);
            m.insert(QStringLiteral("type"), e.type);
            m.insert(QStringLiteral("actor"), e.actor);
            m.insert(QStringLiteral("body"), e.bodyId);
            m.insert(QStringLiteral("session"), e.sessionId);
            m.insert(QStringLiteral("audience"), e.audience);
            m.insert(QStringLiteral("payload"), e.payload);
            m.insert(QStringLiteral("prev"), e.prevHash);
            m.insert(QStringLiteral("hash"), e.hash);
            entries.append(m);
        }
        QCborMap out;
        out.insert(QStringLiteral("entries"), entries);
        out.insert(QStringLiteral("head"), m_log.headSeq());
        reply(c, frame, Outcome::ok(out));
        return;
    }
    }
    reply(c, frame, Outcome::fail(ErrorCode::UnknownType));
}

void CouncilServer::onEventsCommitted(const QList<CommittedEvent> &events) {
    m_documents->forgetReadPermissions(); // a publication, withdrawal or membership may have changed
    // Durable now. First make sure each connection's view is current…
    const QSet<qint64> changedAccounts = m_bodies->takeChangedAccounts();
    if (!changedAccounts.isEmpty()) {
        for (Connection *c : m_connections)
            if (changedAccounts.contains(c->caller.accountId))
                refreshView(c);
    }
    // …then encode each event once and hand the same bytes to every allowed peer.
    // Iterate a copy: dropping a peer that does not read removes it from the list.
    const QList<Connection *> peers = m_connections;
    for (const CommittedEvent &e : events) {
        EncodedEvent encoded{e.seq, e.bodyId, e.audienceAccount,
                             Frame::event(e.type, e.seq, e.body).encode()};
        for (Connection *c : peers)
            if (c->subscribed && c->maySee(e.bodyId, e.audienceAccount))
                c->send(encoded.frame);
        m_replay.append(std::move(encoded));
    }
}

void CouncilServer::broadcastTransient(protocol::Event type, qint64 bodyId, const QCborMap &body) {
    // Encoded once; seq 0 marks it as not logged and not replayed.
    const QByteArray frame = Frame::event(type, 0, body).encode();
    const QList<Connection *> peers = m_connections;
    for (Connection *c : peers)
        if (c->subscribed && c->maySee(bodyId))
            c->send(frame);
}

void CouncilServer::afterTurnCommitted() {
    // Replies went out first, so a device that logs itself out gets its answer
    // before the connection closes.
    const QList<qint64> revoked = m_accounts->takeRevokedTokens();
    const QList<Connection *> peers = m_connections;
    for (qint64 tokenId : revoked) {
        for (Connection *c : peers) {
            if (c->tokenId != tokenId)
                continue;
            c->send(Frame::error(0, 0, {ErrorCode::TokenRevoked, {}}).encode());
            if (c->countedOnline) {
                c->countedOnline = false;
                m_attendance->setOnline(c->caller.accountId, false);
            }
            c->caller = {};
            c->subscribed = false;
            c->closeWith(kCloseRevoked, QStringLiteral("token revoked"));
        }
    }
}

void CouncilServer::pingAll() {
    // A peer is dead after three pings in a row went unanswered. Counting pings,
    // not wall-clock silence, means a busy server never drops healthy peers:
    // their pongs wait in the socket and count as soon as they are read.
    const QList<Connection *> peers = m_connections; // abort() removes from the list
    for (Connection *c : peers) {
        if (c->lastActivityMs > c->lastPingMs)
            c->unansweredPings = 0;
        if (c->unansweredPings >= 3) {
            qCInfo(lcServer) << "peer silent, dropping" << c->socket()->peerAddress().toString();
            c->socket()->abort();
            continue;
        }
        c->lastPingMs = nowMs();
        ++c->unansweredPings;
        c->socket()->ping();
    }
}

} // namespace council::server
