#include "hallservice.h"

#include <QDateTime>

namespace council::server {

using protocol::ErrorCode;
using protocol::Event;

HallService::HallService(ServiceContext ctx)
    : m(ctx) {}

QStringList HallService::modes() {
    return {QStringLiteral("agenda"), QStringLiteral("document"), QStringLiteral("result"),
            QStringLiteral("attendance")};
}

QCborMap HallService::stateOf(qint64 bodyId) {
    QCborMap s;
    s.insert(QStringLiteral("body"), bodyId);
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT h.mode, h.document_id, h.page, h.round_id, h.at, h.by_account,"
                                  " a.display_name FROM hall_state h LEFT JOIN accounts a"
                                  " ON a.id = h.by_account WHERE h.body_id = ?"),
                   {bodyId});
    if (!q.next()) {
        s.insert(QStringLiteral("mode"), QStringLiteral("agenda"));
        s.insert(QStringLiteral("document"), 0);
        s.insert(QStringLiteral("page"), 0);
        s.insert(QStringLiteral("round"), 0);
        return s;
    }
    s.insert(QStringLiteral("mode"), q.value(0).toString());
    s.insert(QStringLiteral("document"), q.value(1).toLongLong());
    s.insert(QStringLiteral("page"), q.value(2).toLongLong());
    s.insert(QStringLiteral("round"), q.value(3).toLongLong());
    s.insert(QStringLiteral("at"), q.value(4).toLongLong());
    s.insert(QStringLiteral("by"), q.value(5).toLongLong());
    s.insert(QStringLiteral("byName"), q.value(6).toString());
    return s;
}

Outcome HallService::show(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QString mode = f.oneOf("mode", modes(), {});
    const qint64 document = f.integer("document", false, 0);
    const qint64 page = f.integer("page", false, 0, 100000);
    const qint64 round = f.integer("round", false, 0);
    // A missing or unknown mode fails the check below (invalid_value).
    COUNCIL_CHECK_FIELDS(f);
    // The chair runs the hall; the secretariat keeps it running.
    if (m.access.requireChair(caller, bodyId))
        COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    if (mode == QLatin1String("document")) {
        // Only what every delegate may open can be shown to the hall.
        QSqlQuery q =
            m.db.query(QStringLiteral("SELECT v.pages FROM documents d JOIN document_versions v"
                                      " ON v.document_id = d.id AND v.version = d.pub_version"
                                      " WHERE d.id = ? AND d.body_id = ? AND d.pub_state = 'published'"
                                      " AND d.pub_scope != 'groups'"),
                       {document, bodyId});
        if (!q.next())
            return Outcome::fail(ErrorCode::NotFound,
                                 QStringLiteral("no document %1 published to the whole body").arg(document));
        if (page < 1 || page > q.value(0).toLongLong())
            return Outcome::fail(ErrorCode::InvalidValue,
                                 QStringLiteral("the document has pages 1..%1").arg(q.value(0).toLongLong()));
    }
    if (mode == QLatin1String("result")) {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT state FROM vote_rounds WHERE id = ? AND body_id = ?"),
                                 {round, bodyId});
        if (!q.next())
            return Outcome::fail(ErrorCode::NotFound, QStringLiteral("vote %1").arg(round));
        if (q.value(0).toString() != QLatin1String("closed"))
            return Outcome::fail(ErrorCode::WrongState,
                                 QStringLiteral("only a closed vote has a result to show"));
    }
    const bool needsDocument = mode == QLatin1String("document");
    const bool needsRound = mode == QLatin1String("result");
    if (!m.db.exec(
            QStringLiteral("INSERT OR REPLACE INTO hall_state(body_id, mode, document_id, page, round_id, at,"
                           " by_account) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {bodyId, mode, needsDocument ? document : 0, needsDocument ? page : 0, needsRound ? round : 0,
             QDateTime::currentMSecsSinceEpoch(), caller.accountId}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    const QCborMap state = stateOf(bodyId);
    if (!m.commits.publish(Event::HallChanged, caller.accountId, bodyId, 0, state))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return Outcome::ok(state);
}

Outcome HallService::get(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
    return Outcome::ok(stateOf(bodyId));
}

} // namespace council::server
