#include "voteservice.h"

#include "records.h"

#include <QCborValue>
#include <QDateTime>

namespace council::server {

using domain::Function;
using protocol::ErrorCode;
using protocol::Event;

namespace {
const QStringList kChoices{QStringLiteral("approve"), QStringLiteral("disapprove"),
                           QStringLiteral("not_voting")};

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QCborMap wrapRound(const QCborMap &round) {
    QCborMap m;
    m.insert(QStringLiteral("round"), round);
    return m;
}

QString verdictName(domain::Verdict v) {
    switch (v) {
    case domain::Verdict::Passed:
        return QStringLiteral("passed");
    case domain::Verdict::Failed:
        return QStringLiteral("failed");
    case domain::Verdict::NoDecision:
        return QStringLiteral("no_decision");
    }
    return {};
}

} // namespace

// One row of vote_rounds, as the service reads it.
struct RoundRow {
    qint64 id = 0, bodyId = 0, sessionId = 0, itemId = 0, sittingId = 0;
    QString question, rule, state;
    qint64 roundNo = 1, repeatOf = 0, openedAt = 0, deadline = 0;
    qint64 totalDelegates = 0; // taken when the round opened
};

VoteService::VoteService(ServiceContext ctx, AttendanceService &attendance, QObject *parent)
    : QObject(parent)
    , m(ctx)
    , m_attendance(attendance) {
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(200);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const QSet<qint64> dirty = std::exchange(m_progressDirty, {});
        for (qint64 id : dirty) {
            QSqlQuery r =
                m.db.query(QStringLiteral("SELECT body_id, state FROM vote_rounds WHERE id = ?"), {id});
            if (!r.next() || r.value(1).toString() != QLatin1String("open"))
                continue;
            // Only the voters new since the last progress of this round: with
            // 1,600 delegates a full list to every screen five times a second
            // would be megabytes a second. A screen that joins late asks vote.get.
            QSet<qint64> &announced = m_announced[id];
            QCborArray newVoters;
            qint64 voted = 0;
            QSqlQuery q = m.db.query(
                QStringLiteral("SELECT member_id FROM ballots WHERE round_id = ? ORDER BY member_id"), {id});
            while (q.next()) {
                ++voted;
                const qint64 member = q.value(0).toLongLong();
                if (!announced.contains(member)) {
                    announced.insert(member);
                    newVoters.append(member);
                }
            }
            QCborMap ev;
            ev.insert(QStringLiteral("round"), id);
            ev.insert(QStringLiteral("voted"), voted);
            ev.insert(QStringLiteral("newVoters"), newVoters);
            m.commits.notify(Event::VoteProgress, r.value(0).toLongLong(), ev);
        }
    });
}

static RoundRow readRound(Database &db, qint64 id) {
    RoundRow r;
    QSqlQuery q = db.query(
        QStringLiteral(
            "SELECT id, body_id, session_id, item_id, sitting_id, question, rule, state,"
            " round_no, repeat_of, opened_at, deadline_at, total_delegates FROM vote_rounds WHERE id = ?"),
        {id});
    if (!q.next())
        return r;
    r.id = q.value(0).toLongLong();
    r.bodyId = q.value(1).toLongLong();
    r.sessionId = q.value(2).toLongLong();
    r.itemId = q.value(3).toLongLong();
    r.sittingId = q.value(4).toLongLong();
    r.question = q.value(5).toString();
    r.rule = q.value(6).toString();
    r.state = q.value(7).toString();
    r.roundNo = q.value(8).toLongLong();
    r.repeatOf = q.value(9).toLongLong();
    r.openedAt = q.value(10).toLongLong();
    r.deadline = q.value(11).toLongLong();
    r.totalDelegates = q.value(12).toLongLong();
    return r;
}

