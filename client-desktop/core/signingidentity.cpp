#include "signingidentity.h"

#include "serverconnection.h"

#include "crypto/sodium.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace council::client {

namespace {

QString trs(const char *text) {
    return QCoreApplication::translate("SigningIdentity", text);
}

const QString kPublicKey = QStringLiteral("publicKey");
const QString kSealedSecret = QStringLiteral("sealedSecret");
const QString kNonce = QStringLiteral("nonce");

} // namespace

void deriveWrapKeyFromSalt(const QCborMap &saltReply, const QString &password, QObject *context,
                           std::function<void(const WrapKey &)> done) {
    const QByteArray salt = saltReply.value(QStringLiteral("salt")).toByteArray();
    crypto::KdfParams params;
    params.opsLimit = saltReply.value(QStringLiteral("ops")).toInteger();
    params.memLimit = saltReply.value(QStringLiteral("mem")).toInteger();
    if (salt.size() != crypto::kSaltBytes || !params.isValid()) {
        // A server asking for absurd Argon2 costs could pin the device: refuse.
        WrapKey result;
        result.errorCode = QStringLiteral("bad_reply");
        result.errorMessage = trs("the server sent unusable password parameters");
        return done(result);
    }
    // Argon2id takes from a tenth of a second to seconds: never on the event thread.
    auto *watcher = new QFutureWatcher<crypto::DerivedKeys>(context);
    QObject::connect(watcher, &QFutureWatcher<crypto::DerivedKeys>::finished, context,
                     [watcher, done = std::move(done)] {
                         crypto::DerivedKeys keys = watcher->result();
                         watcher->deleteLater();
                         WrapKey result;
                         if (!keys.ok) {
                             result.errorCode = QStringLiteral("kdf_failed");
                             result.errorMessage = trs("password key derivation failed");
                             return done(result);
                         }
                         // Only the signing seed is wanted; the other keys are not kept.
                         keys.loginKey.fill('\0');
                         keys.notesKey.fill('\0');
                         result.key = keys.signingSeed;
                         done(result);
                     });
    watcher->setFuture(QtConcurrent::run(crypto::deriveKeys, password, salt, params));
}

void deriveWrapKey(ServerConnection &connection, const QString &username, const QString &password,
                   QObject *context, std::function<void(const WrapKey &)> done) {
    QPointer<QObject> guard(context);
    connection.request(protocol::Request::AuthSalt, QCborMap{{QStringLiteral("username"), username}},
                       [guard, password, done = std::move(done)](const Reply &r) {
                           if (!guard)
                               return;
                           if (!r.ok) {
                               WrapKey result;
                               result.errorCode = r.errorCode;
                               result.errorMessage = r.errorMessage;
                               return done(result);
                           }
                           deriveWrapKeyFromSalt(r.body, password, guard.data(), done);
                       });
}

QCborMap SealedKeyPair::requestFields() const {
    return QCborMap{{kPublicKey, pair.publicKey}, {kSealedSecret, sealed.ciphertext}, {kNonce, sealed.nonce}};
}

SealedKeyPair createSealedKeyPair(const QByteArray &wrapKey) {
    SealedKeyPair k;
    k.pair = crypto::generateSigningKeyPair();
    k.sealed = crypto::sealSecret(k.pair.secretKey, wrapKey);
    return k;
}

QString UnsealedKey::errorMessage() const {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoSealedSecret:
        return trs("the server holds no sealed secret key for this");
    case Problem::WrongPassword:
        return trs("the sealed secret key does not open with this password (a wrong password, or the key "
                   "was sealed under another password)");
    case Problem::KeyMismatch:
        return trs("the sealed secret key does not belong to the public key the server shows");
    }
    return {};
}

