// Request fields are checked for type, range and length, and text is stored NFC.
#include "core/fieldreader.h"

#include <QtTest>

using namespace council::server;
using council::protocol::ErrorCode;

class tst_FieldReader : public QObject {
    Q_OBJECT
private slots:
    void textIsNfcAndTrimmed() {
        QCborMap m;
        m.insert(QStringLiteral("title"),
                 QStringLiteral("  Kỳ   họp  ").normalized(QString::NormalizationForm_D));
        FieldReader f(m);
        QCOMPARE(f.text("title"), QStringLiteral("Kỳ họp"));
        QVERIFY(f.ok());
    }

    void problems_data() {
        QTest::addColumn<QCborMap>("body");
        QTest::addColumn<int>("code");
        QCborMap wrongType;
        wrongType.insert(QStringLiteral("title"), 5);
        QTest::addRow("wrong type") << wrongType << int(ErrorCode::BadRequest);
        QTest::addRow("missing") << QCborMap() << int(ErrorCode::BadRequest);
        QCborMap tooLong;
        tooLong.insert(QStringLiteral("title"), QString(501, QLatin1Char('x')));
        QTest::addRow("too long") << tooLong << int(ErrorCode::InvalidValue);
        QCborMap empty;
        empty.insert(QStringLiteral("title"), QStringLiteral("   "));
        QTest::addRow("blank") << empty << int(ErrorCode::InvalidValue);
    }

    void problems() {
        QFETCH(QCborMap, body);
        QFETCH(int, code);
        FieldReader f(body);
        f.text("title");
        QVERIFY(!f.ok());
        QCOMPARE(int(f.error()->code), code);
        QVERIFY(f.error()->detail.contains(QStringLiteral("title")));
    }

    void integersDatesTimes() {
        QCborMap m;
        m.insert(QStringLiteral("n"), 7);
        m.insert(QStringLiteral("big"), qint64(1) << 40);
        m.insert(QStringLiteral("d"), QStringLiteral("2026-02-30"));
        m.insert(QStringLiteral("t"), QStringLiteral("07:30"));
        FieldReader ok(m);
        QCOMPARE(ok.integer("n", true, 1, 10), 7);
        QCOMPARE(ok.timeOfDay("t"), QStringLiteral("07:30"));
        QVERIFY(ok.ok());
        FieldReader range(m);
        range.integer("big", true, 0, 1000);
        QCOMPARE(range.error()->code, ErrorCode::InvalidValue);
        FieldReader date(m);
        date.date("d");
        QCOMPARE(date.error()->code, ErrorCode::InvalidValue);
    }
};

QTEST_GUILESS_MAIN(tst_FieldReader)
#include "tst_fieldreader.moc"
