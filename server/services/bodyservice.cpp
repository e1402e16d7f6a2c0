#include "bodyservice.h"

#include "domain/voterules.h"
#include "records.h"

namespace council::server {

using protocol::ErrorCode;
using protocol::Event;

namespace {
const QStringList kBodyKinds{QStringLiteral("hdnd"), QStringLiteral("ubnd"), QStringLiteral("party"),
                             QStringLiteral("board"), QStringLiteral("other")};
const QStringList kGroupKinds{QStringLiteral("committee"), QStringLiteral("delegate_group"),
                              QStringLiteral("other")};

QCborMap wrap(const char *key, const QCborMap &value) {
    QCborMap m;
    m.insert(QString::fromLatin1(key), value);
    return m;
}

Outcome internal(Database &db) {
    return Outcome::fail(ErrorCode::Internal, db.lastError());
}
} // namespace

QSet<qint64> BodyService::takeChangedAccounts() {
    QSet<qint64> out;
    out.swap(m_changedAccounts);
    return out;
}

qint64 BodyService::accountIdFor(const QString &username) {
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM accounts WHERE username = ?"), {username});
    return q.next() ? q.value(0).toLongLong() : 0;
}

Outcome BodyService::publishBody(const Caller &caller, qint64 bodyId) {
    const QCborMap body = records::body(m.db, bodyId);
    if (!m.commits.publish(Event::BodyChanged, caller.accountId, bodyId, 0, wrap("body", body)))
        return internal(m.db);
    return Outcome::ok(wrap("body", body));
}

Outcome BodyService::createBody(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString name = f.text("name");
    const QString kind = f.oneOf("kind", kBodyKinds, QStringLiteral("hdnd"));
    const qint64 seats = f.integer("seats", true, 1, 10000);
    const std::optional<qint64> fixed = f.optionalInteger("fixedDelegateTotal", 0, 10000);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral("INSERT INTO bodies(name, kind, seats, fixed_delegate_total) VALUES (?, ?, ?, ?)"),
        {name, kind, seats, fixed && *fixed > 0 ? QVariant(*fixed) : QVariant()}, &ok);
    if (!ok)
        return internal(m.db);
    return publishBody(caller, m.db.lastInsertId(q));
}

Outcome BodyService::listBodies(const Caller &caller, const QCborMap &) {
    QList<qint64> ids;
    if (caller.admin) {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM bodies ORDER BY id"));
        while (q.next())
            ids << q.value(0).toLongLong();
    } else {
        const QSet<qint64> mine = m.access.bodiesOf(caller.accountId);
        ids = QList<qint64>(mine.begin(), mine.end());
        std::sort(ids.begin(), ids.end());
    }
    QCborMap out;
    out.insert(QStringLiteral("bodies"), records::bodies(m.db, ids));
    return Outcome::ok(out);
}

