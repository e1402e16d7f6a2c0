// The reader engine behind a document view: one open PDF, rendered pages from
// a memory cache or a render queue, thumbnails and a search that ignores
// diacritics. It knows nothing of QML; the view layer asks for pages and
// listens for them.
//
// Nothing here blocks the thread that owns the engine except a cache lookup:
// opening, rendering and searching run on worker threads and report back
// through signals on the owner's thread. Asking for page n also prefetches
// n+1 and n-1 at the same scale, and renders for pages that are no longer
// wanted (neither n nor a neighbour, or another zoom) are cancelled.
//
// Scales are 1.0 = 72 dpi and are snapped to whole dpi: zoom steps that round
// to the same dpi share one cached image, and the scale in pageReady() is the
// snapped one.
#pragma once

#include "pagecache.h"
#include "pdfdocument.h"
#include "renderqueue.h"
#include "textsearch.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace council::pdf {

class ReaderEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 cacheBudgetBytes = PageCache::kDefaultBudgetBytes;
        int renderThreads = RenderQueue::defaultThreadCount();
        bool prefetch = true;
    };
    // No single page image grows beyond this; a deeper zoom gets this resolution.
    static constexpr qint64 kMaxPageImageBytes = qint64(64) * 1024 * 1024;

    explicit ReaderEngine(QObject *parent = nullptr);
    explicit ReaderEngine(const Options &options, QObject *parent = nullptr);
    ~ReaderEngine() override; // stops renders and the search, and waits for them

    // Closes the current document, then opens `path` on a worker: opened() or errorOccurred().
    void open(const QString &path);
    // The same for a document held in memory (for example decrypted from the offline store).
    void openData(const QByteArray &data);
    void close();

    bool isOpen() const { return bool(m_document); }
    std::shared_ptr<PdfDocument> document() const { return m_document; }
    int pageCount() const { return m_document ? m_document->pageCount() : 0; }
    QSizeF pageSize(int page) const { return m_document ? m_document->pageSize(page) : QSizeF(); }
    PdfDocument::OpenStatus openStatus() const { return m_openStatus; }
    QString errorString() const { return m_errorString; }

    // The dpi a page is rendered at for `scale`: rounded, at least 1, and
    // bounded so that the image stays within kMaxPageImageBytes.
    int dpiFor(int page, double scale) const;

    // The cached image when there is one (then no signal follows), else a null
    // image and pageReady() later. Prefetches the neighbours either way.
    QImage requestPage(int page, double scale);
    // A rendered thumbnail exactly `width` pixels wide: cached, or null and thumbnailReady() later.
    QImage thumbnail(int page, int width);
    void cancelThumbnails();

    // Starts a search over the whole document and returns its id (0 when
    // there is nothing to search). A new search cancels the previous one.
    quint64 search(const QString &text);
    // Emits searchFinished(id, hits so far, true) at once; nothing follows for that search.
    void cancelSearch();
    bool isSearching() const { return m_search.id != 0; }

    void setPrefetchEnabled(bool on) { m_prefetch = on; }
    bool prefetchEnabled() const { return m_prefetch; }
    PageCache &cache() { return m_cache; }
    const PageCache &cache() const { return m_cache; }
    RenderQueue &renderQueue() { return *m_queue; }

signals:
    void opened();
    void errorOccurred(const QString &errorString);
    // Also for prefetched pages, so that a two-page spread gets both.
    void pageReady(int page, double scale, const QImage &image);
    void thumbnailReady(int page, int width, const QImage &image);
    void renderFailed(int page);
    void searchProgress(quint64 searchId, int pagesDone, int pageCount);
    void searchHitsFound(quint64 searchId, const QList<council::pdf::SearchHit> &hits);
    void searchFinished(quint64 searchId, int hitCount, bool cancelled);

private:
    void startOpen(std::function<PdfDocument::OpenResult()> opener);
    void schedule(const PageKey &key, double scale, RenderQueue::Priority priority);
    void forget(quint64 requestId);
    void onRendered(quint64 requestId, const QImage &image);
    void onSearchPage(quint64 searchId, int page, int pageCount, const QList<SearchHit> &hits);
    void onSearchDone(quint64 searchId);

    PageCache m_cache;
    RenderQueue *m_queue;  // child
    QThreadPool m_workers; // opening and searching, one at a time
    bool m_prefetch = true;

    std::shared_ptr<PdfDocument> m_document;
    std::shared_ptr<SearchIndex> m_index;
    PdfDocument::OpenStatus m_openStatus = PdfDocument::OpenStatus::Error;
    QString m_errorString;
    quint64 m_openGeneration = 0; // a late result of an earlier open() is dropped

    QHash<quint64, PageKey> m_requests; // render request id -> what it renders
    QHash<PageKey, quint64> m_requestOf;

    struct Search {
        quint64 id = 0; // 0: none running
        int hits = 0;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    Search m_search;
    quint64 m_lastSearchId = 0;
};

} // namespace council::pdf
