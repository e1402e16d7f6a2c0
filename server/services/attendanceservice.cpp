#include "attendanceservice.h"

#include "crypto/sodium.h"
#include "records.h"

#include <QDateTime>
#include <QtEndian>
#include <qrencode.h>

namespace council::server {

using domain::Function;
using protocol::ErrorCode;
using protocol::Event;

namespace {
constexpr qint64 kCodeWindowMs = 30000;
const QStringList kStatuses{QStringLiteral("present"), QStringLiteral("late"), QStringLiteral("absent"),
                            QStringLiteral("excused")};

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

struct SittingInfo {
    qint64 sessionId = 0;
    qint64 bodyId = 0;
};
} // namespace

QCborMap QuorumState::toCbor() const {
    QCborMap m;
    m.insert(QStringLiteral("total"), total);
    m.insert(QStringLiteral("present"), present);
    m.insert(QStringLiteral("required"), required);
    m.insert(QStringLiteral("reached"), reached);
    m.insert(QStringLiteral("rule"), domain::quorumRuleName(rule));
    return m;
}

AttendanceService::AttendanceService(ServiceContext ctx)
    : m(ctx) {
    m_codeKey = m.db.secret(QStringLiteral("checkin_code_key"), 32);
}

static SittingInfo sittingInfo(Database &db, qint64 sittingId) {
    QSqlQuery q = db.query(QStringLiteral("SELECT s.session_id, x.body_id FROM sittings s JOIN sessions x"
                                          " ON x.id = s.session_id WHERE s.id = ?"),
                           {sittingId});
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

int AttendanceService::delegateTotal(qint64 bodyId) {
    return int(records::body(m.db, bodyId).value(QStringLiteral("delegateTotal")).toInteger());
}

QuorumState AttendanceService::quorum(qint64 sittingId) {
    QuorumState qs;
    const SittingInfo info = sittingInfo(m.db, sittingId);
    if (!info.bodyId)
        return qs;
    QSqlQuery rule = m.db.query(QStringLiteral("SELECT quorum_rule FROM bodies WHERE id = ?"), {info.bodyId});
    if (rule.next())
        qs.rule = domain::quorumRuleFromName(rule.value(0).toString())
                      .value_or(domain::QuorumRule::TwoThirdsOfTotal);
    qs.total = delegateTotal(info.bodyId);
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT COUNT(*) FROM attendance a JOIN members mb ON mb.id = a.member_id"
                                  " WHERE a.sitting_id = ? AND a.status IN ('present', 'late')"
                                  " AND (mb.functions & 1)"),
                   {sittingId});
    qs.present = q.next() ? q.value(0).toInt() : 0;
    qs.required = domain::quorumRequired(qs.rule, qs.total);
    qs.reached = domain::quorumReached(qs.rule, qs.total, qs.present);
    return qs;
}

bool AttendanceService::isPresent(qint64 sittingId, qint64 memberId) {
    QSqlQuery q = m.db.query(QStringLiteral("SELECT 1 FROM attendance WHERE sitting_id = ? AND member_id = ?"
                                            " AND status IN ('present', 'late')"),
                             {sittingId, memberId});
    return q.next();
}

void AttendanceService::setOnline(qint64 accountId, bool online) {
    int &count = m_onlineDevices[accountId];
    const bool before = count > 0;
    count = std::max(0, count + (online ? 1 : -1));
    const bool after = count > 0;
    if (count == 0)
        m_onlineDevices.remove(accountId);
    if (before == after)
        return;
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT id, body_id FROM members WHERE account_id = ?"), {accountId});
    while (q.next()) {
        QCborMap ev;
        ev.insert(QStringLiteral("sitting"), QCborValue(QCborValue::Null));
        ev.insert(QStringLiteral("member"), q.value(0).toLongLong());
        ev.insert(QStringLiteral("online"), after);
        m.commits.notify(Event::AttendanceDevice, q.value(1).toLongLong(), ev);
    }
}

QString AttendanceService::codeFor(qint64 sittingId, qint64 window) const {
    QByteArray msg(16, '\0');
    qToBigEndian<qint64>(sittingId, msg.data());
    qToBigEndian<qint64>(window, msg.data() + 8);
    const QByteArray h = crypto::genericHash(msg, 16, m_codeKey);
    const quint32 n = qFromBigEndian<quint32>(h.constData());
    return QStringLiteral("%1").arg(n % 1000000u, 6, 10, QLatin1Char('0'));
}

