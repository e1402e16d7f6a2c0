#include "speakerservice.h"

#include "domain/functions.h"
#include "records.h"

#include <QCborArray>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace council::server {

using domain::Function;
using protocol::ErrorCode;
using protocol::Event;

namespace {

const QString kSpeech = QStringLiteral("speech");
const QString kPointOfOrder = QStringLiteral("point_of_order");
const QStringList kKinds{kSpeech, kPointOfOrder};

// A queue longer than this is not a queue any more; it also bounds reorder.
constexpr qsizetype kMaxWaiting = 1000;

Outcome internal(Database &db) {
    return Outcome::fail(ErrorCode::Internal, db.lastError());
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QCborValue intOrNull(const QVariant &v) {
    return v.isNull() ? QCborValue(QCborValue::Null) : QCborValue(v.toLongLong());
}

const QString kRequestSelect = QStringLiteral(
    "SELECT r.id, r.item_id, a.session_id, r.member_id, mb.full_name, r.kind, r.state, r.position,"
    " r.requested_at, r.started_at, r.ended_at, r.seconds_used, r.limit_seconds FROM speak_requests r"
    " JOIN agenda_items a ON a.id = r.item_id JOIN members mb ON mb.id = r.member_id");

QCborMap requestFromRow(const QSqlQuery &q) {
    QCborMap m;
    const QString state = q.value(6).toString();
    m.insert(QStringLiteral("id"), q.value(0).toLongLong());
    m.insert(QStringLiteral("item"), q.value(1).toLongLong());
    m.insert(QStringLiteral("session"), q.value(2).toLongLong());
    m.insert(QStringLiteral("member"), q.value(3).toLongLong());
    m.insert(QStringLiteral("fullName"), q.value(4).toString());
    m.insert(QStringLiteral("kind"), q.value(5).toString());
    m.insert(QStringLiteral("state"), state);
    m.insert(QStringLiteral("position"), state == QLatin1String("waiting")
                                             ? QCborValue(q.value(7).toLongLong())
                                             : QCborValue(QCborValue::Null));
    m.insert(QStringLiteral("requestedAt"), q.value(8).toLongLong());
    m.insert(QStringLiteral("startedAt"), intOrNull(q.value(9)));
    m.insert(QStringLiteral("endedAt"), intOrNull(q.value(10)));
    m.insert(QStringLiteral("secondsUsed"), intOrNull(q.value(11)));
    m.insert(QStringLiteral("limitSeconds"), intOrNull(q.value(12)));
    return m;
}

// The caller's membership in a body: its id and functions, or id 0.
struct Membership {
    qint64 id = 0;
    domain::Functions functions;
};

Membership membershipOf(Database &db, qint64 accountId, qint64 bodyId) {
    QSqlQuery q =
        db.query(QStringLiteral("SELECT id, functions FROM members WHERE account_id = ? AND body_id = ?"),
                 {accountId, bodyId});
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), domain::Functions::fromInt(q.value(1).toInt())};
}

bool isChair(const Membership &who) {
    return who.functions.testFlag(Function::Chair) || who.functions.testFlag(Function::ViceChair);
}

// The parts of a stored request the permission checks and state changes need.
struct Row {
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 sessionId = 0;
    qint64 bodyId = 0;
    qint64 memberId = 0;
    QString state;
};

