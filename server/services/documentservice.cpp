#include "documentservice.h"

#include "core/audience.h"
#include "crypto/signing.h"
#include "documents/blobstore.h"
#include "trustservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace council::server {

using protocol::Error;
using protocol::ErrorCode;
using protocol::Event;

namespace {

constexpr qint64 kMaxFetchBytes = 512 * 1024;
constexpr qint64 kApprovalClockSkewMs = 10 * 60 * 1000;

qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

Outcome internal(Database &db) {
    return Outcome::fail(ErrorCode::Internal, db.lastError());
}

QString pageSizesJson(const QList<QSizeF> &sizes) {
    QJsonArray a;
    for (const QSizeF &s : sizes)
        a.append(QJsonArray{qRound(s.width() * 10) / 10.0, qRound(s.height() * 10) / 10.0});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QCborArray pageSizesCbor(const QString &json) {
    QCborArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonArray pair = v.toArray();
        out.append(QCborArray{pair.at(0).toDouble(), pair.at(1).toDouble()});
    }
    return out;
}

QVariant nullable(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

struct DocumentService::Row {
    qint64 id = 0;
    qint64 bodyId = 0;
    qint64 sessionId = 0;
    qint64 itemId = 0;
    QString title;
    QString kind;
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 current = 0;
    QString pubState; // none, published, withdrawn
    qint64 pubVersion = 0;
    QString pubScope;
    qint64 pubAt = 0;
    QString withdrawReason;
    QString currentReview;

    bool isPublished() const { return pubState == QLatin1String("published"); }
    QString state() const {
        if (pubState == QLatin1String("withdrawn"))
            return pubState;
        if (isPublished() && pubVersion == current)
            return pubState;
        return currentReview;
    }
};

DocumentService::DocumentService(ServiceContext ctx, TrustService &trust, BlobStore &blobs)
    : m(ctx)
    , m_trust(trust)
    , m_blobs(blobs) {
    QSqlQuery q = m.db.query(QStringLiteral("SELECT document_id, group_id FROM document_groups"));
    while (q.next())
        m_groupAudiences[q.value(0).toLongLong()].insert(q.value(1).toLongLong());
}

QStringList DocumentService::kinds() {
    return {QStringLiteral("resolution"), QStringLiteral("submission"), QStringLiteral("report"),
            QStringLiteral("other")};
}

std::optional<DocumentService::Row> DocumentService::row(qint64 documentId) {
    QSqlQuery q = m.db.query(
        QStringLiteral(
            "SELECT d.id, d.body_id, d.session_id, d.item_id, d.title, d.kind, d.created_by,"
            " d.created_at, d.updated_at, d.current_version, d.pub_state, d.pub_version, d.pub_scope,"
            " d.pub_at, d.withdraw_reason, v.review FROM documents d LEFT JOIN document_versions v"
            " ON v.document_id = d.id AND v.version = d.current_version WHERE d.id = ?"),
        {documentId});
    if (!q.next())
        return std::nullopt;
    Row r;
    r.id = q.value(0).toLongLong();
    r.bodyId = q.value(1).toLongLong();
    r.sessionId = q.value(2).toLongLong();
    r.itemId = q.value(3).toLongLong();
    r.title = q.value(4).toString();
    r.kind = q.value(5).toString();
    r.createdBy = q.value(6).toLongLong();
    r.createdAt = q.value(7).toLongLong();
    r.updatedAt = q.value(8).toLongLong();
    r.current = q.value(9).toLongLong();
    r.pubState = q.value(10).toString();
    r.pubVersion = q.value(11).toLongLong();
    r.pubScope = q.value(12).toString();
    r.pubAt = q.value(13).toLongLong();
    r.withdrawReason = q.value(14).toString();
    r.currentReview = q.value(15).toString();
    return r;
}

bool DocumentService::isStaff(const Caller &caller, qint64 bodyId) {
    return m.access.isStaff(caller, bodyId);
}

QList<qint64> DocumentService::groupsOf(qint64 documentId) {
    QList<qint64> out;
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT group_id FROM document_groups WHERE document_id = ? ORDER BY group_id"),
        {documentId});
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

bool DocumentService::mayRead(const Caller &caller, const Row &doc) {
    if (isStaff(caller, doc.bodyId))
        return true;
    if (!doc.isPublished() || !m.access.isMember(caller, doc.bodyId))
        return false;
    if (doc.pubScope != QLatin1String("groups"))
        return true;
    const QSet<qint64> mine = m.access.groupsOf(caller.accountId);
    for (qint64 g : groupsOf(doc.id))
        if (mine.contains(g))
            return true;
    return false;
}

qint64 DocumentService::audienceOf(const Row &doc) {
    return doc.pubScope == QLatin1String("groups") ? audience::document(doc.id) : audience::Body;
}

void DocumentService::loadGroupAudience(qint64 documentId) {
    QSet<qint64> groups;
    for (qint64 g : groupsOf(documentId))
        groups.insert(g);
    if (groups.isEmpty())
        m_groupAudiences.remove(documentId);
    else
        m_groupAudiences.insert(documentId, groups);
}

QCborMap DocumentService::versionRecord(qint64 documentId, qint64 version) {
    QSqlQuery q = m.db.query(
        QStringLiteral(
            "SELECT v.version, v.blob_hash, v.size, v.pages, v.has_text, v.page_sizes, v.file_name,"
            " v.converted, v.source_hash, v.uploaded_by, u.display_name, v.uploaded_at, v.reason,"
            " v.review, v.submitted_at, v.reviewed_by, r.display_name, v.reviewed_at, v.reject_reason,"
            " v.statement, v.signature FROM document_versions v"
            " LEFT JOIN accounts u ON u.id = v.uploaded_by LEFT JOIN accounts r ON r.id = v.reviewed_by"
            " WHERE v.document_id = ? AND v.version = ?"),
        {documentId, version});
    QCborMap v;
    if (!q.next())
        return v;
    v.insert(QStringLiteral("version"), q.value(0).toLongLong());
    v.insert(QStringLiteral("hash"), q.value(1).toString());
    v.insert(QStringLiteral("size"), q.value(2).toLongLong());
    v.insert(QStringLiteral("pages"), q.value(3).toLongLong());
    v.insert(QStringLiteral("hasText"), q.value(4).toBool());
    v.insert(QStringLiteral("pageSizes"), pageSizesCbor(q.value(5).toString()));
    v.insert(QStringLiteral("fileName"), q.value(6).toString());
    v.insert(QStringLiteral("converted"), q.value(7).toBool());
    v.insert(QStringLiteral("sourceHash"), q.value(8).toString());
    v.insert(QStringLiteral("uploadedBy"), q.value(9).toLongLong());
    v.insert(QStringLiteral("uploadedByName"), q.value(10).toString());
    v.insert(QStringLiteral("uploadedAt"), q.value(11).toLongLong());
    v.insert(QStringLiteral("reason"), q.value(12).toString());
    v.insert(QStringLiteral("review"), q.value(13).toString());
    v.insert(QStringLiteral("submittedAt"),
             q.value(14).isNull() ? QCborValue() : QCborValue(q.value(14).toLongLong()));
    v.insert(QStringLiteral("reviewedBy"), q.value(15).toLongLong());
    v.insert(QStringLiteral("reviewedByName"), q.value(16).toString());
    v.insert(QStringLiteral("reviewedAt"),
             q.value(17).isNull() ? QCborValue() : QCborValue(q.value(17).toLongLong()));
    v.insert(QStringLiteral("rejectReason"), q.value(18).toString());
    if (q.value(19).isNull()) {
        v.insert(QStringLiteral("approval"), QCborValue(nullptr));
    } else {
        QCborMap approval;
        approval.insert(QStringLiteral("statement"), q.value(19).toByteArray());
        approval.insert(QStringLiteral("signature"), q.value(20).toByteArray());
        v.insert(QStringLiteral("approval"), approval);
    }
    return v;
}

QCborMap DocumentService::staffRecord(const Row &doc) {
    QCborMap r;
    r.insert(QStringLiteral("id"), doc.id);
    r.insert(QStringLiteral("body"), doc.bodyId);
    r.insert(QStringLiteral("session"), doc.sessionId);
    r.insert(QStringLiteral("item"), doc.itemId);
    r.insert(QStringLiteral("title"), doc.title);
    r.insert(QStringLiteral("kind"), doc.kind);
    r.insert(QStringLiteral("state"), doc.state());
    r.insert(QStringLiteral("current"), doc.current);
    r.insert(QStringLiteral("published"), doc.isPublished() ? doc.pubVersion : 0);
    r.insert(QStringLiteral("scope"), doc.pubScope);
    QCborArray groups;
    for (qint64 g : groupsOf(doc.id))
        groups.append(g);
    r.insert(QStringLiteral("groups"), groups);
    r.insert(QStringLiteral("createdAt"), doc.createdAt);
    r.insert(QStringLiteral("createdBy"), doc.createdBy);
    r.insert(QStringLiteral("updatedAt"), doc.updatedAt);
    r.insert(QStringLiteral("publishedAt"), doc.pubAt);
    r.insert(QStringLiteral("withdrawReason"), doc.withdrawReason);
    r.insert(QStringLiteral("version"), versionRecord(doc.id, doc.current));
    return r;
}

QCborMap DocumentService::publicRecord(const Row &doc) {
    // Delegates see the published version only: drafts under review are not theirs.
    QCborMap r = staffRecord(doc);
    r.insert(QStringLiteral("state"),
             doc.pubState == QLatin1String("none") ? QStringLiteral("draft") : doc.pubState);
    r.insert(QStringLiteral("current"), doc.pubVersion);
    r.insert(QStringLiteral("version"),
             doc.pubVersion > 0 ? QCborValue(versionRecord(doc.id, doc.pubVersion)) : QCborValue(nullptr));
    return r;
}

QCborMap DocumentService::record(const Caller &caller, const Row &doc) {
    return isStaff(caller, doc.bodyId) ? staffRecord(doc) : publicRecord(doc);
}

bool DocumentService::publishStaff(qint64 actor, qint64 documentId) {
    const std::optional<Row> doc = row(documentId);
    if (!doc)
        return false;
    QCborMap ev;
    ev.insert(QStringLiteral("document"), staffRecord(*doc));
    return m.commits.publish(Event::DocChanged, actor, doc->bodyId, doc->sessionId, ev, audience::Staff);
}

Outcome DocumentService::changed(const Caller &caller, qint64 documentId) {
    if (!m.db.exec(QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"), {now(), documentId}) ||
        !publishStaff(caller.accountId, documentId))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("document"), staffRecord(*row(documentId)));
    return Outcome::ok(out);
}

std::optional<Error> DocumentService::requireUploader(const Caller &caller, const QCborMap &body) {
    const QCborValue b = body.value(QStringLiteral("body"));
    if (!b.isInteger() || b.toInteger() <= 0)
        return Error{ErrorCode::BadRequest, QStringLiteral("missing field 'body'")};
    return m.access.requireSecretary(caller, b.toInteger());
}

std::variant<DocumentService::NewDocument, Error> DocumentService::prepareCreate(const Caller &caller,
                                                                                 const QCborMap &body) {
    FieldReader f(body);
    NewDocument d;
    d.bodyId = f.integer("body", true, 1);
    d.title = f.text("title", true, 300);
    d.kind = f.oneOf("kind", kinds(), QStringLiteral("other"));
    d.sessionId = f.integer("session", false, 0);
    d.itemId = f.integer("item", false, 0);
    d.upload = f.text("upload", true, 64);
    if (!f.ok())
        return *f.error();
    if (d.title.isEmpty())
        return Error{ErrorCode::InvalidValue, QStringLiteral("the title may not be empty")};
    if (auto e = m.access.requireSecretary(caller, d.bodyId))
        return *e;
    if (d.itemId > 0) {
        QSqlQuery q =
            m.db.query(QStringLiteral("SELECT session_id FROM agenda_items WHERE id = ?"), {d.itemId});
        if (!q.next())
            return Error{ErrorCode::NotFound, QStringLiteral("agenda item %1").arg(d.itemId)};
        if (d.sessionId > 0 && d.sessionId != q.value(0).toLongLong())
            return Error{ErrorCode::InvalidValue, QStringLiteral("the item is not in that session")};
        d.sessionId = q.value(0).toLongLong();
    }
    if (d.sessionId > 0 && m.access.bodyOfSession(d.sessionId) != d.bodyId)
        return Error{ErrorCode::NotFound, QStringLiteral("session %1").arg(d.sessionId)};
    return d;
}

std::variant<DocumentService::NewVersion, Error> DocumentService::prepareReplace(const Caller &caller,
                                                                                 const QCborMap &body) {
    FieldReader f(body);
    NewVersion v;
    v.documentId = f.integer("document", true, 1);
    v.upload = f.text("upload", true, 64);
    v.reason = f.text("reason", true, 1000);
    if (!f.ok())
        return *f.error();
    if (v.reason.isEmpty())
        return Error{ErrorCode::InvalidValue, QStringLiteral("say why the document is replaced")};
    const std::optional<Row> doc = row(v.documentId);
    if (!doc || !mayRead(caller, *doc)) // drafts do not exist for those who may not see them
        return Error{ErrorCode::NotFound, {}};
    if (auto e = m.access.requireSecretary(caller, doc->bodyId))
        return *e;
    v.bodyId = doc->bodyId;
    return v;
}

Outcome DocumentService::insertVersion(const Caller &caller, qint64 documentId, qint64 version,
                                       const StoredDocument &file, const QString &reason) {
    if (!m.db.exec(
            QStringLiteral("INSERT INTO document_versions(document_id, version, blob_hash, size, pages,"
                           " page_sizes, has_text, file_name, source_hash, converted, uploaded_by,"
                           " uploaded_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {documentId, version, file.hash, file.size, file.pages, pageSizesJson(file.pageSizes),
             file.hasText, file.fileName, file.sourceHash, file.converted, caller.accountId, now(), reason}))
        return internal(m.db);
    return Outcome::ok();
}

Outcome DocumentService::create(const Caller &caller, const NewDocument &d, const StoredDocument &file) {
    const qint64 at = now();
    bool ok = false;
    QSqlQuery q = m.db.query(
        QStringLiteral("INSERT INTO documents(body_id, session_id, item_id, title, kind,"
                       " created_by, created_at, updated_at, current_version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {d.bodyId, nullable(d.sessionId), nullable(d.itemId), d.title, d.kind, caller.accountId, at, at},
        &ok);
    if (!ok)
        return internal(m.db);
    const qint64 id = m.db.lastInsertId(q);
    if (Outcome o = insertVersion(caller, id, 1, file, {}); !o.isOk())
        return o;
    if (!publishStaff(caller.accountId, id))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("document"), staffRecord(*row(id)));
    return Outcome::ok(out);
}

Outcome DocumentService::replace(const Caller &caller, const NewVersion &v, const StoredDocument &file) {
    const std::optional<Row> doc = row(v.documentId);
    if (!doc)
        return Outcome::fail(ErrorCode::NotFound);
    const qint64 next = doc->current + 1;
    if (Outcome o = insertVersion(caller, doc->id, next, file, v.reason); !o.isOk())
        return o;
    if (!m.db.exec(QStringLiteral("UPDATE documents SET current_version = ?, updated_at = ? WHERE id = ?"),
                   {next, now(), doc->id}))
        return internal(m.db);
    if (!publishStaff(caller.accountId, doc->id))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("document"), staffRecord(*row(doc->id)));
    return Outcome::ok(out);
}

Outcome DocumentService::list(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 bodyId = f.integer("body", false, 0);
    const qint64 sessionId = f.integer("session", false, 0);
    const qint64 itemId = f.integer("item", false, 0);
    COUNCIL_CHECK_FIELDS(f);
    QString sql = QStringLiteral("SELECT id FROM documents WHERE 1 = 1");
    QVariantList binds;
    if (bodyId > 0) {
        COUNCIL_CHECK(m.access.requireMember(caller, bodyId));
        sql += QStringLiteral(" AND body_id = ?");
        binds << bodyId;
    }
    if (sessionId > 0) {
        sql += QStringLiteral(" AND session_id = ?");
        binds << sessionId;
    }
    if (itemId > 0) {
        sql += QStringLiteral(" AND item_id = ?");
        binds << itemId;
    }
    sql += QStringLiteral(" ORDER BY session_id, item_id, id");
    QSqlQuery q(m.db.db());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Outcome::fail(ErrorCode::Internal, q.lastError().text());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QCborArray docs;
    for (qint64 id : ids) {
        const std::optional<Row> doc = row(id);
        if (doc && mayRead(caller, *doc))
            docs.append(record(caller, *doc));
    }
    QCborMap out;
    out.insert(QStringLiteral("documents"), docs);
    return Outcome::ok(out);
}

Outcome DocumentService::get(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const qint64 id = f.integer("document", true, 1);
    COUNCIL_CHECK_FIELDS(f);
    const std::optional<Row> doc = row(id);
    if (!doc || !mayRead(caller, *doc))
        return Outcome::fail(ErrorCode::NotFound);
    const bool staff = isStaff(caller, doc->bodyId);
    QCborArray versions;
    // The trail: every version for the staff; the versions that were published for everybody else.
    QSqlQuery q =
        m.db.query(QStringLiteral("SELECT version, review FROM document_versions WHERE document_id = ?"
                                  " ORDER BY version"),
                   {id});
    QList<qint64> shown;
    while (q.next()) {
        const qint64 v = q.value(0).toLongLong();
        if (staff || (v <= doc->pubVersion && q.value(1).toString() == QLatin1String("approved")))
            shown << v;
    }
    for (qint64 v : shown)
        versions.append(versionRecord(id, v));
    QCborMap out;
    out.insert(QStringLiteral("document"), record(caller, *doc));
    out.insert(QStringLiteral("versions"), versions);
    return Outcome::ok(out);
}

std::variant<DocumentService::Row, Error>
DocumentService::loadForStaff(const Caller &caller, const QCborMap &body, bool requireSecretary) {
    const QCborValue id = body.value(QStringLiteral("document"));
    if (!id.isInteger() || id.toInteger() <= 0)
        return Error{ErrorCode::BadRequest, QStringLiteral("missing field 'document'")};
    const std::optional<Row> doc = row(id.toInteger());
    if (!doc || !mayRead(caller, *doc))
        return Error{ErrorCode::NotFound, {}};
    if (auto e = requireSecretary ? m.access.requireSecretary(caller, doc->bodyId)
                                  : m.access.requireApprover(caller, doc->bodyId))
        return *e;
    return *doc;
}

#define COUNCIL_LOAD(var, expr)                                                                              \
    auto var##_loaded = (expr);                                                                              \
    if (auto *e = std::get_if<Error>(&var##_loaded))                                                         \
        return Outcome::fail(*e);                                                                            \
    const Row &var = std::get<Row>(var##_loaded)

namespace {
std::optional<Error> requireCurrent(qint64 asked, qint64 current, const QString &review,
                                    const QString &needed) {
    if (asked != current)
        return Error{ErrorCode::WrongState,
                     QStringLiteral("version %1 is not the current version (%2)").arg(asked).arg(current)};
    if (review != needed)
        return Error{ErrorCode::WrongState,
                     QStringLiteral("version %1 is %2, not %3").arg(current).arg(review, needed)};
    return std::nullopt;
}
} // namespace

Outcome DocumentService::submit(const Caller &caller, const QCborMap &body) {
    COUNCIL_LOAD(doc, loadForStaff(caller, body, true));
    FieldReader f(body);
    const qint64 version = f.integer("version", false, 1, qint64(1) << 53, doc.current);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(requireCurrent(version, doc.current, doc.currentReview, QStringLiteral("draft")));
    if (!m.db.exec(QStringLiteral("UPDATE document_versions SET review = 'submitted', submitted_by = ?,"
                                  " submitted_at = ? WHERE document_id = ? AND version = ?"),
                   {caller.accountId, now(), doc.id, version}))
        return internal(m.db);
    return changed(caller, doc.id);
}

Outcome DocumentService::approve(const Caller &caller, const QCborMap &body) {
    COUNCIL_LOAD(doc, loadForStaff(caller, body, false));
    FieldReader f(body);
    const qint64 version = f.integer("version", true, 1);
    const QByteArray statementBytes = f.bytes("statement", 1, 4096);
    const QByteArray signature = f.bytes("signature", crypto::kSignatureBytes, crypto::kSignatureBytes);
    COUNCIL_CHECK_FIELDS(f);
    COUNCIL_CHECK(requireCurrent(version, doc.current, doc.currentReview, QStringLiteral("submitted")));
    const auto statement = crypto::ApprovalStatement::decode(statementBytes);
    if (!statement)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the statement is not an approval statement"));
    QSqlQuery v = m.db.query(
        QStringLiteral("SELECT blob_hash, size FROM document_versions WHERE document_id = ? AND version = ?"),
        {doc.id, version});
    if (!v.next())
        return internal(m.db);
    // What was approved must be exactly these bytes, this version, as titled and placed now.
    const bool matches = statement->bodyId == doc.bodyId && statement->documentId == doc.id &&
                         statement->version == version &&
                         statement->contentHash == QByteArray::fromHex(v.value(0).toString().toLatin1()) &&
                         statement->size == v.value(1).toLongLong() && statement->title == doc.title &&
                         statement->sessionId == doc.sessionId && statement->itemId == doc.itemId &&
                         statement->approverAccount == caller.accountId;
    if (!matches)
        return Outcome::fail(
            ErrorCode::InvalidValue,
            QStringLiteral("the statement does not describe version %1 of this document as it "
                           "is now, signed by you")
                .arg(version));
    if (qAbs(statement->approvedAtMs - now()) > kApprovalClockSkewMs)
        return Outcome::fail(
            ErrorCode::InvalidValue,
            QStringLiteral("the statement's time is more than 10 minutes from the server's"));
    const std::optional<crypto::ApproverList> list = m_trust.approverList(doc.bodyId);
    const crypto::ApproverEntry *entry =
        list ? list->entryFor(caller.accountId, statement->approvedAtMs) : nullptr;
    if (!entry)
        return Outcome::fail(
            ErrorCode::NotAnApprover,
            QStringLiteral("you are not on the approver list signed by the body's trust key"));
    const QByteArray context(crypto::kApprovalContext);
    if (!crypto::verifyDetached(signature, statementBytes, entry->publicKey, context)) {
        const QByteArray registered = m_trust.registeredKey(caller.accountId);
        if (!registered.isEmpty() && registered != entry->publicKey &&
            crypto::verifyDetached(signature, statementBytes, registered, context))
            return Outcome::fail(ErrorCode::NotAnApprover,
                                 QStringLiteral("your current key is not the one on the approver list"));
        return Outcome::fail(ErrorCode::BadSignature,
                             QStringLiteral("the signature was not made with your approver key"));
    }
    if (!m.db.exec(QStringLiteral("UPDATE document_versions SET review = 'approved', reviewed_by = ?,"
                                  " reviewed_at = ?, statement = ?, signature = ?, reject_reason = ''"
                                  " WHERE document_id = ? AND version = ?"),
                   {caller.accountId, now(), statementBytes, signature, doc.id, version}))
        return internal(m.db);
    return changed(caller, doc.id);
}

Outcome DocumentService::reject(const Caller &caller, const QCborMap &body) {
    COUNCIL_LOAD(doc, loadForStaff(caller, body, false));
    FieldReader f(body);
    const qint64 version = f.integer("version", false, 1, qint64(1) << 53, doc.current);
    const QString reason = f.text("reason", true, 1000);
    COUNCIL_CHECK_FIELDS(f);
    if (reason.isEmpty())
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("say why the version is rejected"));
    COUNCIL_CHECK(requireCurrent(version, doc.current, doc.currentReview, QStringLiteral("submitted")));
    if (!m.db.exec(
            QStringLiteral("UPDATE document_versions SET review = 'rejected', reviewed_by = ?,"
                           " reviewed_at = ?, reject_reason = ? WHERE document_id = ? AND version = ?"),
            {caller.accountId, now(), reason, doc.id, version}))
        return internal(m.db);
    return changed(caller, doc.id);
}

Outcome DocumentService::publish(const Caller &caller, const QCborMap &body) {
    COUNCIL_LOAD(doc, loadForStaff(caller, body, true));
    FieldReader f(body);
    const QString scope = f.oneOf("scope",
                                  {QStringLiteral("everyone"), QStringLiteral("session"),
                                   QStringLiteral("item"), QStringLiteral("groups")},
                                  {});
    COUNCIL_CHECK_FIELDS(f);
    if (scope.isEmpty())
        return Outcome::fail(ErrorCode::BadRequest,
                             QStringLiteral("'scope' is everyone, session, item or groups"));
    if (doc.currentReview != QLatin1String("approved"))
        return Outcome::fail(ErrorCode::WrongState,
                             QStringLiteral("version %1 is %2: only an approved version is published")
                                 .arg(doc.current)
                                 .arg(doc.currentReview));
    if (scope == QLatin1String("session") && doc.sessionId == 0)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the document is not attached to a session"));
    if (scope == QLatin1String("item") && doc.itemId == 0)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("the document is not attached to an item"));
    QList<qint64> groups;
    if (scope == QLatin1String("groups")) {
        const QCborArray list = body.value(QStringLiteral("groups")).toArray();
        if (list.isEmpty() || list.size() > 200)
            return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("name 1..200 groups"));
        for (const QCborValue &g : list) {
            if (!g.isInteger() || m.access.bodyOfRow("groups", g.toInteger()) != doc.bodyId)
                return Outcome::fail(
                    ErrorCode::InvalidValue,
                    QStringLiteral("group %1 is not a group of this body").arg(g.toInteger()));
            if (!groups.contains(g.toInteger()))
                groups << g.toInteger();
        }
    }
    const bool wasPublished = doc.isPublished();
    const qint64 previous = doc.pubVersion;
    if (!m.db.exec(
            QStringLiteral("UPDATE documents SET pub_state = 'published', pub_version = ?, pub_scope = ?,"
                           " pub_at = ?, pub_by = ?, withdraw_reason = '', updated_at = ? WHERE id = ?"),
            {doc.current, scope, now(), caller.accountId, now(), doc.id}) ||
        !m.db.exec(QStringLiteral("DELETE FROM document_groups WHERE document_id = ?"), {doc.id}))
        return internal(m.db);
    for (qint64 g : groups)
        if (!m.db.exec(QStringLiteral("INSERT INTO document_groups(document_id, group_id) VALUES (?, ?)"),
                       {doc.id, g}))
            return internal(m.db);
    const Row now_ = *row(doc.id);
    QCborMap ev;
    ev.insert(QStringLiteral("document"), publicRecord(now_));
    const bool replaced = wasPublished && previous != now_.pubVersion;
    if (replaced)
        ev.insert(QStringLiteral("previous"), previous);
    // The delivery map first: the events below are sent after the commit.
    loadGroupAudience(doc.id);
    const qint64 docId = doc.id;
    m.commits.afterCommit([this, docId](bool committed) {
        if (!committed)
            loadGroupAudience(docId);
    });
    if (!m.commits.publish(replaced ? Event::DocReplaced : Event::DocPublished, caller.accountId, doc.bodyId,
                           doc.sessionId, ev, audienceOf(now_)))
        return internal(m.db);
    if (!publishStaff(caller.accountId, doc.id))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("document"), staffRecord(now_));
    return Outcome::ok(out);
}

