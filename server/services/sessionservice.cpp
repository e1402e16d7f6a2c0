#include "sessionservice.h"

#include "records.h"

#include <QDateTime>

namespace council::server {

using protocol::ErrorCode;
using protocol::Event;

namespace {
const QStringList kSessionStates{QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("open"),
                                 QStringLiteral("closed")};
const QStringList kItemKinds{QStringLiteral("resolution"), QStringLiteral("submission"),
                             QStringLiteral("report"), QStringLiteral("procedural"), QStringLiteral("other")};
const QStringList kItemStates{QStringLiteral("pending"), QStringLiteral("current"), QStringLiteral("done")};

Outcome internal(Database &db) {
    return Outcome::fail(ErrorCode::Internal, db.lastError());
}

QCborMap wrap(const char *key, const QCborMap &value) {
    QCborMap m;
    m.insert(QString::fromLatin1(key), value);
    return m;
}
} // namespace

Outcome SessionService::createSession(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QString title = f.text("title");
    const QString location = f.text("location", false, 300);
    const QString from = f.date("startsOn");
    const QString to = f.date("endsOn");
    COUNCIL_CHECK_FIELDS(f);
    if (to < from)
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("endsOn is before startsOn"));
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    bool ok = false;
    QSqlQuery q =
        m.db.query(QStringLiteral("INSERT INTO sessions(body_id, title, location, starts_on, ends_on)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {bodyId, title, location, from, to}, &ok);
    if (!ok)
        return internal(m.db);
    const qint64 id = m.db.lastInsertId(q);
    const QCborMap session = records::session(m.db, id);
    if (!m.commits.publish(Event::SessionChanged, caller.accountId, bodyId, id, wrap("session", session)))
        return internal(m.db);
    return Outcome::ok(wrap("session", session));
}

Outcome SessionService::listSessions(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const std::optional<qint64> onlyBody = f.optionalInteger("body", 1);
    COUNCIL_CHECK_FIELDS(f);
    QList<qint64> bodies;
    if (onlyBody) {
        COUNCIL_CHECK(m.access.requireMember(caller, *onlyBody));
        bodies << *onlyBody;
    } else if (caller.admin) {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM bodies ORDER BY id"));
        while (q.next())
            bodies << q.value(0).toLongLong();
    } else {
        const QSet<qint64> mine = m.access.bodiesOf(caller.accountId);
        bodies = QList<qint64>(mine.begin(), mine.end());
        std::sort(bodies.begin(), bodies.end());
    }
    QCborArray all;
    for (qint64 b : bodies)
        for (const QCborValue &s : records::sessionsOfBody(m.db, b))
            all.append(s);
    QCborMap out;
    out.insert(QStringLiteral("sessions"), all);
    return Outcome::ok(out);
}

Outcome SessionService::getSession(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, m.access.bodyOfSession(id)));
    QCborMap out;
    out.insert(QStringLiteral("session"), records::session(m.db, id));
    out.insert(QStringLiteral("sittings"), records::sittingsOfSession(m.db, id));
    out.insert(QStringLiteral("agenda"), records::agendaOfSession(m.db, id));
    return Outcome::ok(out);
}

Outcome SessionService::updateSession(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const QString title = f.text("title", false);
    const QString location = f.text("location", false, 300);
    const QString from = f.date("startsOn", false);
    const QString to = f.date("endsOn", false);
    const QString state = f.has("state") ? f.oneOf("state", kSessionStates, {}) : QString();
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfSession(id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const QCborMap before = records::session(m.db, id);
    const QString newFrom = from.isEmpty() ? before.value(QStringLiteral("startsOn")).toString() : from;
    const QString newTo = to.isEmpty() ? before.value(QStringLiteral("endsOn")).toString() : to;
    if (newTo < newFrom)
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("endsOn is before startsOn"));
    const bool ok = m.db.exec(
        QStringLiteral("UPDATE sessions SET title = COALESCE(?, title), location = COALESCE(?, location),"
                       " starts_on = ?, ends_on = ?, state = COALESCE(?, state) WHERE id = ?"),
        {f.has("title") ? QVariant(title) : QVariant(), f.has("location") ? QVariant(location) : QVariant(),
         newFrom, newTo, state.isEmpty() ? QVariant() : QVariant(state), id});
    if (!ok)
        return internal(m.db);
    const QCborMap session = records::session(m.db, id);
    if (!m.commits.publish(Event::SessionChanged, caller.accountId, bodyId, id, wrap("session", session)))
        return internal(m.db);
    return Outcome::ok(wrap("session", session));
}

