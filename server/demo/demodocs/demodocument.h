// The demo documents of the server's --demo mode: the spec the seeder writes
// (which files, of what kind, about what, how many pages) and the writer that
// turns one entry into a PDF laid out like a Vietnamese administrative
// document — issuer and national motto, number and date, title, legal bases,
// articles or numbered parts, tables, signature block, page numbers.
// Text is drawn as text (extractable) in a serif font with Vietnamese glyphs.
// Everything here needs a QGuiApplication (fonts); it runs offscreen.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace council::demodocs {

enum class DocumentKind { Resolution, Submission, Report };

struct DocumentSpec {
    QString file; // a plain file name ending in .pdf, written into the output directory
    DocumentKind kind = DocumentKind::Resolution;
    QString title;  // "Về kế hoạch đầu tư công năm 2027", or an agenda title (see displayTitle)
    QString number; // "05/NQ-HĐND"; empty: a blank number on drafts, a generated one otherwise
    QString issuer; // upper case; '\n' separates the header lines; empty: by kind
    int pages = 1;  // target page count; the document has at least this many
    quint64 seed = 0;
    bool draft = true;                        // resolutions only: "DỰ THẢO" box, blank number and day
    QDate date;                               // invalid: a day chosen from the seed (blank for drafts)
    QString term = QStringLiteral("XII");     // "khóa XII"
    QString sitting = QStringLiteral("Mười"); // "kỳ họp thứ Mười"
};

inline constexpr int kMaxPages = 200;
inline constexpr int kMaxDocuments = 500;

// Parses {"documents": [{...}, ...]}. False, with a message that names the
// entry and the field, when anything is missing, unknown or out of range.
bool parseSpec(const QByteArray &json, QList<DocumentSpec> *documents, QString *error);

// The line printed under "NGHỊ QUYẾT" / "TỜ TRÌNH" / "BÁO CÁO": the title as
// given, except that an agenda title such as "Tờ trình và dự thảo Nghị quyết
// về X" or "Báo cáo X" becomes "Về X" or "X", the way real documents read.
QString displayTitle(const DocumentSpec &spec);

// The serif family with Vietnamese glyphs used for all text.
QString documentFontFamily();

struct WriteResult {
    bool ok = false;
    int pages = 0;
    QString error;
};

// Lays out and writes one PDF; the file appears complete or not at all.
WriteResult writeDocument(const DocumentSpec &spec, const QString &path);

} // namespace council::demodocs
