// One client's WebSocket and what the server knows about it: whether it said
// hello, who it is, what it may see, and whether it is waiting on slow work.
#pragma once

#include "core/audience.h"
#include "core/outcome.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWebSocket>

namespace council::server {

class Connection : public QObject {
    Q_OBJECT
public:
    Connection(QWebSocket *socket, qint64 maxOutgoingBytes, QObject *parent);

    QWebSocket *socket() const { return m_socket; }

    // Sends one encoded frame. A peer that does not read cannot make the
    // server's memory grow: past the outgoing cap the connection is dropped
    // (the client reconnects and resumes from its last sequence number).
    void send(const QByteArray &frame);
    void closeWith(quint16 code, const QString &reason);
    bool isClosing() const { return m_closing; }

    bool helloDone = false;
    Caller caller;
    qint64 tokenId = 0;
    bool subscribed = false;
    bool countedOnline = false; // counted in the attendance's devices-online
    QSet<qint64> bodies;        // bodies whose events this connection may see
    QSet<qint64> staffBodies;   // …as secretariat, chair or approver (documents under review)
    QSet<qint64> groups;        // groups of the caller (documents published to groups)
    // The groups each group-published document is shown to (the server's, shared).
    const QHash<qint64, QSet<qint64>> *documentGroups = nullptr;
    qint64 lastActivityMs = 0;
    qint64 lastPingMs = 0;
    int unansweredPings = 0;
    bool busy = false;        // slow work (Argon2) in flight: later frames wait
    QList<QByteArray> queued; // frames received while busy, in order

    // `audience` as in the event log: see audience.h.
    bool maySee(qint64 bodyId, qint64 audience = audience::Body) const {
        if (audience > 0)
            return caller.accountId == audience;
        if (caller.admin)
            return true;
        if (audience == audience::Body)
            return bodyId != 0 && bodies.contains(bodyId);
        if (staffBodies.contains(bodyId))
            return true;
        if (audience == audience::Staff)
            return false;
        if (audience::isDocument(audience)) {
            if (!documentGroups)
                return false;
            const QSet<qint64> of = documentGroups->value(audience::documentOf(audience));
            return of.intersects(groups);
        }
        return groups.contains(audience::groupOf(audience));
    }

private:
    QWebSocket *m_socket;
    qint64 m_maxOutgoing;
    bool m_closing = false;
};

} // namespace council::server
