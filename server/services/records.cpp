#include "records.h"

#include "domain/functions.h"
#include "domain/text.h"
#include "storage/database.h"

#include <QCborValue>
#include <algorithm>

namespace council::server::records {

namespace {
QCborValue idOrNull(const QVariant &v) {
    return v.isNull() || v.toLongLong() == 0 ? QCborValue(QCborValue::Null) : QCborValue(v.toLongLong());
}

// `groupsOf` holds the groups of every member of the body when the caller
// read them in one query; otherwise the member's groups are looked up.
QCborMap memberFromRow(Database &db, const QSqlQuery &q,
                       const QHash<qint64, QCborArray> *groupsOf = nullptr) {
    const qint64 id = q.value(0).toLongLong();
    QCborMap m;
    m.insert(QStringLiteral("id"), id);
    m.insert(QStringLiteral("body"), q.value(1).toLongLong());
    m.insert(QStringLiteral("fullName"), q.value(2).toString());
    QCborArray fns;
    for (const QString &f : domain::functionNames(domain::Functions::fromInt(q.value(3).toInt())))
        fns.append(f);
    m.insert(QStringLiteral("functions"), fns);
    m.insert(QStringLiteral("seat"), q.value(4).toString());
    m.insert(QStringLiteral("username"),
             q.value(5).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(5).toString()));
    QCborArray groups;
    if (groupsOf) {
        groups = groupsOf->value(id);
    } else {
        QSqlQuery g = db.query(
            QStringLiteral("SELECT group_id FROM group_members WHERE member_id = ? ORDER BY group_id"), {id});
        while (g.next())
            groups.append(g.value(0).toLongLong());
    }
    m.insert(QStringLiteral("groups"), groups);
    return m;
}

const QString kMemberSelect =
    QStringLiteral("SELECT m.id, m.body_id, m.full_name, m.functions, m.seat, a.username FROM members m"
                   " LEFT JOIN accounts a ON a.id = m.account_id");
const QString kSessionSelect = QStringLiteral(
    "SELECT id, body_id, title, location, starts_on, ends_on, state, current_item_id FROM sessions");
const QString kAgendaSelect = QStringLiteral("SELECT id, session_id, sitting_id, position, title, presenter, "
                                             "planned_minutes, kind, state FROM agenda_items");

QCborMap sessionFromRow(const QSqlQuery &q) {
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("body"), q.value(1).toLongLong());
    m.insert(QStringLiteral("title"), q.value(2).toString());
    m.insert(QStringLiteral("location"), q.value(3).toString());
    m.insert(QStringLiteral("startsOn"), q.value(4).toString());
    m.insert(QStringLiteral("endsOn"), q.value(5).toString());
    m.insert(QStringLiteral("state"), q.value(6).toString());
    m.insert(QStringLiteral("currentItem"), idOrNull(q.value(7)));
    return m;
}

QCborMap agendaFromRow(const QSqlQuery &q) {
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("session"), q.value(1).toLongLong());
    m.insert(QStringLiteral("sitting"), idOrNull(q.value(2)));
    m.insert(QStringLiteral("position"), q.value(3).toLongLong());
    m.insert(QStringLiteral("title"), q.value(4).toString());
    m.insert(QStringLiteral("presenter"), q.value(5).toString());
    m.insert(QStringLiteral("plannedMinutes"), q.value(6).toLongLong());
    m.insert(QStringLiteral("kind"), q.value(7).toString());
    m.insert(QStringLiteral("state"), q.value(8).toString());
    return m;
}

QCborMap sittingFromRow(const QSqlQuery &q) {
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("session"), q.value(1).toLongLong());
    m.insert(QStringLiteral("title"), q.value(2).toString());
    m.insert(QStringLiteral("date"), q.value(3).toString());
    m.insert(QStringLiteral("startsAt"), q.value(4).toString());
    m.insert(QStringLiteral("state"), q.value(5).toString());
    m.insert(QStringLiteral("openedAt"), q.value(6).isNull() ? 0 : q.value(6).toLongLong());
    m.insert(QStringLiteral("closedAt"), q.value(7).isNull() ? 0 : q.value(7).toLongLong());
    return m;
}

const QString kSittingSelect = QStringLiteral(
    "SELECT id, session_id, title, date, starts_at, state, opened_at, closed_at FROM sittings");
} // namespace

