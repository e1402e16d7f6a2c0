#include "renderqueue.h"

#include <QThread>
#include <algorithm>
#include <atomic>

namespace council::pdf {

struct RenderQueue::Job {
    quint64 id = 0;
    quint64 sequence = 0; // first come, first served within one priority
    Request request;
    std::atomic_bool abort{false}; // read by Poppler's abort callback on the worker
    bool cancelled = false;
    bool preempted = false;
};

int RenderQueue::defaultThreadCount() {
    return qBound(1, QThread::idealThreadCount(), 2);
}

RenderQueue::RenderQueue(QObject *parent)
    : RenderQueue(defaultThreadCount(), parent) {}

RenderQueue::RenderQueue(int maxThreads, QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(qBound(1, maxThreads, qMax(1, QThread::idealThreadCount())));
}

RenderQueue::~RenderQueue() {
    m_pending.clear();
    for (const JobPtr &job : std::as_const(m_running)) {
        job->cancelled = true;
        job->abort = true;
    }
    // Workers post their results to this object; Qt drops those events when it goes.
    m_pool.waitForDone();
}

quint64 RenderQueue::enqueue(const Request &request) {
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->sequence = m_nextSequence++;
    job->request = request;
    m_pending.push_back(job);
    dispatch();
    return job->id;
}

bool RenderQueue::cancel(quint64 id) {
    const auto pending =
        std::find_if(m_pending.begin(), m_pending.end(), [id](const JobPtr &job) { return job->id == id; });
    if (pending != m_pending.end()) {
        m_pending.erase(pending);
        ++m_stats.dropped;
        return true;
    }
    const JobPtr running = m_running.value(id);
    if (!running || running->cancelled)
        return false;
    running->cancelled = true;
    stop(running);
    return true;
}

int RenderQueue::cancelIf(const std::function<bool(quint64, const Request &)> &unwanted) {
    QList<quint64> ids;
    for (const JobPtr &job : m_pending)
        if (unwanted(job->id, job->request))
            ids.append(job->id);
    for (const JobPtr &job : std::as_const(m_running))
        if (!job->cancelled && unwanted(job->id, job->request))
            ids.append(job->id);
    int count = 0;
    for (quint64 id : std::as_const(ids))
        count += cancel(id) ? 1 : 0;
    return count;
}

bool RenderQueue::setPriority(quint64 id, Priority priority) {
    for (const JobPtr &job : m_pending) {
        if (job->id == id) {
            job->request.priority = priority;
            dispatch(); // a raised request may now preempt
            return true;
        }
    }
    const JobPtr running = m_running.value(id);
    if (!running || running->cancelled)
        return false;
    running->request.priority = priority;
    dispatch(); // lowered below a waiting visible page: it gives way
    return true;
}

bool RenderQueue::isPending(quint64 id) const {
    return std::any_of(m_pending.begin(), m_pending.end(), [id](const JobPtr &job) { return job->id == id; });
}

bool RenderQueue::documentBusy(quint64 documentId) const {
    return std::any_of(m_running.cbegin(), m_running.cend(),
                       [documentId](const JobPtr &job) { return job->request.document->id() == documentId; });
}

void RenderQueue::stop(const JobPtr &job) {
    job->abort.store(true, std::memory_order_relaxed);
}

void RenderQueue::dispatch() {
    // Highest priority first, then oldest; skipping documents that already
    // have a render running.
    const auto before = [](const JobPtr &a, const JobPtr &b) {
        if (a->request.priority != b->request.priority)
            return a->request.priority > b->request.priority;
        return a->sequence < b->sequence;
    };
    std::sort(m_pending.begin(), m_pending.end(), before);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const JobPtr job = *it;
        const quint64 documentId = job->request.document->id();
        if (!documentBusy(documentId)) {
            if (m_running.size() >= m_pool.maxThreadCount()) {
                ++it;
                continue;
            }
            it = m_pending.erase(it);
            m_running.insert(job->id, job);
            ++m_stats.started;
            m_pool.start([this, job] { run(job); });
            continue;
        }
        // The document is busy. A visible page does not wait behind a prefetch or a thumbnail.
        if (job->request.priority == Priority::Visible) {
            for (const JobPtr &running : std::as_const(m_running)) {
                if (running->request.document->id() == documentId && !running->cancelled &&
                    !running->preempted && running->request.priority < Priority::Visible) {
                    running->preempted = true;
                    stop(running);
                }
            }
        }
        ++it;
    }
}

void RenderQueue::run(const JobPtr &job) {
    // On a worker thread: only the job's request (fixed once running) and its abort flag are read here.
    const quint64 id = job->id;
    const auto announce = [this, id] {
        QMetaObject::invokeMethod(
            this, [this, id] { emit started(id); }, Qt::QueuedConnection);
    };
    const PdfDocument::RenderResult result =
        job->request.document->render(job->request.page, job->request.scale, &job->abort, announce);
    QMetaObject::invokeMethod(
        this, [this, job, result] { finish(job, result); }, Qt::QueuedConnection);
}

void RenderQueue::finish(const JobPtr &job, const PdfDocument::RenderResult &result) {
    m_running.remove(job->id);
    enum class Outcome { Rendered, Failed, Aborted, Silent } outcome = Outcome::Silent;
    if (job->cancelled) {
        if (result.stopped) {
            ++m_stats.aborted;
            m_stats.abortedMidRender += result.stoppedMidRender ? 1 : 0;
            outcome = Outcome::Aborted;
        } else {
            ++m_stats.discarded;
        }
    } else if (job->preempted && result.stopped) {
        job->preempted = false;
        job->abort = false;
        ++m_stats.preempted;
        m_pending.push_back(job); // keeps its sequence: first of its priority again
    } else if (result.image.isNull()) {
        ++m_stats.failed;
        outcome = Outcome::Failed;
    } else {
        ++m_stats.rendered;
        outcome = Outcome::Rendered;
    }
    dispatch(); // before the signals: their slots may enqueue or cancel
    switch (outcome) {
    case Outcome::Rendered:
        emit rendered(job->id, result.image);
        break;
    case Outcome::Failed:
        emit failed(job->id);
        break;
    case Outcome::Aborted:
        emit aborted(job->id);
        break;
    case Outcome::Silent:
        break;
    }
}

} // namespace council::pdf
