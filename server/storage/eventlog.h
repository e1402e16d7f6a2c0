// Appends state changes to the hash-chained `events` table and reads them
// back. The head (last seq and hash) is kept in memory so appending is one
// INSERT; the caller's transaction decides when it becomes durable.
#pragma once

#include "crypto/auditchain.h"

#include <QCborMap>

namespace council::server {

class Database;

class EventLog {
public:
    explicit EventLog(Database &db);

    bool load(); // reads the head from the database
    qint64 headSeq() const { return m_headSeq; }

    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    Head head() const { return {m_headSeq, m_headHash}; }
    void resetHead(const Head &h); // after a rolled-back transaction

    // Returns the new entry, or an entry with seq 0 when the INSERT failed.
    crypto::AuditEntry append(qint64 type, qint64 actor, qint64 bodyId, qint64 sessionId,
                              const QCborMap &body, qint64 audienceAccount = 0);

    QList<crypto::AuditEntry> read(qint64 afterSeq, int limit);

private:
    Database &m_db;
    qint64 m_headSeq = 0;
    QByteArray m_headHash;
};

} // namespace council::server
