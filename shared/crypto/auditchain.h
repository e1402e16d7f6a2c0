// The hash chain of the event log. Each entry's hash covers its own fields and
// the previous entry's hash, so changing, dropping or reordering any stored
// byte breaks every hash after it. Server and verifiers share this code.
#pragma once

#include <QByteArray>
#include <QList>

namespace council::crypto {

struct AuditEntry {
    qint64 seq = 0;
    qint64 atMs = 0;      // UTC milliseconds since the epoch
    qint64 type = 0;      // protocol Event code
    qint64 actor = 0;     // account id, 0 for the server itself
    qint64 bodyId = 0;    // 0 when not tied to a body
    qint64 sessionId = 0; // 0 when not tied to a session
    QByteArray payload;   // the event body as stored (CBOR)
    qint64 audience = 0;  // 0: the whole body; else the one account the event is for
    QByteArray prevHash;  // 32 bytes; all zero for the first entry
    QByteArray hash;      // 32 bytes
};

QByteArray genesisHash();
QByteArray computeAuditHash(const AuditEntry &entry); // uses entry.prevHash, ignores entry.hash

// Returns the seq of the first entry whose link or hash is wrong, or 0 when
// the whole list holds. `expectedPrev` is the hash the first entry must follow.
qint64 firstBrokenEntry(const QList<AuditEntry> &entries, const QByteArray &expectedPrev,
                        QByteArray *lastHash);

} // namespace council::crypto
