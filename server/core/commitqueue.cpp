#include "commitqueue.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCommit, "council.commit")

namespace council::server {

CommitQueue::CommitQueue(Database &db, EventLog &log, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log) {}

bool CommitQueue::begin() {
    if (m_open)
        return true;
    if (!m_db.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    m_open = true;
    m_headAtBegin = m_log.head();
    if (!m_commitScheduled) {
        m_commitScheduled = true;
        // Zero-timer: runs once the event loop has handled what already arrived.
        QTimer::singleShot(0, this, [this] {
            m_commitScheduled = false;
            if (m_open)
                commitNow();
        });
    }
    return true;
}

Outcome CommitQueue::run(const std::function<Outcome()> &change) {
    if (!begin())
        return Outcome::fail(protocol::ErrorCode::Internal, QStringLiteral("cannot start a transaction"));
    const EventLog::Head head = m_log.head();
    const qsizetype eventsBefore = m_pendingEvents.size();
    m_db.exec(QStringLiteral("SAVEPOINT change"));
    Outcome out = change();
    if (out.isOk()) {
        m_db.exec(QStringLiteral("RELEASE change"));
    } else {
        m_db.exec(QStringLiteral("ROLLBACK TO change"));
        m_db.exec(QStringLiteral("RELEASE change"));
        m_log.resetHead(head);
        m_pendingEvents.resize(eventsBefore);
    }
    return out;
}

bool CommitQueue::publish(protocol::Event type, qint64 actor, qint64 bodyId, qint64 sessionId,
                          const QCborMap &body, qint64 audienceAccount) {
    const crypto::AuditEntry e =
        m_log.append(static_cast<qint64>(type), actor, bodyId, sessionId, body, audienceAccount);
    if (e.seq == 0)
        return false;
    m_pendingEvents.append({e.seq, type, bodyId, sessionId, body, audienceAccount});
    return true;
}

void CommitQueue::notify(protocol::Event type, qint64 bodyId, const QCborMap &body) {
    emit transientEvent(type, bodyId, body);
}

void CommitQueue::afterCommit(std::function<void(bool)> deliver) {
    if (!m_open) {
        deliver(true);
        return;
    }
    m_pendingDeliveries.append(std::move(deliver));
}

bool CommitQueue::commitNow() {
    if (!m_open)
        return true;
    m_open = false;
    const bool ok = m_db.exec(QStringLiteral("COMMIT"));
    QList<std::function<void(bool)>> deliveries;
    deliveries.swap(m_pendingDeliveries);
    QList<CommittedEvent> events;
    events.swap(m_pendingEvents);
    if (!ok) {
        qCCritical(lcCommit) << "commit failed, rolling back the turn:" << m_db.lastError();
        m_db.exec(QStringLiteral("ROLLBACK"));
        m_log.resetHead(m_headAtBegin);
        for (auto &d : deliveries)
            d(false);
        return false;
    }
    ++m_commits;
    // Events first: a client that gets a reply already holds the events it caused.
    if (!events.isEmpty())
        emit eventsCommitted(events);
    for (auto &d : deliveries)
        d(true);
    emit turnCommitted();
    return true;
}

} // namespace council::server