std::optional<Row> loadRow(Database &db, qint64 id) {
    QSqlQuery q = db.query(QStringLiteral("SELECT r.item_id, a.session_id, s.body_id, r.member_id, r.state"
                                          " FROM speak_requests r JOIN agenda_items a ON a.id = r.item_id"
                                          " JOIN sessions s ON s.id = a.session_id WHERE r.id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    return Row{id,
               q.value(0).toLongLong(),
               q.value(1).toLongLong(),
               q.value(2).toLongLong(),
               q.value(3).toLongLong(),
               q.value(4).toString()};
}

qint64 sessionOfItem(Database &db, qint64 itemId) {
    QSqlQuery q = db.query(QStringLiteral("SELECT session_id FROM agenda_items WHERE id = ?"), {itemId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QCborMap wrap(const char *key, const QCborValue &value) {
    QCborMap m;
    m.insert(QString::fromLatin1(key), value);
    return m;
}

} // namespace

SpeakerService::SpeakerService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m(ctx) {
    restoreClocks();
}

QCborMap SpeakerService::requestObject(qint64 id) {
    QSqlQuery q = m.db.query(kRequestSelect + QStringLiteral(" WHERE r.id = ?"), {id});
    return q.next() ? requestFromRow(q) : QCborMap();
}

QList<qint64> SpeakerService::waitingIds(qint64 itemId) {
    QList<qint64> ids;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM speak_requests WHERE item_id = ? AND state = "
                                            "'waiting' ORDER BY position, id"),
                             {itemId});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool SpeakerService::renumber(const QList<qint64> &order) {
    for (qsizetype i = 0; i < order.size(); ++i)
        if (!m.db.exec(QStringLiteral("UPDATE speak_requests SET position = ? WHERE id = ?"),
                       {qint64(i), order[i]}))
            return false;
    return true;
}

QCborArray SpeakerService::waitingQueue(qint64 itemId) {
    QCborArray out;
    QSqlQuery q = m.db.query(kRequestSelect + QStringLiteral(" WHERE r.item_id = ? AND r.state = 'waiting'"
                                                             " ORDER BY r.position, r.id"),
                             {itemId});
    while (q.next())
        out.append(requestFromRow(q));
    return out;
}

QCborValue SpeakerService::floorOf(qint64 itemId) {
    QSqlQuery q = m.db.query(kRequestSelect + QStringLiteral(" WHERE r.item_id = ? AND r.state = 'speaking'"
                                                             " ORDER BY r.started_at DESC LIMIT 1"),
                             {itemId});
    return q.next() ? QCborValue(requestFromRow(q)) : QCborValue(QCborValue::Null);
}

bool SpeakerService::publishChange(qint64 actor, qint64 bodyId, qint64 itemId, bool floorChanged) {
    const qint64 sessionId = sessionOfItem(m.db, itemId);
    QCborMap ev;
    ev.insert(QStringLiteral("item"), itemId);
    ev.insert(QStringLiteral("session"), sessionId);
    ev.insert(QStringLiteral("queue"), waitingQueue(itemId));
    if (!m.commits.publish(Event::SpeakQueueChanged, actor, bodyId, sessionId, ev))
        return false;
    if (!floorChanged)
        return true;
    QCborMap floor;
    floor.insert(QStringLiteral("item"), itemId);
    floor.insert(QStringLiteral("session"), sessionId);
    floor.insert(QStringLiteral("request"), floorOf(itemId));
    return m.commits.publish(Event::SpeakFloor, actor, bodyId, sessionId, floor);
}

bool SpeakerService::isSpeaking(qint64 id) {
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT 1 FROM speak_requests WHERE id = ? AND state = 'speaking'"), {id});
    return q.next();
}

bool SpeakerService::finishSpeaking(qint64 id) {
    // The time used is whole seconds, rounded to the nearest: what a hall clock shows.
    const qint64 now = nowMs();
    if (!m.db.exec(QStringLiteral("UPDATE speak_requests SET state = 'done', ended_at = ?, position = -1,"
                                  " seconds_used = MAX(0, (? - started_at + 500) / 1000) WHERE id = ?"),
                   {now, now, id}))
        return false;
    // The callbacks run for the whole turn, also when only this request's
    // savepoint was rolled back: they look at what was committed.
    m.commits.afterCommit([this, id](bool committed) {
        if (committed && !isSpeaking(id))
            stopClock(id);
    });
    return true;
}

Outcome SpeakerService::request(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 itemId = f.integer("item", true, 1);
    const QString kind = f.oneOf("kind", kKinds, kSpeech);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("agenda_items", itemId);
    COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
    const Membership who = membershipOf(m.db, caller.accountId, bodyId);
    if (!who.functions.testFlag(Function::Delegate))
        return Outcome::fail(ErrorCode::PermissionDenied, QStringLiteral("only delegates may ask to speak"));
    QSqlQuery dup =
        m.db.query(QStringLiteral("SELECT id FROM speak_requests WHERE item_id = ? AND member_id = ?"
                                  " AND state = 'waiting'"),
                   {itemId, who.id});
    if (dup.next())
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("you already wait to speak on this item (request %1)")
                                 .arg(dup.value(0).toLongLong()));
    QList<qint64> order = waitingIds(itemId);
    if (order.size() >= kMaxWaiting)
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("the queue of this item is full"));
    // A point of order goes before every speech, after the points of order
    // already at the head of the queue; a speech goes last. (A point of order
    // the chair moved behind a speech does not drag a new one back with it.)
    qsizetype at = order.size();
    if (kind == kPointOfOrder) {
        at = 0;
        QSqlQuery q = m.db.query(QStringLiteral("SELECT kind FROM speak_requests WHERE item_id = ? AND"
                                                " state = 'waiting' ORDER BY position, id"),
                                 {itemId});
        while (q.next() && q.value(0).toString() == kPointOfOrder)
            ++at;
    }
    bool ok = false;
    QSqlQuery ins =
        m.db.query(QStringLiteral("INSERT INTO speak_requests(item_id, member_id, kind, state, position,"
                                  " requested_at) VALUES (?, ?, ?, 'waiting', ?, ?)"),
                   {itemId, who.id, kind, qint64(order.size()), nowMs()}, &ok);
    if (!ok)
        return internal(m.db);
    const qint64 id = m.db.lastInsertId(ins);
    order.insert(std::min(at, order.size()), id);
    if (!renumber(order) || !publishChange(caller.accountId, bodyId, itemId, false))
        return internal(m.db);
    return Outcome::ok(wrap("request", requestObject(id)));
}

