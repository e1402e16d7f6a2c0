#include "documentlistmodel.h"

#include "cborread.h"
#include "rowvalues.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <climits>

namespace council::client {

using protocol::Event;
using protocol::Request;

namespace {

constexpr int kSaveIndexDelayMs = 300;

int kindRank(const QString &kind) {
    // A submission (tờ trình) comes before the draft resolution it proposes.
    static const QStringList order{QStringLiteral("submission"), QStringLiteral("resolution"),
                                   QStringLiteral("report")};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

QString formatInstant(qint64 ms) {
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// The offline index need not keep every page's size: the reader reads them from the file.
QCborMap storable(const QCborMap &record) {
    QCborMap out = record;
    QCborMap version = cbor::map(record, "version");
    version.remove(QStringLiteral("pageSizes"));
    out.insert(QStringLiteral("version"), version);
    return out;
}

} // namespace

DocumentListModel::DocumentListModel(ServerConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_conn(connection)
    , m_downloader(new SealedDownloader(connection, this))
    , m_cacheRoot(DocumentCache::defaultRoot())
    , m_keyPath(DocumentCache::defaultKeyPath())
    , m_pinsPath(TrustPins::defaultPath())
    , m_itemOrder([](qint64 item) { return int(std::min<qint64>(item, INT_MAX - 1)); }) {
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveIndexDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DocumentListModel::saveIndex);
    connect(m_downloader, &SealedDownloader::finished, this, &DocumentListModel::onDownloadFinished);
    connect(m_downloader, &SealedDownloader::failed, this, &DocumentListModel::onDownloadFailed);
    connect(m_downloader, &SealedDownloader::progress, this,
            [this](qint64 received, qint64) { onDownloadProgress(received); });
    if (connection) {
        connect(connection, &ServerConnection::eventReceived, this, &DocumentListModel::applyEvent);
        // After every sync, snapshot or not: documents are not in the snapshot.
        connect(connection, &ServerConnection::online, this, &DocumentListModel::refresh);
    }
}

DocumentListModel::~DocumentListModel() {
    if (m_saveTimer.isActive())
        saveIndex();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Doc &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return d.title;
    case DocumentIdRole:
        return d.id;
    case KindRole:
        return d.kind;
    case KindTextRole:
        if (d.kind == QLatin1String("resolution"))
            return tr("Draft resolution");
        if (d.kind == QLatin1String("submission"))
            return tr("Submission");
        if (d.kind == QLatin1String("report"))
            return tr("Report");
        return tr("Document");
    case ItemIdRole:
        return d.item;
    case VersionRole:
        return cbor::integer(d.version, "version");
    case PagesRole:
        return cbor::integer(d.version, "pages");
    case SizeRole:
        return sizeOf(d);
    case SizeTextRole:
        return QLocale().formattedDataSize(sizeOf(d), 1, QLocale::DataSizeTraditionalFormat);
    case StateRole:
        return d.state;
    case ApprovalRole:
        return d.approval.stateCode();
    case ApprovalTextRole:
        return approvalText(d);
    case ApprovalReasonRole:
        return d.approval.reason;
    case ApproverRole:
        return d.approval.approverName;
    case ApprovedAtRole:
        return formatInstant(d.approval.approvedAtMs);
    case DownloadRole:
        switch (d.download) {
        case Download::None:
            return QStringLiteral("none");
        case Download::Queued:
            return QStringLiteral("queued");
        case Download::Downloading:
            return QStringLiteral("downloading");
        case Download::Ready:
            return QStringLiteral("ready");
        case Download::Failed:
            return QStringLiteral("failed");
        }
        return {};
    case DownloadTextRole:
        return downloadText(d);
    case ProgressRole: {
        const qint64 size = sizeOf(d);
        if (d.download == Download::Ready)
            return 1.0;
        return size > 0 ? double(d.received) / double(size) : 0.0;
    }
    case DownloadErrorRole:
        return d.downloadError;
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const {
    return {
        {DocumentIdRole, "documentId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {ItemIdRole, "itemId"},
        {VersionRole, "version"},
        {PagesRole, "pages"},
        {SizeRole, "size"},
        {SizeTextRole, "sizeText"},
        {StateRole, "docState"},
        {ApprovalRole, "approval"},
        {ApprovalTextRole, "approvalText"},
        {ApprovalReasonRole, "approvalReason"},
        {ApproverRole, "approver"},
        {ApprovedAtRole, "approvedAt"},
        {DownloadRole, "download"},
        {DownloadTextRole, "downloadText"},
        {ProgressRole, "progress"},
        {DownloadErrorRole, "downloadError"},
    };
}

QString DocumentListModel::downloadText(const Doc &d) const {
    switch (d.download) {
    case Download::None:
        return tr("Not downloaded");
    case Download::Queued:
        return tr("Waiting to download");
    case Download::Downloading: {
        const qint64 size = sizeOf(d);
        const int percent = size > 0 ? int(d.received * 100 / size) : 0;
        return tr("Downloading %1%").arg(percent);
    }
    case Download::Ready:
        return tr("On this device");
    case Download::Failed:
        return tr("Download failed");
    }
    return {};
}

QString DocumentListModel::approvalText(const Doc &d) const {
    switch (d.approval.state) {
    case ApprovalView::State::Verified:
        return tr("Signature verified");
    case ApprovalView::State::NotVerified:
        return tr("Signature not verified");
    case ApprovalView::State::NotApproved:
        return tr("Not approved yet");
    case ApprovalView::State::Checking:
        break;
    }
    return tr("Signature not checked yet");
}

int DocumentListModel::readyCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Doc &d) { return d.download == Download::Ready; }));
}

void DocumentListModel::setStorage(const QString &cacheRoot, const QString &keyPath,
                                   const QString &pinsPath) {
    m_cacheRoot = cacheRoot;
    m_keyPath = keyPath;
    m_pinsPath = pinsPath;
    m_cache.reset();
    m_judge.reset();
    m_indexLoaded = false;
}

void DocumentListModel::setItemOrder(std::function<int(qint64)> order) {
    m_itemOrder = std::move(order);
}

std::optional<DocumentListModel::Doc> DocumentListModel::docFromCbor(const QCborMap &record) {
    Doc d;
    d.id = cbor::integer(record, "id");
    if (d.id <= 0)
        return std::nullopt;
    d.body = cbor::integer(record, "body");
    d.session = cbor::optionalId(record, "session");
    d.item = cbor::optionalId(record, "item");
    d.title = cbor::text(record, "title");
    d.kind = cbor::text(record, "kind");
    d.state = cbor::text(record, "state");
    d.published = cbor::integer(record, "published");
    d.version = cbor::map(record, "version");
    d.record = storable(record);
    return d;
}

QString DocumentListModel::hashOf(const Doc &d) {
    return cbor::text(d.version, "hash");
}

qint64 DocumentListModel::sizeOf(const Doc &d) {
    return cbor::integer(d.version, "size");
}

bool DocumentListModel::before(const Doc &a, const Doc &b) const {
    const int ia = a.item > 0 ? m_itemOrder(a.item) : INT_MAX;
    const int ib = b.item > 0 ? m_itemOrder(b.item) : INT_MAX;
    if (ia != ib)
        return ia < ib;
    if (kindRank(a.kind) != kindRank(b.kind))
        return kindRank(a.kind) < kindRank(b.kind);
    return a.id < b.id;
}

int DocumentListModel::rowOf(qint64 documentId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == documentId)
            return i;
    return -1;
}

