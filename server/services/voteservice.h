// Open votes (biểu quyết công khai) on agenda items: the chair opens, extends,
// closes, cancels and repeats rounds; delegates who are present cast and
// change ballots until close; the result is computed by the rules engine with
// the total number of delegates taken when the round opened.
#pragma once

#include "attendanceservice.h"
#include "servicecontext.h"

#include <QObject>
#include <QTimer>

namespace council::server {

struct RoundRow;

class VoteService : public QObject {
    Q_OBJECT
public:
    VoteService(ServiceContext ctx, AttendanceService &attendance, QObject *parent = nullptr);

    Outcome open(const Caller &caller, const QCborMap &body);
    Outcome cast(const Caller &caller, const QCborMap &body, const QByteArray &ballotId);
    Outcome extend(const Caller &caller, const QCborMap &body);
    Outcome close(const Caller &caller, const QCborMap &body);
    Outcome cancel(const Caller &caller, const QCborMap &body);
    Outcome repeat(const Caller &caller, const QCborMap &body);
    Outcome handCount(const Caller &caller, const QCborMap &body);
    Outcome get(const Caller &caller, const QCborMap &body);
    Outcome list(const Caller &caller, const QCborMap &body);

    QCborArray openRoundsFor(const QList<qint64> &bodyIds);
    void restoreTimers(); // after a restart: rounds whose deadline passed are closed

private:
    QCborMap round(qint64 id);
    Outcome closeRound(qint64 actor, qint64 roundId);
    Outcome endRound(qint64 actor, const RoundRow &r, protocol::Event event);
    void armTimer(qint64 roundId, qint64 deadlineMs);
    void scheduleProgress(qint64 roundId);
    ServiceContext m;
    AttendanceService &m_attendance;
    QHash<qint64, QTimer *> m_deadlines; // children of this
    QSet<qint64> m_progressDirty;
    QHash<qint64, QSet<qint64>> m_announced; // voters already sent in vote.progress, per round
    QTimer m_progressTimer;
};

} // namespace council::server
