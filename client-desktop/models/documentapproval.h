// What this device believes about a document's approval, and why. A
// document counts as approved only when crypto::verifyApproval says so for
// the bytes on this device: against the trust key this device pinned for
// the body the first time it saw it (TrustPins), never against whatever key
// the server presents today.
#pragma once

#include "trustpins.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace council::client {

struct ApprovalView {
    enum class State {
        Checking,    // the bytes or the body's trust data are not here yet
        Verified,    // the signature checks out: approver and time are the signed ones
        NotVerified, // there is an approval, but it does not check out (reason says why)
        NotApproved, // the version carries no approval
    };
    State state = State::Checking;
    QString reason;       // readable, for NotVerified
    QString approverName; // from the signed approver list, for Verified
    qint64 approvedAtMs = 0;

    QString stateCode() const; // "checking", "verified", "unverified", "unapproved"
};

class ApprovalJudge {
    Q_DECLARE_TR_FUNCTIONS(ApprovalJudge)

public:
    // What trust.get answered for a body: its reply, or the error code and message.
    struct Trust {
        bool known = false; // an answer arrived
        QCborMap reply;
        QString errorCode;
        QString errorMessage;
    };

    explicit ApprovalJudge(QString pinsPath = TrustPins::defaultPath());

    // `version` is a Version record; the caller holds its bytes (their hash is
    // the version's hash, checked when they were stored). Pins the server's
    // trust key for (server, body) when nothing is pinned yet.
    ApprovalView judge(const QUrl &server, qint64 body, qint64 documentId, const QCborMap &version,
                       const Trust &trust);

private:
    TrustPins m_pins;
};

} // namespace council::client