QVariantMap DocumentListModel::get(qint64 documentId) const {
    return rowValues(*this, rowOf(documentId));
}

// ---------------------------------------------------------------------------
// Session, list and events

bool DocumentListModel::ensureCache() {
    if (m_cache)
        return true;
    if (!m_conn)
        return false;
    QString error;
    m_cache =
        DocumentCache::open(DocumentCache::folderFor(m_cacheRoot, m_conn->serverUrl()), m_keyPath, &error);
    if (!m_cache) {
        setError(tr("Documents cannot be kept on this device: %1").arg(error));
        return false;
    }
    return true;
}

void DocumentListModel::setSession(qint64 sessionId, qint64 bodyId) {
    if (sessionId == m_sessionId && (bodyId == 0 || bodyId == m_bodyId))
        return;
    if (m_saveTimer.isActive())
        saveIndex();
    m_downloader->cancel();
    m_downloading = 0;
    m_queue.clear();
    m_wantBytes.clear();
    ++m_listGeneration;
    setLoading(false);
    beginResetModel();
    m_rows.clear();
    m_sessionId = sessionId;
    m_bodyId = bodyId;
    endResetModel();
    setHall({});
    emit sessionChanged();
    if (sessionId != 0) {
        loadIndex(); // offline first: what this device knew last time
        refresh();
    }
    emit countChanged();
    emit downloadsChanged();
}