Outcome BodyService::updateBody(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const QString name = f.text("name", false);
    const QString kind = f.has("kind") ? f.oneOf("kind", kBodyKinds, {}) : QString();
    const std::optional<qint64> seats = f.optionalInteger("seats", 1, 10000);
    const bool fixedGiven = body.contains(QStringLiteral("fixedDelegateTotal"));
    const std::optional<qint64> fixed = f.optionalInteger("fixedDelegateTotal", 0, 10000);
    const QString quorumRule = f.text("quorumRule", false, 40);
    const QString voteRule = f.text("voteRule", false, 40);
    const std::optional<qint64> speaking = f.optionalInteger("speakingSeconds", 10, 3600);
    const std::optional<qint64> warning = f.optionalInteger("speakingWarningSeconds", 0, 600);
    COUNCIL_CHECK_FIELDS(f);
    if (!quorumRule.isEmpty() && !domain::quorumRuleFromName(quorumRule))
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("unknown quorum rule '%1'").arg(quorumRule));
    if (!voteRule.isEmpty() && !domain::thresholdFromName(voteRule))
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("unknown vote rule '%1'").arg(voteRule));
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    if (records::body(m.db, id).isEmpty())
        return Outcome::fail(ErrorCode::NotFound);
    if (!m.db.exec(QStringLiteral("UPDATE bodies SET name = COALESCE(?, name), kind = COALESCE(?, kind),"
                                  " seats = COALESCE(?, seats) WHERE id = ?"),
                   {name.isEmpty() ? QVariant() : QVariant(name),
                    kind.isEmpty() ? QVariant() : QVariant(kind), seats ? QVariant(*seats) : QVariant(), id}))
        return internal(m.db);
    if (!m.db.exec(
            QStringLiteral("UPDATE bodies SET quorum_rule = COALESCE(?, quorum_rule), vote_rule = "
                           "COALESCE(?, vote_rule),"
                           " speaking_seconds = COALESCE(?, speaking_seconds),"
                           " speaking_warning_seconds = COALESCE(?, speaking_warning_seconds) WHERE id = ?"),
            {quorumRule.isEmpty() ? QVariant() : QVariant(quorumRule),
             voteRule.isEmpty() ? QVariant() : QVariant(voteRule),
             speaking ? QVariant(*speaking) : QVariant(), warning ? QVariant(*warning) : QVariant(), id}))
        return internal(m.db);
    if (fixedGiven && !m.db.exec(QStringLiteral("UPDATE bodies SET fixed_delegate_total = ? WHERE id = ?"),
                                 {fixed && *fixed > 0 ? QVariant(*fixed) : QVariant(), id}))
        return internal(m.db);
    return publishBody(caller, id);
}

std::optional<protocol::Error> BodyService::setGroups(qint64 bodyId, qint64 memberId,
                                                      const QStringList &groups, bool createMissing,
                                                      int *created) {
    if (!m.db.exec(QStringLiteral("DELETE FROM group_members WHERE member_id = ?"), {memberId}))
        return protocol::Error{ErrorCode::Internal, m.db.lastError()};
    for (const QString &name : groups) {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM groups WHERE body_id = ? AND name = ?"),
                                 {bodyId, name});
        qint64 groupId = 0;
        if (q.next()) {
            groupId = q.value(0).toLongLong();
        } else if (createMissing) {
            bool ok = false;
            QSqlQuery ins = m.db.query(
                QStringLiteral("INSERT INTO groups(body_id, name, kind) VALUES (?, ?, 'delegate_group')"),
                {bodyId, name}, &ok);
            if (!ok)
                return protocol::Error{ErrorCode::Internal, m.db.lastError()};
            groupId = m.db.lastInsertId(ins);
            if (created)
                ++*created;
        } else {
            return protocol::Error{ErrorCode::InvalidValue, QStringLiteral("no group named '%1'").arg(name)};
        }
        if (!m.db.exec(
                QStringLiteral("INSERT OR IGNORE INTO group_members(group_id, member_id) VALUES (?, ?)"),
                {groupId, memberId}))
            return protocol::Error{ErrorCode::Internal, m.db.lastError()};
    }
    return std::nullopt;
}

Outcome BodyService::addMember(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QString fullName = f.text("fullName", true, 200);
    const QStringList fnNames = f.textList("functions", 8);
    const QString seat = f.text("seat", false, 20);
    const QStringList groups = f.textList("groups", 32);
    const QString username = f.text("username", false, 64);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const auto fns =
        domain::functionsFromNames(fnNames.isEmpty() ? QStringList{QStringLiteral("delegate")} : fnNames);
    if (!fns)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("unknown function in: %1").arg(fnNames.join(QLatin1Char(','))));
    qint64 accountId = 0;
    if (!username.isEmpty()) {
        accountId = accountIdFor(username);
        if (!accountId)
            return Outcome::fail(ErrorCode::InvalidValue,
                                 QStringLiteral("no account named '%1'").arg(username));
        if (m.access.functionsIn(accountId, bodyId) || m.access.isMember({accountId, false, {}}, bodyId))
            return Outcome::fail(ErrorCode::Conflict,
                                 QStringLiteral("'%1' is already a member of this body").arg(username));
    }
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral(
            "INSERT INTO members(body_id, account_id, full_name, functions, seat) VALUES (?, ?, ?, ?, ?)"),
        {bodyId, accountId ? QVariant(accountId) : QVariant(), fullName, int(fns->toInt()), seat}, &ok);
    if (!ok)
        return internal(m.db);
    const qint64 memberId = m.db.lastInsertId(q);
    COUNCIL_CHECK(setGroups(bodyId, memberId, groups, false));
    if (accountId)
        m_changedAccounts.insert(accountId);
    const QCborMap member = records::member(m.db, memberId);
    if (!m.commits.publish(Event::MemberChanged, caller.accountId, bodyId, 0, wrap("member", member)))
        return internal(m.db);
    if (auto b = publishBody(caller, bodyId); !b.isOk())
        return b;
    return Outcome::ok(wrap("member", member));
}

