#include "eventlog.h"

#include "database.h"

#include <QCborValue>
#include <QDateTime>

namespace council::server {

EventLog::EventLog(Database &db)
    : m_db(db)
    , m_headHash(crypto::genesisHash()) {}

bool EventLog::load() {
    bool ok = false;
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"), {}, &ok);
    if (!ok)
        return false;
    if (q.next()) {
        m_headSeq = q.value(0).toLongLong();
        m_headHash = q.value(1).toByteArray();
    } else {
        m_headSeq = 0;
        m_headHash = crypto::genesisHash();
    }
    return true;
}

void EventLog::resetHead(const Head &h) {
    m_headSeq = h.seq;
    m_headHash = h.hash;
}

crypto::AuditEntry EventLog::append(qint64 type, qint64 actor, qint64 bodyId, qint64 sessionId,
                                    const QCborMap &body, qint64 audienceAccount) {
    crypto::AuditEntry e;
    e.seq = m_headSeq + 1;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.type = type;
    e.actor = actor;
    e.bodyId = bodyId;
    e.sessionId = sessionId;
    e.payload = body.toCborValue().toCbor();
    e.audience = audienceAccount;
    e.prevHash = m_headHash;
    e.hash = crypto::computeAuditHash(e);
    const bool ok = m_db.exec(
        QStringLiteral("INSERT INTO events(seq, at, type, actor, body_id, session_id, payload,"
                       " prev_hash, hash, audience_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, e.atMs, e.type, e.actor, e.bodyId, e.sessionId, e.payload, e.prevHash, e.hash, e.audience});
    if (!ok)
        return {};
    m_headSeq = e.seq;
    m_headHash = e.hash;
    return e;
}

QList<crypto::AuditEntry> EventLog::read(qint64 afterSeq, int limit) {
    QList<crypto::AuditEntry> out;
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT seq, at, type, actor, body_id, session_id, payload, prev_hash,"
                                  " hash, audience_account FROM events WHERE seq > ? ORDER BY seq LIMIT ?"),
                   {afterSeq, limit});
    while (q.next()) {
        crypto::AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.type = q.value(2).toLongLong();
        e.actor = q.value(3).toLongLong();
        e.bodyId = q.value(4).toLongLong();
        e.sessionId = q.value(5).toLongLong();
        e.payload = q.value(6).toByteArray();
        e.prevHash = q.value(7).toByteArray();
        e.hash = q.value(8).toByteArray();
        e.audience = q.value(9).toLongLong();
        out.append(std::move(e));
    }
    return out;
}

} // namespace council::server
