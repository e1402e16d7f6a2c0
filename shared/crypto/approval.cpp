#include "approval.h"

#include "signing.h"
#include "sodium.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborParserError>
#include <QCborValue>

namespace council::crypto {

namespace {
constexpr qint64 kFormatVersion = 1;
constexpr int kContentHashBytes = 32;

// Keys of the canonical maps, in the one order they are written.
namespace key {
const QString v = QStringLiteral("v");
const QString body = QStringLiteral("body");
const QString document = QStringLiteral("document");
const QString version = QStringLiteral("version");
const QString hash = QStringLiteral("hash");
const QString size = QStringLiteral("size");
const QString title = QStringLiteral("title");
const QString session = QStringLiteral("session");
const QString item = QStringLiteral("item");
const QString approver = QStringLiteral("approver");
const QString at = QStringLiteral("at");
const QString issuedAt = QStringLiteral("issuedAt");
const QString approvers = QStringLiteral("approvers");
const QString account = QStringLiteral("account");
const QString name = QStringLiteral("name");
const QString publicKey = QStringLiteral("key");
const QString from = QStringLiteral("from");
const QString until = QStringLiteral("until");
} // namespace key

// Reads fields of one map and remembers whether every one was present and of
// the right kind; extra keys and the order are caught by re-encoding.
class FieldReader {
public:
    FieldReader(const QCborMap &map, qsizetype expectedKeys)
        : m_map(map)
        , m_ok(map.size() == expectedKeys) {}

    bool ok() const { return m_ok; }

    qint64 integer(const QString &k) {
        const QCborValue value = m_map.value(k);
        if (!value.isInteger() || value.toInteger() < 0) {
            m_ok = false;
            return 0;
        }
        return value.toInteger();
    }

    QString text(const QString &k) {
        const QCborValue value = m_map.value(k);
        if (!value.isString()) {
            m_ok = false;
            return {};
        }
        return value.toString();
    }

    QByteArray bytes(const QString &k, int exactSize) {
        const QCborValue value = m_map.value(k);
        if (!value.isByteArray() || value.toByteArray().size() != exactSize) {
            m_ok = false;
            return {};
        }
        return value.toByteArray();
    }

    QCborArray array(const QString &k) {
        const QCborValue value = m_map.value(k);
        if (!value.isArray()) {
            m_ok = false;
            return {};
        }
        return value.toArray();
    }

