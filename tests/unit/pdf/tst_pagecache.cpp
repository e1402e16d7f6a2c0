// PageCache: least recently used out first, under a byte budget; hits and misses counted.
#include "pagecache.h"

#include <QTest>

using namespace council::pdf;

namespace {
PageKey key(int page, int dpi = 72) {
    return PageKey{1, page, PageKey::Kind::Page, dpi};
}
QImage image(int side = 100) { // 100 x 100 x 4 bytes = 40,000 bytes
    QImage result(side, side, QImage::Format_ARGB32);
    result.fill(Qt::white);
    return result;
}
} // namespace

class TestPageCache : public QObject {
    Q_OBJECT
private slots:
    void evictsLeastRecentlyUsed() {
        PageCache cache(100'000);
        QVERIFY(cache.insert(key(0), image()));
        QVERIFY(cache.insert(key(1), image()));
        QVERIFY(!cache.find(key(0)).isNull()); // page 0 is now the most recent
        QVERIFY(cache.insert(key(2), image()));
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.contains(key(0)));
        QVERIFY(!cache.contains(key(1)));
        QVERIFY(cache.contains(key(2)));
        QCOMPARE(cache.stats().evictions, 1u);
        QCOMPARE(cache.usedBytes(), 80'000);
    }

    void countsHitsAndMisses() {
        PageCache cache;
        QVERIFY(cache.find(key(0)).isNull());
        cache.insert(key(0), image());
        const QImage first = cache.find(key(0));
        QCOMPARE(cache.find(key(0)).cacheKey(), first.cacheKey());
        QVERIFY(cache.find(key(0, 150)).isNull()); // another dpi is another entry
        QVERIFY(cache.contains(key(0)));           // neither counted nor touched
        QCOMPARE(cache.stats().hits, 2u);
        QCOMPARE(cache.stats().misses, 2u);
    }

    void thumbnailsAndPagesAreDistinct() {
        PageCache cache;
        cache.insert(PageKey{1, 0, PageKey::Kind::Thumbnail, 72}, image(10));
        QVERIFY(!cache.contains(key(0, 72)));
        QVERIFY(cache.contains(PageKey{1, 0, PageKey::Kind::Thumbnail, 72}));
    }

    void doesNotKeepAnImageLargerThanTheBudget() {
        PageCache cache(50'000);
        QVERIFY(cache.insert(key(0), image()));
        QVERIFY(!cache.insert(key(1), image(200)));
        QVERIFY(cache.contains(key(0))); // nothing was pushed out for it
        QCOMPARE(cache.count(), 1);
    }

    void replacingKeepsTheAccountRight() {
        PageCache cache;
        cache.insert(key(0), image(100));
        cache.insert(key(0), image(50));
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.usedBytes(), 10'000);
    }

    void shrinkingTheBudgetEvicts() {
        PageCache cache;
        for (int page = 0; page < 5; ++page)
            cache.insert(key(page), image());
        cache.setBudgetBytes(80'000);
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.contains(key(3)) && cache.contains(key(4)));
    }

    void removesOneDocument() {
        PageCache cache;
        cache.insert(key(0), image());
        cache.insert(PageKey{2, 0, PageKey::Kind::Page, 72}, image());
        cache.removeDocument(1);
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.usedBytes(), 40'000);
        QVERIFY(cache.contains(PageKey{2, 0, PageKey::Kind::Page, 72}));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
