#include "trustservice.h"

#include "crypto/signing.h"

#include <QDateTime>

namespace council::server {

using protocol::ErrorCode;
using protocol::Event;

namespace {

qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

Outcome internal(Database &db) {
    return Outcome::fail(ErrorCode::Internal, db.lastError());
}

// The sealed half of a key: a 64-byte secret plus the 16-byte tag.
constexpr int kSealedSecretBytes = crypto::kSignSecretKeyBytes + 16;

} // namespace

TrustService::TrustService(ServiceContext ctx)
    : m(ctx) {}

Outcome TrustService::registerKey(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QByteArray publicKey =
        f.bytes("publicKey", crypto::kSignPublicKeyBytes, crypto::kSignPublicKeyBytes);
    const QByteArray sealed = f.bytes("sealedSecret", kSealedSecretBytes, kSealedSecretBytes);
    const QByteArray nonce = f.bytes("nonce", crypto::kSealNonceBytes, crypto::kSealNonceBytes);
    const bool replace = f.boolean("replace");
    COUNCIL_CHECK_FIELDS(f);
    const bool exists = !registeredKey(caller.accountId).isEmpty();
    if (exists && !replace)
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("this account already has a signing key; send replace: true"));
    if (!m.db.exec(QStringLiteral("INSERT OR REPLACE INTO signing_keys(account_id, public_key, sealed_secret,"
                                  " nonce, created_at) VALUES (?, ?, ?, ?, ?)"),
                   {caller.accountId, publicKey, sealed, nonce, now()}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("account"), caller.accountId);
    ev.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(publicKey));
    // Only the owner's devices hear of it.
    if (!m.commits.publish(Event::AccountChanged, caller.accountId, 0, 0, ev, caller.accountId))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(publicKey));
    return Outcome::ok(out);
}

Outcome TrustService::getKey(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 account = f.integer("account", false, 1, qint64(1) << 53, caller.accountId);
    COUNCIL_CHECK_FIELDS(f);
    const bool own = account == caller.accountId;
    if (!own && !caller.admin) {
        // Keys of people the caller shares a body with.
        QSqlQuery q =
            m.db.query(QStringLiteral("SELECT 1 FROM members a JOIN members b ON a.body_id = b.body_id"
                                      " WHERE a.account_id = ? AND b.account_id = ? LIMIT 1"),
                       {caller.accountId, account});
        if (!q.next())
            return Outcome::fail(ErrorCode::NotFound);
    }
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT public_key, sealed_secret, nonce FROM signing_keys WHERE account_id = ?"),
        {account});
    if (!q.next())
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no signing key registered"));
    QCborMap out;
    out.insert(QStringLiteral("account"), account);
    out.insert(QStringLiteral("publicKey"), q.value(0).toByteArray());
    out.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(q.value(0).toByteArray()));
    if (own) {
        out.insert(QStringLiteral("sealedSecret"), q.value(1).toByteArray());
        out.insert(QStringLiteral("nonce"), q.value(2).toByteArray());
    }
    return Outcome::ok(out);
}

Outcome TrustService::init(const Caller &caller, const QCborMap &body) {
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QByteArray publicKey =
        f.bytes("publicKey", crypto::kSignPublicKeyBytes, crypto::kSignPublicKeyBytes);
    const QByteArray sealed = f.bytes("sealedSecret", kSealedSecretBytes, kSealedSecretBytes);
    const QByteArray nonce = f.bytes("nonce", crypto::kSealNonceBytes, crypto::kSealNonceBytes);
    COUNCIL_CHECK_FIELDS(f);
    if (!m.db.query(QStringLiteral("SELECT 1 FROM bodies WHERE id = ?"), {bodyId}).next())
        return Outcome::fail(ErrorCode::NotFound);
    if (!trustKey(bodyId).isEmpty())
        return Outcome::fail(ErrorCode::Conflict,
                             QStringLiteral("the body already has a trust key; clients have pinned it"));
    // An empty approver list, version 0, is implied until the first one is signed.
    if (!m.db.exec(
            QStringLiteral("INSERT INTO trust_keys(body_id, public_key, sealed_secret, nonce, created_by,"
                           " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {bodyId, publicKey, sealed, nonce, caller.accountId, now()}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("body"), bodyId);
    ev.insert(QStringLiteral("listVersion"), 0);
    ev.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(publicKey));
    if (!m.commits.publish(Event::TrustChanged, caller.accountId, bodyId, 0, ev))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(publicKey));
    return Outcome::ok(out);
}

Outcome TrustService::get(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
    QSqlQuery q = m.db.query(QStringLiteral("SELECT public_key, sealed_secret, nonce, list, list_signature,"
                                            " list_version FROM trust_keys WHERE body_id = ?"),
                             {bodyId});
    if (!q.next())
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("the body has no trust key yet"));
    QCborMap out;
    out.insert(QStringLiteral("body"), bodyId);
    out.insert(QStringLiteral("publicKey"), q.value(0).toByteArray());
    out.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(q.value(0).toByteArray()));
    out.insert(QStringLiteral("list"), q.value(3).toByteArray());
    out.insert(QStringLiteral("listSignature"), q.value(4).toByteArray());
    out.insert(QStringLiteral("listVersion"), q.value(5).toLongLong());
    if (caller.admin) {
        out.insert(QStringLiteral("sealedSecret"), q.value(1).toByteArray());
        out.insert(QStringLiteral("nonce"), q.value(2).toByteArray());
    }
    return Outcome::ok(out);
}

