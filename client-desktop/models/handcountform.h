// The result of a vote counted by hand (kiểm phiếu thủ công), for when the
// devices fail: the secretary enters how many approved, disapproved and did
// not vote, and how many delegates were present, for the latest vote round
// of the session. The numbers are checked before sending (none negative, the
// three together no more than those present, no more present than the
// council's delegates); the server checks again, records the result marked
// as hand-counted and closes the round if it was still open.
#pragma once

#include "livecontext.h"
#include "requeststatus.h"
#include "serverconnection.h"

#include <QCborMap>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class HandCountForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HandCountForm is owned by SecretariatController")
    // The session whose latest round is counted (the secretariat console sets it).
    Q_PROPERTY(qint64 sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(qint64 roundId READ roundId NOTIFY roundChanged)
    Q_PROPERTY(int roundNo READ roundNo NOTIFY roundChanged)
    Q_PROPERTY(QString question READ question NOTIFY roundChanged)
    // open | closed | cancelled | repeated; empty when the session has had no vote.
    Q_PROPERTY(QString roundState READ roundState NOTIFY roundChanged)
    Q_PROPERTY(bool handCounted READ handCounted NOTIFY roundChanged)
    // The recorded result (total, present, approve, disapprove, notVoting, verdict, ...).
    Q_PROPERTY(QVariantMap result READ result NOTIFY roundChanged)
    // The council's delegates the result is counted against (0 while unknown).
    Q_PROPERTY(int total READ total NOTIFY numbersChanged)
    Q_PROPERTY(int approve READ approve WRITE setApprove NOTIFY numbersChanged)
    Q_PROPERTY(int disapprove READ disapprove WRITE setDisapprove NOTIFY numbersChanged)
    Q_PROPERTY(int notVoting READ notVoting WRITE setNotVoting NOTIFY numbersChanged)
    // Prefilled with the delegates present at the round's sitting until edited.
    Q_PROPERTY(int present READ present WRITE setPresent NOTIFY numbersChanged)
    // What is wrong with the numbers, in words; empty when they may be sent.
    Q_PROPERTY(QString problem READ problem NOTIFY numbersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
public:
    explicit HandCountForm(LiveContext *context, QObject *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; }
    void setSessionId(qint64 id);
    qint64 roundId() const { return m_round.value(QStringLiteral("id")).toInteger(); }
    int roundNo() const { return int(m_round.value(QStringLiteral("roundNo")).toInteger()); }
    QString question() const { return m_round.value(QStringLiteral("question")).toString(); }
    QString roundState() const { return m_round.value(QStringLiteral("state")).toString(); }
    bool handCounted() const { return m_round.value(QStringLiteral("handCounted")).toBool(); }
    QVariantMap result() const;
    int total() const;
    int approve() const { return m_approve; }
    int disapprove() const { return m_disapprove; }
    int notVoting() const { return m_notVoting; }
    int present() const { return m_present; }
    void setApprove(int n);
    void setDisapprove(int n);
    void setNotVoting(int n);
    void setPresent(int n);
    QString problem() const;
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }
    QString statusMessage() const { return m_requests->statusMessage(); }

    // Sends the numbers; with a problem nothing is sent and errorMessage says it.
    Q_INVOKABLE void submit();
    // Asks the server for the session's rounds again.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

signals:
    void sessionIdChanged();
    void roundChanged();
    void numbersChanged();
    void busyChanged();
    void errorMessageChanged();
    void statusMessageChanged();

private:
    void storeRound(const QCborMap &round);
    void fetchPresence();
    void onEvent(const protocol::Frame &event);
    void setNumber(int &field, int n);
    void setError(const QString &message) { m_requests->setErrorMessage(message); }
    void setStatus(const QString &message) { m_requests->setStatusMessage(message); }

    LiveContext *m_context;
    RequestStatus *m_requests;
    qint64 m_sessionId = 0;
    QCborMap m_round;
    QCborMap m_quorum; // of the round's sitting
    int m_approve = 0;
    int m_disapprove = 0;
    int m_notVoting = 0;
    int m_present = 0;
    bool m_presentEdited = false;
    quint64 m_fetch = 0;
};

} // namespace council::client
