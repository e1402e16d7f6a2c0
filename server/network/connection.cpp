#include "connection.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConn, "council.connection")

namespace council::server {

Connection::Connection(QWebSocket *socket, qint64 maxOutgoingBytes, QObject *parent)
    : QObject(parent)
    , lastActivityMs(QDateTime::currentMSecsSinceEpoch())
    , m_socket(socket)
    , m_maxOutgoing(maxOutgoingBytes) {
    socket->setParent(this);
}

void Connection::send(const QByteArray &frame) {
    if (m_closing)
        return;
    m_socket->sendBinaryMessage(frame);
    if (m_socket->bytesToWrite() > m_maxOutgoing) {
        qCInfo(lcConn) << "dropping a peer that does not read:" << m_socket->peerAddress().toString()
                       << m_socket->bytesToWrite() << "bytes queued";
        m_closing = true;
        // abort(): a polite close would queue behind the bytes it does not read.
        m_socket->abort();
    }
}

void Connection::closeWith(quint16 code, const QString &reason) {
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

} // namespace council::server
