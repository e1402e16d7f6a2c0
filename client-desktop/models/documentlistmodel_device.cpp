// DocumentListModel, the device side: the download queue, the sealed
// copies and the offline index, the approval checks and the version trail.
#include "documentlistmodel.h"

#include "cborread.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace council::client {

using protocol::Request;

namespace {

const QByteArray kIndexContext = QByteArrayLiteral("council-doc-index-v1");
constexpr qint64 kMaxIndexBytes = qint64(64) * 1024 * 1024;

QString indexPath(const DocumentCache &cache) {
    return QDir(cache.folder()).filePath(QStringLiteral("index.sealed"));
}

QString formatInstant(const QCborMap &map, const char *key) {
    const qint64 ms = cbor::integer(map, key);
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

quint64 DocumentListModel::fetchRequests() const {
    return m_downloader->fetchRequests();
}

// ---------------------------------------------------------------------------
// Downloads: one at a time, in the order of the list; the document someone
// opens goes first.

void DocumentListModel::syncDownloadState(Doc &d) {
    const QString hash = hashOf(d);
    if (m_downloading == d.id && m_downloader->isRunning() && m_downloader->hashHex() == hash)
        d.download = Download::Downloading;
    else if (ensureCache() && m_cache->contains(hash))
        d.download = Download::Ready;
    else if (m_queue.contains(d.id))
        d.download = Download::Queued;
    else if (d.download != Download::Failed)
        d.download = Download::None;
    if (d.download == Download::Ready)
        d.received = sizeOf(d);
}

void DocumentListModel::enqueue(qint64 id, bool first) {
    m_queue.removeAll(id);
    if (first)
        m_queue.prepend(id);
    else
        m_queue.append(id);
    const int row = rowOf(id);
    if (row >= 0 && m_rows.at(row).download != Download::Downloading) {
        m_rows[row].download = Download::Queued;
        m_rows[row].downloadError.clear();
        rowChanged(row);
    }
}

void DocumentListModel::download(qint64 documentId) {
    const int row = rowOf(documentId);
    if (row < 0 || m_rows.at(row).download == Download::Ready || m_downloading == documentId)
        return;
    enqueue(documentId, true);
    if (m_downloading != 0) {
        // One at a time, and the one asked for now first: the other resumes
        // later from its part file.
        const qint64 interrupted = m_downloading;
        m_downloader->cancel();
        m_downloading = 0;
        m_queue.insert(1, interrupted);
        const int other = rowOf(interrupted);
        if (other >= 0) {
            m_rows[other].download = Download::Queued;
            rowChanged(other);
        }
    }
    pumpDownloads();
}

void DocumentListModel::open(qint64 documentId) {
    if (rowOf(documentId) < 0)
        return;
    download(documentId);
    emit openRequested(documentId);
}

void DocumentListModel::pumpDownloads() {
    while (m_downloading == 0 && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        const int row = rowOf(id);
        if (row < 0 || !ensureCache())
            continue;
        Doc &d = m_rows[row];
        if (m_cache->contains(hashOf(d))) {
            d.download = Download::Ready;
            d.received = sizeOf(d);
            judge(d);
            rowChanged(row);
            deliverBytes(id);
            continue;
        }
        m_downloading = id;
        d.download = Download::Downloading;
        d.downloadError.clear();
        rowChanged(row);
        m_downloader->start(*m_cache, hashOf(d), sizeOf(d));
    }
    emit downloadsChanged();
}

void DocumentListModel::onDownloadProgress(qint64 received) {
    const int row = rowOf(m_downloading);
    if (row < 0)
        return;
    m_rows[row].received = received;
    rowChanged(row);
}

void DocumentListModel::onDownloadFinished() {
    const qint64 id = std::exchange(m_downloading, 0);
    const int row = rowOf(id);
    if (row >= 0) {
        Doc &d = m_rows[row];
        d.download = Download::Ready;
        d.received = sizeOf(d);
        judge(d);
        rowChanged(row);
        deliverBytes(id);
    }
    emit downloadsChanged();
    QMetaObject::invokeMethod(this, &DocumentListModel::pumpDownloads, Qt::QueuedConnection);
}

void DocumentListModel::onDownloadFailed(const QString &code, const QString &message) {
    Q_UNUSED(code)
    const qint64 id = std::exchange(m_downloading, 0);
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].download = Download::Failed;
        m_rows[row].downloadError = message;
        rowChanged(row);
    }
    if (m_wantBytes.removeAll(id) > 0)
        emit bytesFailed(id, message);
    emit downloadsChanged();
    QMetaObject::invokeMethod(this, &DocumentListModel::pumpDownloads, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------
// Bytes for the reader: decrypted into memory on a worker thread. Poppler
// reads them from there (loadFromData), so no plaintext copy is ever written.

void DocumentListModel::requestBytes(qint64 documentId) {
    const int row = rowOf(documentId);
    if (row < 0) {
        emit bytesFailed(documentId, tr("This document is not available."));
        return;
    }
    if (!m_wantBytes.contains(documentId))
        m_wantBytes.append(documentId);
    if (m_rows.at(row).download == Download::Ready)
        deliverBytes(documentId);
    else
        download(documentId);
}

void DocumentListModel::deliverBytes(qint64 id) {
    const int row = rowOf(id);
    if (row < 0 || !m_wantBytes.contains(id) || !m_cache)
        return;
    m_wantBytes.removeAll(id);
    const Doc &d = m_rows.at(row);
    const DocumentCache cache = *m_cache;
    const QString hash = hashOf(d);
    const qint64 size = sizeOf(d);
    auto *watcher = new QFutureWatcher<sealed::ReadResult>(this);
    connect(watcher, &QFutureWatcher<sealed::ReadResult>::finished, this, [this, watcher, id, hash] {
        const sealed::ReadResult result = watcher->result();
        watcher->deleteLater();
        if (result.ok) {
            m_rereads.removeAll(id);
            emit bytesReady(id, result.data);
            return;
        }
        // A damaged or tampered copy: drop it and fetch it once more.
        const int row = rowOf(id);
        if (row < 0 || hashOf(m_rows.at(row)) != hash || m_rereads.contains(id)) {
            m_rereads.removeAll(id);
            emit bytesFailed(id, result.error);
            return;
        }
        m_rereads.append(id);
        m_cache->remove(hash);
        m_rows[row].download = Download::None;
        m_wantBytes.append(id);
        download(id);
    });
    watcher->setFuture(QtConcurrent::run([cache, hash, size] { return cache.read(hash, size); }));
}

// ---------------------------------------------------------------------------
// Approvals

void DocumentListModel::requestTrust(qint64 body) {
    if (!m_conn || body == 0 || m_trustAsked.value(body))
        return;
    m_trustAsked.insert(body, true);
    m_conn->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), body}},
                    [this, body](const Reply &r) {
                        m_trustAsked.remove(body);
                        ApprovalJudge::Trust trust;
                        trust.known = true;
                        if (r.ok) {
                            trust.reply = r.body;
                        } else {
                            trust.errorCode = r.errorCode;
                            trust.errorMessage = r.errorMessage;
                        }
                        m_trust.insert(body, trust);
                        judgeBody(body);
                        scheduleSaveIndex();
                    });
}

