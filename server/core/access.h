// Permission checks. The server decides every permission from the caller's
// account and the functions its membership holds in the body concerned.
#pragma once

#include "domain/functions.h"
#include "outcome.h"

#include <QSet>

namespace council::server {

class Database;

class Access {
public:
    explicit Access(Database &db)
        : m_db(db) {}

    domain::Functions functionsIn(qint64 accountId, qint64 bodyId);
    bool isMember(const Caller &caller, qint64 bodyId);
    QSet<qint64> bodiesOf(qint64 accountId);
    // Bodies where the account is staff: secretary, chair, vice chair or approver.
    QSet<qint64> staffBodiesOf(qint64 accountId);
    QSet<qint64> groupsOf(qint64 accountId); // group ids of the account's memberships
    bool isStaff(const Caller &caller, qint64 bodyId);

    // Each returns an error when the caller may not act; nullopt when it may.
    std::optional<protocol::Error> requireAdmin(const Caller &caller);
    std::optional<protocol::Error> requireMember(const Caller &caller, qint64 bodyId);
    std::optional<protocol::Error> requireSecretary(const Caller &caller, qint64 bodyId);
    std::optional<protocol::Error> requireChair(const Caller &caller, qint64 bodyId);
    std::optional<protocol::Error> requireApprover(const Caller &caller, qint64 bodyId);

    // Body of a session/agenda item/sitting/member/group, or 0 if there is none.
    qint64 bodyOfSession(qint64 sessionId);
    qint64 bodyOfRow(const char *table, qint64 id);

private:
    Database &m_db;
};

} // namespace council::server
