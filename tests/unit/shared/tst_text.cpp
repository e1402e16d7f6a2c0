// Text rules: stored text is NFC with collapsed white space, and lists of
// people sort the Vietnamese way — by given name with vi collation, then by
// the full name.
#include "domain/text.h"

#include <QTest>

using namespace council::domain;

class tst_Text : public QObject {
    Q_OBJECT

private slots:
    void normalizedText_data();
    void normalizedText();
    void givenName_data();
    void givenName();
    void sortsByGivenName();
    void sortIgnoresInputForm();
    void nameLess_data();
    void nameLess();
};

namespace {
QString nfd(const QString &s) {
    return s.normalized(QString::NormalizationForm_D);
}
} // namespace

void tst_Text::normalizedText_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("NFD to NFC") << nfd(QStringLiteral("Nguyễn Thị Ánh")) << QStringLiteral("Nguyễn Thị Ánh");
    QTest::newRow("already NFC") << QStringLiteral("Kỳ họp thứ 12") << QStringLiteral("Kỳ họp thứ 12");
    QTest::newRow("trim") << QStringLiteral("  Hà Nội \n") << QStringLiteral("Hà Nội");
    QTest::newRow("inner runs") << QStringLiteral("Trần \t  Văn\n\nBình") << QStringLiteral("Trần Văn Bình");
    QTest::newRow("NFD and spaces") << nfd(QStringLiteral(" Đà   Nẵng ")) << QStringLiteral("Đà Nẵng");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   \t ") << QString();
}

void tst_Text::normalizedText() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = council::domain::normalizedText(input);
    QCOMPARE(out, expected);
    QCOMPARE(out, out.normalized(QString::NormalizationForm_C));
}

void tst_Text::givenName_data() {
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("given");
    QTest::newRow("three words") << QStringLiteral("Nguyễn Văn An") << QStringLiteral("An");
    QTest::newRow("one word") << QStringLiteral("Bình") << QStringLiteral("Bình");
    QTest::newRow("NFD, trailing space") << nfd(QStringLiteral("Hoàng Văn Đức  ")) << QStringLiteral("Đức");
    QTest::newRow("four words") << QStringLiteral("Tôn Nữ Thị Ninh") << QStringLiteral("Ninh");
}

void tst_Text::givenName() {
    QFETCH(QString, fullName);
    QFETCH(QString, given);
    QCOMPARE(council::domain::givenName(fullName), given);
}

void tst_Text::sortsByGivenName() {
    QStringList names{QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị An"),
                      QStringLiteral("Lê Văn An"),     QStringLiteral("Phạm Thị Ánh"),
                      QStringLiteral("Hoàng Văn Đức"), QStringLiteral("Ngô Thị Dung")};
    sortVietnameseNames(names);
    // An < Ánh < Bình < Dung < Đức (đ after d in Vietnamese); the two "An" by full name.
    const QStringList expected{QStringLiteral("Lê Văn An"),    QStringLiteral("Nguyễn Thị An"),
                               QStringLiteral("Phạm Thị Ánh"), QStringLiteral("Trần Văn Bình"),
                               QStringLiteral("Ngô Thị Dung"), QStringLiteral("Hoàng Văn Đức")};
    QCOMPARE(names, expected);
}

void tst_Text::sortIgnoresInputForm() {
    // Names typed on a keyboard that sends decomposed accents sort like the others.
    QStringList names{nfd(QStringLiteral("Hoàng Văn Đức")), QStringLiteral("Ngô Thị Dung"),
                      nfd(QStringLiteral("Phạm Thị Ánh")), QStringLiteral("Trần Văn Bình"),
                      QStringLiteral("Lê Văn An")};
    sortVietnameseNames(names);
    QStringList normalized;
    for (const QString &n : names)
        normalized << council::domain::normalizedText(n);
    const QStringList expected{QStringLiteral("Lê Văn An"), QStringLiteral("Phạm Thị Ánh"),
                               QStringLiteral("Trần Văn Bình"), QStringLiteral("Ngô Thị Dung"),
                               QStringLiteral("Hoàng Văn Đức")};
    QCOMPARE(normalized, expected);
}

void tst_Text::nameLess_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("An < Ánh") << QStringLiteral("Trần Văn An") << QStringLiteral("Lê Thị Ánh");
    QTest::newRow("Dung < Đức") << QStringLiteral("Vũ Thị Dung") << QStringLiteral("Lê Văn Đức");
    QTest::newRow("Đức < Em") << QStringLiteral("Lê Văn Đức") << QStringLiteral("Đỗ Thị Em");
    QTest::newRow("same given name by full name")
        << QStringLiteral("Lê Văn An") << QStringLiteral("Nguyễn Thị An");
    QTest::newRow("case-insensitive") << QStringLiteral("lê văn an") << QStringLiteral("Lê Văn Bình");
    QTest::newRow("numeric seats") << QStringLiteral("Tổ 2") << QStringLiteral("Tổ 10");
}

void tst_Text::nameLess() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(vietnameseNameLess(a, b));
    QVERIFY(!vietnameseNameLess(b, a));
    QVERIFY(!vietnameseNameLess(a, a));
}

QTEST_APPLESS_MAIN(tst_Text)
#include "tst_text.moc"
