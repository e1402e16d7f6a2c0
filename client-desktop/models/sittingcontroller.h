// Attendance (điểm danh) at the sitting now under way in the open session:
// the delegate's own state, self check-in from the device or with the
// six-digit code shown in the hall, and the live quorum. A check-in pressed
// while the link is down is kept by the connection and sent when it is back;
// until the server acknowledges it the state says "waiting to send".
#pragma once

#include "livecontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class SittingController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SittingController is owned by AppController")
    Q_PROPERTY(qint64 sittingId READ sittingId NOTIFY sittingChanged)
    Q_PROPERTY(QString sittingTitle READ sittingTitle NOTIFY sittingChanged)
    // "08/12/2026 · 07:30"
    Q_PROPERTY(QString sittingWhen READ sittingWhen NOTIFY sittingChanged)
    // The account is a member of the body and may check itself in.
    Q_PROPERTY(bool isMember READ isMember NOTIFY sittingChanged)
    Q_PROPERTY(bool isDelegate READ isDelegate NOTIFY sittingChanged)
    // The chair has closed the sitting: nobody checks in any more.
    Q_PROPERTY(bool sittingClosed READ sittingClosed NOTIFY sittingChanged)
    // present | late | absent | excused | none (not recorded yet)
    Q_PROPERTY(QString myStatus READ myStatus NOTIFY attendanceChanged)
    Q_PROPERTY(QString myStatusText READ myStatusText NOTIFY attendanceChanged)
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY attendanceChanged)
    // Time of the last change of the own entry, "07:32"; empty when none.
    Q_PROPERTY(QString myStatusTime READ myStatusTime NOTIFY attendanceChanged)
    // A check-in was pressed and the server has not acknowledged it yet.
    Q_PROPERTY(bool checkInPending READ checkInPending NOTIFY checkInChanged)
    Q_PROPERTY(bool canCheckIn READ canCheckIn NOTIFY checkInChanged)
    Q_PROPERTY(QString checkInError READ checkInError NOTIFY checkInChanged)
    Q_PROPERTY(bool quorumKnown READ quorumKnown NOTIFY quorumChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY quorumChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY quorumChanged)
    Q_PROPERTY(int requiredCount READ requiredCount NOTIFY quorumChanged)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY quorumChanged)
public:
    explicit SittingController(LiveContext *context, QObject *parent = nullptr);

    qint64 sittingId() const { return m_sittingId; }
    QString sittingTitle() const;
    QString sittingWhen() const;
    bool isMember() const { return m_context->myMemberId() != 0; }
    bool isDelegate() const { return m_context->isDelegate(); }
    bool sittingClosed() const;
    QString myStatus() const { return m_myStatus; }
    QString myStatusText() const;
    bool checkedIn() const;
    QString myStatusTime() const;
    bool checkInPending() const { return m_pendingSitting != 0 && m_pendingSitting == m_sittingId; }
    bool canCheckIn() const;
    QString checkInError() const { return m_error; }
    bool quorumKnown() const { return m_quorumKnown; }
    int presentCount() const { return m_present; }
    int totalCount() const { return m_total; }
    int requiredCount() const { return m_required; }
    bool quorumReached() const { return m_reached; }

    static QString statusText(const QString &status);

    // Self check-in from this device. Does nothing while one is on its way.
    Q_INVOKABLE void checkIn();
    // Check-in with the code shown in the hall. False (and checkInError set)
    // when the text is not six digits; the server's verdict comes later.
    Q_INVOKABLE bool checkInWithCode(const QString &code);
    Q_INVOKABLE void clearCheckInError();
    // Asks the server for the sitting's attendance list again.
    Q_INVOKABLE void reload();

signals:
    void sittingChanged();
    void attendanceChanged();
    void checkInChanged();
    void quorumChanged();

private:
    void onSittingChanged();
    void onEvent(const protocol::Frame &event);
    void sendCheckIn(const QString &code);
    void applyEntry(const QCborMap &entry);
    void applyQuorum(const QCborMap &quorum);
    void setError(const QString &message);
    void resetAttendance();

    LiveContext *m_context;
    qint64 m_sittingId = 0;
    QString m_myStatus = QStringLiteral("none");
    qint64 m_myStatusAt = 0;
    qint64 m_pendingSitting = 0; // sitting of the check-in on its way, 0 when none
    QString m_error;
    bool m_quorumKnown = false;
    int m_present = 0;
    int m_total = 0;
    int m_required = 0;
    bool m_reached = false;
    quint64 m_generation = 0; // bumps when the sitting changes: late list replies are dropped
};

} // namespace council::client
