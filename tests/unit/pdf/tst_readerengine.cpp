// ReaderEngine over real Vietnamese PDFs written by QPdfWriter: opening,
// rendering at a scale, the page cache, prefetch of neighbours, cancelling
// stale renders, thumbnails and a search that ignores diacritics.
#include "../documents/testfiles.h"
#include "pdffixtures.h"
#include "readerengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace council::pdf;

namespace {

constexpr QSizeF kA4(595, 842);
constexpr QSizeF kA5Landscape(595, 420);

bool near(const QSizeF &a, const QSizeF &b) {
    return qAbs(a.width() - b.width()) < 1.0 && qAbs(a.height() - b.height()) < 1.0;
}

int darkPixels(const QImage &image, const QRect &area) {
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            count += qGray(image.pixel(x, y)) < 96 ? 1 : 0;
    return count;
}

QSet<int> pages(const QSignalSpy &spy) {
    QSet<int> result;
    for (const QList<QVariant> &arguments : spy)
        result.insert(arguments.at(0).toInt());
    return result;
}

QList<SearchHit> hitsOf(const QSignalSpy &spy, quint64 searchId) {
    QList<SearchHit> result;
    for (const QList<QVariant> &arguments : spy)
        if (arguments.at(0).toULongLong() == searchId)
            result += arguments.at(1).value<QList<SearchHit>>();
    return result;
}

QList<SearchHit> onPage(const QList<SearchHit> &hits, int page) {
    QList<SearchHit> result;
    for (const SearchHit &hit : hits)
        if (hit.page == page)
            result.append(hit);
    return result;
}

} // namespace

class TestReaderEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY(pdffixtures::writeSample(m_sample));
    }

    void opensAndReportsPageSizes() {
        const auto engine = openSample();
        QVERIFY(engine->isOpen());
        QCOMPARE(engine->pageCount(), pdffixtures::kSamplePages);
        QCOMPARE(engine->openStatus(), PdfDocument::OpenStatus::Success);
        for (int page : {0, 1, 2, 4})
            QVERIFY2(near(engine->pageSize(page), kA4), qPrintable(QString::number(page)));
        QVERIFY(near(engine->pageSize(3), kA5Landscape));
        QVERIFY(engine->pageSize(5).isEmpty());
        QVERIFY(engine->document()->pageText(1).contains(
            QStringLiteral("Điều 1. Thông qua kế hoạch đầu tư công")));
    }

    void reportsWhyAFileDoesNotOpen_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << int(PdfDocument::OpenStatus::Error);
        QTest::newRow("not a pdf") << QByteArray("Biên bản kỳ họp\n") << int(PdfDocument::OpenStatus::Error);
        QTest::newRow("password") << testfiles::encryptedPdf() << int(PdfDocument::OpenStatus::NeedsPassword);
    }
    void reportsWhyAFileDoesNotOpen() {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        const QString path = m_dir.filePath(QStringLiteral("broken-%1.pdf").arg(QTest::currentDataTag()));
        if (!content.isEmpty())
            QVERIFY(testfiles::writeFile(path, content));
        ReaderEngine engine;
        QSignalSpy failed(&engine, &ReaderEngine::errorOccurred);
        engine.open(path);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!engine.isOpen());
        QCOMPARE(int(engine.openStatus()), status);
        QVERIFY(!engine.errorString().isEmpty());
        QCOMPARE(failed.at(0).at(0).toString(), engine.errorString());
        QVERIFY(engine.requestPage(0, 1.0).isNull());
    }

    void rendersAPageAtItsScale_data() {
        QTest::addColumn<int>("page");
        QTest::addColumn<double>("scale");
        QTest::newRow("A4 at 72 dpi") << 0 << 1.0;
        QTest::newRow("A4 at 144 dpi") << 0 << 2.0;
        QTest::newRow("A4 at 150 dpi") << 1 << 150.0 / 72.0;
        QTest::newRow("A5 landscape at 54 dpi") << 3 << 0.75;
    }
    void rendersAPageAtItsScale() {
        QFETCH(int, page);
        QFETCH(double, scale);
        Options options;
        options.prefetch = false;
        const auto engine = openSample(options);
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        QVERIFY(engine->requestPage(page, scale).isNull());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).toInt(), page);
        QCOMPARE(ready.at(0).at(1).toDouble(), scale);
        const QImage image = ready.at(0).at(2).value<QImage>();
        const QSizeF expected = engine->pageSize(page) * scale;
        QVERIFY2(qAbs(image.width() - expected.width()) <= 1 && qAbs(image.height() - expected.height()) <= 1,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QCOMPARE(image.size(), engine->document()->pixelSize(page, scale));
        // Text was drawn near the top left (its baseline 60-80 pt down); the bottom is paper.
        const int ink = darkPixels(image, QRectF(QPointF(30, 40) * scale, QPointF(400, 90) * scale).toRect());
        QVERIFY2(ink > 50, qPrintable(QString::number(ink)));
        QCOMPARE(darkPixels(image, QRect(0, image.height() - 40 * scale, image.width(), 40 * scale)), 0);
    }

    void aSecondRequestComesFromTheCache() {
        Options options;
        options.prefetch = false;
        const auto engine = openSample(options);
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        QVERIFY(engine->requestPage(1, 1.5).isNull());
        QTRY_COMPARE(ready.count(), 1);
        const QImage rendered = ready.at(0).at(2).value<QImage>();
        const quint64 renders = engine->renderQueue().stats().started;
        QCOMPARE(renders, 1u);

        const QImage again = engine->requestPage(1, 1.5);
        QCOMPARE(again.cacheKey(), rendered.cacheKey());
        // A zoom that rounds to the same dpi (108) is the same image.
        QCOMPARE(engine->requestPage(1, 1.502).cacheKey(), rendered.cacheKey());
        QCOMPARE(engine->renderQueue().stats().started, renders);
        QCOMPARE(engine->renderQueue().pendingCount(), 0);
        QCOMPARE(engine->cache().stats().hits, 2u);
        QCOMPARE(engine->cache().stats().misses, 1u);
        QTest::qWait(50);
        QCOMPARE(ready.count(), 1); // a hit is answered by the return value only
    }

    void aSmallBudgetEvicts() {
        Options options;
        options.prefetch = false;
        options.cacheBudgetBytes = 595 * 842 * 4 * 3 / 2; // room for one A4 page at 72 dpi
        const auto engine = openSample(options);
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        engine->requestPage(0, 1.0);
        QTRY_COMPARE(ready.count(), 1);
        engine->requestPage(1, 1.0);
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(engine->cache().count(), 1);
        QCOMPARE(engine->cache().stats().evictions, 1u);
        QVERIFY(engine->cache().usedBytes() <= options.cacheBudgetBytes);
        QVERIFY(engine->requestPage(0, 1.0).isNull()); // gone: rendered again
        QTRY_COMPARE(ready.count(), 3);
        QCOMPARE(engine->renderQueue().stats().started, 3u);
    }

    void prefetchesTheNextAndPreviousPage() {
        const auto engine = openSample();
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        QVERIFY(engine->requestPage(2, 1.0).isNull());
        QTRY_COMPARE(pages(ready), (QSet<int>{1, 2, 3}));
        QCOMPARE(ready.at(0).at(0).toInt(), 2); // the visible page first
        QCOMPARE(ready.count(), 3);
        const quint64 id = engine->document()->id();
        QVERIFY(engine->cache().contains(PageKey{id, 1, PageKey::Kind::Page, 72}));
        QVERIFY(engine->cache().contains(PageKey{id, 3, PageKey::Kind::Page, 72}));
        // Turning to page 3: it is there at once; page 4 is prefetched next.
        QVERIFY(!engine->requestPage(3, 1.0).isNull());
        QTRY_COMPARE(pages(ready), (QSet<int>{1, 2, 3, 4}));
        QCOMPARE(engine->renderQueue().stats().started, 4u);
    }

    void turningAwayCancelsStaleRenders() {
        const auto engine = openSample();
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        engine->requestPage(0, 1.0); // renders 0, then prefetches 1
        engine->requestPage(4, 1.0); // before any of it came back
        QTRY_COMPARE(pages(ready), (QSet<int>{3, 4}));
        QTRY_VERIFY(engine->renderQueue().runningCount() == 0 && engine->renderQueue().pendingCount() == 0);
        QCOMPARE(pages(ready), (QSet<int>{3, 4}));
        const RenderQueue::Stats stats = engine->renderQueue().stats();
        QCOMPARE(stats.rendered, 2u);
        QCOMPARE(stats.dropped + stats.aborted + stats.discarded, 2u); // pages 0 and 1
        // A new zoom makes the renders at the old one stale as well.
        engine->requestPage(2, 2.0);
        engine->requestPage(2, 1.0);
        QTRY_VERIFY(engine->renderQueue().runningCount() == 0 && engine->renderQueue().pendingCount() == 0);
        for (const QList<QVariant> &arguments : std::as_const(ready))
            QCOMPARE(arguments.at(1).toDouble(), 1.0);
    }

    void thumbnailsHaveTheRequestedWidth() {
        const auto engine = openSample();
        QSignalSpy ready(engine.get(), &ReaderEngine::thumbnailReady);
        QVERIFY(engine->thumbnail(0, 120).isNull());
        QVERIFY(engine->thumbnail(3, 120).isNull());
        QVERIFY(engine->thumbnail(4, 97).isNull());
        QTRY_COMPARE(ready.count(), 3);
        for (const QList<QVariant> &arguments : std::as_const(ready)) {
            const int page = arguments.at(0).toInt();
            const QImage image = arguments.at(2).value<QImage>();
            QCOMPARE(image.width(), arguments.at(1).toInt());
            const QSizeF size = engine->pageSize(page);
            QVERIFY(qAbs(image.height() - image.width() * size.height() / size.width()) <= 1.0);
        }
        QCOMPARE(engine->thumbnail(3, 120).width(), 120);
        QCOMPARE(engine->renderQueue().stats().started, 3u);
    }

    void searchIgnoresDiacriticsAndCase() {
        const auto engine = openSample();
        const QList<SearchHit> hits = searchAll(*engine, QStringLiteral("ngan sach"));
        // Page 0 (title), page 1 (across a line break: two rectangles), page 3 (capitals).
        QCOMPARE(onPage(hits, 0).size(), 1);
        QCOMPARE(onPage(hits, 1).size(), 2);
        QCOMPARE(onPage(hits, 3).size(), 1);
        QCOMPARE(hits.size(), 4);
        for (const SearchHit &hit : hits) {
            QVERIFY(!hit.rect.isEmpty());
            QVERIFY(QRectF(QPointF(0, 0), engine->pageSize(hit.page)).contains(hit.rect));
        }
        // The title's "ngân sách" is on the title line (baseline 80 pt) and right of the margin.
        const QRectF title = onPage(hits, 0).at(0).rect;
        QVERIFY2(title.top() > 50 && title.top() < 80 && title.bottom() > 70 && title.left() > 150,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(title.x())
                                .arg(title.y())
                                .arg(title.width())
                                .arg(title.height())));
        QCOMPARE(searchAll(*engine, QStringLiteral("Ngân Sách")), hits);
    }

    void searchFindsDieuWithAStroke() {
        const auto engine = openSample();
        const QList<SearchHit> hits = searchAll(*engine, QStringLiteral("DIEU 1"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).page, 1);
        QVERIFY(hits.at(0).rect.left() >= 55 && hits.at(0).rect.width() < 80);
        QCOMPARE(searchAll(*engine, QStringLiteral("dieu")).size(), 3); // Điều 1, 2 and 3
        QVERIFY(searchAll(*engine, QStringLiteral("khong co")).isEmpty());
    }

    void searchReportsProgressAndCanBeCancelled() {
        const auto engine = openSample();
        QSignalSpy progress(engine.get(), &ReaderEngine::searchProgress);
        QSignalSpy hits(engine.get(), &ReaderEngine::searchHitsFound);
        QSignalSpy finished(engine.get(), &ReaderEngine::searchFinished);
        const quint64 cancelled = engine->search(QStringLiteral("thong qua"));
        QVERIFY(engine->isSearching());
        engine->cancelSearch();
        QCOMPARE(finished.count(), 1); // at once
        QCOMPARE(finished.at(0).at(0).toULongLong(), cancelled);
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(!engine->isSearching());

        const quint64 second = engine->search(QStringLiteral("ke hoach"));
        QVERIFY(second != cancelled);
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1), (QList<QVariant>{second, 1, false}));
        // Nothing of the cancelled search came after its searchFinished.
        for (const QList<QVariant> &arguments : std::as_const(progress))
            QCOMPARE(arguments.at(0).toULongLong(), second);
        QCOMPARE(hitsOf(hits, cancelled).size(), 0);
        QCOMPARE(progress.last(),
                 (QList<QVariant>{second, pdffixtures::kSamplePages, pdffixtures::kSamplePages}));
        QCOMPARE(progress.count(), pdffixtures::kSamplePages);
        QCOMPARE(engine->search(QStringLiteral("  ")), 0u);
    }

    void closingForgetsTheDocument() {
        const auto engine = openSample();
        QSignalSpy ready(engine.get(), &ReaderEngine::pageReady);
        engine->requestPage(0, 1.0);
        QTRY_COMPARE(ready.count(), 3 - 1); // page 0 and its one neighbour
        engine->close();
        QVERIFY(!engine->isOpen());
        QCOMPARE(engine->cache().count(), 0);
        QVERIFY(engine->requestPage(0, 1.0).isNull());
        QCOMPARE(engine->search(QStringLiteral("dieu")), 0u);
    }

private:
    using Options = ReaderEngine::Options;

    std::unique_ptr<ReaderEngine> openSample(const Options &options = Options()) {
        auto engine = std::make_unique<ReaderEngine>(options);
        QSignalSpy opened(engine.get(), &ReaderEngine::opened);
        engine->open(m_sample);
        if (!opened.wait(10'000))
            qWarning("the sample did not open: %s", qPrintable(engine->errorString()));
        return engine;
    }

    QList<SearchHit> searchAll(ReaderEngine &engine, const QString &text) {
        QSignalSpy hits(&engine, &ReaderEngine::searchHitsFound);
        QSignalSpy finished(&engine, &ReaderEngine::searchFinished);
        const quint64 id = engine.search(text);
        if (!id || !finished.wait(10'000))
            return {};
        return hitsOf(hits, id);
    }

    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_MAIN(TestReaderEngine)
#include "tst_readerengine.moc"
