// What an approval means, byte for byte, and how any client checks it.
//
// An approver signs an ApprovalStatement (the document's content hash and
// its metadata) with their Ed25519 key on their own device. Which keys belong
// to approvers is itself a signed statement: the ApproverList of a body,
// signed by the body's trust key, whose public half clients pin when they
// first join. The server stores and relays these bytes but cannot forge any
// of them: a client trusts a document as approved only when
//   pinned trust key == the trust key the server presents,
//   the approver list verifies under it,
//   the statement verifies under the key the list gives its approver
//   (valid at the statement's time), and
//   the statement's hash, document and version are those of the bytes shown.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace council::crypto {

inline constexpr char kApprovalContext[] = "council-approval-v1";
inline constexpr char kApproverListContext[] = "council-approvers-v1";

struct ApprovalStatement {
    qint64 bodyId = 0;
    qint64 documentId = 0;
    qint64 version = 0;
    QByteArray contentHash; // 32 bytes: BLAKE2b-256 of the PDF, the blob's name
    qint64 size = 0;
    QString title;
    qint64 sessionId = 0; // 0: none
    qint64 itemId = 0;    // 0: none
    qint64 approverAccount = 0;
    qint64 approvedAtMs = 0;

    // Canonical CBOR: a map with the keys in one fixed order, so the same
    // statement always gives the same bytes.
    QByteArray encode() const;
    // nullopt for anything that is not exactly such a map with valid fields.
    static std::optional<ApprovalStatement> decode(const QByteArray &cbor);
};

struct ApproverEntry {
    qint64 account = 0;
    QString name;         // full name as the approver is known in the body
    QByteArray publicKey; // 32 bytes
    qint64 fromMs = 0;    // approvals signed before this are not valid
    qint64 untilMs = 0;   // 0: still an approver; else approvals signed at or after it are not valid
};

struct ApproverList {
    qint64 bodyId = 0;
    qint64 version = 0; // grows by one with every new list
    qint64 issuedAtMs = 0;
    QList<ApproverEntry> approvers;

    QByteArray encode() const; // canonical CBOR
    static std::optional<ApproverList> decode(const QByteArray &cbor);
    // The entry of `account` whose key is valid at `atMs`, or nullptr.
    const ApproverEntry *entryFor(qint64 account, qint64 atMs) const;
};

QByteArray signApproval(const QByteArray &statementBytes, const QByteArray &secretKey);
QByteArray signApproverList(const QByteArray &listBytes, const QByteArray &trustSecretKey);

enum class ApprovalCheck {
    Valid,
    TrustKeyMismatch,   // the server presents a trust key other than the pinned one
    BadListSignature,   // the approver list is not signed by the trust key
    MalformedList,      // the list's bytes do not decode, or it is for another body
    MalformedStatement, // the statement's bytes do not decode
    BadSignature,       // the statement is not signed by the key the list gives its approver
    NotAnApprover,      // the signer is not in the list, or was not an approver at that time
    ContentMismatch,    // the statement is for other bytes, another document or another version
};

struct ApprovalEvidence {
    QByteArray pinnedTrustKey; // what this client pinned for the body
    QByteArray serverTrustKey; // what the server presents now
    QByteArray listBytes;
    QByteArray listSignature;
    QByteArray statementBytes;
    QByteArray statementSignature;
};

struct ApprovalVerdict {
    ApprovalCheck status = ApprovalCheck::MalformedStatement;
    ApprovalStatement statement; // decoded when status is Valid, ContentMismatch or later checks
    QString approverName;        // from the signed list when Valid
    bool isValid() const { return status == ApprovalCheck::Valid; }
};

// Checks everything in the order of the header comment. contentHash is the
// BLAKE2b-256 of the bytes the client holds (32 bytes); documentId and
// version are what the client is about to show.
ApprovalVerdict verifyApproval(const ApprovalEvidence &evidence, const QByteArray &contentHash,
                               qint64 documentId, qint64 version);

// Wire code and a readable sentence for a failed check, Vietnamese and English.
QString approvalCheckCode(ApprovalCheck check); // "valid", "trust_key_mismatch", …
QString approvalCheckMessage(ApprovalCheck check, bool vietnamese = true);

} // namespace council::crypto