Outcome TrustService::setApprovers(const Caller &caller, const QCborMap &body) {
    COUNCIL_CHECK(m.access.requireAdmin(caller));
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", true, 1);
    const QByteArray listBytes = f.bytes("list", 1, 256 * 1024);
    const QByteArray signature = f.bytes("signature", crypto::kSignatureBytes, crypto::kSignatureBytes);
    COUNCIL_CHECK_FIELDS(f);
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT public_key, list_version FROM trust_keys WHERE body_id = ?"), {bodyId});
    if (!q.next())
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("the body has no trust key yet"));
    const QByteArray trust = q.value(0).toByteArray();
    const qint64 version = q.value(1).toLongLong();
    if (!crypto::verifyDetached(signature, listBytes, trust, QByteArray(crypto::kApproverListContext)))
        return Outcome::fail(ErrorCode::BadSignature,
                             QStringLiteral("the approver list is not signed by the body's trust key"));
    const auto list = crypto::ApproverList::decode(listBytes);
    if (!list || list->bodyId != bodyId)
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("not an approver list of this body"));
    if (list->version != version + 1)
        return Outcome::fail(
            ErrorCode::Conflict,
            QStringLiteral("the list must have version %1, not %2").arg(version + 1).arg(list->version));
    for (const crypto::ApproverEntry &e : list->approvers) {
        if (e.untilMs != 0)
            continue; // former approvers: kept so that what they signed stays valid
        if (!m.access.functionsIn(e.account, bodyId).testFlag(domain::Function::Approver))
            return Outcome::fail(ErrorCode::InvalidValue,
                                 QStringLiteral("account %1 is not an approver of this body").arg(e.account));
        if (registeredKey(e.account) != e.publicKey)
            return Outcome::fail(ErrorCode::InvalidValue,
                                 QStringLiteral("account %1 registered another key").arg(e.account));
    }
    if (!m.db.exec(QStringLiteral("UPDATE trust_keys SET list = ?, list_signature = ?, list_version = ?"
                                  " WHERE body_id = ?"),
                   {listBytes, signature, list->version, bodyId}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("body"), bodyId);
    ev.insert(QStringLiteral("listVersion"), list->version);
    if (!m.commits.publish(Event::TrustChanged, caller.accountId, bodyId, 0, ev))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("listVersion"), list->version);
    return Outcome::ok(out);
}

QByteArray TrustService::registeredKey(qint64 accountId) {
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT public_key FROM signing_keys WHERE account_id = ?"), {accountId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

std::optional<crypto::ApproverList> TrustService::approverList(qint64 bodyId) {
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT public_key, list, list_signature FROM trust_keys WHERE body_id = ?"),
        {bodyId});
    if (!q.next() || q.value(1).isNull())
        return std::nullopt;
    // Checked again on every use: the row could have been altered on disk.
    if (!crypto::verifyDetached(q.value(2).toByteArray(), q.value(1).toByteArray(), q.value(0).toByteArray(),
                                QByteArray(crypto::kApproverListContext)))
        return std::nullopt;
    return crypto::ApproverList::decode(q.value(1).toByteArray());
}

QByteArray TrustService::trustKey(qint64 bodyId) {
    QSqlQuery q = m.db.query(QStringLiteral("SELECT public_key FROM trust_keys WHERE body_id = ?"), {bodyId});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QStringList TrustService::fingerprints() {
    QStringList out;
    QSqlQuery q = m.db.query(QStringLiteral("SELECT t.body_id, b.name, t.public_key FROM trust_keys t JOIN "
                                            "bodies b ON b.id = t.body_id ORDER BY 1"));
    while (q.next())
        out << QStringLiteral("body %1 (%2): %3")
                   .arg(q.value(0).toLongLong())
                   .arg(q.value(1).toString(), crypto::keyFingerprint(q.value(2).toByteArray()));
    return out;
}

} // namespace council::server