Outcome SessionService::removeSession(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfSession(id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    if (!m.db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("id"), id);
    ev.insert(QStringLiteral("body"), bodyId);
    if (!m.commits.publish(Event::SessionRemoved, caller.accountId, bodyId, id, ev))
        return internal(m.db);
    return Outcome::ok();
}

Outcome SessionService::addSitting(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sessionId = f.integer("session", true, 1);
    const QString title = f.text("title");
    const QString date = f.date("date");
    const QString startsAt = f.timeOfDay("startsAt");
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfSession(sessionId);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral("INSERT INTO sittings(session_id, title, date, starts_at) VALUES (?, ?, ?, ?)"),
        {sessionId, title, date, startsAt}, &ok);
    if (!ok)
        return internal(m.db);
    const QCborMap sitting = records::sitting(m.db, m.db.lastInsertId(q));
    if (!m.commits.publish(Event::SittingChanged, caller.accountId, bodyId, sessionId,
                           wrap("sitting", sitting)))
        return internal(m.db);
    return Outcome::ok(wrap("sitting", sitting));
}

Outcome SessionService::updateSitting(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const QString title = f.text("title", false);
    const QString date = f.date("date", false);
    const QString startsAt = f.timeOfDay("startsAt");
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("sittings", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    if (!m.db.exec(QStringLiteral("UPDATE sittings SET title = COALESCE(?, title), date = COALESCE(?, date),"
                                  " starts_at = COALESCE(?, starts_at) WHERE id = ?"),
                   {title.isEmpty() ? QVariant() : QVariant(title),
                    date.isEmpty() ? QVariant() : QVariant(date),
                    f.has("startsAt") ? QVariant(startsAt) : QVariant(), id}))
        return internal(m.db);
    const QCborMap sitting = records::sitting(m.db, id);
    const qint64 sessionId = sitting.value(QStringLiteral("session")).toInteger();
    if (!m.commits.publish(Event::SittingChanged, caller.accountId, bodyId, sessionId,
                           wrap("sitting", sitting)))
        return internal(m.db);
    return Outcome::ok(wrap("sitting", sitting));
}

Outcome SessionService::removeSitting(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("sittings", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const qint64 sessionId = records::sitting(m.db, id).value(QStringLiteral("session")).toInteger();
    // Items of the sitting stay in the session, unassigned: tell clients about each.
    QList<qint64> items;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM agenda_items WHERE sitting_id = ?"), {id});
    while (q.next())
        items << q.value(0).toLongLong();
    if (!m.db.exec(QStringLiteral("DELETE FROM sittings WHERE id = ?"), {id}))
        return internal(m.db);
    for (qint64 item : items)
        if (!m.commits.publish(Event::AgendaItemChanged, caller.accountId, bodyId, sessionId,
                               wrap("item", records::agendaItem(m.db, item))))
            return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("id"), id);
    ev.insert(QStringLiteral("session"), sessionId);
    if (!m.commits.publish(Event::SittingRemoved, caller.accountId, bodyId, sessionId, ev))
        return internal(m.db);
    return Outcome::ok();
}

Outcome SessionService::openSitting(const Caller &caller, const QCborMap &body) {
    // Reopening after a break starts the sitting's time again.
    return changeSittingState(
        caller, body,
        QStringLiteral("UPDATE sittings SET state = 'open', opened_at = ?, closed_at = NULL WHERE id = ?"),
        [this](qint64 id, qint64, const QCborMap &before) -> QString {
            if (before.value(QStringLiteral("state")).toString() == QLatin1String("open"))
                return QStringLiteral("Phiên họp đã khai mạc. / The sitting is already open.");
            QSqlQuery other = m.db.query(
                QStringLiteral(
                    "SELECT title FROM sittings WHERE session_id = ? AND state = 'open' AND id != ?"),
                {before.value(QStringLiteral("session")).toInteger(), id});
            if (other.next())
                return QStringLiteral("Phiên họp “%1” đang diễn ra; hãy bế mạc phiên đó trước. / The sitting "
                                      "“%1” is open; close it first.")
                    .arg(other.value(0).toString());
            return {};
        });
}

Outcome SessionService::closeSitting(const Caller &caller, const QCborMap &body) {
    return changeSittingState(
        caller, body, QStringLiteral("UPDATE sittings SET state = 'closed', closed_at = ? WHERE id = ?"),
        [this](qint64 id, qint64 bodyId, const QCborMap &before) -> QString {
            if (before.value(QStringLiteral("state")).toString() != QLatin1String("open"))
                return QStringLiteral("Phiên họp chưa khai mạc. / The sitting is not open.");
            // A vote of this sitting must end with a result (or be cancelled) first.
            QSqlQuery vote = m.db.query(QStringLiteral("SELECT 1 FROM vote_rounds WHERE body_id = ? AND "
                                                       "sitting_id = ? AND state = 'open'"),
                                        {bodyId, id});
            if (vote.next())
                return QStringLiteral("Đang biểu quyết; hãy kết thúc hoặc hủy biểu quyết trước. / A vote "
                                      "is open; close or cancel the vote first.");
            return {};
        });
}

Outcome SessionService::changeSittingState(const Caller &caller, const QCborMap &body, const QString &update,
                                           const SittingRefusal &refusal) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("sittings", id);
    COUNCIL_CHECK(m.access.requireChair(caller, bodyId));
    const QCborMap before = records::sitting(m.db, id);
    const qint64 sessionId = before.value(QStringLiteral("session")).toInteger();
    if (const QString why = refusal(id, bodyId, before); !why.isEmpty())
        return Outcome::fail(ErrorCode::WrongState, why);
    if (!m.db.exec(update, {QDateTime::currentMSecsSinceEpoch(), id}))
        return internal(m.db);
    const QCborMap sitting = records::sitting(m.db, id);
    if (!m.commits.publish(Event::SittingChanged, caller.accountId, bodyId, sessionId,
                           wrap("sitting", sitting)))
        return internal(m.db);
    return Outcome::ok(wrap("sitting", sitting));
}