QCborMap VoteService::round(qint64 id) {
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT id, body_id, session_id, item_id, sitting_id, question, rule, kind, state,"
                       " round_no, repeat_of, opened_at, deadline_at, closed_at, result, hand_counted,"
                       " (SELECT COUNT(*) FROM ballots b WHERE b.round_id = r.id)"
                       " FROM vote_rounds r WHERE id = ?"),
        {id});
    if (!q.next())
        return {};
    auto orNull = [](const QVariant &v) {
        return v.isNull() || v.toLongLong() == 0 ? QCborValue(QCborValue::Null) : QCborValue(v.toLongLong());
    };
    QCborMap r;
    r.insert(QStringLiteral("id"), q.value(0).toLongLong());
    r.insert(QStringLiteral("body"), q.value(1).toLongLong());
    r.insert(QStringLiteral("session"), q.value(2).toLongLong());
    r.insert(QStringLiteral("item"), q.value(3).toLongLong());
    r.insert(QStringLiteral("sitting"), q.value(4).toLongLong());
    r.insert(QStringLiteral("question"), q.value(5).toString());
    r.insert(QStringLiteral("rule"), q.value(6).toString());
    r.insert(QStringLiteral("kind"), q.value(7).toString());
    r.insert(QStringLiteral("state"), q.value(8).toString());
    r.insert(QStringLiteral("roundNo"), q.value(9).toLongLong());
    r.insert(QStringLiteral("repeatOf"), orNull(q.value(10)));
    r.insert(QStringLiteral("openedAt"), q.value(11).toLongLong());
    r.insert(QStringLiteral("deadline"), orNull(q.value(12)));
    r.insert(QStringLiteral("closedAt"), orNull(q.value(13)));
    r.insert(QStringLiteral("result"), q.value(14).isNull()
                                           ? QCborValue(QCborValue::Null)
                                           : QCborValue::fromCbor(q.value(14).toByteArray()));
    r.insert(QStringLiteral("handCounted"), q.value(15).toBool());
    r.insert(QStringLiteral("voted"), q.value(16).toLongLong());
    return r;
}

void VoteService::armTimer(qint64 roundId, qint64 deadlineMs) {
    QTimer *&timer = m_deadlines[roundId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        // Coarse timers may fire up to 5 % early: a ballot in the last second must still count.
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, roundId] {
            const RoundRow r = readRound(m.db, roundId);
            if (r.state != QLatin1String("open"))
                return;
            if (r.deadline > nowMs()) {
                armTimer(roundId, r.deadline); // extended meanwhile, or woke early
                return;
            }
            // The deadline closes the round like the chair would; ballots of
            // this turn that came before are in the same commit.
            m.commits.run([&] { return closeRound(0, roundId); });
        });
    }
    timer->start(int(std::clamp<qint64>(deadlineMs - nowMs(), 0, qint64(24) * 3600 * 1000)));
}

void VoteService::scheduleProgress(qint64 roundId) {
    m_progressDirty.insert(roundId);
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void VoteService::restoreTimers() {
    QSqlQuery q = m.db.query(QStringLiteral(
        "SELECT id, deadline_at FROM vote_rounds WHERE state = 'open' AND deadline_at IS NOT NULL"));
    QList<QPair<qint64, qint64>> open;
    while (q.next())
        open.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto &[id, deadline] : open)
        armTimer(id, deadline);
}