Outcome BodyService::listMembers(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
    QCborMap out;
    out.insert(QStringLiteral("members"), records::membersOfBody(m.db, bodyId));
    return Outcome::ok(out);
}

Outcome BodyService::updateMember(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    const QString fullName = f.text("fullName", false, 200);
    const QStringList fnNames = f.textList("functions", 8);
    const QString seat = f.text("seat", false, 20);
    const QStringList groups = f.textList("groups", 32);
    const bool usernameGiven = body.contains(QStringLiteral("username"));
    const QString username = f.text("username", false, 64);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("members", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    std::optional<domain::Functions> fns;
    if (f.has("functions")) {
        fns = domain::functionsFromNames(fnNames);
        if (!fns || !*fns)
            return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("unknown or empty functions"));
    }
    if (!m.db.exec(
            QStringLiteral(
                "UPDATE members SET full_name = COALESCE(?, full_name), functions = COALESCE(?, functions),"
                " seat = COALESCE(?, seat) WHERE id = ?"),
            {fullName.isEmpty() ? QVariant() : QVariant(fullName),
             fns ? QVariant(int(fns->toInt())) : QVariant(), f.has("seat") ? QVariant(seat) : QVariant(),
             id}))
        return internal(m.db);
    if (f.has("groups"))
        COUNCIL_CHECK(setGroups(bodyId, id, groups, false));
    if (usernameGiven) {
        // Link the member to an account, or unlink it with null or "".
        QSqlQuery before = m.db.query(QStringLiteral("SELECT account_id FROM members WHERE id = ?"), {id});
        if (before.next() && !before.value(0).isNull())
            m_changedAccounts.insert(before.value(0).toLongLong());
        qint64 accountId = 0;
        if (!username.isEmpty()) {
            accountId = accountIdFor(username);
            if (!accountId)
                return Outcome::fail(ErrorCode::InvalidValue,
                                     QStringLiteral("no account named '%1'").arg(username));
            QSqlQuery other = m.db.query(
                QStringLiteral("SELECT 1 FROM members WHERE body_id = ? AND account_id = ? AND id <> ?"),
                {bodyId, accountId, id});
            if (other.next())
                return Outcome::fail(
                    ErrorCode::Conflict,
                    QStringLiteral("'%1' is already another member of this body").arg(username));
            m_changedAccounts.insert(accountId);
        }
        if (!m.db.exec(QStringLiteral("UPDATE members SET account_id = ? WHERE id = ?"),
                       {accountId ? QVariant(accountId) : QVariant(), id}))
            return internal(m.db);
    }
    const QCborMap member = records::member(m.db, id);
    if (!m.commits.publish(Event::MemberChanged, caller.accountId, bodyId, 0, wrap("member", member)))
        return internal(m.db);
    if (auto b = publishBody(caller, bodyId); !b.isOk())
        return b;
    return Outcome::ok(wrap("member", member));
}

