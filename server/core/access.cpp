#include "access.h"

#include "storage/database.h"

namespace council::server {

using domain::Function;
using protocol::ErrorCode;

domain::Functions Access::functionsIn(qint64 accountId, qint64 bodyId) {
    QSqlQuery q =
        m_db.query(QStringLiteral("SELECT functions FROM members WHERE account_id = ? AND body_id = ?"),
                   {accountId, bodyId});
    return q.next() ? domain::Functions::fromInt(q.value(0).toInt()) : domain::Functions();
}

bool Access::isMember(const Caller &caller, qint64 bodyId) {
    QSqlQuery q = m_db.query(QStringLiteral("SELECT 1 FROM members WHERE account_id = ? AND body_id = ?"),
                             {caller.accountId, bodyId});
    return q.next();
}

QSet<qint64> Access::bodiesOf(qint64 accountId) {
    QSet<qint64> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT body_id FROM members WHERE account_id = ?"), {accountId});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

namespace {
constexpr int kStaffFunctions =
    int(Function::Secretary) | int(Function::Chair) | int(Function::ViceChair) | int(Function::Approver);
} // namespace

QSet<qint64> Access::staffBodiesOf(qint64 accountId) {
    QSet<qint64> out;
    QSqlQuery q = m_db.query(
        QStringLiteral("SELECT body_id FROM members WHERE account_id = ? AND (functions & ?) != 0"),
        {accountId, kStaffFunctions});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

QSet<qint64> Access::groupsOf(qint64 accountId) {
    QSet<qint64> out;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT gm.group_id FROM group_members gm"
                                            " JOIN members m ON m.id = gm.member_id WHERE m.account_id = ?"),
                             {accountId});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

bool Access::isStaff(const Caller &caller, qint64 bodyId) {
    return caller.admin || (int(functionsIn(caller.accountId, bodyId).toInt()) & kStaffFunctions) != 0;
}

std::optional<protocol::Error> Access::requireAdmin(const Caller &caller) {
    if (caller.admin)
        return std::nullopt;
    return protocol::Error{ErrorCode::PermissionDenied, QStringLiteral("administrators only")};
}

std::optional<protocol::Error> Access::requireMember(const Caller &caller, qint64 bodyId) {
    if (bodyId <= 0)
        return protocol::Error{ErrorCode::NotFound, {}};
    if (caller.admin || isMember(caller, bodyId))
        return std::nullopt;
    // Objects of bodies the caller cannot see do not exist for them.
    return protocol::Error{ErrorCode::NotFound, {}};
}

std::optional<protocol::Error> Access::requireSecretary(const Caller &caller, qint64 bodyId) {
    if (auto e = requireMember(caller, bodyId))
        return e;
    if (caller.admin || functionsIn(caller.accountId, bodyId).testFlag(Function::Secretary))
        return std::nullopt;
    return protocol::Error{ErrorCode::PermissionDenied, QStringLiteral("the secretary function is needed")};
}

std::optional<protocol::Error> Access::requireChair(const Caller &caller, qint64 bodyId) {
    if (auto e = requireMember(caller, bodyId))
        return e;
    const domain::Functions f = functionsIn(caller.accountId, bodyId);
    if (f.testFlag(Function::Chair) || f.testFlag(Function::ViceChair))
        return std::nullopt;
    return protocol::Error{ErrorCode::PermissionDenied, QStringLiteral("the chair function is needed")};
}

std::optional<protocol::Error> Access::requireApprover(const Caller &caller, qint64 bodyId) {
    if (auto e = requireMember(caller, bodyId))
        return e;
    if (functionsIn(caller.accountId, bodyId).testFlag(Function::Approver))
        return std::nullopt;
    return protocol::Error{ErrorCode::PermissionDenied, QStringLiteral("the approver function is needed")};
}

qint64 Access::bodyOfSession(qint64 sessionId) {
    QSqlQuery q = m_db.query(QStringLiteral("SELECT body_id FROM sessions WHERE id = ?"), {sessionId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Access::bodyOfRow(const char *table, qint64 id) {
    const QString t = QString::fromLatin1(table);
    QString sql;
    if (t == QLatin1String("agenda_items") || t == QLatin1String("sittings"))
        sql =
            QStringLiteral("SELECT s.body_id FROM %1 x JOIN sessions s ON s.id = x.session_id WHERE x.id = ?")
                .arg(t);
    else
        sql = QStringLiteral("SELECT body_id FROM %1 WHERE id = ?").arg(t);
    QSqlQuery q = m_db.query(sql, {id});
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace council::server
