// council-demodocs, the generator of the demo's PDFs: the real program runs on
// a spec, and its output is read back with Poppler the way the clients read
// documents — page count, no password, the title with its diacritics.
#include "demodocument.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace council::demodocs;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString nfc(const QString &s) {
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QString pageText(Poppler::Document &document, int index) {
    const std::unique_ptr<Poppler::Page> page = document.page(index);
    return page ? nfc(page->text(QRectF())) : QString();
}

QJsonObject entry(const QString &file, const QString &kind, const QString &title, int pages, int seed) {
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("seed"), seed}};
}

} // namespace

class tst_DemoDocs : public QObject {
    Q_OBJECT
private:
    QString m_program;
    QTemporaryDir m_dir;
    QJsonArray m_documents;

    Run run(const QByteArray &spec, const QString &outDir) {
        const QString specPath = m_dir.filePath(QStringLiteral("spec-%1.json").arg(qHash(spec)));
        QFile file(specPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(spec) != spec.size())
            return {};
        file.close();
        QProcess process;
        // The program must choose the offscreen platform by itself.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(m_program, {QStringLiteral("--out"), outDir, QStringLiteral("--spec"), specPath});
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QByteArray spec(const QJsonArray &documents) const {
        return QJsonDocument(QJsonObject{{QStringLiteral("documents"), documents}}).toJson();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("council-demodocs"));
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
        QJsonObject resolution =
            entry(QStringLiteral("nq-05.pdf"), QStringLiteral("resolution"),
                  QStringLiteral("Về dự toán thu, chi ngân sách nhà nước năm 2027"), 3, 5);
        resolution.insert(QStringLiteral("number"), QStringLiteral("05/NQ-HĐND"));
        resolution.insert(QStringLiteral("draft"), false);
        m_documents = {
            resolution,
            entry(QStringLiteral("tt-12.pdf"), QStringLiteral("submission"),
                  QStringLiteral("Tờ trình và dự thảo Nghị quyết về chính sách hỗ trợ học phí cho học "
                                 "sinh mầm non và phổ thông"),
                  9, 12)};
    }

    void writesReadablePdfs() {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const Run r = run(spec(m_documents), out);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_documents.size());
        for (qsizetype i = 0; i < m_documents.size(); ++i) {
            const QJsonObject d = m_documents.at(i).toObject();
            const QString file = d.value(QStringLiteral("file")).toString();
            const int requested = d.value(QStringLiteral("pages")).toInt();
            const QStringList fields = lines.at(i).split(u'\t');
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields.at(0), file);

            const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(QDir(out).filePath(file));
            QVERIFY2(pdf, qPrintable(file));
            QVERIFY(!pdf->isLocked());
            QVERIFY2(pdf->numPages() >= requested, qPrintable(QString::number(pdf->numPages())));
            QCOMPARE(fields.at(1).toInt(), pdf->numPages());

            DocumentSpec spec;
            spec.title = d.value(QStringLiteral("title")).toString();
            const QString first = pageText(*pdf, 0);
            QVERIFY2(first.contains(nfc(council::demodocs::displayTitle(spec))), qPrintable(first));
            QVERIFY(first.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
            QVERIFY(first.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
            QVERIFY(pageText(*pdf, pdf->numPages() - 1).contains(QStringLiteral("CHỦ TỊCH")));
            QCOMPARE(pdf->info(QStringLiteral("Title")), spec.title);
        }
        const std::unique_ptr<Poppler::Document> resolution =
            Poppler::Document::load(QDir(out).filePath(QStringLiteral("nq-05.pdf")));
        const QString first = pageText(*resolution, 0);
        QVERIFY(first.contains(QStringLiteral("NGHỊ QUYẾT")));
        QVERIFY(first.contains(QStringLiteral("Số: 05/NQ-HĐND")));
        QVERIFY(first.contains(QStringLiteral("Điều 1.")));
        // Nothing else is left in the directory: no temporary files.
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), m_documents.size());
    }

    void sameSeedSameText() {
        const QByteArray one = spec({m_documents.at(1)});
        const QString a = m_dir.filePath(QStringLiteral("a")), b = m_dir.filePath(QStringLiteral("b"));
        QCOMPARE(run(one, a).exitCode, 0);
        QCOMPARE(run(one, b).exitCode, 0);
        const auto pdfA = Poppler::Document::load(QDir(a).filePath(QStringLiteral("tt-12.pdf")));
        const auto pdfB = Poppler::Document::load(QDir(b).filePath(QStringLiteral("tt-12.pdf")));
        QVERIFY(pdfA && pdfB);
        QCOMPARE(pdfA->numPages(), pdfB->numPages());
        QCOMPARE(pageText(*pdfA, 4), pageText(*pdfB, 4));
    }

    void badSpecExitsWithTwo_data() {
        QTest::addColumn<QByteArray>("spec");
        const QJsonObject good = m_documents.at(0).toObject();
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return spec({o});
        };
        QTest::newRow("not JSON") << QByteArray("{\"documents\": [");
        QTest::newRow("no documents") << QByteArray("{\"documents\": []}");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("decree"));
        QTest::newRow("no title") << with(QStringLiteral("title"), QJsonValue::Undefined);
        QTest::newRow("zero pages") << with(QStringLiteral("pages"), 0);
        QTest::newRow("fractional pages") << with(QStringLiteral("pages"), 2.5);
        QTest::newRow("too many pages") << with(QStringLiteral("pages"), kMaxPages + 1);
        QTest::newRow("path, not a name") << with(QStringLiteral("file"), QStringLiteral("../nq.pdf"));
        QTest::newRow("not a pdf name") << with(QStringLiteral("file"), QStringLiteral("nq.docx"));
        QTest::newRow("bad date") << with(QStringLiteral("date"), QStringLiteral("09/12/2026"));
        QTest::newRow("same file twice") << spec({good, good});
    }

    void badSpecExitsWithTwo() {
        QFETCH(QByteArray, spec);
        const QString out = m_dir.filePath(QStringLiteral("bad-%1").arg(QTest::currentDataTag()));
        const Run r = run(spec, out);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad spec")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void missingOptionExitsWithTwo() {
        QProcess process;
        process.start(m_program, {QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 2);
    }

    void displayTitle_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shown");
        QTest::newRow("as given") << QStringLiteral("Về kế hoạch đầu tư công năm 2027")
                                  << QStringLiteral("Về kế hoạch đầu tư công năm 2027");
        QTest::newRow("agenda item") << QStringLiteral(
                                            "Tờ trình và dự thảo Nghị quyết về kế hoạch đầu tư công năm 2027")
                                     << QStringLiteral("Về kế hoạch đầu tư công năm 2027");
        QTest::newRow("report") << QStringLiteral("Báo cáo tình hình kinh tế - xã hội năm 2026")
                                << QStringLiteral("Tình hình kinh tế - xã hội năm 2026");
    }

    void displayTitle() {
        QFETCH(QString, title);
        QFETCH(QString, shown);
        DocumentSpec spec;
        spec.title = title;
        QCOMPARE(council::demodocs::displayTitle(spec), shown);
    }
};

QTEST_GUILESS_MAIN(tst_DemoDocs)
#include "tst_demodocs.moc"
