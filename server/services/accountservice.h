// Accounts, logins and device tokens. The server never sees a password: it
// hands out the salt and Argon2id cost, receives a login key derived on the
// device, and keeps only a slow hash of that key. Device tokens are stored as
// BLAKE2b hashes. Slow steps are returned as AsyncStep so that the network
// layer runs them on a worker thread, never on the event loop.
#pragma once

#include "servicecontext.h"

#include "crypto/sodium.h"

#include <QVariant>
#include <variant>

namespace council::server {

struct AsyncStep {
    std::function<QVariant()> work;                  // runs on a worker thread: no database access
    std::function<Outcome(const QVariant &)> finish; // runs on the event loop, inside the commit queue
};
using Deferred = std::variant<Outcome, AsyncStep>;

struct TokenIdentity {
    Caller caller;
    qint64 tokenId = 0;
};

class AccountService {
public:
    explicit AccountService(ServiceContext ctx);

    Outcome salt(const QCborMap &body);
    Deferred login(const QCborMap &body, TokenIdentity *identity);
    Outcome authenticateToken(const QCborMap &body, TokenIdentity *identity);
    Outcome logout(const Caller &caller, qint64 tokenId);
    Outcome me(const Caller &caller);

    Deferred createUser(const Caller &caller, const QCborMap &body);
    Outcome listUsers(const Caller &caller);
    Deferred setPassword(const Caller &caller, const QCborMap &body);
    Outcome listTokens(const Caller &caller, const QCborMap &body);
    Outcome revokeToken(const Caller &caller, const QCborMap &body);

    // Synchronous, for the operator's own machine (--create-admin, --demo).
    QString createAccountLocally(const QString &username, const QString &displayName, const QString &password,
                                 bool admin, qint64 *accountId = nullptr);

    bool isTokenActive(qint64 tokenId);
    // Device "last used" times are kept in memory and written now and then.
    void flushLastUsed();
    QList<qint64> takeRevokedTokens();

private:
    Outcome insertAccount(const Caller &caller, const QString &username, const QString &displayName,
                          const QByteArray &salt, const crypto::KdfParams &params, const QByteArray &verifier,
                          bool admin);
    ServiceContext m;
    QByteArray m_saltKey;
    QByteArray m_dummyVerifier; // spends the same work on unknown names
    QList<qint64> m_revoked;
    QHash<qint64, qint64> m_lastUsed;
};

} // namespace council::server
