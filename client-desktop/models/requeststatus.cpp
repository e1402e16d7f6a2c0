#include "requeststatus.h"

namespace council::client {

void RequestStatus::setErrorMessage(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit errorMessageChanged();
}

void RequestStatus::setStatusMessage(const QString &message) {
    if (m_status == message)
        return;
    m_status = message;
    emit statusMessageChanged();
}

void RequestStatus::send(ServerConnection *connection, protocol::Request type, const QCborMap &body,
                         Done done, Explain explain) {
    setErrorMessage({});
    track(connection, type, body, [this, done, explain](const Reply &r) {
        if (!r.ok) {
            setErrorMessage(explain ? explain(r) : refusalText(r));
            return;
        }
        if (done)
            done(r.body);
    });
}

void RequestStatus::track(ServerConnection *connection, protocol::Request type, const QCborMap &body,
                          ServerConnection::Callback reply) {
    if (++m_pending == 1)
        emit busyChanged();
    connection->request(type, body, [this, reply](const Reply &r) {
        if (--m_pending == 0)
            emit busyChanged();
        reply(r);
    });
}

} // namespace council::client