Outcome VoteService::open(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 itemId = f.integer("item", true, 1);
    const QString question = f.text("question", true, 1000);
    const QString ruleName = f.text("rule", false, 40);
    const std::optional<qint64> seconds = f.optionalInteger("seconds", 10, 3600);
    const std::optional<qint64> sittingGiven = f.optionalInteger("sitting", 1);
    COUNCIL_CHECK_FIELDS(f);
    const QCborMap item = records::agendaItem(m.db, itemId);
    const qint64 sessionId = item.value(QStringLiteral("session")).toInteger();
    const qint64 bodyId = m.access.bodyOfSession(sessionId);
    COUNCIL_CHECK(m.access.requireChair(caller, bodyId));
    const qint64 sittingId = sittingGiven ? *sittingGiven : item.value(QStringLiteral("sitting")).toInteger();
    if (sittingId <= 0 ||
        records::sitting(m.db, sittingId).value(QStringLiteral("session")).toInteger() != sessionId)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the vote needs a sitting of this session"));
    QString rule = ruleName;
    if (rule.isEmpty()) {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT vote_rule FROM bodies WHERE id = ?"), {bodyId});
        rule = q.next() ? q.value(0).toString() : QStringLiteral("more_than_half_of_total");
    }
    if (!domain::thresholdFromName(rule))
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("unknown rule '%1'").arg(rule));
    QSqlQuery busy = m.db.query(
        QStringLiteral("SELECT id FROM vote_rounds WHERE body_id = ? AND state = 'open'"), {bodyId});
    if (busy.next())
        return Outcome::fail(ErrorCode::VoteInProgress,
                             QStringLiteral("round %1 is open").arg(busy.value(0).toLongLong()));
    const qint64 now = nowMs();
    const qint64 deadline = seconds ? now + *seconds * 1000 : 0;
    bool ok = false;
    QSqlQuery ins = m.db.query(
        QStringLiteral("INSERT INTO vote_rounds(body_id, session_id, item_id, sitting_id, question, rule,"
                       " state, opened_at, deadline_at, opened_by, total_delegates)"
                       " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"),
        {bodyId, sessionId, itemId, sittingId, question, rule, now,
         deadline ? QVariant(deadline) : QVariant(), caller.accountId, m_attendance.delegateTotal(bodyId)},
        &ok);
    if (!ok)
        return Outcome::fail(ErrorCode::VoteInProgress, m.db.lastError());
    const qint64 id = m.db.lastInsertId(ins);
    const QCborMap r = round(id);
    if (!m.commits.publish(Event::VoteOpened, caller.accountId, bodyId, sessionId, wrapRound(r)))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    if (deadline)
        m.commits.afterCommit([this, id, deadline](bool committed) {
            if (committed)
                armTimer(id, deadline);
        });
    return Outcome::ok(wrapRound(r));
}

