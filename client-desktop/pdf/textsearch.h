// Text search that ignores case and diacritics, so that a delegate typing
// "ngan sach" on a tablet keyboard finds "ngân sách". Poppler's own
// IgnoreDiacritics flag only folds Latin-1 accents: it misses most
// Vietnamese letters (ị, ế, ự...) and đ. So the page's words are folded here
// (NFKD, combining marks dropped, đ/Đ to d, case folded) while remembering the
// box of every character, and hits map back to rectangles in page points.
#pragma once

#include "pdfdocument.h"

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QRectF>
#include <QString>
#include <QStringView>
#include <memory>

namespace council::pdf {

// One hit: a page and a rectangle in page points (origin top left). A match
// running across a line break gives one hit per line it touches.
struct SearchHit {
    int page = -1;
    QRectF rect;
    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

// "Điều 1.  Thông qua" -> "dieu 1. thong qua": folded, whitespace collapsed, trimmed.
QString foldForSearch(QStringView text);

// One page's text, folded, with the box of each folded character.
class PageText {
public:
    static PageText fromWords(const QList<TextWord> &words);

    const QString &folded() const { return m_folded; }
    // `needle` must come from foldForSearch(). One rectangle per line of each match.
    QList<QRectF> find(const QString &needle) const;

private:
    QString m_folded;
    QList<QRectF> m_rects; // per char of m_folded; null for separators
    QList<int> m_lines;    // per char of m_folded: the line it belongs to
};

// The folded text of a document's pages, extracted on first use and kept,
// so that a second search does not ask Poppler again. Thread-safe.
class SearchIndex {
public:
    explicit SearchIndex(std::shared_ptr<PdfDocument> document);

    const std::shared_ptr<PdfDocument> &document() const { return m_document; }
    // Blocking (takes the document's mutex when the page is new): call off the GUI thread.
    std::shared_ptr<const PageText> page(int page);
    QList<SearchHit> search(int page, const QString &needle);

private:
    std::shared_ptr<PdfDocument> m_document;
    QMutex m_mutex; // guards m_pages only
    QList<std::shared_ptr<const PageText>> m_pages;
};

} // namespace council::pdf

Q_DECLARE_METATYPE(council::pdf::SearchHit)