void DocumentListModel::judge(Doc &d) {
    if (d.download != Download::Ready) {
        // The signature speaks about bytes: until they are here, only its absence is certain.
        d.approval = ApprovalView();
        if (cbor::map(d.version, "approval").isEmpty())
            d.approval.state = ApprovalView::State::NotApproved;
        return;
    }
    const ApprovalJudge::Trust trust = m_trust.value(d.body);
    if (!trust.known)
        requestTrust(d.body);
    if (!m_judge)
        m_judge = std::make_unique<ApprovalJudge>(m_pinsPath);
    d.approval = m_judge->judge(m_conn ? m_conn->serverUrl() : QUrl(), d.body, d.id, d.version, trust);
}

void DocumentListModel::judgeBody(qint64 body) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).body != body)
            continue;
        judge(m_rows[row]);
        rowChanged(row);
    }
}

// ---------------------------------------------------------------------------
// The version trail

void DocumentListModel::requestVersions(qint64 documentId) {
    if (!m_conn)
        return;
    m_conn->request(Request::DocGet, QCborMap{{QStringLiteral("document"), documentId}},
                    [this, documentId](const Reply &r) {
                        if (!r.ok)
                            return emit versionsFailed(documentId, r.errorMessage);
                        const int row = rowOf(documentId);
                        const qint64 shown = row >= 0 ? cbor::integer(m_rows.at(row).version, "version") : 0;
                        QVariantList out;
                        for (const QCborValue &v : cbor::array(r.body, "versions")) {
                            const QCborMap m = v.toMap();
                            const QString review = cbor::text(m, "review");
                            QString reviewText;
                            if (review == QLatin1String("approved"))
                                reviewText = tr("Approved");
                            else if (review == QLatin1String("submitted"))
                                reviewText = tr("Waiting for approval");
                            else if (review == QLatin1String("rejected"))
                                reviewText = tr("Rejected");
                            else
                                reviewText = tr("Draft");
                            QVariantMap entry;
                            entry.insert(QStringLiteral("version"), cbor::integer(m, "version"));
                            entry.insert(QStringLiteral("uploadedBy"), cbor::text(m, "uploadedByName"));
                            entry.insert(QStringLiteral("uploadedAt"), formatInstant(m, "uploadedAt"));
                            entry.insert(QStringLiteral("reason"), cbor::text(m, "reason"));
                            entry.insert(QStringLiteral("review"), review);
                            entry.insert(QStringLiteral("reviewText"), reviewText);
                            entry.insert(QStringLiteral("reviewedBy"), cbor::text(m, "reviewedByName"));
                            entry.insert(QStringLiteral("reviewedAt"), formatInstant(m, "reviewedAt"));
                            entry.insert(QStringLiteral("rejectReason"), cbor::text(m, "rejectReason"));
                            entry.insert(QStringLiteral("pages"), cbor::integer(m, "pages"));
                            entry.insert(QStringLiteral("shown"), cbor::integer(m, "version") == shown);
                            out.append(entry);
                        }
                        // Newest first: the trail reads from what is shown back to the first upload.
                        std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
                            return a.toMap().value(QStringLiteral("version")).toLongLong() >
                                   b.toMap().value(QStringLiteral("version")).toLongLong();
                        });
                        emit versionsReady(documentId, out);
                    });
}

