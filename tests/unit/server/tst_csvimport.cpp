// The member list import: good files load, a bad line is named and nothing loads.
#include "services/csvimport.h"

#include <QtTest>

using namespace council::server;
using council::domain::Function;

class tst_CsvImport : public QObject {
    Q_OBJECT
private slots:
    void vietnameseHeadersQuotesAndBom() {
        const QString csv =
            QStringLiteral("\uFEFFhọ tên,chức năng,tổ,ghế,tài khoản\r\n"
                           "\"Nguyễn Văn Thành\",\"đại biểu;chủ tọa\",\"Tổ 1;Ban Pháp chế\",A01,chutoa\r\n"
                           "\"Trần Thị \"\"Thu\"\" Hà\",,Tổ 2,A02,\r\n"
                           "\n");
        const MemberImport r = parseMemberCsv(csv);
        QCOMPARE(r.errorLine, 0);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].fullName, QStringLiteral("Nguyễn Văn Thành"));
        QVERIFY(r.rows[0].functions.testFlag(Function::Chair));
        QVERIFY(r.rows[0].functions.testFlag(Function::Delegate));
        QCOMPARE(r.rows[0].groups, (QStringList{QStringLiteral("Tổ 1"), QStringLiteral("Ban Pháp chế")}));
        QCOMPARE(r.rows[0].username, QStringLiteral("chutoa"));
        QCOMPARE(r.rows[1].fullName, QStringLiteral("Trần Thị \"Thu\" Hà"));
        QCOMPARE(r.rows[1].functions, council::domain::Functions(Function::Delegate)); // default
        QCOMPARE(r.rows[1].line, 3);
    }

    void nfdInputBecomesNfc() {
        const QString nfd = QStringLiteral("Lê Văn An").normalized(QString::NormalizationForm_D);
        const MemberImport r = parseMemberCsv(QStringLiteral("name\n") + nfd + QLatin1Char('\n'));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].fullName, QStringLiteral("Lê Văn An").normalized(QString::NormalizationForm_C));
    }

    void badLinesAreNamed_data() {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("why");
        QTest::addRow("unknown function")
            << QStringLiteral("name,functions\nA,đại biểu\nB,thủ quỹ\n") << 3 << "unknown function";
        QTest::addRow("column count") << QStringLiteral("name,seat\nA,1\nB\nC,2\n") << 3 << "columns";
        QTest::addRow("empty name") << QStringLiteral("name,seat\nA,1\n ,2\n") << 3 << "name is empty";
        QTest::addRow("duplicate user") << QStringLiteral("name,username\nA,u1\nB,U1\n") << 3 << "twice";
        QTest::addRow("unknown column") << QStringLiteral("name,colour\nA,red\n") << 1 << "unknown column";
        QTest::addRow("no name column") << QStringLiteral("seat\nA1\n") << 1 << "no 'name'";
        QTest::addRow("open quote") << QStringLiteral("name\nA\n\"B\n") << 3 << "quoted";
        QTest::addRow("empty file") << QString() << 1 << "empty";
    }

    void badLinesAreNamed() {
        QFETCH(QString, csv);
        QFETCH(int, line);
        QFETCH(QString, why);
        const MemberImport r = parseMemberCsv(csv);
        QCOMPARE(r.errorLine, line);
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
        QVERIFY(r.rows.isEmpty()); // nothing from a file with a bad line
    }

    void previewListsEveryBadLine() {
        const QString csv = QStringLiteral("name,functions,seat,username\n"
                                           "Nguyễn Văn An,đại biểu,A01,\n" // 2: good
                                           "Trần Văn Bình,thủ quỹ,A02,\n"  // 3: no such function
                                           "Lê Thị Chi,,A03,\n"            // 4: good
                                           "Phạm Dũng,,A04\n"              // 5: a column short
                                           "\n"
                                           "Hoàng Văn Em,,A05,\n"); // 7: good
        const MemberImport preview = parseMemberCsv(csv, 5000, CsvMode::CollectErrors);
        QCOMPARE(preview.total, 5);
        QCOMPARE(preview.rows.size(), 3);
        QCOMPARE(preview.rows[2].line, 7);
        QCOMPARE(preview.errors.size(), 2);
        QCOMPARE(preview.errors[0].line, 3);
        QVERIFY2(preview.errors[0].vi.contains(QStringLiteral("chức năng")),
                 qPrintable(preview.errors[0].vi));
        QVERIFY(preview.errors[0].en.contains(QStringLiteral("unknown function 'thủ quỹ'")));
        QCOMPARE(preview.errors[1].line, 5);
        QCOMPARE(preview.errorLine, 3);
        QVERIFY(!preview.errorsTruncated);
        // A real import of the same file stops at the first bad line and keeps nothing.
        const MemberImport real = parseMemberCsv(csv);
        QCOMPARE(real.errorLine, 3);
        QVERIFY(real.rows.isEmpty());
        QCOMPARE(real.errors.size(), 1);
    }

    void previewListsAtMostMaxErrors() {
        QString csv = QStringLiteral("name,seat\n");
        for (int i = 0; i < 250; ++i)
            csv += QStringLiteral("Người %1,ghế quá dài quá dài quá dài %1\n").arg(i);
        csv += QStringLiteral("Người tốt,A1\n");
        const MemberImport r = parseMemberCsv(csv, 5000, CsvMode::CollectErrors, 200);
        QCOMPARE(r.errors.size(), 200);
        QVERIFY(r.errorsTruncated);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.total, 251);
    }

    void previewStopsAtAFileProblem() {
        const MemberImport r =
            parseMemberCsv(QStringLiteral("name,colour\nA,red\nB,blue\n"), 5000, CsvMode::CollectErrors);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, 1);
        QVERIFY(r.rows.isEmpty());
    }

    void rowLimit() {
        QString csv = QStringLiteral("name\n");
        for (int i = 0; i < 11; ++i)
            csv += QStringLiteral("Người %1\n").arg(i);
        const MemberImport r = parseMemberCsv(csv, 10);
        QCOMPARE(r.errorLine, 12);
    }
};

QTEST_GUILESS_MAIN(tst_CsvImport)
#include "tst_csvimport.moc"