QList<qint64> SessionService::itemOrder(qint64 sessionId) {
    QList<qint64> order;
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position, id"),
                   {sessionId});
    while (q.next())
        order << q.value(0).toLongLong();
    return order;
}

bool SessionService::renumber(qint64 sessionId, const QList<qint64> &order) {
    for (qsizetype i = 0; i < order.size(); ++i)
        if (!m.db.exec(QStringLiteral("UPDATE agenda_items SET position = ? WHERE id = ? AND session_id = ?"),
                       {qint64(i), order[i], sessionId}))
            return false;
    return true;
}

Outcome SessionService::addItem(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sessionId = f.integer("session", true, 1);
    const QString title = f.text("title", true, 1000);
    const QString presenter = f.text("presenter", false, 300);
    const qint64 minutes = f.integer("plannedMinutes", false, 0, 24 * 60);
    const QString kind = f.oneOf("kind", kItemKinds, QStringLiteral("other"));
    const std::optional<qint64> sitting = f.optionalInteger("sitting", 1);
    const std::optional<qint64> position = f.optionalInteger("position", 0, 100000);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfSession(sessionId);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    if (sitting && records::sitting(m.db, *sitting).value(QStringLiteral("session")).toInteger() != sessionId)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the sitting is not part of this session"));
    QList<qint64> order = itemOrder(sessionId);
    if (order.size() >= 1000)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("a session holds at most 1000 agenda items"));
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral("INSERT INTO agenda_items(session_id, sitting_id, position, title, presenter,"
                       " planned_minutes, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sessionId, sitting ? QVariant(*sitting) : QVariant(), qint64(order.size()), title, presenter,
         minutes, kind},
        &ok);
    if (!ok)
        return internal(m.db);
    const qint64 id = m.db.lastInsertId(q);
    const qsizetype at = position ? std::min<qsizetype>(*position, order.size()) : order.size();
    order.insert(at, id);
    if (!renumber(sessionId, order))
        return internal(m.db);
    const QCborMap item = records::agendaItem(m.db, id);
    if (!m.commits.publish(Event::AgendaItemChanged, caller.accountId, bodyId, sessionId, wrap("item", item)))
        return internal(m.db);
    if (at != order.size() - 1) {
        QCborMap ev;
        ev.insert(QStringLiteral("session"), sessionId);
        ev.insert(QStringLiteral("order"), records::agendaOrder(m.db, sessionId));
        if (!m.commits.publish(Event::AgendaReordered, caller.accountId, bodyId, sessionId, ev))
            return internal(m.db);
    }
    return Outcome::ok(wrap("item", item));
}

