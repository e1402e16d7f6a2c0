// Word/ODT/RTF to PDF with real LibreOffice (libreoffice-writer-nogui, from
// tools/install-deps.sh), checked by the real PdfChecker; fake soffice scripts
// for the time-out and the silent failure.
#include "documents/documentconverter.h"
#include "documents/pdfchecker.h"
#include "documents/processsandbox.h"
#include "testfiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;

namespace {

// RTF keeps to ASCII: Vietnamese letters are \uN? escapes (N in decimal).
QByteArray rtfWithVietnamese() {
    const QString text = QStringLiteral("Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2025");
    QByteArray body;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            body += char(c.unicode());
        else
            body += "\\u" + QByteArray::number(qint16(c.unicode())) + '?';
    }
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Serif;}}\\f0\\fs28 " + body + "\\par\n}\n";
}

QByteArray flatOdtWithVietnamese() {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"
  office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:h text:outline-level="1">Tờ trình của Ủy ban nhân dân tỉnh</text:h>
  <text:p>Đề nghị Hội đồng nhân dân xem xét, quyết định dự toán ngân sách năm 2025.</text:p>
 </office:text></office:body>
</office:document>
)";
}

} // namespace

class tst_DocumentConverter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_tmp; // TMPDIR of this test: the throw-away profiles go here
    QString m_out;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QStringList leftoverProfiles() const {
        return QDir(m_tmp.path())
            .entryList({QStringLiteral("council-lo-*")}, QDir::AllEntries | QDir::Hidden);
    }

    PdfCheckResult checkPdf(const QString &path) {
        PdfChecker checker;
        checker.setCheckerPath(QStringLiteral(COUNCIL_PDFCHECK));
        QSignalSpy spy(&checker, &PdfChecker::finished);
        checker.check(path);
        return spy.wait(30'000) ? spy.first().first().value<PdfCheckResult>() : PdfCheckResult{};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid() && m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        m_out = file(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void convertsRtfAndFlatOdtAtOnce() {
        if (DocumentConverter::findSoffice().isEmpty())
            QSKIP("LibreOffice is not installed: run tools/install-deps.sh");
        const QString rtf = file(QStringLiteral("nghi-quyet.rtf"));
        const QString fodt = file(QStringLiteral("to-trinh.fodt"));
        QVERIFY(testfiles::writeFile(rtf, rtfWithVietnamese()));
        QVERIFY(testfiles::writeFile(fodt, flatOdtWithVietnamese()));

        QObject owner;
        auto *converter = new DocumentConverter(&owner);
        QSignalSpy spy(converter, &DocumentConverter::finished);
        const quint64 rtfId = converter->convert(rtf, m_out);
        const quint64 fodtId = converter->convert(fodt, m_out);
        QCOMPARE(converter->pendingCount(), 2); // both run: each has its own profile
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 240'000);

        for (const QList<QVariant> &args : spy) {
            const auto r = args.first().value<ConversionResult>();
            QVERIFY2(r.ok, qPrintable(r.message));
            QVERIFY(r.id == rtfId || r.id == fodtId);
            const QString expected = QDir(m_out).filePath(r.id == rtfId ? QStringLiteral("nghi-quyet.pdf")
                                                                        : QStringLiteral("to-trinh.pdf"));
            QCOMPARE(r.pdfPath, expected);
            const PdfCheckResult check = checkPdf(r.pdfPath);
            QVERIFY2(check.isOk(), qPrintable(check.message));
            QVERIFY(check.pages >= 1);
            QVERIFY(check.hasText);
        }
        QCOMPARE(leftoverProfiles(), QStringList());
        // Nothing but the two PDFs is left in the output folder.
        QCOMPARE(QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
    }

    void hangingSofficeIsKilledWithItsGroup() {
        const QString script = file(QStringLiteral("hanging-soffice.sh"));
        QVERIFY(testfiles::writeScript(script, "sleep 100 &\nsleep 100\n"));
        const QString source = file(QStringLiteral("slow.rtf"));
        QVERIFY(testfiles::writeFile(source, rtfWithVietnamese()));

        QObject owner;
        auto *converter = new DocumentConverter(&owner);
        converter->setSofficePath(script);
        DocumentConverter::Limits limits;
        limits.timeoutMs = 1000;
        converter->setLimits(limits);
        QSignalSpy spy(converter, &DocumentConverter::finished);
        converter->convert(source, m_out);
        QTRY_VERIFY(testfiles::groupOfProcessWith(script) > 0);
        const qint64 group = testfiles::groupOfProcessWith(script);
        QVERIFY(group != ::getpgrp());

        QVERIFY(spy.wait(10'000));
        const auto r = spy.first().first().value<ConversionResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.timedOut);
        QVERIFY(r.message.contains(QStringLiteral("longer than 1 s")));
        QTRY_VERIFY(!processGroupAlive(group));
        QCOMPARE(leftoverProfiles(), QStringList());
    }

    void sofficeThatProducesNothingIsAnError() {
        const QString script = file(QStringLiteral("silent-soffice.sh"));
        QVERIFY(testfiles::writeScript(script, "echo 'Error: source file could not be loaded'\nexit 0\n"));
        const QString source = file(QStringLiteral("broken.docx"));
        QVERIFY(testfiles::writeFile(source, testfiles::zipArchive()));
        QObject owner;
        auto *converter = new DocumentConverter(&owner);
        converter->setSofficePath(script);
        QSignalSpy spy(converter, &DocumentConverter::finished);
        converter->convert(source, m_out);
        QVERIFY(spy.wait(10'000));
        const auto r = spy.first().first().value<ConversionResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QStringLiteral("could not be loaded")));
        QVERIFY(r.pdfPath.isEmpty());
    }

    void missingLibreOfficeIsAClearError() {
        const QString source = file(QStringLiteral("any.odt"));
        QVERIFY(testfiles::writeFile(source, "x"));
        QObject owner;
        auto *converter = new DocumentConverter(&owner);
        converter->setSofficePath(QString());
        QSignalSpy spy(converter, &DocumentConverter::finished);
        converter->convert(source, m_out);
        QCOMPARE(spy.size(), 0); // never synchronous
        QVERIFY(spy.wait(5000));
        const auto r = spy.first().first().value<ConversionResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QStringLiteral("libreoffice-writer-nogui")));
    }

    void unsupportedTypeIsRefused() {
        const QString source = file(QStringLiteral("slides.pptx"));
        QVERIFY(testfiles::writeFile(source, testfiles::zipArchive()));
        QObject owner;
        auto *converter = new DocumentConverter(&owner);
        QSignalSpy spy(converter, &DocumentConverter::finished);
        converter->convert(source, m_out);
        QVERIFY(spy.wait(5000));
        const auto r = spy.first().first().value<ConversionResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QStringLiteral(".docx")));
    }
};

QTEST_GUILESS_MAIN(tst_DocumentConverter)
#include "tst_documentconverter.moc"
