#include "readerengine.h"

#include <QSet>
#include <cmath>

namespace council::pdf {

ReaderEngine::ReaderEngine(QObject *parent)
    : ReaderEngine(Options(), parent) {}

ReaderEngine::ReaderEngine(const Options &options, QObject *parent)
    : QObject(parent)
    , m_cache(options.cacheBudgetBytes)
    , m_queue(new RenderQueue(options.renderThreads, this))
    , m_prefetch(options.prefetch) {
    m_workers.setMaxThreadCount(1);
    connect(m_queue, &RenderQueue::rendered, this, &ReaderEngine::onRendered);
    connect(m_queue, &RenderQueue::aborted, this, &ReaderEngine::forget);
    connect(m_queue, &RenderQueue::failed, this, [this](quint64 id) {
        const PageKey key = m_requests.value(id);
        forget(id);
        if (m_document && key.document == m_document->id())
            emit renderFailed(key.page);
    });
}

ReaderEngine::~ReaderEngine() {
    if (m_search.cancel)
        *m_search.cancel = true;
    m_workers.waitForDone();
    // m_queue, a child, stops its renders when QObject deletes it.
}

void ReaderEngine::open(const QString &path) {
    startOpen([path] { return PdfDocument::open(path); });
}

void ReaderEngine::openData(const QByteArray &data) {
    startOpen([data] { return PdfDocument::openData(data); });
}

void ReaderEngine::startOpen(std::function<PdfDocument::OpenResult()> opener) {
    close();
    const quint64 generation = ++m_openGeneration;
    m_workers.start([this, generation, opener = std::move(opener)] {
        const PdfDocument::OpenResult result = opener();
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation != m_openGeneration)
                    return; // close() or another open() came first
                m_openStatus = result.status;
                m_errorString = result.errorString;
                if (result.status != PdfDocument::OpenStatus::Success) {
                    emit errorOccurred(m_errorString);
                    return;
                }
                m_document = result.document;
                m_index = std::make_shared<SearchIndex>(m_document);
                emit opened();
            },
            Qt::QueuedConnection);
    });
}

void ReaderEngine::close() {
    ++m_openGeneration;
    cancelSearch();
    m_queue->cancelIf([](quint64, const RenderQueue::Request &) { return true; });
    m_requests.clear();
    m_requestOf.clear();
    if (m_document)
        m_cache.removeDocument(m_document->id());
    m_document.reset();
    m_index.reset();
    m_openStatus = PdfDocument::OpenStatus::Error;
    m_errorString.clear();
}

int ReaderEngine::dpiFor(int page, double scale) const {
    int dpi = qMax(1, int(std::lround(qBound(0.0, scale, 1000.0) * 72.0)));
    const QSizeF points = pageSize(page);
    const double pixelsAt72 = points.width() * points.height();
    if (pixelsAt72 > 0) {
        // Four bytes per pixel; pixels grow with the square of the dpi.
        const double maxDpi = 72.0 * std::sqrt(double(kMaxPageImageBytes) / 4.0 / pixelsAt72);
        dpi = qMin(dpi, qMax(1, int(maxDpi)));
    }
    return dpi;
}

QImage ReaderEngine::requestPage(int page, double scale) {
    if (!m_document || page < 0 || page >= m_document->pageCount())
        return QImage();
    const quint64 documentId = m_document->id();
    const int dpi = dpiFor(page, scale);
    const auto keyOf = [documentId, dpi](int n) { return PageKey{documentId, n, PageKey::Kind::Page, dpi}; };

    // Page renders other than this page and its neighbours at this dpi are stale now.
    const QSet<PageKey> wanted{keyOf(page - 1), keyOf(page), keyOf(page + 1)};
    QList<quint64> stale;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        if (it.value().kind == PageKey::Kind::Page && !wanted.contains(it.value()))
            stale.append(it.key());
    for (quint64 id : std::as_const(stale)) {
        m_queue->cancel(id);
        forget(id);
    }

    const QImage image = m_cache.find(keyOf(page));
    if (image.isNull())
        schedule(keyOf(page), dpi / 72.0, RenderQueue::Priority::Visible);
    if (m_prefetch) {
        for (const int neighbour : {page + 1, page - 1}) {
            if (neighbour < 0 || neighbour >= m_document->pageCount())
                continue;
            // Prefetch at the neighbour's own dpi bound; equal for pages of one size.
            const PageKey key{documentId, neighbour, PageKey::Kind::Page, dpiFor(neighbour, scale)};
            if (!m_cache.contains(key))
                schedule(key, key.size / 72.0, RenderQueue::Priority::Prefetch);
        }
    }
    return image;
}