void DocumentListModel::clear() {
    setSession(0, 0);
    m_trust.clear();
    m_trustAsked.clear();
    m_index = QCborMap();
    m_indexLoaded = false;
    m_cache.reset();
    m_judge.reset();
    m_rereads.clear();
    setError({});
}

void DocumentListModel::refresh() {
    if (!m_conn || m_sessionId == 0 || m_conn->state() != ServerConnection::State::Online)
        return;
    const quint64 generation = ++m_listGeneration;
    const qint64 session = m_sessionId;
    setLoading(true);
    m_conn->request(Request::DocList, QCborMap{{QStringLiteral("session"), session}},
                    [this, generation](const Reply &r) {
                        if (generation != m_listGeneration)
                            return;
                        setLoading(false);
                        if (!r.ok)
                            return setError(r.errorMessage);
                        setError({});
                        onList(r.body);
                    });
    if (m_bodyId != 0) {
        // The trust list may have changed while this device was away.
        m_trustAsked.remove(m_bodyId);
        requestTrust(m_bodyId);
        m_conn->request(Request::HallGet, QCborMap{{QStringLiteral("body"), m_bodyId}},
                        [this, session](const Reply &r) {
                            if (r.ok && session == m_sessionId)
                                setHall(r.body);
                        });
    }
}

void DocumentListModel::onList(const QCborMap &reply) {
    QList<Doc> docs;
    for (const QCborValue &v : cbor::array(reply, "documents")) {
        const std::optional<Doc> d = docFromCbor(v.toMap());
        if (d && d->session == m_sessionId && d->state != QLatin1String("withdrawn"))
            docs.append(*d);
    }
    // A fresh list is a fresh chance for downloads that failed before.
    for (Doc &d : m_rows)
        if (d.download == Download::Failed)
            d.download = Download::None;
    replaceAll(docs);
}

void DocumentListModel::replaceAll(const QList<Doc> &docs) {
    QList<qint64> gone;
    for (const Doc &d : std::as_const(m_rows))
        if (std::none_of(docs.cbegin(), docs.cend(), [&](const Doc &n) { return n.id == d.id; }))
            gone.append(d.id);
    for (qint64 id : std::as_const(gone))
        removeDoc(id);
    for (const Doc &d : docs)
        upsert(d);
    scheduleSaveIndex();
}

