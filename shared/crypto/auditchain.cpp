#include "auditchain.h"

#include "sodium.h"

#include <QCborArray>
#include <QCborValue>

namespace council::crypto {

QByteArray genesisHash() {
    return QByteArray(32, '\0');
}

QByteArray computeAuditHash(const AuditEntry &e) {
    // A CBOR array gives an unambiguous encoding of the fields. The audience
    // joins the array only when set, so entries written before it existed keep their hashes.
    QCborArray fields{e.seq, e.atMs, e.type, e.actor, e.bodyId, e.sessionId, e.payload, e.prevHash};
    if (e.audience != 0)
        fields.append(e.audience);
    return genericHash(QCborValue(fields).toCbor(), 32, QByteArrayLiteral("council-audit-v1"));
}

qint64 firstBrokenEntry(const QList<AuditEntry> &entries, const QByteArray &expectedPrev,
                        QByteArray *lastHash) {
    QByteArray prev = expectedPrev;
    qint64 lastSeq = -1;
    for (const AuditEntry &e : entries) {
        if (e.prevHash != prev || (lastSeq >= 0 && e.seq <= lastSeq) ||
            !constantTimeEquals(computeAuditHash(e), e.hash))
            return e.seq;
        prev = e.hash;
        lastSeq = e.seq;
    }
    if (lastHash)
        *lastHash = prev;
    return 0;
}

} // namespace council::crypto
