// The document desk of the secretariat and the approvers (bàn làm việc tài
// liệu): every document of the open session with its state (DocumentDeskModel),
// upload with progress and cancel, replacing a version with a reason,
// submitting for review, approving (signed on this device) or rejecting with a
// reason, publishing to everyone, the session, an agenda item or groups, and
// withdrawing. The server decides every permission: canPrepare / canReview
// only choose which buttons to show, and a refusal is shown as the server
// words it.
//
// Approving follows `councilctl doc approve` (commands_docsign.cpp): the
// password opens the account's sealed signing key on this device (auth.salt,
// Argon2id, secretbox) and never goes to the server; the key must be the one
// the body's approver list (signed by the pinned trust key) names; the bytes
// are fetched and their BLAKE2b-256 checked here, and must be the version the
// desk showed; only then is the ApprovalStatement signed and doc.approve sent.
#pragma once

#include "documentdeskmodel.h"
#include "requeststatus.h"

#include <QCborMap>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace council::client {

class DocumentUploader;
class DocumentDownloader;
class LiveContext;
class ServerConnection;
struct Reply;

class DocumentDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentDesk is owned by AppController")
    // All documents of the open session, newest first.
    Q_PROPERTY(council::client::DocumentDeskModel *documents READ documents CONSTANT)
    // The same through a state filter (its `state`: "" for all).
    Q_PROPERTY(council::client::DocumentDeskFilter *shown READ shown CONSTANT)
    // The account holds the secretary function in the session's body (or is
    // an administrator): upload, replace, submit, publish, withdraw.
    Q_PROPERTY(bool canPrepare READ canPrepare NOTIFY roleChanged)
    // The account holds the approver function there: approve, reject.
    Q_PROPERTY(bool canReview READ canReview NOTIFY roleChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // The body's groups for publishing: [{id, name, kind}].
    Q_PROPERTY(QVariantList groups READ groups NOTIFY groupsChanged)
    // Upload (a new document or a replacement).
    Q_PROPERTY(UploadState uploadState READ uploadState NOTIFY uploadChanged)
    Q_PROPERTY(qint64 uploadSent READ uploadSent NOTIFY uploadProgressChanged)
    Q_PROPERTY(qint64 uploadTotal READ uploadTotal NOTIFY uploadProgressChanged)
    Q_PROPERTY(QString uploadFileName READ uploadFileName NOTIFY uploadChanged)
    // The document a replacement is for (0: a new document).
    Q_PROPERTY(qint64 uploadTarget READ uploadTarget NOTIFY uploadChanged)
    Q_PROPERTY(QString uploadError READ uploadError NOTIFY uploadChanged)
    // Approval on this device: which document, and what is happening.
    Q_PROPERTY(qint64 approvingId READ approvingId NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalStep READ approvalStep NOTIFY approvalChanged)
    Q_PROPERTY(QString approvalError READ approvalError NOTIFY approvalChanged)
    // Requests under way (submit, reject, publish, withdraw).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last refusal or failure of an action, in the server's words.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // What the last action did, in one line.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
public:
    enum class UploadState { Idle, Hashing, Sending, Checking, Done, Failed };
    Q_ENUM(UploadState)

    explicit DocumentDesk(LiveContext *context, QObject *parent = nullptr);
    ~DocumentDesk() override;

    DocumentDeskModel *documents() const { return m_model; }
    DocumentDeskFilter *shown() const { return m_shown; }
    bool canPrepare() const { return m_canPrepare; }
    bool canReview() const { return m_canReview; }
    bool loading() const { return m_loading; }
    QVariantList groups() const { return m_groups; }
    UploadState uploadState() const { return m_uploadState; }
    qint64 uploadSent() const { return m_uploadSent; }
    qint64 uploadTotal() const { return m_uploadTotal; }
    QString uploadFileName() const { return m_uploadFileName; }
    qint64 uploadTarget() const { return m_uploadTarget; }
    QString uploadError() const { return m_uploadError; }
    qint64 approvingId() const { return m_approvingId; }
    QString approvalStep() const { return m_approvalStep; }
    QString approvalError() const { return m_approvalError; }
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }
    QString notice() const { return m_requests->statusMessage(); }

    // Where the trust keys this device pinned are kept (the same file as the
    // documents model's). Default: TrustPins::defaultPath().
    void setTrustPinsPath(const QString &path) { m_pinsPath = path; }

    // doc.list and group.list again.
    Q_INVOKABLE void refresh();
    // A new document from a local file (a path or a file: URL): upload, then
    // doc.create as a draft of the open session, attached to `itemId` (0: none).
    Q_INVOKABLE void upload(const QString &file, const QString &title, qint64 itemId = 0,
                            const QString &kind = {});
    // A new version of `documentId` from a local file; the reason is required.
    Q_INVOKABLE void replace(qint64 documentId, const QString &file, const QString &reason);
    Q_INVOKABLE void cancelUpload();
    // Back to Idle after Done or Failed.
    Q_INVOKABLE void resetUpload();
    Q_INVOKABLE void submit(qint64 documentId);
    // Signs the current version on this device with the key `password` opens.
    Q_INVOKABLE void approve(qint64 documentId, const QString &password);
    Q_INVOKABLE void cancelApproval();
    Q_INVOKABLE void reject(qint64 documentId, const QString &reason);
    // scope: everyone | session | item | groups (with group ids).
    Q_INVOKABLE void publish(qint64 documentId, const QString &scope, const QVariantList &groupIds = {});
    Q_INVOKABLE void withdraw(qint64 documentId, const QString &reason);
    // What withdrawing this document will do, in words for the confirmation.
    Q_INVOKABLE QString withdrawEffect(qint64 documentId) const;
    // Who sees a published document, in words ("Everyone in the body", group names…).
    Q_INVOKABLE QString audienceText(qint64 documentId) const;
    // A title to start from: the file's name without its suffix.
    Q_INVOKABLE QString titleFromFile(const QString &file) const;
    // A file's local path from a path or a file: URL.
    Q_INVOKABLE static QString localPath(const QString &file);
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void clearNotice();