Outcome VoteService::cast(const Caller &caller, const QCborMap &body, const QByteArray &ballotId) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    const QString choice = f.oneOf("choice", kChoices, {});
    COUNCIL_CHECK_FIELDS(f);
    if (!f.has("choice"))
        return Outcome::fail(ErrorCode::BadRequest, QStringLiteral("missing field 'choice'"));
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireMember(caller, r.bodyId));
    QSqlQuery mq =
        m.db.query(QStringLiteral("SELECT id, functions FROM members WHERE account_id = ? AND body_id = ?"),
                   {caller.accountId, r.bodyId});
    if (!mq.next())
        return Outcome::fail(ErrorCode::NotDelegate);
    const qint64 memberId = mq.value(0).toLongLong();
    // A resend of a ballot already taken is recognised before anything else,
    // also after the round closed: the delegate learns it counted.
    QSqlQuery seen =
        m.db.query(QStringLiteral("SELECT 1 FROM ballot_ops WHERE round_id = ? AND member_id = ? AND op = ?"),
                   {roundId, memberId, ballotId});
    if (seen.next()) {
        QSqlQuery cur =
            m.db.query(QStringLiteral("SELECT choice FROM ballots WHERE round_id = ? AND member_id = ?"),
                       {roundId, memberId});
        QCborMap out;
        out.insert(QStringLiteral("status"), QStringLiteral("already_recorded"));
        out.insert(QStringLiteral("choice"), cur.next() ? cur.value(0).toString() : choice);
        out.insert(QStringLiteral("round"), roundId);
        return Outcome::ok(out);
    }
    if (!domain::Functions::fromInt(mq.value(1).toInt()).testFlag(Function::Delegate))
        return Outcome::fail(ErrorCode::NotDelegate);
    if (r.state != QLatin1String("open") || (r.deadline && nowMs() > r.deadline))
        return Outcome::fail(ErrorCode::VoteClosed);
    if (!m_attendance.isPresent(r.sittingId, memberId))
        return Outcome::fail(ErrorCode::NotPresent);
    const qint64 now = nowMs();
    QSqlQuery existing =
        m.db.query(QStringLiteral("SELECT choice FROM ballots WHERE round_id = ? AND member_id = ?"),
                   {roundId, memberId});
    QString status;
    if (existing.next()) {
        status = QStringLiteral("changed");
        if (!m.db.exec(QStringLiteral("UPDATE ballots SET choice = ?, op = ?, at = ?, changes = changes + 1"
                                      " WHERE round_id = ? AND member_id = ?"),
                       {choice, ballotId, now, roundId, memberId}))
            return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    } else {
        status = QStringLiteral("recorded");
        // UNIQUE(round_id, member_id): the database itself refuses a second ballot.
        if (!m.db.exec(QStringLiteral(
                           "INSERT INTO ballots(round_id, member_id, choice, op, at) VALUES (?, ?, ?, ?, ?)"),
                       {roundId, memberId, choice, ballotId, now}))
            return Outcome::fail(ErrorCode::Conflict, m.db.lastError());
    }
    if (!m.db.exec(QStringLiteral("INSERT INTO ballot_ops(round_id, member_id, op) VALUES (?, ?, ?)"),
                   {roundId, memberId, ballotId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    QCborMap ev;
    ev.insert(QStringLiteral("round"), roundId);
    ev.insert(QStringLiteral("member"), memberId);
    ev.insert(QStringLiteral("choice"), choice);
    ev.insert(QStringLiteral("status"), status);
    // Only the voter's own devices hear which way it went.
    if (!m.commits.publish(Event::VoteBallot, caller.accountId, r.bodyId, r.sessionId, ev, caller.accountId))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    scheduleProgress(roundId);
    QCborMap out;
    out.insert(QStringLiteral("status"), status);
    out.insert(QStringLiteral("choice"), choice);
    out.insert(QStringLiteral("round"), roundId);
    return Outcome::ok(out);
}

// The result as every screen and the minutes show it, from the rules engine.
static QCborMap resultOf(const QString &rule, const domain::VoteBase &base, const domain::Tally &tally,
                         bool handCounted) {
    const auto threshold = domain::thresholdFromName(rule).value_or(domain::Threshold::MoreThanHalfOfTotal);
    const domain::RuleResult verdict = domain::evaluate(threshold, base, tally);
    QCborMap shares;
    shares.insert(QStringLiteral("approve"),
                  domain::shareOfTotalBasisPoints(tally.approve, base.totalDelegates));
    shares.insert(QStringLiteral("disapprove"),
                  domain::shareOfTotalBasisPoints(tally.disapprove, base.totalDelegates));
    shares.insert(QStringLiteral("notVoting"),
                  domain::shareOfTotalBasisPoints(tally.notVoting, base.totalDelegates));
    QCborMap result;
    result.insert(QStringLiteral("total"), base.totalDelegates);
    result.insert(QStringLiteral("present"), base.present);
    result.insert(QStringLiteral("voted"), tally.cast());
    result.insert(QStringLiteral("approve"), tally.approve);
    result.insert(QStringLiteral("disapprove"), tally.disapprove);
    result.insert(QStringLiteral("notVoting"), tally.notVoting);
    result.insert(QStringLiteral("shares"), shares);
    result.insert(QStringLiteral("rule"), rule);
    result.insert(QStringLiteral("requiredApprovals"), verdict.requiredApprovals);
    result.insert(QStringLiteral("verdict"), verdictName(verdict.verdict));
    result.insert(QStringLiteral("handCounted"), handCounted);
    return result;
}

// A round that stopped taking ballots: no deadline timer, no progress, and
// everyone hears its final state.
Outcome VoteService::endRound(qint64 actor, const RoundRow &r, protocol::Event event) {
    if (QTimer *t = m_deadlines.take(r.id))
        t->deleteLater();
    m_announced.remove(r.id);
    const QCborMap rr = round(r.id);
    if (!m.commits.publish(event, actor, r.bodyId, r.sessionId, wrapRound(rr)))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return Outcome::ok(wrapRound(rr));
}

Outcome VoteService::closeRound(qint64 actor, qint64 roundId) {
    const RoundRow r = readRound(m.db, roundId);
    if (r.state != QLatin1String("open"))
        return Outcome::fail(ErrorCode::VoteClosed);
    domain::Tally tally;
    QCborArray approveNames, disapproveNames, notVotingNames, didNotVote;
    QSet<qint64> voted;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT b.member_id, b.choice, mb.full_name FROM ballots b"
                                            " JOIN members mb ON mb.id = b.member_id WHERE b.round_id = ?"
                                            " ORDER BY mb.full_name"),
                             {roundId});
    while (q.next()) {
        voted.insert(q.value(0).toLongLong());
        const QString c = q.value(1).toString();
        if (c == QLatin1String("approve")) {
            ++tally.approve;
            approveNames.append(q.value(2).toString());
        } else if (c == QLatin1String("disapprove")) {
            ++tally.disapprove;
            disapproveNames.append(q.value(2).toString());
        } else {
            ++tally.notVoting;
            notVotingNames.append(q.value(2).toString());
        }
    }
    QSqlQuery present =
        m.db.query(QStringLiteral("SELECT mb.id, mb.full_name FROM attendance a JOIN members mb ON"
                                  " mb.id = a.member_id WHERE a.sitting_id = ? AND a.status IN"
                                  " ('present', 'late') AND (mb.functions & 1) ORDER BY mb.full_name"),
                   {r.sittingId});
    while (present.next())
        if (!voted.contains(present.value(0).toLongLong()))
            didNotVote.append(present.value(1).toString());
    const domain::VoteBase base{int(r.totalDelegates), m_attendance.quorum(r.sittingId).present};
    QCborMap names;
    names.insert(QStringLiteral("approve"), approveNames);
    names.insert(QStringLiteral("disapprove"), disapproveNames);
    names.insert(QStringLiteral("notVoting"), notVotingNames);
    names.insert(QStringLiteral("didNotVote"), didNotVote);
    QCborMap result = resultOf(r.rule, base, tally, false);
    result.insert(QStringLiteral("names"), names);
    if (!m.db.exec(
            QStringLiteral("UPDATE vote_rounds SET state = 'closed', closed_at = ?, result = ? WHERE id = ?"),
            {nowMs(), result.toCborValue().toCbor(), roundId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return endRound(actor, r, Event::VoteClosed);
}

Outcome VoteService::close(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireChair(caller, readRound(m.db, roundId).bodyId));
    return closeRound(caller.accountId, roundId);
}

Outcome VoteService::extend(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    const qint64 seconds = f.integer("seconds", true, 10, 3600);
    COUNCIL_CHECK_FIELDS(f);
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireChair(caller, r.bodyId));
    if (r.state != QLatin1String("open"))
        return Outcome::fail(ErrorCode::VoteClosed);
    const qint64 deadline = std::max(nowMs(), r.deadline) + seconds * 1000;
    if (!m.db.exec(QStringLiteral("UPDATE vote_rounds SET deadline_at = ? WHERE id = ?"),
                   {deadline, roundId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    const QCborMap rr = round(roundId);
    if (!m.commits.publish(Event::VoteUpdated, caller.accountId, r.bodyId, r.sessionId, wrapRound(rr)))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    m.commits.afterCommit([this, roundId, deadline](bool committed) {
        if (committed)
            armTimer(roundId, deadline);
    });
    return Outcome::ok(wrapRound(rr));
}

Outcome VoteService::cancel(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireChair(caller, r.bodyId));
    if (r.state != QLatin1String("open"))
        return Outcome::fail(ErrorCode::VoteClosed);
    if (!m.db.exec(QStringLiteral("UPDATE vote_rounds SET state = 'cancelled', closed_at = ? WHERE id = ?"),
                   {nowMs(), roundId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return endRound(caller.accountId, r, Event::VoteUpdated);
}

Outcome VoteService::repeat(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireChair(caller, r.bodyId));
    if (r.state == QLatin1String("repeated"))
        return Outcome::fail(ErrorCode::Conflict, QStringLiteral("this round was already repeated"));
    // The old round is kept, marked as repeated; the new one starts empty.
    if (!m.db.exec(
            QStringLiteral(
                "UPDATE vote_rounds SET state = 'repeated', closed_at = COALESCE(closed_at, ?) WHERE id = ?"),
            {nowMs(), roundId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    if (QTimer *t = m_deadlines.take(roundId))
        t->deleteLater();
    m_announced.remove(roundId);
    if (!m.commits.publish(Event::VoteUpdated, caller.accountId, r.bodyId, r.sessionId,
                           wrapRound(round(roundId))))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    const qint64 now = nowMs();
    const qint64 deadline = r.deadline ? now + (r.deadline - r.openedAt) : 0;
    bool ok = false;
    QSqlQuery ins = m.db.query(
        QStringLiteral("INSERT INTO vote_rounds(body_id, session_id, item_id, sitting_id, question, rule,"
                       " state, round_no, repeat_of, opened_at, deadline_at, opened_by, total_delegates)"
                       " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)"),
        {r.bodyId, r.sessionId, r.itemId, r.sittingId, r.question, r.rule, r.roundNo + 1, roundId, now,
         deadline ? QVariant(deadline) : QVariant(), caller.accountId, m_attendance.delegateTotal(r.bodyId)},
        &ok);
    if (!ok)
        return Outcome::fail(ErrorCode::VoteInProgress, m.db.lastError());
    const qint64 id = m.db.lastInsertId(ins);
    const QCborMap rr = round(id);
    if (!m.commits.publish(Event::VoteOpened, caller.accountId, r.bodyId, r.sessionId, wrapRound(rr)))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    if (deadline)
        m.commits.afterCommit([this, id, deadline](bool committed) {
            if (committed)
                armTimer(id, deadline);
        });
    return Outcome::ok(wrapRound(rr));
}

Outcome VoteService::handCount(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    const qint64 approve = f.integer("approve", true, 0, 10000);
    const qint64 disapprove = f.integer("disapprove", true, 0, 10000);
    const qint64 notVoting = f.integer("notVoting", true, 0, 10000);
    const qint64 present = f.integer("present", true, 0, 10000);
    COUNCIL_CHECK_FIELDS(f);
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireSecretary(caller, r.bodyId));
    if (r.state == QLatin1String("repeated"))
        return Outcome::fail(ErrorCode::Conflict, QStringLiteral("this round was repeated"));
    const int total = int(r.totalDelegates);
    if (approve + disapprove + notVoting > present || present > total)
        return Outcome::fail(
            ErrorCode::InvalidValue,
            QStringLiteral("the counts exceed those present, or more present than delegates (%1)")
                .arg(total));
    const domain::Tally tally{int(approve), int(disapprove), int(notVoting)};
    const QCborMap result = resultOf(r.rule, {total, int(present)}, tally, true);
    if (!m.db.exec(
            QStringLiteral(
                "UPDATE vote_rounds SET state = 'closed', closed_at = COALESCE(closed_at, ?), result = ?,"
                " hand_counted = 1 WHERE id = ?"),
            {nowMs(), result.toCborValue().toCbor(), roundId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return endRound(caller.accountId, r, Event::VoteClosed);
}

Outcome VoteService::get(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 roundId = f.integer("round", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const RoundRow r = readRound(m.db, roundId);
    COUNCIL_CHECK(m.access.requireMember(caller, r.bodyId));
    QCborMap out;
    out.insert(QStringLiteral("round"), round(roundId));
    QSqlQuery mine =
        m.db.query(QStringLiteral("SELECT b.choice FROM ballots b JOIN members mb ON mb.id = b.member_id"
                                  " WHERE b.round_id = ? AND mb.account_id = ?"),
                   {roundId, caller.accountId});
    out.insert(QStringLiteral("myBallot"),
               mine.next() ? QCborValue(mine.value(0).toString()) : QCborValue(QCborValue::Null));
    QCborArray voters;
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT member_id FROM ballots WHERE round_id = ? ORDER BY member_id"), {roundId});
    while (q.next())
        voters.append(q.value(0).toLongLong());
    out.insert(QStringLiteral("voters"), voters);
    return Outcome::ok(out);
}

Outcome VoteService::list(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sessionId = f.integer("session", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, m.access.bodyOfSession(sessionId)));
    QCborArray rounds;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM vote_rounds WHERE session_id = ? ORDER BY id"),
                             {sessionId});
    while (q.next())
        rounds.append(round(q.value(0).toLongLong()));
    QCborMap out;
    out.insert(QStringLiteral("rounds"), rounds);
    return Outcome::ok(out);
}

QCborArray VoteService::openRoundsFor(const QList<qint64> &bodyIds) {
    QCborArray out;
    for (qint64 b : bodyIds) {
        QSqlQuery q = m.db.query(
            QStringLiteral("SELECT id FROM vote_rounds WHERE body_id = ? AND state = 'open'"), {b});
        while (q.next())
            out.append(round(q.value(0).toLongLong()));
    }
    return out;
}

} // namespace council::server
