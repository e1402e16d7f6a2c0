// Group commit. Every state change of one event-loop turn runs inside one
// SQLite transaction, each under its own savepoint so a failing request rolls
// back alone. At the end of the turn (or before any read, so reads only ever
// see durable data) the transaction is committed with synchronous=FULL; only
// then are the held replies sent and the new events published. A change is
// therefore never acknowledged or broadcast before it is on disk.
#pragma once

#include "crypto/auditchain.h"
#include "outcome.h"
#include "protocol/messages.h"
#include "storage/eventlog.h"

#include <QObject>
#include <functional>

namespace council::server {

class Database;

// An event that is durable and ready to be delivered.
struct CommittedEvent {
    qint64 seq = 0;
    protocol::Event type{};
    qint64 bodyId = 0;
    qint64 sessionId = 0;
    QCborMap body;
    qint64 audienceAccount = 0; // 0: everyone who may see the body; else only this account
};

class CommitQueue : public QObject {
    Q_OBJECT
public:
    CommitQueue(Database &db, EventLog &log, QObject *parent = nullptr);

    // Runs `change` in the turn's transaction under a savepoint. When it fails,
    // everything it wrote (events included) is rolled back.
    Outcome run(const std::function<Outcome()> &change);

    // Appends an event to the log inside the running change.
    bool publish(protocol::Event type, qint64 actor, qint64 bodyId, qint64 sessionId, const QCborMap &body,
                 qint64 audienceAccount = 0);

    // A transient event: not logged, not replayed, sent at once with seq 0
    // (a device dropping off, a speaking-time warning, vote progress).
    void notify(protocol::Event type, qint64 bodyId, const QCborMap &body);

    // `deliver(true)` runs after a successful commit, `deliver(false)` if the
    // commit failed and everything of this turn was rolled back. Without an
    // open transaction it runs at once with true.
    void afterCommit(std::function<void(bool committed)> deliver);

    bool inTransaction() const { return m_open; }
    bool commitNow();
    int commitsDone() const { return m_commits; }

signals:
    void eventsCommitted(const QList<council::server::CommittedEvent> &events);
    // After a commit's events and replies went out.
    void turnCommitted();
    void transientEvent(council::protocol::Event type, qint64 bodyId, const QCborMap &body);

private:
    bool begin();
    Database &m_db;
    EventLog &m_log;
    bool m_open = false;
    bool m_commitScheduled = false;
    EventLog::Head m_headAtBegin;
    QList<CommittedEvent> m_pendingEvents;
    QList<std::function<void(bool)>> m_pendingDeliveries;
    int m_commits = 0;
};

} // namespace council::server
