#include "accountservice.h"

#include "crypto/sodium.h"
#include "domain/text.h"
#include "records.h"

#include <QDateTime>
#include <QRegularExpression>

namespace council::server {

using protocol::ErrorCode;
using protocol::Event;

namespace {
qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

bool validUsername(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return re.match(name).hasMatch();
}

QString canonicalUsername(const QString &name) {
    return domain::normalizedText(name).toLower();
}

QCborMap wrap(const char *key, const QCborMap &value) {
    QCborMap m;
    m.insert(QString::fromLatin1(key), value);
    return m;
}
} // namespace

AccountService::AccountService(ServiceContext ctx)
    : m(ctx) {
    m_saltKey = m.db.secret(QStringLiteral("salt_key"), 32);
    // A real Argon2id hash of a random key that nobody knows: verifying
    // against it costs exactly what verifying a real account costs.
    QSqlQuery q = m.db.query(QStringLiteral("SELECT value FROM meta WHERE key = 'dummy_verifier'"));
    if (q.next()) {
        m_dummyVerifier = q.value(0).toByteArray();
    } else {
        m_dummyVerifier = crypto::hashLoginKey(crypto::randomBytes(crypto::kKeyBytes));
        m.db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('dummy_verifier', ?)"),
                  {m_dummyVerifier});
    }
}

Outcome AccountService::salt(const QCborMap &body) {
    FieldReader f(body);
    const QString username = canonicalUsername(f.text("username", true, 64));
    COUNCIL_CHECK_FIELDS(f);
    QByteArray salt;
    crypto::KdfParams params = crypto::KdfParams::interactive();
    QSqlQuery q = m.db.query(QStringLiteral("SELECT salt, kdf_ops, kdf_mem FROM accounts WHERE username = ?"),
                             {username});
    if (q.next()) {
        salt = q.value(0).toByteArray();
        params = {q.value(1).toLongLong(), q.value(2).toLongLong()};
    } else {
        salt = crypto::genericHash(username.toUtf8(), crypto::kSaltBytes, m_saltKey);
    }
    QCborMap out;
    out.insert(QStringLiteral("salt"), salt);
    out.insert(QStringLiteral("ops"), params.opsLimit);
    out.insert(QStringLiteral("mem"), params.memLimit);
    return Outcome::ok(out);
}

Deferred AccountService::login(const QCborMap &body, TokenIdentity *identity) {
    FieldReader f(body);
    const QString username = canonicalUsername(f.text("username", true, 64));
    const QByteArray loginKey = f.bytes("loginKey", crypto::kKeyBytes, crypto::kKeyBytes);
    const QString device = f.text("device", false, 100, QStringLiteral("?"));
    COUNCIL_CHECK_FIELDS(f);
    qint64 accountId = 0;
    QByteArray verifier = m_dummyVerifier;
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT id, verifier FROM accounts WHERE username = ?"), {username});
    if (q.next()) {
        accountId = q.value(0).toLongLong();
        verifier = q.value(1).toByteArray();
    }
    AsyncStep step;
    step.work = [verifier, loginKey] { return QVariant(crypto::verifyLoginKey(verifier, loginKey)); };
    step.finish = [this, accountId, device, identity](const QVariant &verified) -> Outcome {
        if (!verified.toBool() || accountId == 0)
            return Outcome::fail(ErrorCode::BadCredentials);
        const QByteArray token = crypto::randomBytes(32);
        bool ok = false;
        QSqlQuery ins =
            m.db.query(QStringLiteral("INSERT INTO device_tokens(account_id, token_hash, device, created_at,"
                                      " last_used_at) VALUES (?, ?, ?, ?, ?)"),
                       {accountId, crypto::genericHash(token), device, now(), now()}, &ok);
        if (!ok)
            return Outcome::fail(ErrorCode::Internal, m.db.lastError());
        const QCborMap account = records::account(m.db, accountId);
        identity->caller = {accountId, account.value(QStringLiteral("admin")).toBool(),
                            account.value(QStringLiteral("username")).toString()};
        identity->tokenId = m.db.lastInsertId(ins);
        QCborMap out;
        out.insert(QStringLiteral("token"), token);
        out.insert(QStringLiteral("tokenId"), identity->tokenId);
        out.insert(QStringLiteral("account"), account);
        return Outcome::ok(out);
    };
    return step;
}

Outcome AccountService::authenticateToken(const QCborMap &body, TokenIdentity *identity) {
    FieldReader f(body);
    const QByteArray token = f.bytes("token", 32, 32);
    COUNCIL_CHECK_FIELDS(f);
    QSqlQuery q = m.db.query(QStringLiteral("SELECT t.id, t.account_id, t.revoked_at, a.is_admin, a.username"
                                            " FROM device_tokens t JOIN accounts a ON a.id = t.account_id"
                                            " WHERE t.token_hash = ?"),
                             {crypto::genericHash(token)});
    if (!q.next())
        return Outcome::fail(ErrorCode::BadCredentials);
    if (!q.value(2).isNull())
        return Outcome::fail(ErrorCode::TokenRevoked);
    identity->tokenId = q.value(0).toLongLong();
    identity->caller = {q.value(1).toLongLong(), q.value(3).toBool(), q.value(4).toString()};
    m.db.exec(QStringLiteral("UPDATE device_tokens SET last_used_at = ? WHERE id = ?"),
              {now(), identity->tokenId});
    QCborMap out;
    out.insert(QStringLiteral("tokenId"), identity->tokenId);
    out.insert(QStringLiteral("account"), records::account(m.db, identity->caller.accountId));
    return Outcome::ok(out);
}