    void requireVersion() {
        if (integer(key::v) != kFormatVersion)
            m_ok = false;
    }

private:
    const QCborMap &m_map;
    bool m_ok;
};

std::optional<QCborMap> parseMap(const QByteArray &cbor) {
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    return value.toMap();
}

QCborMap encodeEntry(const ApproverEntry &e) {
    QCborMap map;
    map.insert(key::account, e.account);
    map.insert(key::name, e.name);
    map.insert(key::publicKey, e.publicKey);
    map.insert(key::from, e.fromMs);
    map.insert(key::until, e.untilMs);
    return map;
}

std::optional<ApproverEntry> decodeEntry(const QCborValue &value) {
    if (!value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    FieldReader r(map, 5);
    ApproverEntry e;
    e.account = r.integer(key::account);
    e.name = r.text(key::name);
    e.publicKey = r.bytes(key::publicKey, kSignPublicKeyBytes);
    e.fromMs = r.integer(key::from);
    e.untilMs = r.integer(key::until);
    if (!r.ok())
        return std::nullopt;
    return e;
}
} // namespace

QByteArray ApprovalStatement::encode() const {
    QCborMap map;
    map.insert(key::v, kFormatVersion);
    map.insert(key::body, bodyId);
    map.insert(key::document, documentId);
    map.insert(key::version, version);
    map.insert(key::hash, contentHash);
    map.insert(key::size, size);
    map.insert(key::title, title);
    map.insert(key::session, sessionId);
    map.insert(key::item, itemId);
    map.insert(key::approver, approverAccount);
    map.insert(key::at, approvedAtMs);
    return QCborValue(map).toCbor();
}

std::optional<ApprovalStatement> ApprovalStatement::decode(const QByteArray &cbor) {
    const std::optional<QCborMap> map = parseMap(cbor);
    if (!map)
        return std::nullopt;
    FieldReader r(*map, 11);
    r.requireVersion();
    ApprovalStatement s;
    s.bodyId = r.integer(key::body);
    s.documentId = r.integer(key::document);
    s.version = r.integer(key::version);
    s.contentHash = r.bytes(key::hash, kContentHashBytes);
    s.size = r.integer(key::size);
    s.title = r.text(key::title);
    s.sessionId = r.integer(key::session);
    s.itemId = r.integer(key::item);
    s.approverAccount = r.integer(key::approver);
    s.approvedAtMs = r.integer(key::at);
    // Only the canonical bytes of a statement are accepted, so one statement
    // has exactly one encoding (no reordered keys, long integers or trailing bytes).
    if (!r.ok() || s.encode() != cbor)
        return std::nullopt;
    return s;
}

QByteArray ApproverList::encode() const {
    QCborArray entries;
    for (const ApproverEntry &e : approvers)
        entries.append(encodeEntry(e));
    QCborMap map;
    map.insert(key::v, kFormatVersion);
    map.insert(key::body, bodyId);
    map.insert(key::version, version);
    map.insert(key::issuedAt, issuedAtMs);
    map.insert(key::approvers, entries);
    return QCborValue(map).toCbor();
}

std::optional<ApproverList> ApproverList::decode(const QByteArray &cbor) {
    const std::optional<QCborMap> map = parseMap(cbor);
    if (!map)
        return std::nullopt;
    FieldReader r(*map, 5);
    r.requireVersion();
    ApproverList list;
    list.bodyId = r.integer(key::body);
    list.version = r.integer(key::version);
    list.issuedAtMs = r.integer(key::issuedAt);
    const QCborArray entries = r.array(key::approvers);
    if (!r.ok())
        return std::nullopt;
    list.approvers.reserve(entries.size());
    for (const QCborValue &value : entries) {
        std::optional<ApproverEntry> e = decodeEntry(value);
        if (!e)
            return std::nullopt;
        list.approvers.append(*e);
    }
    if (list.encode() != cbor)
        return std::nullopt;
    return list;
}

const ApproverEntry *ApproverList::entryFor(qint64 account, qint64 atMs) const {
    for (const ApproverEntry &e : approvers) {
        if (e.account == account && e.fromMs <= atMs && (e.untilMs == 0 || atMs < e.untilMs))
            return &e;
    }
    return nullptr;
}

QByteArray signApproval(const QByteArray &statementBytes, const QByteArray &secretKey) {
    return signDetached(statementBytes, secretKey, QByteArray(kApprovalContext));
}

QByteArray signApproverList(const QByteArray &listBytes, const QByteArray &trustSecretKey) {
    return signDetached(listBytes, trustSecretKey, QByteArray(kApproverListContext));
}

ApprovalVerdict verifyApproval(const ApprovalEvidence &evidence, const QByteArray &contentHash,
                               qint64 documentId, qint64 version) {
    ApprovalVerdict verdict;
    auto finish = [&verdict](ApprovalCheck status) {
        verdict.status = status;
        return verdict;
    };

    if (evidence.pinnedTrustKey.size() != kSignPublicKeyBytes ||
        evidence.serverTrustKey.size() != kSignPublicKeyBytes ||
        !constantTimeEquals(evidence.pinnedTrustKey, evidence.serverTrustKey))
        return finish(ApprovalCheck::TrustKeyMismatch);

    // From here on only the pinned key is used: it is the one this device trusts.
    if (!verifyDetached(evidence.listSignature, evidence.listBytes, evidence.pinnedTrustKey,
                        QByteArray(kApproverListContext)))
        return finish(ApprovalCheck::BadListSignature);

    const std::optional<ApproverList> list = ApproverList::decode(evidence.listBytes);
    if (!list)
        return finish(ApprovalCheck::MalformedList);

    const std::optional<ApprovalStatement> statement = ApprovalStatement::decode(evidence.statementBytes);
    if (!statement)
        return finish(ApprovalCheck::MalformedStatement);
    verdict.statement = *statement;

    if (list->bodyId != statement->bodyId)
        return finish(ApprovalCheck::MalformedList);

    const ApproverEntry *entry = list->entryFor(statement->approverAccount, statement->approvedAtMs);
    if (!entry)
        return finish(ApprovalCheck::NotAnApprover);
    if (!verifyDetached(evidence.statementSignature, evidence.statementBytes, entry->publicKey,
                        QByteArray(kApprovalContext)))
        return finish(ApprovalCheck::BadSignature);

    if (contentHash.size() != kContentHashBytes || !constantTimeEquals(statement->contentHash, contentHash) ||
        statement->documentId != documentId || statement->version != version)
        return finish(ApprovalCheck::ContentMismatch);

    verdict.approverName = entry->name;
    return finish(ApprovalCheck::Valid);
}

QString approvalCheckCode(ApprovalCheck check) {
    switch (check) {
    case ApprovalCheck::Valid:
        return QStringLiteral("valid");
    case ApprovalCheck::TrustKeyMismatch:
        return QStringLiteral("trust_key_mismatch");
    case ApprovalCheck::BadListSignature:
        return QStringLiteral("bad_list_signature");
    case ApprovalCheck::MalformedList:
        return QStringLiteral("malformed_list");
    case ApprovalCheck::MalformedStatement:
        return QStringLiteral("malformed_statement");
    case ApprovalCheck::BadSignature:
        return QStringLiteral("bad_signature");
    case ApprovalCheck::NotAnApprover:
        return QStringLiteral("not_an_approver");
    case ApprovalCheck::ContentMismatch:
        return QStringLiteral("content_mismatch");
    }
    return QStringLiteral("malformed_statement");
}

QString approvalCheckMessage(ApprovalCheck check, bool vietnamese) {
    switch (check) {
    case ApprovalCheck::Valid:
        return vietnamese ? QStringLiteral("Tài liệu đã được phê duyệt; chữ ký hợp lệ.")
                          : QStringLiteral("The document is approved; the signature is valid.");
    case ApprovalCheck::TrustKeyMismatch:
        return vietnamese
                   ? QStringLiteral("Khóa tin cậy của máy chủ khác với khóa đã ghim trên thiết bị này — "
                                    "không tin tài liệu.")
                   : QStringLiteral("The server's trust key differs from the one pinned on this device — "
                                    "the document is not trusted.");
    case ApprovalCheck::BadListSignature:
        return vietnamese
                   ? QStringLiteral("Danh sách người phê duyệt không được ký bằng khóa tin cậy của hội "
                                    "đồng — không tin tài liệu.")
                   : QStringLiteral("The approver list is not signed by the body's trust key — the "
                                    "document is not trusted.");
    case ApprovalCheck::MalformedList:
        return vietnamese ? QStringLiteral("Danh sách người phê duyệt bị hỏng hoặc thuộc về hội đồng khác.")
                          : QStringLiteral("The approver list is damaged or belongs to another body.");
    case ApprovalCheck::MalformedStatement:
        return vietnamese ? QStringLiteral("Dữ liệu phê duyệt bị hỏng, không đọc được.")
                          : QStringLiteral("The approval data is damaged and cannot be read.");
    case ApprovalCheck::BadSignature:
        return vietnamese
                   ? QStringLiteral("Chữ ký phê duyệt không khớp với khóa của người phê duyệt trong danh "
                                    "sách.")
                   : QStringLiteral("The approval signature does not match the approver's key in the list.");
    case ApprovalCheck::NotAnApprover:
        return vietnamese ? QStringLiteral("Người ký không phải là người phê duyệt vào thời điểm ký.")
                          : QStringLiteral("The signer was not an approver at the time of signing.");
    case ApprovalCheck::ContentMismatch:
        return vietnamese
                   ? QStringLiteral("Phê duyệt này dành cho nội dung, tài liệu hoặc phiên bản khác với "
                                    "tài liệu đang hiển thị.")
                   : QStringLiteral("The approval is for other content, another document or another "
                                    "version than the one shown.");
    }
    return {};
}

} // namespace council::crypto
