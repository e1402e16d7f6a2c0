// Documents of a body: versions, the review workflow and publication.
//
// A document has versions that are never deleted (the trail). The newest is
// the current one; it goes draft -> submitted -> approved | rejected. An
// approval is a statement signed on the approver's device (see
// shared/crypto/approval.h): the server checks it against the approver's
// registered key and the body's signed approver list before it records it,
// and stores the bytes verbatim so every client can check them again.
// Publication shows the approved current version to the chosen audience; a
// later version replaces it only when it is approved and published in turn.
#pragma once

#include "servicecontext.h"

#include "documents/documentintake.h"

#include <QHash>
#include <QSet>
#include <variant>

namespace council::server {

class BlobStore;
class TrustService;

class DocumentService {
public:
    DocumentService(ServiceContext ctx, TrustService &trust, BlobStore &blobs);

    // What doc.create / doc.replace need, checked before the upload is processed.
    struct NewDocument {
        qint64 bodyId = 0;
        qint64 sessionId = 0;
        qint64 itemId = 0;
        QString title;
        QString kind;
        QString upload;
    };
    struct NewVersion {
        qint64 documentId = 0;
        qint64 bodyId = 0;
        QString reason;
        QString upload;
    };
    std::variant<NewDocument, protocol::Error> prepareCreate(const Caller &caller, const QCborMap &body);
    std::variant<NewVersion, protocol::Error> prepareReplace(const Caller &caller, const QCborMap &body);
    // Inside the commit queue, once the intake stored the PDF.
    Outcome create(const Caller &caller, const NewDocument &doc, const StoredDocument &file);
    Outcome replace(const Caller &caller, const NewVersion &version, const StoredDocument &file);

    std::optional<protocol::Error> requireUploader(const Caller &caller, const QCborMap &body);

    Outcome list(const Caller &caller, const QCborMap &body);
    Outcome get(const Caller &caller, const QCborMap &body);
    Outcome submit(const Caller &caller, const QCborMap &body);
    Outcome approve(const Caller &caller, const QCborMap &body);
    Outcome reject(const Caller &caller, const QCborMap &body);
    Outcome publish(const Caller &caller, const QCborMap &body);
    Outcome withdraw(const Caller &caller, const QCborMap &body);
    Outcome fetch(const Caller &caller, const QCborMap &body);
    Outcome lookup(const Caller &caller, const QCborMap &body);

    static QStringList kinds(); // resolution, submission, report, other

    // Who may read which bytes, remembered between chunks of a download: a
    // fetch of 256 KiB would otherwise cost five SQL statements. Forgotten
    // after every commit that carries events (publication, membership…).
    void forgetReadPermissions() { m_readable.clear(); }

    // Document -> the groups it is published to, for delivering its events.
    const QHash<qint64, QSet<qint64>> &groupAudiences() const { return m_groupAudiences; }

private:
    struct Row; // one documents row
    std::optional<Row> row(qint64 documentId);
    bool mayRead(const Caller &caller, const Row &doc);
    bool isStaff(const Caller &caller, qint64 bodyId);
    // The protocol's Document object as `caller` may see it.
    QCborMap record(const Caller &caller, const Row &doc);
    QCborMap staffRecord(const Row &doc);
    QCborMap publicRecord(const Row &doc);
    QCborMap versionRecord(qint64 documentId, qint64 version);
    QList<qint64> groupsOf(qint64 documentId);
    qint64 audienceOf(const Row &doc); // where doc.published/replaced/withdrawn go
    void loadGroupAudience(qint64 documentId);
    // After any change: doc.changed to the staff.
    bool publishStaff(qint64 actor, qint64 documentId);
    // The end of every review step: touched, doc.changed to the staff, the record as the reply.
    Outcome changed(const Caller &caller, qint64 documentId);
    // The document's version a caller may fetch with these bytes, or nullopt.
    std::optional<std::pair<qint64, qint64>> readableVersion(const Caller &caller, const QString &hash);
    std::variant<Row, protocol::Error> loadForStaff(const Caller &caller, const QCborMap &body,
                                                    bool requireSecretary);
    Outcome insertVersion(const Caller &caller, qint64 documentId, qint64 version, const StoredDocument &file,
                          const QString &reason);

    ServiceContext m;
    TrustService &m_trust;
    BlobStore &m_blobs;
    QHash<qint64, QSet<qint64>> m_groupAudiences;
    QHash<QString, std::pair<qint64, qint64>> m_readable; // "account:hash" -> (document, version)
};

} // namespace council::server