Outcome BodyService::removeMember(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("members", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    QSqlQuery q = m.db.query(QStringLiteral("SELECT account_id FROM members WHERE id = ?"), {id});
    if (q.next() && !q.value(0).isNull())
        m_changedAccounts.insert(q.value(0).toLongLong());
    if (!m.db.exec(QStringLiteral("DELETE FROM members WHERE id = ?"), {id}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("id"), id);
    ev.insert(QStringLiteral("body"), bodyId);
    if (!m.commits.publish(Event::MemberRemoved, caller.accountId, bodyId, 0, ev))
        return internal(m.db);
    if (auto b = publishBody(caller, bodyId); !b.isOk())
        return b;
    return Outcome::ok();
}

std::optional<ImportError> BodyService::accountProblem(qint64 bodyId, const MemberRow &row,
                                                       qint64 *accountId) {
    *accountId = 0;
    if (row.username.isEmpty())
        return std::nullopt;
    *accountId = accountIdFor(row.username);
    if (!*accountId)
        return ImportError{row.line, QStringLiteral("không có tài khoản '%1'").arg(row.username),
                           QStringLiteral("no account named '%1'").arg(row.username)};
    if (m.access.isMember({*accountId, false, {}}, bodyId))
        return ImportError{row.line,
                           QStringLiteral("'%1' đã là thành viên của cơ quan này").arg(row.username),
                           QStringLiteral("'%1' is already a member of this body").arg(row.username)};
    return std::nullopt;
}

Outcome BodyService::importMembers(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QString csv = body.value(QStringLiteral("csv")).toString();
    const bool preview = f.boolean("preview");
    COUNCIL_CHECK_FIELDS(f);
    if (preview)
        return previewMembers(caller, body);
    if (!body.value(QStringLiteral("csv")).isString())
        return Outcome::fail(ErrorCode::BadRequest, QStringLiteral("missing field 'csv'"));
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const MemberImport parsed = parseMemberCsv(csv);
    auto lineError = [](const ImportError &e) {
        return Outcome::fail(protocol::Error{
            ErrorCode::ImportFailed, QStringLiteral("dòng %1 / line %1: %2").arg(e.line).arg(e.text())});
    };
    if (parsed.errorLine)
        return lineError(parsed.errors.value(0, ImportError{parsed.errorLine, parsed.error, parsed.error}));
    int groupsCreated = 0;
    for (const MemberRow &row : parsed.rows) {
        qint64 accountId = 0;
        if (auto e = accountProblem(bodyId, row, &accountId))
            return lineError(*e);
        bool ok = false;
        QSqlQuery q = m.db.query(QStringLiteral("INSERT INTO members(body_id, account_id, full_name, "
                                                "functions, seat) VALUES (?, ?, ?, ?, ?)"),
                                 {bodyId, accountId ? QVariant(accountId) : QVariant(), row.fullName,
                                  int(row.functions.toInt()), row.seat},
                                 &ok);
        if (!ok)
            return internal(m.db);
        if (auto e = setGroups(bodyId, m.db.lastInsertId(q), row.groups, true, &groupsCreated))
            return Outcome::fail(*e); // creating missing groups fails only inside the database
        if (accountId)
            m_changedAccounts.insert(accountId);
    }
    QCborMap ev;
    ev.insert(QStringLiteral("body"), bodyId);
    ev.insert(QStringLiteral("count"), qint64(parsed.rows.size()));
    if (!m.commits.publish(Event::MembersImported, caller.accountId, bodyId, 0, ev))
        return internal(m.db);
    if (auto b = publishBody(caller, bodyId); !b.isOk())
        return b;
    QCborMap out;
    out.insert(QStringLiteral("imported"), qint64(parsed.rows.size()));
    out.insert(QStringLiteral("groupsCreated"), groupsCreated);
    return Outcome::ok(out);
}

Outcome BodyService::previewMembers(const Caller &caller, const QCborMap &body) {
    constexpr int kMaxErrors = 200;
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    (void)f.boolean("preview");
    COUNCIL_CHECK_FIELDS(f);
    if (!body.value(QStringLiteral("csv")).isString())
        return Outcome::fail(ErrorCode::BadRequest, QStringLiteral("missing field 'csv'"));
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    const MemberImport parsed = parseMemberCsv(body.value(QStringLiteral("csv")).toString(), 5000,
                                               CsvMode::CollectErrors, kMaxErrors);
    QList<ImportError> errors = parsed.errors;
    bool truncated = parsed.errorsTruncated;
    auto textArray = [](const QStringList &list) {
        QCborArray a;
        for (const QString &s : list)
            a.append(s);
        return a;
    };
    QCborArray rows, warnings;
    QHash<QString, int> seenNameSeat; // folded "name|seat" -> first line
    for (const MemberRow &row : parsed.rows) {
        // What the real import would refuse besides the file itself.
        qint64 accountId = 0;
        if (auto e = accountProblem(bodyId, row, &accountId)) {
            if (errors.size() < kMaxErrors)
                errors.append(*e);
            else
                truncated = true;
            continue;
        }
        // Imported as they are, but most likely the same person pasted twice.
        const QString nameSeat = row.fullName.toCaseFolded() + QLatin1Char('|') + row.seat.toCaseFolded();
        if (const int first = seenNameSeat.value(nameSeat); first != 0) {
            QCborMap w;
            w.insert(QStringLiteral("line"), row.line);
            w.insert(QStringLiteral("message"), QStringLiteral("trùng họ tên và ghế với dòng %1").arg(first));
            w.insert(QStringLiteral("en"), QStringLiteral("same name and seat as line %1").arg(first));
            warnings.append(w);
        } else {
            seenNameSeat.insert(nameSeat, row.line);
        }
        QCborMap r;
        r.insert(QStringLiteral("line"), row.line);
        r.insert(QStringLiteral("name"), row.fullName);
        r.insert(QStringLiteral("functions"), textArray(domain::functionNames(row.functions)));
        r.insert(QStringLiteral("groups"), textArray(row.groups));
        r.insert(QStringLiteral("seat"), row.seat);
        r.insert(QStringLiteral("username"), row.username);
        rows.append(r);
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ImportError &a, const ImportError &b) { return a.line < b.line; });
    QCborArray errorList;
    for (const ImportError &e : errors) {
        QCborMap m;
        m.insert(QStringLiteral("line"), e.line);
        m.insert(QStringLiteral("message"), e.vi);
        m.insert(QStringLiteral("en"), e.en);
        errorList.append(m);
    }
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("errors"), errorList);
    out.insert(QStringLiteral("errorsTruncated"), truncated);
    out.insert(QStringLiteral("warnings"), warnings);
    out.insert(QStringLiteral("total"), parsed.total);
    return Outcome::ok(out);
}

