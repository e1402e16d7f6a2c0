// The sandboxed PDF check: real PDFs written with QPdfWriter, damaged copies
// of them, impostors and fake checkers that hang or crash. Each answer names
// the reason, and the server side never waits.
#include "documents/pdfchecker.h"
#include "documents/processsandbox.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;

namespace {

const QString kVietnamese = QStringLiteral(
    "Nghị quyết về việc phê duyệt kế hoạch phát triển kinh tế – xã hội năm 2025 của Hội đồng nhân dân tỉnh. "
    "Điều 1. Thông qua các chỉ tiêu chủ yếu: tốc độ tăng trưởng, thu ngân sách, đầu tư công.");

// One PDF per page count, with Vietnamese text on every page unless withText is false.
bool writePdf(const QString &path, int pages, bool withText = true) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Dự thảo nghị quyết"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.setFont(QFont(QStringLiteral("Noto Sans"), 12));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        if (withText)
            painter.drawText(QRect(200, 200, 2000, 2400), Qt::TextWordWrap,
                             QStringLiteral("Trang %1\n\n").arg(i + 1) + kVietnamese);
        else
            painter.fillRect(QRect(200, 200, 800, 800), Qt::darkBlue);
    }
    return painter.end();
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PdfChecker : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_validPdf;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Runs one check to its end.
    PdfCheckResult run(PdfChecker &checker, const QString &path) {
        QSignalSpy spy(&checker, &PdfChecker::finished);
        const quint64 id = checker.check(path);
        if (!spy.wait(30'000))
            return {};
        const auto result = spy.first().first().value<PdfCheckResult>();
        return result.id == id ? result : PdfCheckResult{};
    }

    PdfChecker *makeChecker(QObject *parent) {
        auto *checker = new PdfChecker(parent);
        checker->setCheckerPath(QStringLiteral(COUNCIL_PDFCHECK));
        return checker;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_validPdf = file(QStringLiteral("valid.pdf"));
        QVERIFY(writePdf(m_validPdf, 3));
    }

    void validPdfReportsPagesSizesAndText() {
        QObject owner;
        PdfChecker *checker = makeChecker(&owner);
        const PdfCheckResult r = run(*checker, m_validPdf);
        QCOMPARE(r.status, PdfCheckStatus::Ok);
        QCOMPARE(r.pages, 3);
        QCOMPARE(r.pageSizes.size(), 3);
        for (const QSizeF &size : r.pageSizes) { // A4 in points
            QVERIFY(qAbs(size.width() - 595.3) < 1.0);
            QVERIFY(qAbs(size.height() - 841.9) < 1.0);
        }
        QVERIFY(r.hasText);
        QVERIFY(!r.encrypted);
        QCOMPARE(r.filePath, QFileInfo(m_validPdf).absoluteFilePath());
    }

    void pdfWithoutTextSaysSo() {
        const QString path = file(QStringLiteral("scan.pdf"));
        QVERIFY(writePdf(path, 2, false));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QCOMPARE(r.status, PdfCheckStatus::Ok);
        QCOMPARE(r.pages, 2);
        QVERIFY(!r.hasText);
    }

    void truncatedPdfIsRejected() {
        const QByteArray bytes = readAll(m_validPdf);
        const QString path = file(QStringLiteral("truncated.pdf"));
        QVERIFY(testfiles::writeFile(path, bytes.left(bytes.size() / 2)));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QCOMPARE(r.status, PdfCheckStatus::Truncated);
        QVERIFY(r.message.contains(QStringLiteral("%%EOF")));
        QVERIFY(r.message.contains(QStringLiteral("cắt cụt")));
    }

    void truncatedPdfWithForgedEndIsNotAccepted() {
        // Past the cheap %%EOF test, Poppler itself has to find the damage.
        const QByteArray bytes = readAll(m_validPdf);
        const QString path = file(QStringLiteral("forged-end.pdf"));
        QVERIFY(testfiles::writeFile(path, bytes.left(bytes.size() / 2) + "\n%%EOF\n"));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QVERIFY2(r.status == PdfCheckStatus::Corrupt, qPrintable(PdfChecker::statusName(r.status)));
        QVERIFY(r.message.contains(QStringLiteral("damaged")));
    }

    void garbageInXrefAndTrailerIsRepairedByPoppler() {
        QByteArray bytes = readAll(m_validPdf);
        const qsizetype xref = bytes.lastIndexOf("xref");
        const qsizetype end = bytes.lastIndexOf("%%EOF");
        QVERIFY(xref > 0 && end > xref);
        for (qsizetype i = xref; i < end; ++i)
            bytes[i] = char("\x7f#Q@~"[i % 5]);
        const QString path = file(QStringLiteral("bitflipped.pdf"));
        QVERIFY(testfiles::writeFile(path, bytes));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        // Poppler rebuilds the cross-reference table by scanning the objects:
        // the file is usable and every page is found.
        QCOMPARE(r.status, PdfCheckStatus::Ok);
        QCOMPARE(r.pages, 3);
        QVERIFY(r.hasText);
    }

    void zipNamedPdfIsNotPdf() {
        const QString path = file(QStringLiteral("document.pdf"));
        QVERIFY(testfiles::writeFile(path, testfiles::zipArchive()));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QCOMPARE(r.status, PdfCheckStatus::NotPdf);
        QVERIFY(r.message.contains(QStringLiteral("not a PDF")));
        QVERIFY(r.message.contains(QStringLiteral("không phải là PDF")));
    }

    void emptyFileIsNotPdf() {
        const QString path = file(QStringLiteral("empty.pdf"));
        QVERIFY(testfiles::writeFile(path, {}));
        QObject owner;
        QCOMPARE(run(*makeChecker(&owner), path).status, PdfCheckStatus::NotPdf);
    }

    void handWrittenPdfIsValid() {
        // Guards the encrypted case below: the same builder without /Encrypt is fine.
        const QString path = file(QStringLiteral("plain.pdf"));
        QVERIFY(testfiles::writeFile(path, testfiles::buildPdf({"<< /Type /Catalog /Pages 2 0 R >>",
                                                                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                                                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
                                                                "595 842] >>"})));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QCOMPARE(r.status, PdfCheckStatus::Ok);
        QCOMPARE(r.pages, 1);
        QVERIFY(!r.hasText);
    }

    void encryptedPdfIsRejected() {
        const QString path = file(QStringLiteral("locked.pdf"));
        QVERIFY(testfiles::writeFile(path, testfiles::encryptedPdf()));
        QObject owner;
        const PdfCheckResult r = run(*makeChecker(&owner), path);
        QCOMPARE(r.status, PdfCheckStatus::Encrypted);
        QVERIFY(r.encrypted);
        QVERIFY(r.message.contains(QStringLiteral("password")));
        QVERIFY(r.message.contains(QStringLiteral("mật khẩu")));
    }

    void tooLargeIsRejectedBeforeChecking() {
        QObject owner;
        PdfChecker *checker = makeChecker(&owner);
        PdfChecker::Limits limits;
        limits.maxFileBytes = 1024;
        checker->setLimits(limits);
        const PdfCheckResult r = run(*checker, m_validPdf);
        QCOMPARE(r.status, PdfCheckStatus::TooLarge);
        QVERIFY(r.message.contains(QStringLiteral("MiB")));
    }

    void hangingCheckerIsKilledWithItsGroup() {
        const QString script = file(QStringLiteral("hanging-checker.sh"));
        QVERIFY(testfiles::writeScript(script, "sleep 100 &\nsleep 100\n"));
        QObject owner;
        auto *checker = new PdfChecker(&owner);
        checker->setCheckerPath(script);
        PdfChecker::Limits limits;
        limits.timeoutMs = 1000;
        checker->setLimits(limits);

        QSignalSpy spy(checker, &PdfChecker::finished);
        QElapsedTimer clock;
        clock.start();
        checker->check(m_validPdf);
        QTRY_VERIFY(testfiles::groupOfProcessWith(script) > 0);
        const qint64 group = testfiles::groupOfProcessWith(script);
        QVERIFY(processGroupAlive(group));
        QVERIFY(group != ::getpgrp()); // its own group, not the test's

        QVERIFY(spy.wait(10'000));
        QVERIFY(clock.elapsed() < 10'000); // the sleeps would have taken 100 s
        const auto r = spy.first().first().value<PdfCheckResult>();
        QCOMPARE(r.status, PdfCheckStatus::TimedOut);
        QVERIFY(r.message.contains(QStringLiteral("1 s")));
        QTRY_VERIFY(!processGroupAlive(group)); // both sleeps are gone, not only the shell
    }

    void crashingCheckerIsReportedAsCrash() {
        const QString script = file(QStringLiteral("crashing-checker.sh"));
        QVERIFY(testfiles::writeScript(script, "kill -SEGV $$\n"));
        QObject owner;
        auto *checker = new PdfChecker(&owner);
        checker->setCheckerPath(script);
        const PdfCheckResult r = run(*checker, m_validPdf);
        QCOMPARE(r.status, PdfCheckStatus::Crashed);
        QVERIFY(r.message.contains(QStringLiteral("signal 11")));
    }

    void checkerWithoutVerdictIsRejected() {
        const QString script = file(QStringLiteral("silent-checker.sh"));
        QVERIFY(testfiles::writeScript(script, "echo not json\nexit 0\n"));
        QObject owner;
        auto *checker = new PdfChecker(&owner);
        checker->setCheckerPath(script);
        QCOMPARE(run(*checker, m_validPdf).status, PdfCheckStatus::Crashed);
    }

    void missingCheckerIsUnavailable() {
        QObject owner;
        auto *checker = new PdfChecker(&owner);
        checker->setCheckerPath(file(QStringLiteral("no-such-checker")));
        const PdfCheckResult r = run(*checker, m_validPdf);
        QCOMPARE(r.status, PdfCheckStatus::Unavailable);
        QVERIFY(r.message.contains(QStringLiteral("cannot be started")));
    }

    void severalChecksRunAtOnce() {
        const QString zip = file(QStringLiteral("many-zip.pdf"));
        const QString locked = file(QStringLiteral("many-locked.pdf"));
        QVERIFY(testfiles::writeFile(zip, testfiles::zipArchive()));
        QVERIFY(testfiles::writeFile(locked, testfiles::encryptedPdf()));
        QObject owner;
        PdfChecker *checker = makeChecker(&owner);
        PdfChecker::Limits limits;
        limits.maxParallel = 3; // more checks than slots: some wait in the queue
        checker->setLimits(limits);

        QMap<quint64, PdfCheckStatus> expected;
        for (int i = 0; i < 3; ++i) {
            expected.insert(checker->check(m_validPdf), PdfCheckStatus::Ok);
            expected.insert(checker->check(locked), PdfCheckStatus::Encrypted);
            expected.insert(checker->check(zip), PdfCheckStatus::NotPdf);
        }
        QCOMPARE(checker->pendingCount(), 6); // the ZIPs never reach the child
        QSignalSpy spy(checker, &PdfChecker::finished);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), expected.size(), 30'000);
        for (const QList<QVariant> &args : spy) {
            const auto r = args.first().value<PdfCheckResult>();
            QCOMPARE(r.status, expected.take(r.id));
        }
        QVERIFY(expected.isEmpty());
        QCOMPARE(checker->pendingCount(), 0);
    }

    void destroyingTheCheckerKillsRunningChecks() {
        const QString script = file(QStringLiteral("abandoned-checker.sh"));
        QVERIFY(testfiles::writeScript(script, "sleep 100\n"));
        qint64 group = 0;
        {
            QObject owner;
            auto *checker = new PdfChecker(&owner);
            checker->setCheckerPath(script);
            checker->check(m_validPdf);
            QTRY_VERIFY((group = testfiles::groupOfProcessWith(script)) > 0);
        }
        QTRY_VERIFY(!processGroupAlive(group));
    }
};

QTEST_MAIN(tst_PdfChecker)
#include "tst_pdfchecker.moc"
