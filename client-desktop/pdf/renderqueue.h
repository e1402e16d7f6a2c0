// Page renders on worker threads, most wanted first. A request names a
// document, a page and a scale (1.0 = 72 dpi) and has a priority: the visible
// page before the neighbours prefetched for a page turn, those before
// thumbnails. Results come back as QImage through rendered() on the thread
// that owns the queue.
//
// Cancelling a request that has not started drops it; cancelling a running
// one makes Poppler stop drawing at its next abort check. Either way
// rendered() is never emitted for it once cancel() has returned.
//
// Poppler serialises everything on one document, so the queue runs at most
// one render per document at a time (a second thread would only wait on the
// document's mutex) and uses its threads for different documents. When a
// visible page is waiting behind a prefetch or a thumbnail of its document,
// that render is stopped and put back in the queue: a page turn never waits
// for the thumbnail strip.
#pragma once

#include "pdfdocument.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <vector>

namespace council::pdf {

class RenderQueue : public QObject {
    Q_OBJECT
public:
    enum class Priority { Thumbnail = 0, Prefetch = 1, Visible = 2 };
    Q_ENUM(Priority)

    struct Request {
        std::shared_ptr<PdfDocument> document;
        int page = 0;
        double scale = 1.0;
        Priority priority = Priority::Visible;
    };

    struct Stats {
        quint64 started = 0;          // renders handed to a worker (a preempted request counts again)
        quint64 rendered = 0;         // rendered() emitted
        quint64 failed = 0;           // failed() emitted
        quint64 dropped = 0;          // cancelled before a worker took them
        quint64 aborted = 0;          // cancelled while running and stopped early: aborted() emitted
        quint64 abortedMidRender = 0; // ...of which Poppler had started drawing
        quint64 discarded = 0;        // cancelled while running but finished anyway
        quint64 preempted = 0;        // stopped for a visible page and queued again
    };

    // Two threads, or fewer on a machine with fewer cores.
    static int defaultThreadCount();

    explicit RenderQueue(QObject *parent = nullptr);
    // maxThreads is bounded by QThread::idealThreadCount().
    explicit RenderQueue(int maxThreads, QObject *parent = nullptr);
    ~RenderQueue() override; // stops running renders and waits for them

    int maxThreads() const { return m_pool.maxThreadCount(); }

    quint64 enqueue(const Request &request); // ids start at 1
    bool cancel(quint64 id);                 // false when the id is unknown or already done
    // Cancels every pending or running request `unwanted` selects; returns how many.
    int cancelIf(const std::function<bool(quint64 id, const Request &request)> &unwanted);
    bool setPriority(quint64 id, Priority priority);

    bool contains(quint64 id) const { return isPending(id) || m_running.contains(id); }
    bool isPending(quint64 id) const;
    bool isRunning(quint64 id) const { return m_running.contains(id); }
    int pendingCount() const { return int(m_pending.size()); }
    int runningCount() const { return int(m_running.size()); }
    Stats stats() const { return m_stats; }

signals:
    void started(quint64 id); // Poppler starts drawing it (the document is locked for it)
    void rendered(quint64 id, const QImage &image);
    void aborted(quint64 id); // a running request was cancelled and Poppler stopped early
    void failed(quint64 id);  // Poppler gave no image: bad page number or out of memory

private:
    struct Job;
    using JobPtr = std::shared_ptr<Job>;

    void dispatch();
    void run(const JobPtr &job);
    void finish(const JobPtr &job, const PdfDocument::RenderResult &result);
    bool documentBusy(quint64 documentId) const;
    void stop(const JobPtr &job);

    QThreadPool m_pool;
    std::vector<JobPtr> m_pending;
    QHash<quint64, JobPtr> m_running;
    quint64 m_nextId = 1;
    quint64 m_nextSequence = 1;
    Stats m_stats;
};

} // namespace council::pdf