Outcome AccountService::logout(const Caller &caller, qint64 tokenId) {
    QCborMap body;
    body.insert(QStringLiteral("id"), tokenId);
    const Outcome out = revokeToken(caller, body);
    return out.isOk() ? Outcome::ok() : out;
}

Outcome AccountService::me(const Caller &caller) {
    QCborArray memberships;
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT id, body_id FROM members WHERE account_id = ? ORDER BY body_id"),
                   {caller.accountId});
    while (q.next()) {
        QCborMap ms;
        ms.insert(QStringLiteral("body"), records::body(m.db, q.value(1).toLongLong()));
        ms.insert(QStringLiteral("member"), records::member(m.db, q.value(0).toLongLong()));
        memberships.append(ms);
    }
    QCborMap out;
    out.insert(QStringLiteral("account"), records::account(m.db, caller.accountId));
    out.insert(QStringLiteral("memberships"), memberships);
    return Outcome::ok(out);
}

Outcome AccountService::insertAccount(const Caller &caller, const QString &username,
                                      const QString &displayName, const QByteArray &salt,
                                      const crypto::KdfParams &params, const QByteArray &verifier,
                                      bool admin) {
    if (verifier.isEmpty())
        return Outcome::fail(ErrorCode::Internal, QStringLiteral("hashing the login key failed"));
    QSqlQuery exists = m.db.query(QStringLiteral("SELECT 1 FROM accounts WHERE username = ?"), {username});
    if (exists.next())
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("the user name '%1' is taken").arg(username));
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral("INSERT INTO accounts(username, display_name, salt, kdf_ops, kdf_mem, verifier,"
                       " is_admin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {username, displayName, salt, params.opsLimit, params.memLimit, verifier, admin, now()}, &ok);
    if (!ok)
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    const QCborMap account = records::account(m.db, m.db.lastInsertId(q));
    if (!m.commits.publish(Event::AccountChanged, caller.accountId, 0, 0, wrap("account", account)))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    return Outcome::ok(wrap("account", account));
}

Deferred AccountService::createUser(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString username = canonicalUsername(f.text("username", true, 64));
    const QString displayName = f.text("displayName", true, 200);
    const QByteArray salt = f.bytes("salt", crypto::kSaltBytes, crypto::kSaltBytes);
    const crypto::KdfParams params{f.integer("ops", true, 1, 64), f.integer("mem", true, 1, qint64(1) << 30)};
    const QByteArray loginKey = f.bytes("loginKey", crypto::kKeyBytes, crypto::kKeyBytes);
    const bool admin = f.boolean("admin");
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    if (!validUsername(username))
        return Outcome::fail(
            ErrorCode::InvalidValue,
            QStringLiteral(
                "a user name is 2-64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit"));
    if (!params.isValid())
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("the Argon2id cost is out of range"));
    AsyncStep step;
    step.work = [loginKey] { return QVariant(crypto::hashLoginKey(loginKey)); };
    step.finish = [=, this](const QVariant &verifier) {
        return insertAccount(caller, username, displayName, salt, params, verifier.toByteArray(), admin);
    };
    return step;
}

Outcome AccountService::listUsers(const Caller &caller) {
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    QCborArray accounts;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM accounts ORDER BY username"));
    while (q.next())
        accounts.append(records::account(m.db, q.value(0).toLongLong()));
    QCborMap out;
    out.insert(QStringLiteral("accounts"), accounts);
    return Outcome::ok(out);
}

Deferred AccountService::setPassword(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString username = canonicalUsername(f.text("username", true, 64));
    const QByteArray salt = f.bytes("salt", crypto::kSaltBytes, crypto::kSaltBytes);
    const crypto::KdfParams params{f.integer("ops", true, 1, 64), f.integer("mem", true, 1, qint64(1) << 30)};
    const QByteArray loginKey = f.bytes("loginKey", crypto::kKeyBytes, crypto::kKeyBytes);
    COUNCIL_CHECK_FIELDS(f);
    if (!caller.admin && username != caller.username)
        return Outcome::fail(ErrorCode::PermissionDenied, QStringLiteral("only your own password"));
    if (!params.isValid())
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("the Argon2id cost is out of range"));
    AsyncStep step;
    step.work = [loginKey] { return QVariant(crypto::hashLoginKey(loginKey)); };
    step.finish = [=, this](const QVariant &verifier) -> Outcome {
        QSqlQuery q = m.db.query(QStringLiteral("SELECT id FROM accounts WHERE username = ?"), {username});
        if (!q.next())
            return Outcome::fail(ErrorCode::NotFound);
        if (!m.db.exec(
                QStringLiteral(
                    "UPDATE accounts SET salt = ?, kdf_ops = ?, kdf_mem = ?, verifier = ? WHERE id = ?"),
                {salt, params.opsLimit, params.memLimit, verifier.toByteArray(), q.value(0)}))
            return Outcome::fail(ErrorCode::Internal, m.db.lastError());
        return Outcome::ok();
    };
    return step;
}

