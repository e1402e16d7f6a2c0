// RenderQueue with real PDFs: priorities, cancelling a queued request, aborting
// a running render midway, a visible page preempting a thumbnail.
#include "pdffixtures.h"
#include "renderqueue.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace council::pdf;
using Priority = RenderQueue::Priority;

namespace {
QList<quint64> ids(const QSignalSpy &spy) {
    QList<quint64> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).toULongLong());
    return result;
}
} // namespace

class TestRenderQueue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString sample = m_dir.filePath(QStringLiteral("sample.pdf"));
        const QString heavy = m_dir.filePath(QStringLiteral("heavy.pdf"));
        QVERIFY(pdffixtures::writeSample(sample));
        QVERIFY(pdffixtures::writeHeavy(heavy));
        m_sample = PdfDocument::open(sample).document;
        m_heavy = PdfDocument::open(heavy).document;
        QVERIFY(m_sample && m_heavy);
    }

    void runsTheHighestPriorityFirst() {
        RenderQueue queue(1);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        // The only thread is busy with a long render, so the others wait in the queue.
        const quint64 blocker = queue.enqueue({m_heavy, 0, 1.0, Priority::Visible});
        const quint64 thumb0 = queue.enqueue({m_sample, 0, 0.2, Priority::Thumbnail});
        const quint64 thumb1 = queue.enqueue({m_sample, 1, 0.2, Priority::Thumbnail});
        const quint64 next = queue.enqueue({m_sample, 2, 1.0, Priority::Prefetch});
        const quint64 visible = queue.enqueue({m_sample, 3, 1.0, Priority::Visible});
        QCOMPARE(queue.pendingCount(), 4);
        QVERIFY(queue.cancel(blocker));
        QTRY_COMPARE(rendered.count(), 4);
        QCOMPARE(ids(rendered), (QList<quint64>{visible, next, thumb0, thumb1}));
    }

    void aCancelledQueuedRequestIsNeverRendered() {
        RenderQueue queue(2);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        QSignalSpy aborted(&queue, &RenderQueue::aborted);
        const quint64 first = queue.enqueue({m_sample, 0, 1.0, Priority::Visible});
        // One render per document at a time: the second waits behind the first.
        const quint64 second = queue.enqueue({m_sample, 1, 1.0, Priority::Visible});
        QVERIFY(queue.isPending(second));
        QVERIFY(queue.cancel(second));
        QVERIFY(!queue.contains(second));
        QVERIFY(!queue.cancel(second));
        QTRY_COMPARE(rendered.count(), 1);
        QTRY_VERIFY(queue.runningCount() == 0 && queue.pendingCount() == 0);
        QCOMPARE(ids(rendered), QList<quint64>{first});
        QCOMPARE(aborted.count(), 0);
        QCOMPARE(queue.stats().dropped, 1u);
        QCOMPARE(queue.stats().started, 1u);
    }

    void abortsARunningRender() {
        RenderQueue queue(1);
        QSignalSpy started(&queue, &RenderQueue::started);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        QSignalSpy aborted(&queue, &RenderQueue::aborted);
        const quint64 id = queue.enqueue({m_heavy, 0, 1.0, Priority::Visible});
        QTRY_COMPARE(started.count(), 1); // Poppler is drawing now
        QVERIFY(queue.isRunning(id));
        QVERIFY(queue.cancel(id));
        QTRY_COMPARE(aborted.count(), 1);
        QCOMPARE(ids(aborted), QList<quint64>{id});
        QCOMPARE(rendered.count(), 0);
        // Stopped by Poppler's abort check while drawing, not thrown away after the end.
        QCOMPARE(queue.stats().abortedMidRender, 1u);
        QCOMPARE(queue.stats().discarded, 0u);
        QCOMPARE(queue.runningCount(), 0);
    }

    void aVisiblePagePreemptsAThumbnailOfItsDocument() {
        RenderQueue queue(1);
        QSignalSpy started(&queue, &RenderQueue::started);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        const quint64 thumbnail = queue.enqueue({m_heavy, 0, 1.0, Priority::Thumbnail});
        QTRY_COMPARE(started.count(), 1);
        const quint64 visible = queue.enqueue({m_heavy, 1, 1.0, Priority::Visible});
        QTRY_COMPARE(rendered.count(), 1);
        QCOMPARE(ids(rendered), QList<quint64>{visible});
        QCOMPARE(queue.stats().preempted, 1u);
        QVERIFY(queue.contains(thumbnail)); // queued again, not lost
        QVERIFY(queue.cancel(thumbnail));
        QTRY_VERIFY(queue.runningCount() == 0 && queue.pendingCount() == 0);
        QCOMPARE(rendered.count(), 1);
    }

    void raisingAPriorityReordersTheQueue() {
        RenderQueue queue(1);
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        const quint64 blocker = queue.enqueue({m_heavy, 0, 1.0, Priority::Visible});
        const quint64 a = queue.enqueue({m_sample, 0, 0.5, Priority::Prefetch});
        const quint64 b = queue.enqueue({m_sample, 1, 0.5, Priority::Prefetch});
        QVERIFY(queue.setPriority(b, Priority::Visible));
        QVERIFY(queue.cancel(blocker));
        QTRY_COMPARE(rendered.count(), 2);
        QCOMPARE(ids(rendered), (QList<quint64>{b, a}));
    }

    void cancelsByPredicate() {
        RenderQueue queue(1);
        const quint64 blocker = queue.enqueue({m_heavy, 0, 1.0, Priority::Visible});
        for (int page = 0; page < pdffixtures::kSamplePages; ++page)
            queue.enqueue({m_sample, page, 0.5, Priority::Thumbnail});
        const int cancelled = queue.cancelIf(
            [this](quint64, const RenderQueue::Request &request) { return request.document == m_sample; });
        QCOMPARE(cancelled, pdffixtures::kSamplePages);
        QCOMPARE(queue.pendingCount(), 0);
        QVERIFY(queue.cancel(blocker));
        QTRY_COMPARE(queue.runningCount(), 0);
    }

    void reportsABadPageAsFailed() {
        RenderQueue queue;
        QSignalSpy failed(&queue, &RenderQueue::failed);
        const quint64 id = queue.enqueue({m_sample, 99, 1.0, Priority::Visible});
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(ids(failed), QList<quint64>{id});
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<PdfDocument> m_sample;
    std::shared_ptr<PdfDocument> m_heavy;
};

QTEST_MAIN(TestRenderQueue)
#include "tst_renderqueue.moc"
