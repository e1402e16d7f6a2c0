// The secretariat's editor of one session (kỳ họp): its facts (title, place,
// dates, state), its sittings (phiên họp) and its agenda (chương trình). The
// agenda list is an AgendaModel of its own, kept live by the connection's
// snapshot and events like the app's, so the secretary may prepare a draft
// session while another one is open in the app. Every change is a request;
// the list changes when the server's event arrives, so what the secretary
// sees is what every delegate sees. Forms are checked here before sending
// (the *Problem functions give the message to show); the server checks again
// and its refusal becomes errorMessage.
#pragma once

#include "agendamodel.h"
#include "livecontext.h"
#include "requeststatus.h"
#include "serverconnection.h"

#include <QCborMap>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace council::client {

class SessionEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionEditor is owned by SecretariatController")
    Q_PROPERTY(qint64 sessionId READ sessionId NOTIFY sessionIdChanged)
    // {id, body, title, location, startsOn, endsOn, state}; empty while unknown.
    Q_PROPERTY(QVariantMap session READ session NOTIFY sessionChanged)
    // [{id, title, date, startsAt}] in date order.
    Q_PROPERTY(QVariantList sittings READ sittings NOTIFY sittingsChanged)
    Q_PROPERTY(council::client::AgendaModel *agenda READ agenda CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // What the last successful change did ("Đã lưu kỳ họp."), for the page to confirm.
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
public:
    explicit SessionEditor(LiveContext *context, QObject *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    void setSessionId(qint64 id);
    QVariantMap session() const { return m_session; }
    qint64 sessionBody() const { return m_session.value(QStringLiteral("body")).toLongLong(); }
    QVariantList sittings() const { return m_sittings; }
    AgendaModel *agenda() const { return m_agenda; }
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }
    QString statusMessage() const { return m_requests->statusMessage(); }

    // What is wrong with a form, in words for the user; empty when it may be sent.
    Q_INVOKABLE QString sessionProblem(const QString &title, const QString &startsOn,
                                       const QString &endsOn) const;
    Q_INVOKABLE QString sittingProblem(const QString &title, const QString &date,
                                       const QString &startsAt) const;
    Q_INVOKABLE QString itemProblem(const QString &title, int plannedMinutes) const;

    // The session. createSession makes a new one in `body` and selects it.
    Q_INVOKABLE void createSession(qint64 body, const QString &title, const QString &location,
                                   const QString &startsOn, const QString &endsOn);
    Q_INVOKABLE void updateSession(const QString &title, const QString &location, const QString &startsOn,
                                   const QString &endsOn);
    // draft | scheduled | open | closed
    Q_INVOKABLE void setSessionState(const QString &state);
    // Sittings; startsAt "HH:MM" or empty.
    Q_INVOKABLE void addSitting(const QString &title, const QString &date, const QString &startsAt);
    Q_INVOKABLE void updateSitting(qint64 id, const QString &title, const QString &date,
                                   const QString &startsAt);
    Q_INVOKABLE void removeSitting(qint64 id);
    // Agenda items; sitting 0 = none; kind resolution | submission | report | procedural | other.
    Q_INVOKABLE void addItem(const QString &title, qint64 sitting, const QString &presenter,
                             int plannedMinutes, const QString &kind);
    Q_INVOKABLE void updateItem(qint64 id, const QString &title, qint64 sitting, const QString &presenter,
                                int plannedMinutes, const QString &kind);
    // Moves the item to the 0-based position within the session.
    Q_INVOKABLE void moveItem(qint64 id, int position);
    Q_INVOKABLE void removeItem(qint64 id);
    // One item's roles by role name (title, presenter, ...), for an edit form.
    Q_INVOKABLE QVariantMap item(qint64 id) const;
    Q_INVOKABLE QStringList itemKinds() const;
    // Asks the server for the session and its sittings again.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

signals:
    void sessionIdChanged();
    void sessionChanged();
    void sittingsChanged();
    void busyChanged();
    void errorMessageChanged();
    void statusMessageChanged();
    // A session this editor created; it is selected already.
    void sessionCreated(qint64 id);

private:
    // Sends a change; `doneText` becomes statusMessage when it is accepted.
    void send(protocol::Request type, const QCborMap &body, const QString &doneText,
              std::function<void(const QCborMap &)> done = {});
    // addItem and updateItem send the same form; `b` names the session or the item.
    void sendItem(protocol::Request type, QCborMap b, const QString &title, qint64 sitting,
                  const QString &presenter, int plannedMinutes, const QString &kind, const QString &doneText);
    void onEvent(const protocol::Frame &event);
    void applySession(const QCborMap &session);
    void applySittings(const QCborArray &sittings);
    void setError(const QString &message) { m_requests->setErrorMessage(message); }
    void setStatus(const QString &message) { m_requests->setStatusMessage(message); }

    LiveContext *m_context;
    RequestStatus *m_requests;
    AgendaModel *m_agenda;
    qint64 m_sessionId = 0;
    QVariantMap m_session;
    QVariantList m_sittings;
    quint64 m_fetch = 0; // answers of older session.get requests are dropped
};

} // namespace council::client
