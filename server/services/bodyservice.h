// Bodies (a People's Council, a committee…), their members with functions,
// and groups (committees, delegate groups — tổ đại biểu).
#pragma once

#include "csvimport.h"
#include "servicecontext.h"

namespace council::server {

class BodyService {
public:
    explicit BodyService(ServiceContext ctx)
        : m(ctx) {}

    Outcome createBody(const Caller &caller, const QCborMap &body);
    Outcome listBodies(const Caller &caller, const QCborMap &body);
    Outcome updateBody(const Caller &caller, const QCborMap &body);

    Outcome addMember(const Caller &caller, const QCborMap &body);
    Outcome listMembers(const Caller &caller, const QCborMap &body);
    Outcome updateMember(const Caller &caller, const QCborMap &body);
    Outcome removeMember(const Caller &caller, const QCborMap &body);
    Outcome importMembers(const Caller &caller, const QCborMap &body);
    // member.import with preview: what the import would do, changing nothing.
    Outcome previewMembers(const Caller &caller, const QCborMap &body);

    Outcome createGroup(const Caller &caller, const QCborMap &body);
    Outcome listGroups(const Caller &caller, const QCborMap &body);
    Outcome removeGroup(const Caller &caller, const QCborMap &body);

    // Account ids whose memberships changed in the current turn (for the
    // network layer to refresh what their connections may see).
    QSet<qint64> takeChangedAccounts();

private:
    std::optional<protocol::Error> setGroups(qint64 bodyId, qint64 memberId, const QStringList &groups,
                                             bool createMissing, int *created = nullptr);
    qint64 accountIdFor(const QString &username);
    // Why `row`'s account cannot join `bodyId` (none, or already a member); sets *accountId.
    std::optional<ImportError> accountProblem(qint64 bodyId, const MemberRow &row, qint64 *accountId);
    Outcome publishBody(const Caller &caller, qint64 bodyId);
    ServiceContext m;
    QSet<qint64> m_changedAccounts;
};

} // namespace council::server