Outcome SpeakerService::withdraw(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const std::optional<Row> row = loadRow(m.db, id);
    if (!row)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no such speaking request"));
    COUNCIL_CHECK(m.access.requireMember(caller, row->bodyId));
    const Membership who = membershipOf(m.db, caller.accountId, row->bodyId);
    const bool own = who.id != 0 && who.id == row->memberId;
    if (!own && !isChair(who))
        COUNCIL_CHECK(m.access.requireSecretary(caller, row->bodyId));
    if (row->state != QLatin1String("waiting"))
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("the request is %1, not waiting").arg(row->state));
    if (!m.db.exec(QStringLiteral("UPDATE speak_requests SET state = 'withdrawn', ended_at = ?, position = -1"
                                  " WHERE id = ?"),
                   {nowMs(), id}) ||
        !renumber(waitingIds(row->itemId)) ||
        !publishChange(caller.accountId, row->bodyId, row->itemId, false))
        return internal(m.db);
    return Outcome::ok(wrap("request", requestObject(id)));
}

Outcome SpeakerService::reorder(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 itemId = f.integer("item", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const QCborValue orderValue = body.value(QStringLiteral("order"));
    if (!orderValue.isArray())
        return Outcome::fail(ErrorCode::BadRequest,
                             QStringLiteral("field 'order' must be a list of request ids"));
    const QCborArray given = orderValue.toArray();
    if (given.size() > kMaxWaiting)
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("field 'order' is too long"));
    QList<qint64> order;
    for (const QCborValue &v : given) {
        if (!v.isInteger())
            return Outcome::fail(ErrorCode::BadRequest,
                                 QStringLiteral("field 'order' must hold request ids"));
        order << v.toInteger();
    }
    const qint64 bodyId = m.access.bodyOfRow("agenda_items", itemId);
    COUNCIL_CHECK(m.access.requireChair(caller, bodyId));
    QList<qint64> waiting = waitingIds(itemId);
    QList<qint64> sortedGiven = order;
    std::sort(waiting.begin(), waiting.end());
    std::sort(sortedGiven.begin(), sortedGiven.end());
    if (sortedGiven != waiting)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("field 'order' must list each waiting request of the item once"));
    if (!renumber(order) || !publishChange(caller.accountId, bodyId, itemId, false))
        return internal(m.db);
    return Outcome::ok(wrap("queue", waitingQueue(itemId)));
}