Outcome SessionService::updateItem(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const QString title = f.text("title", false, 1000);
    const QString presenter = f.text("presenter", false, 300);
    const std::optional<qint64> minutes = f.optionalInteger("plannedMinutes", 0, 24 * 60);
    const QString kind = f.has("kind") ? f.oneOf("kind", kItemKinds, {}) : QString();
    const QString state = f.has("state") ? f.oneOf("state", kItemStates, {}) : QString();
    const std::optional<qint64> sitting = f.optionalInteger("sitting", 1);
    COUNCIL_CHECK_FIELDS(f);
    if (f.has("title") && title.isEmpty())
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("field 'title' must not be empty"));
    const qint64 bodyId = m.access.bodyOfRow("agenda_items", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const qint64 sessionId = records::agendaItem(m.db, id).value(QStringLiteral("session")).toInteger();
    if (sitting && records::sitting(m.db, *sitting).value(QStringLiteral("session")).toInteger() != sessionId)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the sitting is not part of this session"));
    if (!m.db.exec(
            QStringLiteral(
                "UPDATE agenda_items SET title = COALESCE(?, title), presenter = COALESCE(?, presenter),"
                " planned_minutes = COALESCE(?, planned_minutes), kind = COALESCE(?, kind),"
                " state = COALESCE(?, state), sitting_id = COALESCE(?, sitting_id) WHERE id = ?"),
            {f.has("title") ? QVariant(title) : QVariant(),
             f.has("presenter") ? QVariant(presenter) : QVariant(), minutes ? QVariant(*minutes) : QVariant(),
             kind.isEmpty() ? QVariant() : QVariant(kind), state.isEmpty() ? QVariant() : QVariant(state),
             sitting ? QVariant(*sitting) : QVariant(), id}))
        return internal(m.db);
    const QCborMap item = records::agendaItem(m.db, id);
    if (!m.commits.publish(Event::AgendaItemChanged, caller.accountId, bodyId, sessionId, wrap("item", item)))
        return internal(m.db);
    return Outcome::ok(wrap("item", item));
}

