#include "documentdesk.h"

#include "cborread.h"
#include "documenttransfer.h"
#include "livecontext.h"
#include "serverconnection.h"
#include "trustpins.h"

#include <QCborArray>
#include <QFileInfo>
#include <QUrl>

namespace council::client {

using protocol::Event;
using protocol::Request;

DocumentDesk::DocumentDesk(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_model(new DocumentDeskModel(this))
    , m_shown(new DocumentDeskFilter(m_model, this))
    , m_uploader(new DocumentUploader(context->connection(), this))
    , m_requests(new RequestStatus(this))
    , m_pinsPath(TrustPins::defaultPath()) {
    m_model->setItemTitles(
        [this](qint64 item) { return m_context ? m_context->itemTitle(item) : QString(); });
    connect(m_requests, &RequestStatus::busyChanged, this, &DocumentDesk::busyChanged);
    connect(m_requests, &RequestStatus::errorMessageChanged, this, &DocumentDesk::errorMessageChanged);
    connect(m_requests, &RequestStatus::statusMessageChanged, this, &DocumentDesk::noticeChanged);
    ServerConnection *conn = context->connection();
    connect(conn, &ServerConnection::eventReceived, this, &DocumentDesk::onEvent);
    connect(conn, &ServerConnection::authenticated, this, [this](const QCborMap &account) {
        m_accountId = cbor::integer(account, "id");
        m_username = cbor::text(account, "username");
        m_admin = account.value(QStringLiteral("admin")).toBool();
        refreshRole();
    });
    connect(context, &LiveContext::sessionChanged, this, [this] {
        refreshRole();
        if (m_model->sessionId() != m_context->sessionId())
            refresh();
    });
    connect(context, &LiveContext::online, this, &DocumentDesk::refresh);
    connect(context, &LiveContext::snapshotApplied, this, [this] { m_model->refreshItemTitles(); });
    connect(context, &LiveContext::cleared, this, [this] {
        ++m_listGeneration;
        cancelUpload();
        cancelApproval();
        m_model->setSession(0);
        m_model->clear();
        m_groups.clear();
        m_accountId = 0;
        m_username.clear();
        m_admin = false;
        emit groupsChanged();
        setError({});
        setNotice({});
        refreshRole();
    });

    connect(m_uploader, &DocumentUploader::hashed, this, [this](const QByteArray &, qint64 size) {
        m_uploadTotal = size;
        emit uploadProgressChanged();
        setUploadState(UploadState::Sending);
    });
    connect(m_uploader, &DocumentUploader::progress, this, [this](qint64 sent, qint64 total) {
        m_uploadSent = sent;
        m_uploadTotal = total;
        emit uploadProgressChanged();
    });
    connect(m_uploader, &DocumentUploader::finished, this, &DocumentDesk::onUploaded);
    connect(m_uploader, &DocumentUploader::failed, this,
            [this](const QString &, const QString &message) { failUpload(message); });
    refreshRole();
}

DocumentDesk::~DocumentDesk() = default;

ServerConnection *DocumentDesk::connection() const {
    return m_context ? m_context->connection() : nullptr;
}

// --- what the desk shows -----------------------------------------------------

void DocumentDesk::refreshRole() {
    const QStringList functions = m_context ? m_context->myFunctions() : QStringList();
    const bool open = m_context && m_context->sessionId() != 0;
    const bool prepare = open && (m_admin || functions.contains(QLatin1String("secretary")));
    const bool review = open && functions.contains(QLatin1String("approver"));
    if (prepare == m_canPrepare && review == m_canReview)
        return;
    m_canPrepare = prepare;
    m_canReview = review;
    emit roleChanged();
}

void DocumentDesk::refresh() {
    ServerConnection *conn = connection();
    const qint64 session = m_context ? m_context->sessionId() : 0;
    m_model->setSession(session);
    if (!conn || session == 0)
        return;
    if (m_accountId == 0)
        loadAccount();
    const quint64 generation = ++m_listGeneration;
    setLoading(true);
    conn->request(Request::DocList, QCborMap{{QStringLiteral("session"), session}},
                  [this, generation](const Reply &r) {
                      if (generation != m_listGeneration)
                          return;
                      setLoading(false);
                      if (!r.ok)
                          return setError(refusalText(r));
                      QList<QCborMap> records;
                      for (const QCborValue &v : cbor::array(r.body, "documents"))
                          records << v.toMap();
                      m_model->replaceAll(records);
                  });
    const qint64 body = m_context->bodyId();
    if (body == 0)
        return;
    conn->request(Request::GroupList, QCborMap{{QStringLiteral("body"), body}},
                  [this, generation](const Reply &r) {
                      if (generation != m_listGeneration || !r.ok)
                          return;
                      QVariantList groups;
                      for (const QCborValue &v : cbor::array(r.body, "groups")) {
                          const QCborMap g = v.toMap();
                          groups << QVariantMap{{QStringLiteral("id"), cbor::integer(g, "id")},
                                                {QStringLiteral("name"), cbor::text(g, "name")},
                                                {QStringLiteral("kind"), cbor::text(g, "kind")}};
                      }
                      m_groups = groups;
                      emit groupsChanged();
                  });
}

void DocumentDesk::loadAccount() {
    // The desk may come after the login (tests, a second window): ask who we are.
    connection()->request(Request::Me, {}, [this](const Reply &r) {
        if (!r.ok)
            return;
        const QCborMap account = cbor::map(r.body, "account");
        m_accountId = cbor::integer(account, "id");
        m_username = cbor::text(account, "username");
        m_admin = account.value(QStringLiteral("admin")).toBool();
        refreshRole();
    });
}

void DocumentDesk::onEvent(const protocol::Frame &event) {
    if (m_model->sessionId() == 0)
        return;
    switch (Event(event.type)) {
    case Event::DocChanged:
        // The staff's view of a document: state, current version, reasons.
        m_model->upsert(cbor::map(event.body, "document"));
        break;
    case Event::DocPublished:
    case Event::DocReplaced:
        // The audience's view; staff get doc.changed with the whole story instead.
        if (!m_canPrepare && !m_canReview)
            m_model->upsert(cbor::map(event.body, "document"));
        break;
    case Event::DocWithdrawn:
        if (!m_canPrepare && !m_canReview)
            m_model->remove(cbor::integer(event.body, "document"));
        break;
    case Event::GroupChanged:
    case Event::GroupRemoved:
    case Event::MembersImported:
        if (m_context && cbor::integer(event.body, "body") == m_context->bodyId())
            refresh();
        break;
    case Event::AgendaItemChanged:
    case Event::AgendaItemRemoved:
        m_model->refreshItemTitles();
        break;
    default:
        break;
    }
}

QString DocumentDesk::audienceText(qint64 documentId) const {
    const QCborMap r = m_model->record(documentId);
    const QString scope = cbor::text(r, "scope");
    if (scope == QLatin1String("everyone"))
        return tr("every member of the body");
    if (scope == QLatin1String("session"))
        return tr("every member of the body, under this session");
    if (scope == QLatin1String("item")) {
        const QString item = m_context ? m_context->itemTitle(cbor::optionalId(r, "item")) : QString();
        return item.isEmpty() ? tr("every member of the body, under its agenda item")
                              : tr("every member of the body, under the item “%1”").arg(item);
    }
    if (scope == QLatin1String("groups")) {
        QStringList names;
        for (const QCborValue &g : cbor::array(r, "groups")) {
            for (const QVariant &known : m_groups) {
                const QVariantMap m = known.toMap();
                if (m.value(QStringLiteral("id")).toLongLong() == g.toInteger())
                    names << m.value(QStringLiteral("name")).toString();
            }
        }
        return names.isEmpty() ? tr("the members of the chosen groups")
                               : tr("the members of %1").arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

QString DocumentDesk::withdrawEffect(qint64 documentId) const {
    const QVariantMap row = m_model->get(documentId);
    if (row.isEmpty())
        return {};
    // What DocumentListModel does on doc.withdrawn, and what the server refuses afterwards.
    return tr("“%1” will be taken back from %2. It disappears at once from their document lists and "
              "readers; a reader who has it open is told it was withdrawn, with your reason. Their "
              "devices delete the copy they keep when the notice reaches them (devices that are off line "
              "get it when they reconnect) and the server no longer hands out its bytes to them. "
              "The secretariat, the chair and the approvers keep it here, and it can be published again.")
        .arg(row.value(QStringLiteral("title")).toString(), audienceText(documentId));
}

QString DocumentDesk::localPath(const QString &file) {
    const QUrl url(file);
    if (url.isLocalFile())
        return url.toLocalFile();
    return file;
}

QString DocumentDesk::titleFromFile(const QString &file) const {
    QString base = QFileInfo(localPath(file)).completeBaseName();
    base.replace(QLatin1Char('_'), QLatin1Char(' '));
    return base.simplified();
}

// --- upload ------------------------------------------------------------------

void DocumentDesk::upload(const QString &file, const QString &title, qint64 itemId, const QString &kind) {
    if (title.trimmed().isEmpty()) {
        m_uploadError = tr("Give the document a title.");
        setUploadState(UploadState::Failed);
        return;
    }
    m_uploadTitle = title.trimmed();
    m_uploadItem = itemId;
    m_uploadKind = kind;
    m_uploadReason.clear();
    startUpload(file, 0);
}

void DocumentDesk::replace(qint64 documentId, const QString &file, const QString &reason) {
    if (reason.trimmed().isEmpty()) {
        m_uploadError = tr("Say why this version replaces the current one.");
        m_uploadTarget = documentId;
        setUploadState(UploadState::Failed);
        return;
    }
    m_uploadReason = reason.trimmed();
    startUpload(file, documentId);
}

void DocumentDesk::startUpload(const QString &file, qint64 target) {
    const QString path = localPath(file);
    m_uploadTarget = target;
    m_uploadFileName = QFileInfo(path).fileName();
    m_uploadSent = 0;
    m_uploadTotal = QFileInfo(path).size();
    m_uploadError.clear();
    emit uploadProgressChanged();
    if (!m_context || m_context->bodyId() == 0) {
        failUpload(tr("Open a session first."));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        failUpload(tr("%1 is not a file that can be read.").arg(path));
        return;
    }
    ++m_uploadGeneration;
    setUploadState(UploadState::Hashing);
    m_uploader->start(m_context->bodyId(), path);
}

void DocumentDesk::onUploaded(const QCborValue &uploadId) {
    ServerConnection *conn = connection();
    if (!conn || !m_context)
        return;
    setUploadState(UploadState::Checking);
    const quint64 generation = m_uploadGeneration;
    auto done = [this, generation](const Reply &r) {
        if (generation != m_uploadGeneration)
            return; // cancelled meanwhile
        if (!r.ok)
            return failUpload(refusalText(r));
        const QCborMap doc = cbor::map(r.body, "document");
        m_model->upsert(doc);
        const qint64 id = cbor::integer(doc, "id");
        setUploadState(UploadState::Done);
        setNotice(m_uploadTarget == 0 ? tr("“%1” was uploaded as a draft.").arg(cbor::text(doc, "title"))
                                      : tr("“%1” now has version %2.")
                                            .arg(cbor::text(doc, "title"))
                                            .arg(cbor::integer(cbor::map(doc, "version"), "version")));
        emit uploaded(id);
        if (m_uploadTarget != 0)
            emit actionDone(id, QStringLiteral("replace"));
    };
    if (m_uploadTarget == 0) {
        QCborMap body{{QStringLiteral("body"), m_context->bodyId()},
                      {QStringLiteral("upload"), uploadId},
                      {QStringLiteral("title"), m_uploadTitle},
                      {QStringLiteral("session"), m_context->sessionId()}};
        if (m_uploadItem > 0)
            body.insert(QStringLiteral("item"), m_uploadItem);
        if (!m_uploadKind.isEmpty())
            body.insert(QStringLiteral("kind"), m_uploadKind);
        conn->request(Request::DocCreate, body, done);
    } else {
        conn->request(Request::DocReplace,
                      QCborMap{{QStringLiteral("document"), m_uploadTarget},
                               {QStringLiteral("upload"), uploadId},
                               {QStringLiteral("reason"), m_uploadReason}},
                      done);
    }
}

void DocumentDesk::cancelUpload() {
    ++m_uploadGeneration;
    m_uploader->cancel();
    if (m_uploadState == UploadState::Hashing || m_uploadState == UploadState::Sending ||
        m_uploadState == UploadState::Checking)
        setUploadState(UploadState::Idle);
}

void DocumentDesk::resetUpload() {
    if (m_uploadState == UploadState::Done || m_uploadState == UploadState::Failed) {
        m_uploadError.clear();
        setUploadState(UploadState::Idle);
    }
}

void DocumentDesk::failUpload(const QString &message) {
    m_uploader->cancel();
    m_uploadError = message;
    setUploadState(UploadState::Failed);
}

void DocumentDesk::setUploadState(UploadState state) {
    m_uploadState = state;
    emit uploadChanged();
}

// --- actions -----------------------------------------------------------------

void DocumentDesk::send(Request type, const QCborMap &body, const QString &action, qint64 documentId,
                        const QString &doneText) {
    ServerConnection *conn = connection();
    if (!conn)
        return;
    m_requests->send(conn, type, body, [this, action, documentId, doneText](const QCborMap &r) {
        m_model->upsert(cbor::map(r, "document"));
        setNotice(doneText);
        emit actionDone(documentId, action);
    });
}

void DocumentDesk::submit(qint64 documentId) {
    const QVariantMap row = m_model->get(documentId);
    QCborMap body{{QStringLiteral("document"), documentId}};
    if (!row.isEmpty())
        body.insert(QStringLiteral("version"), row.value(QStringLiteral("version")).toLongLong());
    send(Request::DocSubmit, body, QStringLiteral("submit"), documentId,
         tr("“%1” was sent for review.").arg(row.value(QStringLiteral("title")).toString()));
}

void DocumentDesk::reject(qint64 documentId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        return setError(tr("Say why the document is rejected."));
    const QVariantMap row = m_model->get(documentId);
    send(Request::DocReject,
         QCborMap{{QStringLiteral("document"), documentId},
                  {QStringLiteral("version"), row.value(QStringLiteral("version")).toLongLong()},
                  {QStringLiteral("reason"), reason.trimmed()}},
         QStringLiteral("reject"), documentId,
         tr("“%1” was returned to the secretariat.").arg(row.value(QStringLiteral("title")).toString()));
}

void DocumentDesk::publish(qint64 documentId, const QString &scope, const QVariantList &groupIds) {
    QCborMap body{{QStringLiteral("document"), documentId}, {QStringLiteral("scope"), scope}};
    if (scope == QLatin1String("groups")) {
        if (groupIds.isEmpty())
            return setError(tr("Choose at least one group."));
        QCborArray groups;
        for (const QVariant &g : groupIds)
            groups.append(g.toLongLong());
        body.insert(QStringLiteral("groups"), groups);
    }
    const QString title = m_model->get(documentId).value(QStringLiteral("title")).toString();
    send(Request::DocPublish, body, QStringLiteral("publish"), documentId,
         tr("“%1” was published.").arg(title));
}

void DocumentDesk::withdraw(qint64 documentId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        return setError(tr("Say why the document is withdrawn."));
    const QString title = m_model->get(documentId).value(QStringLiteral("title")).toString();
    send(Request::DocWithdraw,
         QCborMap{{QStringLiteral("document"), documentId}, {QStringLiteral("reason"), reason.trimmed()}},
         QStringLiteral("withdraw"), documentId, tr("“%1” was withdrawn.").arg(title));
}

void DocumentDesk::clearError() {
    setError({});
}

void DocumentDesk::clearNotice() {
    setNotice({});
}

void DocumentDesk::setLoading(bool on) {
    if (m_loading == on)
        return;
    m_loading = on;
    emit loadingChanged();
}

} // namespace council::client