Outcome SpeakerService::giveFloor(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const std::optional<Row> row = loadRow(m.db, id);
    if (!row)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no such speaking request"));
    COUNCIL_CHECK(m.access.requireChair(caller, row->bodyId));
    if (row->state != QLatin1String("waiting"))
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("the request is %1, not waiting").arg(row->state));

    // A hall has one floor: whoever speaks now, on any item of the body, stops.
    QSqlQuery speaking = m.db.query(QStringLiteral("SELECT r.id, r.item_id FROM speak_requests r"
                                                   " JOIN agenda_items a ON a.id = r.item_id"
                                                   " JOIN sessions s ON s.id = a.session_id"
                                                   " WHERE s.body_id = ? AND r.state = 'speaking'"),
                                    {row->bodyId});
    QList<std::pair<qint64, qint64>> ended;
    while (speaking.next())
        ended.append({speaking.value(0).toLongLong(), speaking.value(1).toLongLong()});
    for (const auto &[endedId, endedItem] : ended) {
        if (!finishSpeaking(endedId))
            return internal(m.db);
        if (endedItem != row->itemId && !publishChange(caller.accountId, row->bodyId, endedItem, true))
            return internal(m.db);
    }

    QSqlQuery rules = m.db.query(
        QStringLiteral("SELECT speaking_seconds, speaking_warning_seconds FROM bodies WHERE id = ?"),
        {row->bodyId});
    if (!rules.next())
        return internal(m.db);
    Clock clock;
    clock.bodyId = row->bodyId;
    clock.itemId = row->itemId;
    clock.startedAt = nowMs();
    clock.limitSeconds = rules.value(0).toLongLong();
    clock.warningSeconds = rules.value(1).toLongLong();
    if (!m.db.exec(
            QStringLiteral("UPDATE speak_requests SET state = 'speaking', started_at = ?, position = -1,"
                           " limit_seconds = ? WHERE id = ?"),
            {clock.startedAt, clock.limitSeconds, id}) ||
        !renumber(waitingIds(row->itemId)) ||
        !publishChange(caller.accountId, row->bodyId, row->itemId, true))
        return internal(m.db);
    // The clock runs only once the floor is durably given.
    m.commits.afterCommit([this, id, clock](bool committed) {
        if (committed && isSpeaking(id))
            startClock(id, clock);
    });
    return Outcome::ok(wrap("request", requestObject(id)));
}

Outcome SpeakerService::end(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const std::optional<Row> row = loadRow(m.db, id);
    if (!row)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no such speaking request"));
    COUNCIL_CHECK(m.access.requireMember(caller, row->bodyId));
    const Membership who = membershipOf(m.db, caller.accountId, row->bodyId);
    const bool own = who.id != 0 && who.id == row->memberId;
    if (!own && !isChair(who))
        return Outcome::fail(ErrorCode::PermissionDenied,
                             QStringLiteral("only the chair or the speaker may end the speech"));
    if (row->state != QLatin1String("speaking"))
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("the request is %1, not speaking").arg(row->state));
    if (!finishSpeaking(id) || !publishChange(caller.accountId, row->bodyId, row->itemId, true))
        return internal(m.db);
    return Outcome::ok(wrap("request", requestObject(id)));
}

