// The network face of the server: accepts WebSocket connections with strict
// per-socket limits, decodes frames, routes requests to the domain services,
// sends replies only after their changes are durable, and pushes each event —
// encoded once — to every connection allowed to see it.
#pragma once

#include "connection.h"
#include "documents/blobstore.h"
#include "documents/documentintake.h"
#include "protocol/frame.h"
#include "replaybuffer.h"
#include "services/accountservice.h"
#include "services/bodyservice.h"
#include "services/documentservice.h"
#include "services/hallservice.h"
#include "services/sessionservice.h"
#include "services/speakerservice.h"
#include "services/trustservice.h"
#include "services/voteservice.h"
#include "storage/database.h"
#include "storage/eventlog.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocketServer>
#include <memory>

namespace council::server {

struct ServerLimits {
    qint64 maxIncomingMessage = 1 << 20; // 1 MiB
    qint64 maxOutgoingBuffer = 1 << 20;  // 1 MiB queued to a peer that does not read
    int maxQueuedWhileBusy = 64;         // frames held while a login is being checked
    int replayWindow = 10000;            // events kept for resume
    qint64 maxReplayBytes = 512 * 1024;  // beyond this a snapshot is cheaper
    int pingIntervalMs = 15000;          // silence for 3 intervals aborts the peer
    int maxPendingConnections = 1024;    // reconnect storms after a Wi-Fi drop
    qint64 maxUploadBytes = qint64(200) << 20;
};

class CouncilServer : public QObject {
    Q_OBJECT
public:
    CouncilServer(Database &db, ServerLimits limits, QObject *parent = nullptr);
    ~CouncilServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;
    int connectionCount() const { return int(m_connections.size()); }

    AccountService &accounts() { return *m_accounts; }
    BodyService &bodies() { return *m_bodies; }
    SessionService &sessions() { return *m_sessions; }
    AttendanceService &attendance() { return *m_attendance; }
    VoteService &votes() { return *m_votes; }
    TrustService &trust() { return *m_trust; }
    DocumentService &documents() { return *m_documents; }
    DocumentIntake &intake() { return *m_intake; }
    BlobStore &blobs() { return m_blobs; }
    CommitQueue &commits() { return *m_commits; }
    ServiceContext context() { return {m_db, *m_access, *m_commits}; }

private:
    void onNewConnection();
    void onBinaryMessage(Connection *c, const QByteArray &bytes);
    void handleFrame(Connection *c, const QByteArray &bytes);
    void dispatch(Connection *c, protocol::Request type, const protocol::Frame &frame);
    void runMutation(Connection *c, const protocol::Frame &frame, const std::function<Outcome()> &change,
                     bool rememberOp = true);
    void runDeferred(Connection *c, const protocol::Frame &frame, Deferred deferred, bool mutating,
                     std::function<void(const Outcome &)> onDone = {});
    void reply(Connection *c, const protocol::Frame &request, const Outcome &outcome);
    // doc.create / doc.replace: the upload is verified, converted, checked and
    // stored off the event loop, then `apply` records it as one mutation. A
    // resend of the same op while that runs waits for the same answer.
    void runIntake(Connection *c, const protocol::Frame &frame, const QString &uploadId,
                   std::function<Outcome(const StoredDocument &)> apply);
    void sync(Connection *c, const protocol::Frame &frame);
    void authenticated(Connection *c, const TokenIdentity &identity);
    void refreshView(Connection *c); // what the caller may see: bodies, staff roles, groups
    void drainQueue(Connection *c);
    void onEventsCommitted(const QList<CommittedEvent> &events);
    void afterTurnCommitted();
    void broadcastTransient(protocol::Event type, qint64 bodyId, const QCborMap &body);
    void pingAll();
    void loadReplayBuffer();

    Database &m_db;
    ServerLimits m_limits;
    EventLog m_log;
    std::unique_ptr<Access> m_access;
    CommitQueue *m_commits; // QObject child
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<BodyService> m_bodies;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<AttendanceService> m_attendance;
    VoteService *m_votes;       // QObject child: timers
    SpeakerService *m_speakers; // QObject child: timers
    BlobStore m_blobs;
    DocumentIntake *m_intake; // QObject child: converter and checker processes
    std::unique_ptr<TrustService> m_trust;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<HallService> m_hall;
    struct IntakeWaiter {
        QPointer<Connection> connection;
        protocol::Frame frame;
    };
    QHash<QString, QList<IntakeWaiter>> m_intakesInFlight; // by "account:op"
    ReplayBuffer m_replay;
    QTcpServer *m_tcp;          // QObject child: listens
    QWebSocketServer *m_server; // QObject child: handshakes
    QTimer m_pingTimer;
    QTimer m_housekeeping;
    QList<Connection *> m_connections; // children of this
};

} // namespace council::server
