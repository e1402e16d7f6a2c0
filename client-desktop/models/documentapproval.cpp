#include "documentapproval.h"

#include "cborread.h"
#include "documenttransfer.h"
#include "serverconnection.h"

#include "crypto/approval.h"

namespace council::client {

QString ApprovalView::stateCode() const {
    switch (state) {
    case State::Verified:
        return QStringLiteral("verified");
    case State::NotVerified:
        return QStringLiteral("unverified");
    case State::NotApproved:
        return QStringLiteral("unapproved");
    case State::Checking:
        break;
    }
    return QStringLiteral("checking");
}

ApprovalJudge::ApprovalJudge(QString pinsPath)
    : m_pins(std::move(pinsPath)) {}

ApprovalView ApprovalJudge::judge(const QUrl &server, qint64 body, qint64 documentId, const QCborMap &version,
                                  const Trust &trust) {
    ApprovalView view;
    const QCborMap approval = cbor::map(version, "approval");
    if (approval.isEmpty()) {
        view.state = ApprovalView::State::NotApproved;
        return view;
    }
    if (!trust.known)
        return view; // Checking
    if (!trust.errorCode.isEmpty()) {
        view.state = ApprovalView::State::NotVerified;
        view.reason = trust.errorCode == QLatin1String("not_found")
                          ? tr("This council has no trust key yet, so no approval can be verified.")
                          : trust.errorMessage;
        return view;
    }

    const QByteArray serverKey = cbor::field(trust.reply, "publicKey").toByteArray();
    QByteArray pinned = serverKey;
    switch (m_pins.pin(server, body, serverKey)) {
    case TrustPins::Status::NotPinned: // first sight: pinned now
    case TrustPins::Status::Matches:
        break;
    case TrustPins::Status::Differs:
        pinned = m_pins.pinned(server, body).value_or(QByteArray());
        break;
    case TrustPins::Status::Failed:
        view.state = ApprovalView::State::NotVerified;
        view.reason = tr("The trust keys kept on this device cannot be read: %1").arg(m_pins.errorString());
        return view;
    }

    crypto::ApprovalEvidence evidence;
    evidence.pinnedTrustKey = pinned;
    evidence.serverTrustKey = serverKey;
    evidence.listBytes = cbor::field(trust.reply, "list").toByteArray();
    evidence.listSignature = cbor::field(trust.reply, "listSignature").toByteArray();
    evidence.statementBytes = cbor::field(approval, "statement").toByteArray();
    evidence.statementSignature = cbor::field(approval, "signature").toByteArray();
    const crypto::ApprovalVerdict verdict =
        crypto::verifyApproval(evidence, contentHashFromHex(cbor::text(version, "hash")), documentId,
                               cbor::integer(version, "version"));
    if (verdict.isValid()) {
        view.state = ApprovalView::State::Verified;
        view.approverName = verdict.approverName;
        view.approvedAtMs = verdict.statement.approvedAtMs;
    } else {
        view.state = ApprovalView::State::NotVerified;
        view.reason =
            crypto::approvalCheckMessage(verdict.status, Reply::uiLanguage() == QLatin1String("vi"));
    }
    return view;
}

} // namespace council::client
