// DocumentDesk::approve: the approval is made on this device, step by step as
// `councilctl doc approve` does it. The cheap checks come first, so a wrong
// password fails before a long download and nothing is sent to the server but
// the usual auth.salt of one's own name.
#include "documentdesk.h"

#include "cborread.h"
#include "documenttransfer.h"
#include "livecontext.h"
#include "serverconnection.h"
#include "signingidentity.h"
#include "trustpins.h"

#include "crypto/approval.h"
#include "crypto/signing.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace council::client {

using protocol::Request;

struct DocumentDesk::Approval {
    quint64 generation = 0;
    qint64 document = 0;
    QString shownHash; // the current version's hash as the desk showed it
    QString password;
    QCborMap record;  // Document, staff view (doc.get)
    QCborMap version; // its current Version
    UnsealedKey key;
    std::unique_ptr<QTemporaryDir> dir;
    DocumentDownloader *downloader = nullptr;

    ~Approval() {
        password.fill(QChar(0));
        key.secretKey.fill('\0');
        if (downloader)
            downloader->deleteLater();
    }
};

namespace {

bool vietnamese() {
    return Reply::uiLanguage() == QLatin1String("vi");
}

} // namespace

bool DocumentDesk::approvalCurrent(const std::shared_ptr<Approval> &a) const {
    return m_approval == a;
}

void DocumentDesk::approve(qint64 documentId, const QString &password) {
    ServerConnection *conn = connection();
    if (!conn)
        return;
    if (m_approval) {
        m_approvalError = tr("Another approval is under way.");
        emit approvalChanged();
        return;
    }
    const QVariantMap row = m_model->get(documentId);
    m_approvingId = documentId;
    m_approvalError.clear();
    if (password.isEmpty())
        return failApproval(tr("Type your password: it opens your signing key on this device."));
    auto a = std::make_shared<Approval>();
    a->document = documentId;
    a->shownHash = row.value(QStringLiteral("hash")).toString();
    a->password = password;
    m_approval = a;
    setApprovalStep(tr("Checking the document…"));
    conn->request(Request::DocGet, QCborMap{{QStringLiteral("document"), documentId}},
                  [this, a](const Reply &r) {
                      if (approvalCurrent(a))
                          approvalGotDocument(a, r);
                  });
}

void DocumentDesk::approvalGotDocument(const std::shared_ptr<Approval> &a, const Reply &r) {
    if (!r.ok)
        return failApproval(r.errorMessage);
    a->record = cbor::map(r.body, "document");
    const qint64 current = cbor::integer(a->record, "current");
    for (const QCborValue &v : cbor::array(r.body, "versions"))
        if (cbor::integer(v.toMap(), "version") == current)
            a->version = v.toMap();
    if (a->version.isEmpty())
        a->version = cbor::map(a->record, "version");
    m_model->upsert(a->record);
    const QString review = cbor::text(a->version, "review");
    if (review != QLatin1String("submitted"))
        return failApproval(tr("Version %1 is %2 now: only a version awaiting review can be approved.")
                                .arg(current)
                                .arg(DocumentDeskModel::stateText(review)));
    // What is signed must be what the approver was shown.
    if (!a->shownHash.isEmpty() && cbor::text(a->version, "hash") != a->shownHash)
        return failApproval(tr("The document changed since you opened it (now version %1). Read it again "
                               "before you approve it.")
                                .arg(current));
    approvalOpenKey(a);
}

void DocumentDesk::approvalOpenKey(const std::shared_ptr<Approval> &a) {
    setApprovalStep(tr("Opening your signing key on this device…"));
    connection()->request(Request::KeyGet, {}, [this, a](const Reply &r) {
        if (!approvalCurrent(a))
            return;
        if (!r.ok)
            return failApproval(r.errorCode == QLatin1String("not_found")
                                    ? tr("Your account has no signing key yet. Create one with: councilctl "
                                         "key init --password-stdin")
                                    : r.errorMessage);
        const QCborMap ownKey = r.body;
        auto opened = [this, a, ownKey](const WrapKey &wrap) {
            if (!approvalCurrent(a))
                return;
            a->password.fill(QChar(0));
            a->password.clear();
            if (!wrap.ok())
                return failApproval(wrap.errorMessage);
            a->key = openSealedKey(ownKey, wrap.key);
            if (a->key.problem == UnsealedKey::Problem::WrongPassword)
                return failApproval(tr("The password is wrong: your signing key did not open. Nothing was "
                                       "sent; type it again."));
            if (!a->key.ok())
                return failApproval(tr("Your signing key cannot be used: %1").arg(a->key.errorMessage()));
            approvalCheckList(a);
        };
        auto withName = [this, a, opened](const QString &username) {
            deriveWrapKey(*connection(), username, a->password, this, opened);
        };
        if (!m_username.isEmpty())
            return withName(m_username);
        connection()->request(Request::Me, {}, [this, a, withName](const Reply &me) {
            if (!approvalCurrent(a))
                return;
            if (!me.ok)
                return failApproval(me.errorMessage);
            const QCborMap account = cbor::map(me.body, "account");
            m_accountId = cbor::integer(account, "id");
            m_username = cbor::text(account, "username");
            withName(m_username);
        });
    });
}