QCborMap AttendanceService::entry(qint64 sittingId, qint64 memberId) {
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT mb.full_name, mb.seat, mb.account_id, a.status, a.method, a.reason, a.at"
                       " FROM members mb LEFT JOIN attendance a ON a.member_id = mb.id AND"
                       " a.sitting_id = ? WHERE mb.id = ?"),
        {sittingId, memberId});
    QCborMap e;
    if (!q.next())
        return e;
    e.insert(QStringLiteral("sitting"), sittingId);
    e.insert(QStringLiteral("member"), memberId);
    e.insert(QStringLiteral("fullName"), q.value(0).toString());
    e.insert(QStringLiteral("seat"), q.value(1).toString());
    e.insert(QStringLiteral("status"),
             q.value(3).isNull() ? QStringLiteral("unknown") : q.value(3).toString());
    e.insert(QStringLiteral("method"), q.value(4).toString());
    e.insert(QStringLiteral("reason"), q.value(5).toString());
    e.insert(QStringLiteral("at"),
             q.value(6).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(6).toLongLong()));
    e.insert(QStringLiteral("online"), !q.value(2).isNull() && isOnline(q.value(2).toLongLong()));
    return e;
}

Outcome AttendanceService::record(const Caller &caller, qint64 sittingId, qint64 memberId,
                                  const QString &status, const QString &method, const QString &reason) {
    const SittingInfo info = sittingInfo(m.db, sittingId);
    const qint64 at = nowMs();
    if (!m.db.exec(QStringLiteral(
                       "INSERT INTO attendance(sitting_id, member_id, status, method, reason, at, by_account)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sitting_id, member_id) DO UPDATE SET"
                       " status = excluded.status, method = excluded.method, reason = excluded.reason,"
                       " at = excluded.at, by_account = excluded.by_account"),
                   {sittingId, memberId, status, method, reason, at, caller.accountId}) ||
        !m.db.exec(
            QStringLiteral(
                "INSERT INTO attendance_log(sitting_id, member_id, status, method, reason, at, by_account)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sittingId, memberId, status, method, reason, at, caller.accountId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    QCborMap out;
    out.insert(QStringLiteral("entry"), entry(sittingId, memberId));
    out.insert(QStringLiteral("quorum"), quorum(sittingId).toCbor());
    if (!m.commits.publish(Event::AttendanceChanged, caller.accountId, info.bodyId, info.sessionId, out))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return Outcome::ok(out);
}

Outcome AttendanceService::checkIn(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sittingId = f.integer("sitting", true, 1);
    const QString code = f.text("code", false, 6);
    COUNCIL_CHECK_FIELDS(f);
    const SittingInfo info = sittingInfo(m.db, sittingId);
    COUNCIL_CHECK(m.access.requireMember(caller, info.bodyId));
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM members WHERE account_id = ? AND body_id = ?"),
                             {caller.accountId, info.bodyId});
    if (!q.next())
        return Outcome::fail(ErrorCode::PermissionDenied, QStringLiteral("only members check themselves in"));
    const qint64 memberId = q.value(0).toLongLong();
    // A closed sitting takes no more check-ins (the secretariat may still correct the record).
    QSqlQuery state = m.db.query(QStringLiteral("SELECT state FROM sittings WHERE id = ?"), {sittingId});
    if (state.next() && state.value(0).toString() == QLatin1String("closed"))
        return Outcome::fail(ErrorCode::WrongState,
                             QStringLiteral("Phiên họp đã bế mạc; không thể điểm danh. / The sitting is "
                                            "closed; check-in is over."));
    QString method = QStringLiteral("device");
    if (f.has("code")) {
        const qint64 window = nowMs() / kCodeWindowMs;
        // The code shown now, or the one just before: a delegate typing it as it changes is not refused.
        if (code != codeFor(sittingId, window) && code != codeFor(sittingId, window - 1))
            return Outcome::fail(ErrorCode::BadCheckInCode);
        method = QStringLiteral("code");
    }
    return record(caller, sittingId, memberId, QStringLiteral("present"), method, {});
}

Outcome AttendanceService::set(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sittingId = f.integer("sitting", true, 1);
    const qint64 memberId = f.integer("member", true, 1);
    const QString status = f.oneOf("status", kStatuses, QStringLiteral("present"));
    const QString reason = f.text("reason", false, 300);
    COUNCIL_CHECK_FIELDS(f);
    if (!f.has("status"))
        return Outcome::fail(ErrorCode::BadRequest, QStringLiteral("missing field 'status'"));
    const SittingInfo info = sittingInfo(m.db, sittingId);
    COUNCIL_CHECK(m.access.requireSecretary(caller, info.bodyId));
    if (m.access.bodyOfRow("members", memberId) != info.bodyId)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no such member in this body"));
    return record(caller, sittingId, memberId, status, QStringLiteral("secretariat"), reason);
}

Outcome AttendanceService::list(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sittingId = f.integer("sitting", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const SittingInfo info = sittingInfo(m.db, sittingId);
    COUNCIL_CHECK(m.access.requireMember(caller, info.bodyId));
    QCborArray entries;
    // Members come sorted the Vietnamese way already; the hall display is no attendee.
    for (const QCborValue &mv : records::membersOfBody(m.db, info.bodyId)) {
        const QCborMap member = mv.toMap();
        const QCborArray fns = member.value(QStringLiteral("functions")).toArray();
        if (fns.size() == 1 && fns.at(0).toString() == QLatin1String("display"))
            continue;
        entries.append(entry(sittingId, member.value(QStringLiteral("id")).toInteger()));
    }
    QCborMap out;
    out.insert(QStringLiteral("entries"), entries);
    out.insert(QStringLiteral("quorum"), quorum(sittingId).toCbor());
    return Outcome::ok(out);
}

Outcome AttendanceService::timeline(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sittingId = f.integer("sitting", true, 1);
    const std::optional<qint64> member = f.optionalInteger("member", 1);
    COUNCIL_CHECK_FIELDS(f);
    const SittingInfo info = sittingInfo(m.db, sittingId);
    COUNCIL_CHECK(m.access.requireMember(caller, info.bodyId));
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT l.member_id, mb.full_name, l.status, l.method, l.reason, l.at, l.by_account"
                       " FROM attendance_log l JOIN members mb ON mb.id = l.member_id"
                       " WHERE l.sitting_id = ? AND (? = 0 OR l.member_id = ?) ORDER BY l.at, l.id"),
        {sittingId, member.value_or(0), member.value_or(0)});
    QCborArray changes;
    while (q.next()) {
        QCborMap c;
        c.insert(QStringLiteral("member"), q.value(0).toLongLong());
        c.insert(QStringLiteral("fullName"), q.value(1).toString());
        c.insert(QStringLiteral("status"), q.value(2).toString());
        c.insert(QStringLiteral("method"), q.value(3).toString());
        c.insert(QStringLiteral("reason"), q.value(4).toString());
        c.insert(QStringLiteral("at"), q.value(5).toLongLong());
        c.insert(QStringLiteral("by"), q.value(6).toLongLong());
        changes.append(c);
    }
    QCborMap out;
    out.insert(QStringLiteral("changes"), changes);
    return Outcome::ok(out);
}

Outcome AttendanceService::code(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sittingId = f.integer("sitting", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const SittingInfo info = sittingInfo(m.db, sittingId);
    COUNCIL_CHECK(m.access.requireMember(caller, info.bodyId));
    const domain::Functions fns = m.access.functionsIn(caller.accountId, info.bodyId);
    if (!caller.admin && !(fns & (domain::Functions(Function::HallDisplay) | Function::Secretary |
                                  Function::Chair | Function::ViceChair)))
        return Outcome::fail(ErrorCode::PermissionDenied,
                             QStringLiteral("the check-in code is for the hall display"));
    const qint64 window = nowMs() / kCodeWindowMs;
    const QString digits = codeFor(sittingId, window);
    const QString text = QStringLiteral("council:checkin?sitting=%1&code=%2").arg(sittingId).arg(digits);
    QCborMap out;
    out.insert(QStringLiteral("code"), digits);
    out.insert(QStringLiteral("validFrom"), window * kCodeWindowMs);
    out.insert(QStringLiteral("validUntil"), (window + 1) * kCodeWindowMs);
    out.insert(QStringLiteral("text"), text);
    const QByteArray utf8 = text.toUtf8();
    if (QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
        QByteArray modules(qr->width * qr->width, '\0');
        for (int i = 0; i < qr->width * qr->width; ++i)
            modules[i] = char(qr->data[i] & 1);
        QCborMap qrMap;
        qrMap.insert(QStringLiteral("size"), qr->width);
        qrMap.insert(QStringLiteral("modules"), modules);
        out.insert(QStringLiteral("qr"), qrMap);
        QRcode_free(qr);
    }
    return Outcome::ok(out);
}

} // namespace council::server
