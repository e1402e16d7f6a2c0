// Real files for the document tests: PDFs written by QPdfWriter with
// Vietnamese text (a QGuiApplication must exist: run offscreen), the damaged
// copies uploads really produce, and Word, ODT and RTF files for LibreOffice.
// The hand-built PDFs and the ZIP impostor come from tests/unit/documents.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace council::testing {

// A PDF of `pages` A4 pages, each with Vietnamese text and `marker` (which
// makes the bytes unique). Empty on failure.
QByteArray vietnamesePdf(int pages, const QString &marker);

// The first half of `pdf` (no %%EOF), and the first half with a forged end
// line, which passes the cheap test and fails in Poppler.
QByteArray truncatedPdf(const QByteArray &pdf);
QByteArray halfPdfWithForgedEnd(const QByteArray &pdf);

// Office files with Vietnamese text, as LibreOffice opens them.
QByteArray rtfWithVietnamese(const QString &marker);
QByteArray odtWithVietnamese(const QString &marker);  // a real .odt (ZIP, mimetype first)
QByteArray docxWithVietnamese(const QString &marker); // a real .docx (WordprocessingML)

// A ZIP archive of stored (uncompressed) entries, in the given order.
QByteArray zipStored(const QList<std::pair<QByteArray, QByteArray>> &entries);

// The first bytes of a Windows program.
QByteArray windowsExecutable();

} // namespace council::testing
