// Attendance of one sitting as the secretariat corrects it (điểm danh thay):
// the delegates with their status (present, late, absent, excused, or not yet
// known), how it was recorded and why, kept live by attendance events. A
// change by the secretariat always carries a reason, which the server keeps
// in the sitting's attendance timeline for the minutes.
#pragma once

#include "livecontext.h"
#include "requeststatus.h"
#include "serverconnection.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class AttendanceOverrideModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AttendanceOverrideModel is owned by SecretariatController")
    Q_PROPERTY(qint64 sittingId READ sittingId WRITE setSittingId NOTIFY sittingIdChanged)
    Q_PROPERTY(bool known READ known NOTIFY quorumChanged)
    Q_PROPERTY(int total READ total NOTIFY quorumChanged)
    Q_PROPERTY(int present READ present NOTIFY quorumChanged)
    Q_PROPERTY(int required READ required NOTIFY quorumChanged)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY quorumChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
public:
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        FullNameRole,
        SeatRole,
        StatusRole, // present | late | absent | excused | unknown
        StatusTextRole,
        MethodRole, // device | code | secretariat | ""
        MethodTextRole,
        ReasonRole,
        AtRole, // ms since the epoch, 0 = never recorded
        OnlineRole,
    };
    Q_ENUM(Role)

    explicit AttendanceOverrideModel(LiveContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 sittingId() const { return m_sittingId; }
    void setSittingId(qint64 id);
    bool known() const { return m_known; }
    int total() const { return int(m_quorum.value(QStringLiteral("total")).toInteger()); }
    int present() const { return int(m_quorum.value(QStringLiteral("present")).toInteger()); }
    int required() const { return int(m_quorum.value(QStringLiteral("required")).toInteger()); }
    bool quorumReached() const { return m_quorum.value(QStringLiteral("reached")).toBool(); }
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }
    QString statusMessage() const { return m_requests->statusMessage(); }

    // What is wrong with an override, in words; empty when it may be sent.
    Q_INVOKABLE QString problem(const QString &status, const QString &reason) const;
    // Sets a member's status for the sitting; the reason is required.
    Q_INVOKABLE void setStatus(qint64 member, const QString &status, const QString &reason);
    Q_INVOKABLE int rowOf(qint64 member) const { return int(m_order.indexOf(member)); }
    Q_INVOKABLE static QString statusText(const QString &status);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearMessages();

signals:
    void sittingIdChanged();
    void quorumChanged();
    void busyChanged();
    void errorMessageChanged();
    void statusMessageChanged();

private:
    struct Entry {
        qint64 member = 0;
        QString fullName;
        QString seat;
        QString status;
        QString method;
        QString reason;
        qint64 at = 0;
        bool online = false;
    };
    static Entry entryFromCbor(const QCborMap &map);
    bool isDelegate(qint64 member) const { return m_delegate.value(member, true); }
    void applyEntry(const QCborMap &map);
    void onEvent(const protocol::Frame &event);
    void setError(const QString &message) { m_requests->setErrorMessage(message); }
    void setStatusMessage(const QString &message) { m_requests->setStatusMessage(message); }

    LiveContext *m_context;
    RequestStatus *m_requests;
    qint64 m_sittingId = 0;
    QList<qint64> m_order; // as the server sorts them (by given name)
    QHash<qint64, Entry> m_entries;
    QHash<qint64, bool> m_delegate; // member -> holds the delegate function (from the snapshot)
    QCborMap m_quorum;
    bool m_known = false;
    quint64 m_fetch = 0;
};

} // namespace council::client
