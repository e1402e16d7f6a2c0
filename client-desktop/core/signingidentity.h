// What a device does with signing keys, in one place for councilctl and the
// app: derive the wrap key from the owner's password (auth.salt, then
// Argon2id off the event loop), create a key pair and seal its secret half
// for key.register / trust.init, open a sealed secret fetched with key.get or
// trust.get, check a body's approver list under its trust key, and write the
// next version of that list. Nothing here talks to the user.
#pragma once

#include "crypto/approval.h"
#include "crypto/signing.h"

#include <QByteArray>
#include <QCborMap>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace council::client {

class ServerConnection;

struct WrapKey {
    QByteArray key;       // 32 bytes: DerivedKeys::signingSeed of the password
    QString errorCode;    // a protocol code, or "kdf_failed", "bad_reply"
    QString errorMessage; // readable
    bool ok() const { return key.size() == 32; }
};

// Argon2id of `password` with the salt and cost of an auth.salt reply
// {salt, ops, mem}, on a worker thread; `done` runs on the thread of
// `context` (not at all once it is destroyed).
void deriveWrapKeyFromSalt(const QCborMap &saltReply, const QString &password, QObject *context,
                           std::function<void(const WrapKey &)> done);
// auth.salt {username} on `connection`, then deriveWrapKeyFromSalt().
void deriveWrapKey(ServerConnection &connection, const QString &username, const QString &password,
                   QObject *context, std::function<void(const WrapKey &)> done);

struct SealedKeyPair {
    crypto::SigningKeyPair pair;
    crypto::SealedSecret sealed;
    // {publicKey, sealedSecret, nonce}: what key.register and trust.init send.
    QCborMap requestFields() const;
};

SealedKeyPair createSealedKeyPair(const QByteArray &wrapKey);

struct UnsealedKey {
    enum class Problem { None, NoSealedSecret, WrongPassword, KeyMismatch };
    Problem problem = Problem::NoSealedSecret;
    QByteArray publicKey;
    QByteArray secretKey;
    bool ok() const { return problem == Problem::None; }
    QString errorMessage() const;
};

// Opens {publicKey, sealedSecret, nonce} of a key.get or trust.get reply and
// checks that the secret belongs to that public key.
UnsealedKey openSealedKey(const QCborMap &reply, const QByteArray &wrapKey);

// True when `signature` is the trust key's signature of the list's bytes.
bool verifyApproverListSignature(const QByteArray &listBytes, const QByteArray &signature,
                                 const QByteArray &trustKey);

struct ApproverListCheck {
    std::optional<crypto::ApproverList> list;
    QString error; // readable, when list is empty
};

// The approver list of a trust.get reply, verified under `trustKey` (the
// pinned one) and checked to be for `body`. A body whose trust key was just
// created has no list yet (listVersion 0, no bytes): that is an empty list
// of version 0.
ApproverListCheck verifiedApproverList(const QCborMap &trustReply, qint64 body, const QByteArray &trustKey);

struct ApproverListEdit {
    std::optional<crypto::ApproverList> list;
    QString error;
};

// The next version of `current` with `entry` added (its `fromMs` is set to
// nowMs). An account that already approves with another key has that entry
// closed at nowMs, so its earlier approvals stay valid.
ApproverListEdit withApproverAdded(const crypto::ApproverList &current, crypto::ApproverEntry entry,
                                   qint64 nowMs);
// The next version of `current` with the account's open entries closed at nowMs.
ApproverListEdit withApproverRemoved(const crypto::ApproverList &current, qint64 account, qint64 nowMs);

// The entry of `account` that is valid now (until 0 or later than nowMs), or nullptr.
const crypto::ApproverEntry *openEntry(const crypto::ApproverList &list, qint64 account, qint64 nowMs);

} // namespace council::client