Outcome DocumentService::withdraw(const Caller &caller, const QCborMap &body) {
    COUNCIL_LOAD(doc, loadForStaff(caller, body, true));
    FieldReader f(body);
    const QString reason = f.text("reason", true, 1000);
    COUNCIL_CHECK_FIELDS(f);
    if (reason.isEmpty())
        return Outcome::fail(ErrorCode::InvalidValue, QStringLiteral("say why the document is withdrawn"));
    if (!doc.isPublished())
        return Outcome::fail(ErrorCode::WrongState, QStringLiteral("only a published document is withdrawn"));
    const qint64 withdrawnFrom = audienceOf(doc);
    if (!m.db.exec(QStringLiteral("UPDATE documents SET pub_state = 'withdrawn', withdraw_reason = ?,"
                                  " updated_at = ? WHERE id = ?"),
                   {reason, now(), doc.id}))
        return internal(m.db);
    QCborMap ev;
    ev.insert(QStringLiteral("document"), doc.id);
    ev.insert(QStringLiteral("body"), doc.bodyId);
    ev.insert(QStringLiteral("title"), doc.title);
    ev.insert(QStringLiteral("reason"), reason);
    if (!m.commits.publish(Event::DocWithdrawn, caller.accountId, doc.bodyId, doc.sessionId, ev,
                           withdrawnFrom))
        return internal(m.db);
    if (!publishStaff(caller.accountId, doc.id))
        return internal(m.db);
    QCborMap out;
    out.insert(QStringLiteral("document"), staffRecord(*row(doc.id)));
    return Outcome::ok(out);
}