Outcome AccountService::listTokens(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString username = canonicalUsername(f.text("username", false, 64));
    COUNCIL_CHECK_FIELDS(f);
    if (!username.isEmpty() && username != caller.username)
        COUNCIL_CHECK(m.access.requireAdmin(caller));
    const bool all = caller.admin && username.isEmpty();
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT t.id, a.username, t.device, t.created_at, t.last_used_at, t.revoked_at"
                       " FROM device_tokens t JOIN accounts a ON a.id = t.account_id"
                       " WHERE ? OR a.username = ? ORDER BY t.id"),
        {all, username.isEmpty() ? caller.username : username});
    QCborArray tokens;
    while (q.next()) {
        QCborMap t;
        t.insert(QStringLiteral("id"), q.value(0).toLongLong());
        t.insert(QStringLiteral("username"), q.value(1).toString());
        t.insert(QStringLiteral("device"), q.value(2).toString());
        t.insert(QStringLiteral("created"), q.value(3).toLongLong());
        t.insert(QStringLiteral("lastUsed"), q.value(4).toLongLong());
        t.insert(QStringLiteral("revoked"),
                 q.value(5).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(5).toLongLong()));
        tokens.append(t);
    }
    QCborMap out;
    out.insert(QStringLiteral("tokens"), tokens);
    return Outcome::ok(out);
}

Outcome AccountService::revokeToken(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("id", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT t.account_id, a.username, t.revoked_at FROM device_tokens t"
                                  " JOIN accounts a ON a.id = t.account_id WHERE t.id = ?"),
                   {id});
    if (!q.next() || (!caller.admin && q.value(0).toLongLong() != caller.accountId))
        return Outcome::fail(ErrorCode::NotFound);
    if (!q.value(2).isNull())
        return Outcome::ok(); // already revoked: revoking again changes nothing
    if (!m.db.exec(QStringLiteral("UPDATE device_tokens SET revoked_at = ? WHERE id = ?"), {now(), id}))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    QCborMap ev;
    ev.insert(QStringLiteral("tokenId"), id);
    ev.insert(QStringLiteral("username"), q.value(1).toString());
    if (!m.commits.publish(Event::TokenRevoked, caller.accountId, 0, 0, ev))
        return Outcome::fail(ErrorCode::Internal, m.db.lastError());
    m_revoked.append(id);
    return Outcome::ok();
}

QString AccountService::createAccountLocally(const QString &usernameIn, const QString &displayName,
                                             const QString &password, bool admin, qint64 *accountId) {
    const QString username = canonicalUsername(usernameIn);
    if (!validUsername(username))
        return QStringLiteral("invalid user name '%1'").arg(usernameIn);
    if (password.size() < 8)
        return QStringLiteral("the password must have at least 8 characters");
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const crypto::KdfParams params = crypto::KdfParams::interactive();
    const crypto::DerivedKeys keys = crypto::deriveKeys(password, salt, params);
    if (!keys.ok)
        return QStringLiteral("key derivation failed");
    const QByteArray verifier = crypto::hashLoginKey(keys.loginKey);
    const Caller system{0, true, QStringLiteral("system")};
    const Outcome out = m.commits.run([&] {
        return insertAccount(system, username, domain::normalizedText(displayName), salt, params, verifier,
                             admin);
    });
    if (!out.isOk())
        return out.error->detail.isEmpty() ? protocol::errorMessageEn(out.error->code) : out.error->detail;
    if (accountId)
        *accountId =
            out.body.value(QStringLiteral("account")).toMap().value(QStringLiteral("id")).toInteger();
    return {};
}

bool AccountService::isTokenActive(qint64 tokenId) {
    QSqlQuery q = m.db.query(QStringLiteral("SELECT revoked_at FROM device_tokens WHERE id = ?"), {tokenId});
    return q.next() && q.value(0).isNull();
}

void AccountService::flushLastUsed() {
    for (auto it = m_lastUsed.cbegin(); it != m_lastUsed.cend(); ++it)
        m.db.exec(QStringLiteral("UPDATE device_tokens SET last_used_at = ? WHERE id = ?"),
                  {it.value(), it.key()});
    m_lastUsed.clear();
}

QList<qint64> AccountService::takeRevokedTokens() {
    QList<qint64> out;
    out.swap(m_revoked);
    return out;
}

} // namespace council::server
