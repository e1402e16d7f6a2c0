// Attendance per sitting and the live quorum: self check-in from a device or
// with the hall's rotating code, secretariat override, a timeline of every
// change, and which members have a device online right now.
#pragma once

#include "domain/voterules.h"
#include "servicecontext.h"

namespace council::server {

struct QuorumState {
    int total = 0;
    int present = 0;
    int required = 0;
    bool reached = false;
    domain::QuorumRule rule = domain::QuorumRule::TwoThirdsOfTotal;
    QCborMap toCbor() const;
};

class AttendanceService {
public:
    explicit AttendanceService(ServiceContext ctx);

    Outcome checkIn(const Caller &caller, const QCborMap &body);
    Outcome set(const Caller &caller, const QCborMap &body);
    Outcome list(const Caller &caller, const QCborMap &body);
    Outcome code(const Caller &caller, const QCborMap &body);
    Outcome timeline(const Caller &caller, const QCborMap &body);

    QuorumState quorum(qint64 sittingId);
    bool isPresent(qint64 sittingId, qint64 memberId);
    int delegateTotal(qint64 bodyId);

    // Devices online per account, kept by the network layer.
    void setOnline(qint64 accountId, bool online);
    bool isOnline(qint64 accountId) const { return m_onlineDevices.value(accountId) > 0; }

    // The six digits shown in the hall for `window` (30-second windows since the epoch).
    QString codeFor(qint64 sittingId, qint64 window) const;

private:
    Outcome record(const Caller &caller, qint64 sittingId, qint64 memberId, const QString &status,
                   const QString &method, const QString &reason);
    QCborMap entry(qint64 sittingId, qint64 memberId);
    ServiceContext m;
    QByteArray m_codeKey;
    QHash<qint64, int> m_onlineDevices;
};

} // namespace council::server