QCborMap account(Database &db, qint64 id) {
    QSqlQuery q = db.query(
        QStringLiteral("SELECT id, username, display_name, is_admin FROM accounts WHERE id = ?"), {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("username"), q.value(1).toString());
    m.insert(QStringLiteral("displayName"), q.value(2).toString());
    m.insert(QStringLiteral("admin"), q.value(3).toBool());
    return m;
}

QCborMap body(Database &db, qint64 id) {
    QSqlQuery q = db.query(
        QStringLiteral("SELECT id, name, kind, seats, fixed_delegate_total,"
                       " (SELECT COUNT(*) FROM members m WHERE m.body_id = b.id AND (m.functions & 1)),"
                       " quorum_rule, vote_rule, speaking_seconds, speaking_warning_seconds"
                       " FROM bodies b WHERE id = ?"),
        {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("name"), q.value(1).toString());
    m.insert(QStringLiteral("kind"), q.value(2).toString());
    m.insert(QStringLiteral("seats"), q.value(3).toLongLong());
    const bool fixed = !q.value(4).isNull() && q.value(4).toLongLong() > 0;
    m.insert(QStringLiteral("fixedDelegateTotal"),
             fixed ? QCborValue(q.value(4).toLongLong()) : QCborValue(QCborValue::Null));
    m.insert(QStringLiteral("delegateTotal"), fixed ? q.value(4).toLongLong() : q.value(5).toLongLong());
    m.insert(QStringLiteral("quorumRule"), q.value(6).toString());
    m.insert(QStringLiteral("voteRule"), q.value(7).toString());
    m.insert(QStringLiteral("speakingSeconds"), q.value(8).toLongLong());
    m.insert(QStringLiteral("speakingWarningSeconds"), q.value(9).toLongLong());
    return m;
}

QCborMap member(Database &db, qint64 id) {
    QSqlQuery q = db.query(kMemberSelect + QStringLiteral(" WHERE m.id = ?"), {id});
    return q.next() ? memberFromRow(db, q) : QCborMap();
}

QCborMap group(Database &db, qint64 id) {
    QSqlQuery q = db.query(QStringLiteral("SELECT id, body_id, name, kind FROM groups WHERE id = ?"), {id});
    if (!q.next())
        return {};
    QCborMap m;
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("body"), q.value(1).toLongLong());
    m.insert(QStringLiteral("name"), q.value(2).toString());
    m.insert(QStringLiteral("kind"), q.value(3).toString());
    return m;
}

QCborMap session(Database &db, qint64 id) {
    QSqlQuery q = db.query(kSessionSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? sessionFromRow(q) : QCborMap();
}

QCborMap sitting(Database &db, qint64 id) {
    QSqlQuery q = db.query(kSittingSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? sittingFromRow(q) : QCborMap();
}

QCborMap agendaItem(Database &db, qint64 id) {
    QSqlQuery q = db.query(kAgendaSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? agendaFromRow(q) : QCborMap();
}

QCborArray bodies(Database &db, const QList<qint64> &ids) {
    QCborArray out;
    for (qint64 id : ids)
        out.append(body(db, id));
    return out;
}

QCborArray membersOfBody(Database &db, qint64 bodyId) {
    // Two queries for the whole body (not one per member), and one collation
    // sort key per name instead of a collator comparison per pair: a snapshot of
    // a 1,600-member body stays cheap on the event loop.
    QHash<qint64, QCborArray> groupsOf;
    QSqlQuery g =
        db.query(QStringLiteral("SELECT gm.member_id, gm.group_id FROM group_members gm JOIN members m"
                                " ON m.id = gm.member_id WHERE m.body_id = ? ORDER BY gm.group_id"),
                 {bodyId});
    while (g.next())
        groupsOf[g.value(0).toLongLong()].append(g.value(1).toLongLong());
    struct Sorted {
        domain::NameSortKey key;
        QCborMap member;
    };
    QList<Sorted> list;
    QSqlQuery q = db.query(kMemberSelect + QStringLiteral(" WHERE m.body_id = ?"), {bodyId});
    while (q.next()) {
        QCborMap m = memberFromRow(db, q, &groupsOf);
        list.append(
            {domain::vietnameseNameSortKey(m.value(QStringLiteral("fullName")).toString()), std::move(m)});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Sorted &a, const Sorted &b) { return a.key < b.key; });
    QCborArray out;
    for (const Sorted &s : list)
        out.append(s.member);
    return out;
}

QCborArray groupsOfBody(Database &db, qint64 bodyId) {
    QCborArray out;
    QSqlQuery q = db.query(QStringLiteral("SELECT id FROM groups WHERE body_id = ? ORDER BY name"), {bodyId});
    while (q.next())
        out.append(group(db, q.value(0).toLongLong()));
    return out;
}

QCborArray sessionsOfBody(Database &db, qint64 bodyId) {
    QCborArray out;
    QSqlQuery q = db.query(
        kSessionSelect + QStringLiteral(" WHERE body_id = ? ORDER BY starts_on DESC, id DESC"), {bodyId});
    while (q.next())
        out.append(sessionFromRow(q));
    return out;
}

QCborArray sittingsOfSession(Database &db, qint64 sessionId) {
    QCborArray out;
    QSqlQuery q = db.query(
        kSittingSelect + QStringLiteral(" WHERE session_id = ? ORDER BY date, starts_at, id"), {sessionId});
    while (q.next())
        out.append(sittingFromRow(q));
    return out;
}

QCborArray agendaOfSession(Database &db, qint64 sessionId) {
    QCborArray out;
    QSqlQuery q =
        db.query(kAgendaSelect + QStringLiteral(" WHERE session_id = ? ORDER BY position"), {sessionId});
    while (q.next())
        out.append(agendaFromRow(q));
    return out;
}

QCborArray agendaOrder(Database &db, qint64 sessionId) {
    QCborArray out;
    QSqlQuery q = db.query(
        QStringLiteral("SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position"), {sessionId});
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace council::server::records
