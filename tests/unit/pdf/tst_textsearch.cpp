// Folding for search (case, diacritics, đ) and the mapping of matches back to character boxes.
#include "textsearch.h"

#include <QTest>

using namespace council::pdf;

namespace {
// A word whose characters are 10 points wide each, starting at x on line y.
TextWord word(const QString &text, qreal x, qreal y, bool spaceAfter = true, bool lastOnLine = false) {
    TextWord w;
    w.text = text;
    const qsizetype length = text.toUcs4().size();
    for (qsizetype i = 0; i < length; ++i)
        w.charRects.append(QRectF(x + 10 * i, y, 10, 12));
    w.rect = QRectF(x, y, 10 * length, 12);
    w.spaceAfter = spaceAfter;
    w.lastOnLine = lastOnLine;
    return w;
}
} // namespace

class TestTextSearch : public QObject {
    Q_OBJECT
private slots:
    void folds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("title") << QStringLiteral("Nghị quyết về dự toán ngân sách")
                               << QStringLiteral("nghi quyet ve du toan ngan sach");
        QTest::newRow("d with stroke")
            << QStringLiteral("Điều 1.  Thông QUA") << QStringLiteral("dieu 1. thong qua");
        QTest::newRow("capitals") << QStringLiteral("ĐẦU TƯ CÔNG") << QStringLiteral("dau tu cong");
        QTest::newRow("horn letters") << QStringLiteral("Ủy ban, Ơn, Ưu") << QStringLiteral("uy ban, on, uu");
        QTest::newRow("decomposed input")
            << QStringLiteral("nga\u0302n sa\u0301ch") << QStringLiteral("ngan sach");
        QTest::newRow("eth typed for Đ") << QStringLiteral("Ðà Nẵng") << QStringLiteral("da nang");
        QTest::newRow("ligature") << QStringLiteral("\uFB01le") << QStringLiteral("file");
        QTest::newRow("whitespace") << QStringLiteral("\t ngân\n\nsách ") << QStringLiteral("ngan sach");
    }
    void folds() {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void mapsMatchesToCharacterBoxes() {
        const PageText page = PageText::fromWords(
            {word(QStringLiteral("Nghị"), 0, 0), word(QStringLiteral("quyết"), 50, 0, false, true),
             word(QStringLiteral("ngân"), 0, 20, true), word(QStringLiteral("sách"), 50, 20, false, true)});
        QCOMPARE(page.folded(), QStringLiteral("nghi quyet ngan sach ")); // a line end counts as a space
        QCOMPARE(page.find(QStringLiteral("quyet")), QList<QRectF>{QRectF(50, 0, 50, 12)});
        // Part of a word: only the matched characters.
        QCOMPARE(page.find(QStringLiteral("an sa")), QList<QRectF>{QRectF(20, 20, 50, 12)});
        QVERIFY(page.find(QStringLiteral("ngan sach khong")).isEmpty());
    }

    void splitsAMatchAcrossLinesIntoOneRectanglePerLine() {
        const PageText page = PageText::fromWords({word(QStringLiteral("toán"), 0, 0),
                                                   word(QStringLiteral("ngân"), 50, 0, false, true),
                                                   word(QStringLiteral("sách"), 0, 20, true, true)});
        QCOMPARE(page.find(QStringLiteral("ngan sach")),
                 (QList<QRectF>{QRectF(50, 0, 40, 12), QRectF(0, 20, 40, 12)}));
    }

    void joinsWordsWithoutSpaceBetween() {
        // Poppler splits a word where the font changes; no space must appear there.
        const PageText page = PageText::fromWords(
            {word(QStringLiteral("Điề"), 0, 0, false), word(QStringLiteral("u"), 30, 0, true, true)});
        QCOMPARE(page.folded(), QStringLiteral("dieu "));
        QCOMPARE(page.find(QStringLiteral("dieu")), QList<QRectF>{QRectF(0, 0, 40, 12)});
    }

    void findsNonOverlappingMatches() {
        const PageText page = PageText::fromWords({word(QStringLiteral("aaaa"), 0, 0, false, true)});
        QCOMPARE(page.find(QStringLiteral("aa")).size(), 2);
        QVERIFY(page.find(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