Outcome BodyService::createGroup(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QString name = f.text("name", true, 200);
    const QString kind = f.oneOf("kind", kGroupKinds, QStringLiteral("delegate_group"));
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    QSqlQuery exists =
        m.db.query(QStringLiteral("SELECT 1 FROM groups WHERE body_id = ? AND name = ?"), {bodyId, name});
    if (exists.next())
        return Outcome::fail(ErrorCode::Conflict, QStringLiteral("a group named '%1' exists").arg(name));
    bool ok = false;
    QSqlQuery q = m.db.query(QStringLiteral("INSERT INTO groups(body_id, name, kind) VALUES (?, ?, ?)"),
                             {bodyId, name, kind}, &ok);
    if (!ok)
        return internal(m.db);
    const QCborMap group = records::group(m.db, m.db.lastInsertId(q));
    if (!m.commits.publish(Event::GroupChanged, caller.accountId, bodyId, 0, wrap("group", group)))
        return internal(m.db);
    return Outcome::ok(wrap("group", group));
}

Outcome BodyService::listGroups(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
    QCborMap out;
    out.insert(QStringLiteral("groups"), records::groupsOfBody(m.db, bodyId));
    return Outcome::ok(out);
}

Outcome BodyService::removeGroup(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const qint64 bodyId = m.access.bodyOfRow("groups", id);
    COUNCIL_CHECK(m.access.requireSecretary(caller, bodyId));
    if (!m.db.exec(QStringLiteral("DELETE FROM groups WHERE id = ?"), {id}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("id"), id);
    ev.insert(QStringLiteral("body"), bodyId);
    if (!m.commits.publish(Event::GroupRemoved, caller.accountId, bodyId, 0, ev))
        return internal(m.db);
    return Outcome::ok();
}

} // namespace council::server