Outcome SessionService::moveItem(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const qint64 position = f.integer("position", true, 0, 100000);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("agenda_items", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const qint64 sessionId = records::agendaItem(m.db, id).value(QStringLiteral("session")).toInteger();
    QList<qint64> order = itemOrder(sessionId);
    order.removeOne(id);
    order.insert(std::min<qsizetype>(position, order.size()), id);
    if (!renumber(sessionId, order))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("session"), sessionId);
    ev.insert(QStringLiteral("order"), records::agendaOrder(m.db, sessionId));
    if (!m.commits.publish(Event::AgendaReordered, caller.accountId, bodyId, sessionId, ev))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("order"), ev.value(QStringLiteral("order")));
    return Outcome::ok(out);
}

Outcome SessionService::removeItem(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("agenda_items", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const qint64 sessionId = records::agendaItem(m.db, id).value(QStringLiteral("session")).toInteger();
    const QCborMap session = records::session(m.db, sessionId);
    const bool wasCurrent = session.value(QStringLiteral("currentItem")).toInteger() == id;
    if (!m.db.exec(QStringLiteral("DELETE FROM agenda_items WHERE id = ?"), {id}))
        return internal(m.db);
    if (wasCurrent) {
        m.db.exec(QStringLiteral("UPDATE sessions SET current_item_id = NULL WHERE id = ?"), {sessionId});
        QCborMap ev;
        ev.insert(QStringLiteral("session"), sessionId);
        ev.insert(QStringLiteral("item"), QCborValue(QCborValue::Null));
        ev.insert(QStringLiteral("previous"), id);
        if (!m.commits.publish(Event::AgendaCurrentChanged, caller.accountId, bodyId, sessionId, ev))
            return internal(m.db);
    }
    if (!renumber(sessionId, itemOrder(sessionId)))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("id"), id);
    ev.insert(QStringLiteral("session"), sessionId);
    if (!m.commits.publish(Event::AgendaItemRemoved, caller.accountId, bodyId, sessionId, ev))
        return internal(m.db);
    return Outcome::ok();
}

Outcome SessionService::setCurrentItem(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 sessionId = f.integer("session", true, 1);
    const std::optional<qint64> item = f.optionalInteger("item", 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfSession(sessionId);
    COUNCIL_CHECK(m.access.requireChair(caller, bodyId));
    if (item && records::agendaItem(m.db, *item).value(QStringLiteral("session")).toInteger() != sessionId)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no such agenda item in this session"));
    const QCborValue previous = records::session(m.db, sessionId).value(QStringLiteral("currentItem"));
    if (previous.isInteger() &&
        !m.db.exec(QStringLiteral("UPDATE agenda_items SET state = 'done' WHERE id = ? AND"
                                  " state = 'current'"),
                   {previous.toInteger()}))
        return internal(m.db);
    if (item && !m.db.exec(QStringLiteral("UPDATE agenda_items SET state = 'current' WHERE id = ?"), {*item}))
        return internal(m.db);
    if (!m.db.exec(QStringLiteral("UPDATE sessions SET current_item_id = ? WHERE id = ?"),
                   {item ? QVariant(*item) : QVariant(), sessionId}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("session"), sessionId);
    ev.insert(QStringLiteral("item"), item ? QCborValue(*item) : QCborValue(QCborValue::Null));
    ev.insert(QStringLiteral("previous"), previous.isInteger() ? previous : QCborValue(QCborValue::Null));
    if (!m.commits.publish(Event::AgendaCurrentChanged, caller.accountId, bodyId, sessionId, ev))
        return internal(m.db);
    // The items' states changed too: send them so every client shows the same.
    if (previous.isInteger())
        m.commits.publish(Event::AgendaItemChanged, caller.accountId, bodyId, sessionId,
                          wrap("item", records::agendaItem(m.db, previous.toInteger())));
    if (item)
        m.commits.publish(Event::AgendaItemChanged, caller.accountId, bodyId, sessionId,
                          wrap("item", records::agendaItem(m.db, *item)));
    return Outcome::ok(wrap("session", records::session(m.db, sessionId)));
}

} // namespace council::server