void DocumentListModel::applyEvent(const protocol::Frame &event) {
    if (m_sessionId == 0)
        return;
    switch (Event(event.type)) {
    case Event::DocPublished:
    case Event::DocChanged:
    case Event::DocReplaced: {
        const std::optional<Doc> d = docFromCbor(cbor::map(event.body, "document"));
        if (!d)
            return;
        if (d->session != m_sessionId || d->state == QLatin1String("withdrawn")) {
            removeDoc(d->id);
        } else {
            const int row = rowOf(d->id);
            const bool newVersion = row >= 0 && hashOf(m_rows.at(row)) != hashOf(*d);
            upsert(*d);
            if (newVersion)
                emit documentReplaced(d->id);
        }
        scheduleSaveIndex();
        break;
    }
    case Event::DocWithdrawn: {
        const qint64 id = cbor::integer(event.body, "document");
        const int row = rowOf(id);
        if (row < 0)
            return;
        const QString hash = hashOf(m_rows.at(row));
        removeDoc(id);
        const QString reason = cbor::text(event.body, "reason");
        emit documentWithdrawn(id, reason.isEmpty() ? tr("This document was withdrawn.")
                                                    : tr("This document was withdrawn: %1").arg(reason));
        // Withdrawn means "no longer for you": its copy leaves this device too,
        // unless another document holds the same bytes.
        const bool shared =
            std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Doc &d) { return hashOf(d) == hash; });
        if (!shared && ensureCache())
            m_cache->remove(hash);
        scheduleSaveIndex();
        break;
    }
    case Event::TrustChanged: {
        const qint64 body = cbor::integer(event.body, "body");
        m_trustAsked.remove(body);
        requestTrust(body);
        break;
    }
    case Event::HallChanged:
        if (cbor::integer(event.body, "body") == m_bodyId)
            setHall(event.body);
        break;
    default:
        break;
    }
}

void DocumentListModel::upsert(const Doc &incoming) {
    Doc d = incoming;
    if (m_bodyId == 0)
        m_bodyId = d.body;
    int row = rowOf(d.id);
    if (row >= 0) {
        const Doc &old = m_rows.at(row);
        if (hashOf(old) == hashOf(d)) {
            d.download = old.download;
            d.received = old.received;
            d.downloadError = old.downloadError;
        } else if (m_downloading == d.id) {
            // Replaced while downloading: the old version's bytes are not wanted any more.
            m_downloader->cancel();
            m_downloading = 0;
        }
        m_rows[row] = d;
        // The title, kind or item may have changed: keep the order.
        int target = 0;
        for (int i = 0; i < m_rows.size(); ++i)
            if (i != row && before(m_rows.at(i), d))
                ++target;
        if (target != row) {
            beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
            m_rows.move(row, target);
            endMoveRows();
            row = target;
        }
    } else {
        row = 0;
        while (row < m_rows.size() && before(m_rows.at(row), d))
            ++row;
        beginInsertRows({}, row, row);
        m_rows.insert(row, d);
        endInsertRows();
        emit countChanged();
    }
    Doc &stored = m_rows[row];
    syncDownloadState(stored);
    if (stored.download == Download::None && stored.published > 0)
        enqueue(stored.id, false);
    judge(m_rows[rowOf(d.id)]);
    rowChanged(rowOf(d.id));
    QMetaObject::invokeMethod(this, &DocumentListModel::pumpDownloads, Qt::QueuedConnection);
}

void DocumentListModel::removeDoc(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (m_downloading == id) {
        m_downloader->cancel();
        m_downloading = 0;
        QMetaObject::invokeMethod(this, &DocumentListModel::pumpDownloads, Qt::QueuedConnection);
    }
    m_queue.removeAll(id);
    if (m_wantBytes.removeAll(id) > 0)
        emit bytesFailed(id, tr("This document was withdrawn."));
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit downloadsChanged();
}

void DocumentListModel::rowChanged(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    emit dataChanged(index(row), index(row));
}

void DocumentListModel::setHall(const QCborMap &state) {
    const bool document = cbor::text(state, "mode") == QLatin1String("document");
    const qint64 doc = document ? cbor::integer(state, "document") : 0;
    const int page = document ? int(cbor::integer(state, "page")) : 0;
    if (doc == m_hallDocument && page == m_hallPage)
        return;
    m_hallDocument = doc;
    m_hallPage = page;
    emit presenterChanged();
}

void DocumentListModel::setLoading(bool on) {
    if (m_loading == on)
        return;
    m_loading = on;
    emit loadingChanged();
}

void DocumentListModel::setError(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit errorStringChanged();
}

} // namespace council::client
