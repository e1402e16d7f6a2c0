// What a console's requests to the server are doing, for the busy,
// errorMessage and status properties the chair's, the secretariat's and the
// document desk's models show: how many wait for a reply, the last refusal in
// words, and what the last accepted change did. The model owns one and
// forwards its signals as its own NOTIFY signals; the server decides every
// permission, so a refusal is the common answer and is worded in one place.
#pragma once

#include "serverconnection.h"

#include <QCborMap>
#include <QObject>
#include <QString>
#include <functional>

namespace council::client {

// The server's readable message in the UI language, followed by its `detail`
// (which field, which CSV line, which file check) when it gave one, so the
// user can fix the form without asking anybody.
inline QString refusalText(const Reply &reply) {
    const QString detail = reply.body.value(QStringLiteral("detail")).toString();
    if (detail.isEmpty() || reply.errorMessage.contains(detail))
        return reply.errorMessage;
    return reply.errorMessage + QStringLiteral(" (") + detail + QLatin1Char(')');
}

class RequestStatus : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QCborMap &)>;
    using Explain = std::function<QString(const Reply &)>;

    explicit RequestStatus(QObject *parent = nullptr)
        : QObject(parent) {}

    bool busy() const { return m_pending > 0; }
    QString errorMessage() const { return m_error; }
    QString statusMessage() const { return m_status; }
    void setErrorMessage(const QString &message);
    void setStatusMessage(const QString &message);

    // Sends a request: clears errorMessage, is busy until the reply, shows a
    // refusal as errorMessage (worded by `explain` if given, else by
    // refusalText) and gives an accepted reply's body to `done`.
    void send(ServerConnection *connection, protocol::Request type, const QCborMap &body, Done done = {},
              Explain explain = {});
    // Sends a request and is busy until the reply, nothing more: `reply` gets
    // every answer, for a caller that drops stale ones or marks what was refused.
    void track(ServerConnection *connection, protocol::Request type, const QCborMap &body,
               ServerConnection::Callback reply);

signals:
    void busyChanged();
    void errorMessageChanged();
    void statusMessageChanged();

private:
    int m_pending = 0;
    QString m_error;
    QString m_status;
};

} // namespace council::client