signals:
    void roleChanged();
    void loadingChanged();
    void groupsChanged();
    void uploadChanged();
    void uploadProgressChanged();
    void approvalChanged();
    void busyChanged();
    void errorMessageChanged();
    void noticeChanged();
    // A new document was created (doc.create answered), or a version added.
    void uploaded(qint64 documentId);
    // doc.approve answered ok.
    void approved(qint64 documentId);
    // Any action the server accepted: "submit", "reject", "publish", "withdraw", "replace".
    void actionDone(qint64 documentId, const QString &action);

private:
    struct Approval;

    ServerConnection *connection() const;
    void onEvent(const protocol::Frame &event);
    void refreshRole();
    void loadAccount();
    void startUpload(const QString &file, qint64 target);
    void onUploaded(const QCborValue &uploadId);
    void failUpload(const QString &message);
    void setUploadState(UploadState state);
    // Sends a request about a document; the server decides and its refusal
    // becomes errorMessage. `done` gets the reply body when it was accepted.
    void send(protocol::Request type, const QCborMap &body, const QString &action, qint64 documentId,
              const QString &doneText);
    void setError(const QString &message) { m_requests->setErrorMessage(message); }
    void setNotice(const QString &message) { m_requests->setStatusMessage(message); }
    void setLoading(bool on);

    // Approval steps (documentdesk_approve.cpp).
    void approvalGotDocument(const std::shared_ptr<Approval> &a, const Reply &r);
    void approvalOpenKey(const std::shared_ptr<Approval> &a);
    void approvalCheckList(const std::shared_ptr<Approval> &a);
    void approvalFetch(const std::shared_ptr<Approval> &a);
    void approvalSign(const std::shared_ptr<Approval> &a);
    void setApprovalStep(const QString &step);
    void failApproval(const QString &message);
    bool approvalCurrent(const std::shared_ptr<Approval> &a) const;

    QPointer<LiveContext> m_context;
    DocumentDeskModel *m_model;
    DocumentDeskFilter *m_shown;
    DocumentUploader *m_uploader;
    RequestStatus *m_requests;
    QString m_pinsPath;
    bool m_canPrepare = false;
    bool m_canReview = false;
    bool m_admin = false;
    qint64 m_accountId = 0;
    QString m_username;
    bool m_loading = false;
    quint64 m_listGeneration = 0;
    QVariantList m_groups;

    UploadState m_uploadState = UploadState::Idle;
    qint64 m_uploadSent = 0;
    qint64 m_uploadTotal = 0;
    QString m_uploadFileName;
    qint64 m_uploadTarget = 0;
    QString m_uploadTitle;
    QString m_uploadKind;
    QString m_uploadReason;
    qint64 m_uploadItem = 0;
    QString m_uploadError;
    quint64 m_uploadGeneration = 0;

    std::shared_ptr<Approval> m_approval;
    qint64 m_approvingId = 0;
    QString m_approvalStep;
    QString m_approvalError;
};

} // namespace council::client