void DocumentDesk::approvalCheckList(const std::shared_ptr<Approval> &a) {
    setApprovalStep(tr("Checking the approver list…"));
    const qint64 body = cbor::integer(a->record, "body");
    connection()->request(
        Request::TrustGet, QCborMap{{QStringLiteral("body"), body}}, [this, a, body](const Reply &r) {
            if (!approvalCurrent(a))
                return;
            if (!r.ok)
                return failApproval(r.errorMessage);
            const QByteArray serverKey = r.body.value(QStringLiteral("publicKey")).toByteArray();
            if (serverKey.size() != crypto::kSignPublicKeyBytes)
                return failApproval(tr("The server's trust key is not a valid key."));
            TrustPins pins(m_pinsPath);
            switch (pins.pin(connection()->serverUrl(), body, serverKey)) {
            case TrustPins::Status::NotPinned:
            case TrustPins::Status::Matches:
                break;
            case TrustPins::Status::Differs:
                return failApproval(
                    crypto::approvalCheckMessage(crypto::ApprovalCheck::TrustKeyMismatch, vietnamese()));
            case TrustPins::Status::Failed:
                return failApproval(pins.errorString());
            }
            const ApproverListCheck check = verifiedApproverList(r.body, body, serverKey);
            if (!check.list)
                return failApproval(
                    crypto::approvalCheckMessage(crypto::ApprovalCheck::BadListSignature, vietnamese()));
            const crypto::ApproverEntry *entry =
                openEntry(*check.list, m_accountId, QDateTime::currentMSecsSinceEpoch());
            if (!entry || entry->publicKey != a->key.publicKey)
                return failApproval(tr("Your key %1 is not on the body's approver list (version %2). An "
                                       "administrator adds it: councilctl trust add-approver.")
                                        .arg(crypto::keyFingerprint(a->key.publicKey))
                                        .arg(check.list->version));
            approvalFetch(a);
        });
}

void DocumentDesk::approvalFetch(const std::shared_ptr<Approval> &a) {
    // The approver signs only bytes this device fetched and hashed itself.
    a->dir = std::make_unique<QTemporaryDir>();
    if (!a->dir->isValid())
        return failApproval(a->dir->errorString());
    setApprovalStep(tr("Checking the content of version %1…").arg(cbor::integer(a->version, "version")));
    a->downloader = new DocumentDownloader(connection(), this);
    connect(a->downloader, &DocumentDownloader::finished, this, [this, a](const QString &, bool) {
        if (approvalCurrent(a))
            approvalSign(a);
    });
    connect(a->downloader, &DocumentDownloader::failed, this,
            [this, a](const QString &, const QString &message) {
                if (approvalCurrent(a))
                    failApproval(tr("The document's bytes could not be checked: %1").arg(message));
            });
    a->downloader->start(cbor::text(a->version, "hash"), cbor::integer(a->version, "size"),
                         a->dir->filePath(QStringLiteral("review.pdf")));
}

void DocumentDesk::approvalSign(const std::shared_ptr<Approval> &a) {
    setApprovalStep(tr("Signing…"));
    crypto::ApprovalStatement s;
    s.bodyId = cbor::integer(a->record, "body");
    s.documentId = cbor::integer(a->record, "id");
    s.version = cbor::integer(a->version, "version");
    s.contentHash = contentHashFromHex(cbor::text(a->version, "hash"));
    s.size = cbor::integer(a->version, "size");
    s.title = cbor::text(a->record, "title");
    s.sessionId = cbor::optionalId(a->record, "session");
    s.itemId = cbor::optionalId(a->record, "item");
    s.approverAccount = m_accountId;
    s.approvedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray statement = s.encode();
    const QByteArray signature = crypto::signApproval(statement, a->key.secretKey);
    a->key.secretKey.fill('\0');
    const QCborMap body{{QStringLiteral("document"), s.documentId},
                        {QStringLiteral("version"), s.version},
                        {QStringLiteral("statement"), statement},
                        {QStringLiteral("signature"), signature}};
    const QString fingerprint = crypto::keyFingerprint(a->key.publicKey);
    connection()->request(Request::DocApprove, body, [this, a, s, fingerprint](const Reply &r) {
        if (!approvalCurrent(a))
            return;
        if (!r.ok)
            return failApproval(r.errorMessage);
        m_model->upsert(cbor::map(r.body, "document"));
        m_approval.reset();
        m_approvalStep.clear();
        emit approvalChanged();
        setNotice(tr("“%1” version %2 approved: you signed it with key %3.")
                      .arg(s.title)
                      .arg(s.version)
                      .arg(fingerprint));
        emit approved(s.documentId);
        emit actionDone(s.documentId, QStringLiteral("approve"));
    });
}

void DocumentDesk::cancelApproval() {
    if (!m_approval)
        return;
    if (m_approval->downloader)
        m_approval->downloader->cancel();
    m_approval.reset();
    m_approvalStep.clear();
    emit approvalChanged();
}

void DocumentDesk::setApprovalStep(const QString &step) {
    m_approvalStep = step;
    emit approvalChanged();
}

void DocumentDesk::failApproval(const QString &message) {
    if (m_approval && m_approval->downloader)
        m_approval->downloader->cancel();
    m_approval.reset();
    m_approvalStep.clear();
    m_approvalError = message;
    emit approvalChanged();
}

} // namespace council::client