std::optional<std::pair<qint64, qint64>> DocumentService::readableVersion(const Caller &caller,
                                                                          const QString &hash) {
    QSqlQuery q = m.db.query(
        QStringLiteral("SELECT document_id, version, review FROM document_versions WHERE blob_hash = ?"),
        {hash});
    QList<std::tuple<qint64, qint64, QString>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    for (const auto &[docId, version, review] : found) {
        const std::optional<Row> doc = row(docId);
        if (!doc || !mayRead(caller, *doc))
            continue;
        if (isStaff(caller, doc->bodyId) ||
            (version <= doc->pubVersion && review == QLatin1String("approved")))
            return std::make_pair(docId, version);
    }
    return std::nullopt;
}

Outcome DocumentService::fetch(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString hash = f.text("hash", true, 64);
    const qint64 offset = f.integer("offset", true, 0);
    const qint64 length = f.integer("length", true, 1, kMaxFetchBytes);
    COUNCIL_CHECK_FIELDS(f);
    if (!BlobStore::isValidHash(hash))
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("'hash' must be 64 lowercase hex digits"));
    const QString key = QString::number(caller.accountId) + QLatin1Char(':') + hash;
    if (!m_readable.contains(key)) {
        const auto found = readableVersion(caller, hash);
        if (!found)
            return Outcome::fail(ErrorCode::NotFound);
        m_readable.insert(key, *found);
    }
    const qint64 size = m_blobs.size(hash);
    if (size < 0)
        return Outcome::fail(ErrorCode::Internal, QStringLiteral("the stored file is missing"));
    if (offset > size)
        return Outcome::fail(ErrorCode::InvalidValue,
                             QStringLiteral("offset past the end (%1 bytes)").arg(size));
    const BlobChunk chunk = m_blobs.readChunk(hash, offset, length);
    if (!chunk.isOk())
        return Outcome::fail(ErrorCode::Internal, chunk.message);
    QCborMap out;
    out.insert(QStringLiteral("hash"), hash);
    out.insert(QStringLiteral("offset"), offset);
    out.insert(QStringLiteral("size"), size);
    out.insert(QStringLiteral("data"), chunk.data);
    return Outcome::ok(out);
}

Outcome DocumentService::lookup(const Caller &caller, const QCborMap &body) {
    FieldReader f(body);
    const QString hash = f.text("hash", true, 64);
    COUNCIL_CHECK_FIELDS(f);
    const auto found = BlobStore::isValidHash(hash) ? readableVersion(caller, hash) : std::nullopt;
    if (!found)
        return Outcome::fail(ErrorCode::NotFound, QStringLiteral("no document you may see has these bytes"));
    QCborMap out;
    out.insert(QStringLiteral("document"), record(caller, *row(found->first)));
    out.insert(QStringLiteral("version"), versionRecord(found->first, found->second));
    return Outcome::ok(out);
}

} // namespace council::server