UnsealedKey openSealedKey(const QCborMap &reply, const QByteArray &wrapKey) {
    UnsealedKey result;
    result.publicKey = reply.value(kPublicKey).toByteArray();
    crypto::SealedSecret sealed;
    sealed.ciphertext = reply.value(kSealedSecret).toByteArray();
    sealed.nonce = reply.value(kNonce).toByteArray();
    if (sealed.ciphertext.isEmpty() || sealed.nonce.size() != crypto::kSealNonceBytes)
        return result;
    const auto secret = crypto::openSealed(sealed, wrapKey);
    if (!secret) {
        result.problem = UnsealedKey::Problem::WrongPassword;
        return result;
    }
    // libsodium's secret key is seed || public key; and a test signature
    // proves the pair really works before anything real is signed with it.
    const QByteArray probe = crypto::randomBytes(16);
    const QByteArray context("council-key-check");
    if (secret->size() != crypto::kSignSecretKeyBytes ||
        result.publicKey.size() != crypto::kSignPublicKeyBytes ||
        secret->right(crypto::kSignPublicKeyBytes) != result.publicKey ||
        !crypto::verifyDetached(crypto::signDetached(probe, *secret, context), probe, result.publicKey,
                                context)) {
        result.problem = UnsealedKey::Problem::KeyMismatch;
        return result;
    }
    result.secretKey = *secret;
    result.problem = UnsealedKey::Problem::None;
    return result;
}

bool verifyApproverListSignature(const QByteArray &listBytes, const QByteArray &signature,
                                 const QByteArray &trustKey) {
    return crypto::verifyDetached(signature, listBytes, trustKey, QByteArray(crypto::kApproverListContext));
}

ApproverListCheck verifiedApproverList(const QCborMap &trustReply, qint64 body, const QByteArray &trustKey) {
    ApproverListCheck result;
    const QByteArray bytes = trustReply.value(QStringLiteral("list")).toByteArray();
    const QByteArray signature = trustReply.value(QStringLiteral("listSignature")).toByteArray();
    const qint64 version = trustReply.value(QStringLiteral("listVersion")).toInteger();
    if (bytes.isEmpty() && version == 0) {
        crypto::ApproverList empty;
        empty.bodyId = body;
        result.list = empty;
        return result;
    }
    if (!verifyApproverListSignature(bytes, signature, trustKey)) {
        result.error = trs("the approver list is not signed by the body's trust key");
        return result;
    }
    auto list = crypto::ApproverList::decode(bytes);
    if (!list) {
        result.error = trs("the approver list cannot be read");
        return result;
    }
    if (list->bodyId != body) {
        result.error = trs("the approver list is for body %1, not %2").arg(list->bodyId).arg(body);
        return result;
    }
    if (list->version != version) {
        result.error =
            trs("the approver list is version %1, but the server says %2").arg(list->version).arg(version);
        return result;
    }
    result.list = std::move(list);
    return result;
}

const crypto::ApproverEntry *openEntry(const crypto::ApproverList &list, qint64 account, qint64 nowMs) {
    for (const crypto::ApproverEntry &e : list.approvers) {
        if (e.account == account && (e.untilMs == 0 || e.untilMs > nowMs))
            return &e;
    }
    return nullptr;
}

ApproverListEdit withApproverAdded(const crypto::ApproverList &current, crypto::ApproverEntry entry,
                                   qint64 nowMs) {
    ApproverListEdit result;
    if (entry.account <= 0 || entry.publicKey.size() != crypto::kSignPublicKeyBytes) {
        result.error = trs("an approver needs an account and a 32-byte public key");
        return result;
    }
    crypto::ApproverList next = current;
    for (crypto::ApproverEntry &e : next.approvers) {
        if (e.account != entry.account || (e.untilMs != 0 && e.untilMs <= nowMs))
            continue;
        if (e.publicKey == entry.publicKey) {
            result.error = trs("account %1 already approves with this key").arg(entry.account);
            return result;
        }
        e.untilMs = nowMs; // a new key replaces the old one from now on
    }
    entry.fromMs = nowMs;
    entry.untilMs = 0;
    next.approvers.append(entry);
    next.version = current.version + 1;
    next.issuedAtMs = nowMs;
    result.list = next;
    return result;
}

ApproverListEdit withApproverRemoved(const crypto::ApproverList &current, qint64 account, qint64 nowMs) {
    ApproverListEdit result;
    crypto::ApproverList next = current;
    bool closed = false;
    for (crypto::ApproverEntry &e : next.approvers) {
        if (e.account == account && (e.untilMs == 0 || e.untilMs > nowMs)) {
            e.untilMs = nowMs; // kept, so that approvals signed before stay valid
            closed = true;
        }
    }
    if (!closed) {
        result.error = trs("account %1 is not an approver now").arg(account);
        return result;
    }
    next.version = current.version + 1;
    next.issuedAtMs = nowMs;
    result.list = next;
    return result;
}

} // namespace council::client
