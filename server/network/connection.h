// One client's WebSocket and what the server knows about it: whether it said
// hello, who it is, what it may see, and whether it is waiting on slow work.
#pragma once

#include "core/outcome.h"

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
    qint64 lastActivityMs = 0;
    qint64 lastPingMs = 0;
    int unansweredPings = 0;
    bool busy = false;        // slow work (Argon2) in flight: later frames wait
    QList<QByteArray> queued; // frames received while busy, in order

    bool maySee(qint64 bodyId, qint64 audienceAccount = 0) const {
        if (audienceAccount != 0)
            return caller.accountId == audienceAccount;
        return caller.admin || (bodyId != 0 && bodies.contains(bodyId));
    }

private:
    QWebSocket *m_socket;
    qint64 m_maxOutgoing;
    bool m_closing = false;
};

} // namespace council::server
