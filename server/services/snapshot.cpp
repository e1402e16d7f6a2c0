#include "snapshot.h"

#include "records.h"

namespace council::server {

QCborMap buildSnapshot(ServiceContext ctx, const Caller &caller) {
    QList<qint64> bodyIds;
    if (caller.admin) {
        QSqlQuery q = ctx.db.query(QStringLiteral("SELECT id FROM bodies ORDER BY id"));
        while (q.next())
            bodyIds << q.value(0).toLongLong();
    } else {
        const QSet<qint64> mine = ctx.access.bodiesOf(caller.accountId);
        bodyIds = QList<qint64>(mine.begin(), mine.end());
        std::sort(bodyIds.begin(), bodyIds.end());
    }
    QCborArray members, groups, sessions, sittings, agenda;
    for (qint64 b : bodyIds) {
        for (const QCborValue &v : records::membersOfBody(ctx.db, b))
            members.append(v);
        for (const QCborValue &v : records::groupsOfBody(ctx.db, b))
            groups.append(v);
        for (const QCborValue &s : records::sessionsOfBody(ctx.db, b)) {
            sessions.append(s);
            const qint64 sessionId = s.toMap().value(QStringLiteral("id")).toInteger();
            for (const QCborValue &v : records::sittingsOfSession(ctx.db, sessionId))
                sittings.append(v);
            for (const QCborValue &v : records::agendaOfSession(ctx.db, sessionId))
                agenda.append(v);
        }
    }
    QCborMap state;
    state.insert(QStringLiteral("bodies"), records::bodies(ctx.db, bodyIds));
    state.insert(QStringLiteral("members"), members);
    state.insert(QStringLiteral("groups"), groups);
    state.insert(QStringLiteral("sessions"), sessions);
    state.insert(QStringLiteral("sittings"), sittings);
    state.insert(QStringLiteral("agenda"), agenda);
    return state;
}

} // namespace council::server
