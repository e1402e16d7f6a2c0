// Signing keys and trust. Approvers (and admins) register an Ed25519 key made
// on their device, its secret half sealed under their password; each body has
// a trust key made on an admin's device, and an approver list signed by it.
// The server keeps these bytes and checks them, but holds no secret it could
// sign with: only devices sign.
#pragma once

#include "servicecontext.h"

#include "crypto/approval.h"

#include <optional>

namespace council::server {

class TrustService {
public:
    explicit TrustService(ServiceContext ctx);

    Outcome registerKey(const Caller &caller, const QCborMap &body);  // key.register
    Outcome getKey(const Caller &caller, const QCborMap &body);       // key.get
    Outcome init(const Caller &caller, const QCborMap &body);         // trust.init
    Outcome get(const Caller &caller, const QCborMap &body);          // trust.get
    Outcome setApprovers(const Caller &caller, const QCborMap &body); // trust.set_approvers

    // For the document service and start-up messages.
    QByteArray registeredKey(qint64 accountId);
    std::optional<crypto::ApproverList> approverList(qint64 bodyId);
    QByteArray trustKey(qint64 bodyId);
    // "body 1 (HĐND …): 3F2A 91C0 …" for every body with a trust key.
    QStringList fingerprints();

private:
    ServiceContext m;
};

} // namespace council::server