// ---------------------------------------------------------------------------
// The offline index: the last list of each session seen and the bodies'
// trust answers, sealed like the documents.

void DocumentListModel::loadIndex() {
    // Nothing was ever kept for this server: create nothing just to find that out.
    if (!m_cache && (!m_conn || !QDir(DocumentCache::folderFor(m_cacheRoot, m_conn->serverUrl())).exists()))
        return;
    if (!ensureCache())
        return;
    if (!m_indexLoaded) {
        m_indexLoaded = true;
        const QString path = indexPath(*m_cache);
        if (QFile::exists(path)) {
            const sealed::ReadResult r = sealed::readAll(path, m_cache->key(), kIndexContext, kMaxIndexBytes);
            m_index = r.ok ? QCborValue::fromCbor(r.data).toMap() : QCborMap();
        }
        const QCborMap trust = cbor::map(m_index, "trust");
        for (auto it = trust.constBegin(); it != trust.constEnd(); ++it) {
            const qint64 body = it.key().toString().toLongLong();
            if (body <= 0 || m_trust.contains(body))
                continue;
            ApprovalJudge::Trust t;
            t.known = true;
            t.reply = it.value().toMap();
            m_trust.insert(body, t);
        }
    }
    const QCborArray list = cbor::map(m_index, "sessions").value(QString::number(m_sessionId)).toArray();
    for (const QCborValue &v : list) {
        const std::optional<Doc> d = docFromCbor(v.toMap());
        if (d && d->session == m_sessionId)
            upsert(*d);
    }
}

void DocumentListModel::scheduleSaveIndex() {
    if (m_sessionId != 0)
        m_saveTimer.start();
}

void DocumentListModel::saveIndex() {
    m_saveTimer.stop();
    if (m_sessionId == 0 || !ensureCache())
        return;
    QCborArray list;
    for (const Doc &d : std::as_const(m_rows))
        list.append(d.record);
    QCborMap sessions = cbor::map(m_index, "sessions");
    sessions.insert(QString::number(m_sessionId), list);
    m_index.insert(QStringLiteral("sessions"), sessions);
    QCborMap trust = cbor::map(m_index, "trust");
    for (auto it = m_trust.cbegin(); it != m_trust.cend(); ++it)
        if (it->known && it->errorCode.isEmpty())
            trust.insert(QString::number(it.key()), it->reply);
    m_index.insert(QStringLiteral("trust"), trust);
    m_index.insert(QStringLiteral("v"), 1);
    QString error;
    if (!sealed::writeAll(indexPath(*m_cache), m_cache->key(), kIndexContext, m_index.toCborValue().toCbor(),
                          &error))
        qWarning("documents: cannot save the offline index: %s", qPrintable(error));
}

} // namespace council::client