QImage ReaderEngine::thumbnail(int page, int width) {
    if (!m_document || page < 0 || page >= m_document->pageCount() || width <= 0)
        return QImage();
    const PageKey key{m_document->id(), page, PageKey::Kind::Thumbnail, width};
    const QImage image = m_cache.find(key);
    if (image.isNull() && !m_requestOf.contains(key)) {
        const double pageWidth = m_document->pageSize(page).width();
        schedule(key, pageWidth > 0 ? width / pageWidth : 1.0, RenderQueue::Priority::Thumbnail);
    }
    return image;
}

void ReaderEngine::cancelThumbnails() {
    QList<quint64> thumbnails;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        if (it.value().kind == PageKey::Kind::Thumbnail)
            thumbnails.append(it.key());
    for (quint64 id : std::as_const(thumbnails)) {
        m_queue->cancel(id);
        forget(id);
    }
}

void ReaderEngine::schedule(const PageKey &key, double scale, RenderQueue::Priority priority) {
    if (const quint64 existing = m_requestOf.value(key)) {
        // Already on its way: it only changes rank (the page that was visible becomes a neighbour).
        m_queue->setPriority(existing, priority);
        return;
    }
    const quint64 id = m_queue->enqueue({m_document, key.page, scale, priority});
    m_requests.insert(id, key);
    m_requestOf.insert(key, id);
}

void ReaderEngine::forget(quint64 requestId) {
    const auto found = m_requests.constFind(requestId);
    if (found == m_requests.cend())
        return;
    m_requestOf.remove(found.value());
    m_requests.erase(found);
}

void ReaderEngine::onRendered(quint64 requestId, const QImage &rendered) {
    const PageKey key = m_requests.value(requestId);
    forget(requestId);
    if (!m_document || key.document != m_document->id())
        return;
    QImage image = rendered;
    if (key.kind == PageKey::Kind::Thumbnail) {
        // Rounding may leave the width a pixel off; a thumbnail promises its width.
        if (image.width() != key.size)
            image = image.scaledToWidth(key.size, Qt::SmoothTransformation);
        m_cache.insert(key, image);
        emit thumbnailReady(key.page, key.size, image);
        return;
    }
    m_cache.insert(key, image);
    emit pageReady(key.page, key.size / 72.0, image);
}

quint64 ReaderEngine::search(const QString &text) {
    cancelSearch();
    const QString needle = foldForSearch(text);
    if (!m_index || needle.isEmpty())
        return 0;
    const quint64 id = ++m_lastSearchId;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_search = Search{id, 0, cancel};
    m_workers.start([this, id, needle, cancel, index = m_index] {
        const int count = index->document()->pageCount();
        for (int page = 0; page < count && !cancel->load(); ++page) {
            const QList<SearchHit> hits = index->search(page, needle);
            QMetaObject::invokeMethod(
                this, [this, id, page, count, hits] { onSearchPage(id, page, count, hits); },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this, id] { onSearchDone(id); }, Qt::QueuedConnection);
    });
    return id;
}

void ReaderEngine::cancelSearch() {
    if (!m_search.id)
        return;
    *m_search.cancel = true;
    const Search cancelled = m_search;
    m_search = Search();
    emit searchFinished(cancelled.id, cancelled.hits, true);
}

void ReaderEngine::onSearchPage(quint64 searchId, int page, int pageCount, const QList<SearchHit> &hits) {
    if (searchId != m_search.id)
        return; // cancelled: its searchFinished() went out already
    m_search.hits += int(hits.size());
    if (!hits.isEmpty())
        emit searchHitsFound(searchId, hits);
    emit searchProgress(searchId, page + 1, pageCount);
}

void ReaderEngine::onSearchDone(quint64 searchId) {
    if (searchId != m_search.id)
        return;
    const int hits = m_search.hits;
    m_search = Search();
    emit searchFinished(searchId, hits, false);
}

} // namespace council::pdf