Outcome SpeakerService::queue(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 itemId = f.integer("item", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, m.access.bodyOfRow("agenda_items", itemId)));
    // "Today" is the server's local day: a sitting does not cross midnight in one time zone.
    const qint64 dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QCborArray done;
    QSqlQuery q =
        m.db.query(kRequestSelect + QStringLiteral(" WHERE r.item_id = ? AND r.state = 'done'"
                                                   " AND r.ended_at >= ? ORDER BY r.ended_at, r.id"),
                   {itemId, dayStart});
    while (q.next())
        done.append(requestFromRow(q));
    QCborMap out;
    out.insert(QStringLiteral("queue"), waitingQueue(itemId));
    out.insert(QStringLiteral("floor"), floorOf(itemId));
    out.insert(QStringLiteral("done"), done);
    return Outcome::ok(out);
}

void SpeakerService::restoreClocks() {
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT r.id, r.item_id, s.body_id, r.started_at, r.limit_seconds,"
                                  " b.speaking_warning_seconds FROM speak_requests r"
                                  " JOIN agenda_items a ON a.id = r.item_id"
                                  " JOIN sessions s ON s.id = a.session_id"
                                  " JOIN bodies b ON b.id = s.body_id WHERE r.state = 'speaking'"));
    while (q.next()) {
        Clock clock;
        clock.itemId = q.value(1).toLongLong();
        clock.bodyId = q.value(2).toLongLong();
        clock.startedAt = q.value(3).toLongLong();
        clock.limitSeconds = q.value(4).toLongLong();
        clock.warningSeconds = q.value(5).toLongLong();
        // A warning whose moment passed while the server was down (or before)
        // is not sent late: the hall would show it twice, or long after the fact.
        const qint64 elapsed = nowMs() - clock.startedAt;
        if (elapsed >= clock.limitSeconds * 1000)
            continue;
        clock.warned = elapsed >= (clock.limitSeconds - clock.warningSeconds) * 1000;
        startClock(q.value(0).toLongLong(), clock);
    }
}

void SpeakerService::startClock(qint64 id, const Clock &clock) {
    stopClock(id);
    if (clock.limitSeconds <= 0)
        return; // no speaking limit in this body
    Clock c = clock;
    if (c.warningSeconds <= 0)
        c.warned = true;
    c.timer = new QTimer(this);
    c.timer->setSingleShot(true);
    c.timer->setTimerType(Qt::PreciseTimer);
    connect(c.timer, &QTimer::timeout, this, [this, id] { tick(id); });
    m_clocks.insert(id, c);
    armClock(id);
}

void SpeakerService::stopClock(qint64 id) {
    const auto it = m_clocks.find(id);
    if (it == m_clocks.end())
        return;
    it->timer->stop();
    it->timer->deleteLater();
    m_clocks.erase(it);
}

void SpeakerService::armClock(qint64 id) {
    const Clock &c = m_clocks[id];
    const qint64 dueSeconds =
        c.warned ? c.limitSeconds : std::max<qint64>(0, c.limitSeconds - c.warningSeconds);
    const qint64 wait = std::max<qint64>(0, c.startedAt + dueSeconds * 1000 - nowMs());
    c.timer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void SpeakerService::tick(qint64 id) {
    const auto it = m_clocks.find(id);
    if (it == m_clocks.end())
        return;
    const qint64 elapsedMs = nowMs() - it->startedAt;
    const qint64 left =
        it->warned ? 0 : std::max<qint64>(0, (it->limitSeconds * 1000 - elapsedMs + 999) / 1000);
    QCborMap ev;
    ev.insert(QStringLiteral("item"), it->itemId);
    ev.insert(QStringLiteral("request"), requestObject(id));
    ev.insert(QStringLiteral("secondsLeft"), left);
    const qint64 bodyId = it->bodyId;
    if (it->warned) {
        // Time is up: told once; the speaker keeps the floor until the chair ends it.
        stopClock(id);
    } else {
        it->warned = true;
        armClock(id);
    }
    m.commits.notify(Event::SpeakWarning, bodyId, ev);
}

} // namespace council::server
