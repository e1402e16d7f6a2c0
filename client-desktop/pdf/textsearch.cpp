#include "textsearch.h"

#include <QHash>
#include <QMutexLocker>

namespace council::pdf {

namespace {

// Letters with a stroke have no decomposition, so NFKD leaves them alone.
// Ð/ð (eth) stand in for Đ/đ in documents typed with the wrong key map.
char16_t strokeLetter(char32_t c) {
    switch (c) {
    case 0x0110: // Đ
    case 0x0111: // đ
    case 0x00D0: // Ð
    case 0x00F0: // ð
    case 0x0189: // Ɖ
        return u'd';
    case 0x0141: // Ł
    case 0x0142: // ł
        return u'l';
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return u'o';
    default:
        return 0;
    }
}

QString foldCodePointSlow(char32_t c) {
    if (const char16_t letter = strokeLetter(c))
        return QString(QChar(letter));
    if (QChar::isSpace(c))
        return QStringLiteral(" ");
    const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD);
    QString kept;
    for (const QChar ch : decomposed)
        if (!ch.isMark())
            kept.append(ch);
    return kept.toCaseFolded();
}

// Appends the folded form of one code point; the answer for non-ASCII code
// points is remembered per thread (normalising is the slow part).
void foldCodePoint(char32_t c, QString &out) {
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            out.append(QChar(char16_t(c - 'A' + 'a')));
        else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            out.append(u' ');
        else
            out.append(QChar(char16_t(c)));
        return;
    }
    thread_local QHash<char32_t, QString> memo;
    auto found = memo.constFind(c);
    if (found == memo.cend())
        found = memo.insert(c, foldCodePointSlow(c));
    out.append(found.value());
}

} // namespace

QString foldForSearch(QStringView text) {
    QString folded;
    folded.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        foldCodePoint(c, folded);
    return folded.simplified();
}

PageText PageText::fromWords(const QList<TextWord> &words) {
    PageText page;
    int line = 0;
    QString piece;
    const auto separate = [&page, &line] {
        if (!page.m_folded.isEmpty() && !page.m_folded.endsWith(u' ')) {
            page.m_folded.append(u' ');
            page.m_rects.append(QRectF());
            page.m_lines.append(line);
        }
    };
    for (const TextWord &word : words) {
        const QList<uint> codePoints = word.text.toUcs4();
        for (qsizetype i = 0; i < codePoints.size(); ++i) {
            piece.clear();
            foldCodePoint(char32_t(codePoints.at(i)), piece);
            QRectF box = i < word.charRects.size() ? word.charRects.at(i) : QRectF();
            if (box.isNull())
                box = word.rect;
            for (const QChar ch : std::as_const(piece)) {
                if (ch == u' ') {
                    separate();
                    continue;
                }
                page.m_folded.append(ch);
                page.m_rects.append(box);
                page.m_lines.append(line);
            }
        }
        // Line ends count as spaces, so that a phrase broken over two lines is found.
        if (word.spaceAfter || word.lastOnLine)
            separate();
        if (word.lastOnLine)
            ++line;
    }
    return page;
}

QList<QRectF> PageText::find(const QString &needle) const {
    QList<QRectF> result;
    if (needle.isEmpty())
        return result;
    for (qsizetype at = m_folded.indexOf(needle); at >= 0;
         at = m_folded.indexOf(needle, at + needle.size())) {
        QRectF piece;
        int line = -1;
        for (qsizetype k = at; k < at + needle.size(); ++k) {
            const QRectF &box = m_rects.at(k);
            if (box.isNull())
                continue;
            if (m_lines.at(k) != line && !piece.isNull()) {
                result.append(piece);
                piece = QRectF();
            }
            line = m_lines.at(k);
            piece = piece.united(box);
        }
        if (!piece.isNull())
            result.append(piece);
    }
    return result;
}

SearchIndex::SearchIndex(std::shared_ptr<PdfDocument> document)
    : m_document(std::move(document)) {
    m_pages.resize(m_document ? m_document->pageCount() : 0);
}

std::shared_ptr<const PageText> SearchIndex::page(int page) {
    if (page < 0 || page >= m_pages.size())
        return nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pages.at(page))
            return m_pages.at(page);
    }
    // Extracted without holding m_mutex: two searches may both extract a page; both results are equal.
    auto text = std::make_shared<const PageText>(PageText::fromWords(m_document->words(page)));
    QMutexLocker lock(&m_mutex);
    if (!m_pages.at(page))
        m_pages[page] = text;
    return m_pages.at(page);
}

QList<SearchHit> SearchIndex::search(int page, const QString &needle) {
    QList<SearchHit> hits;
    if (const std::shared_ptr<const PageText> text = this->page(page)) {
        const QList<QRectF> rects = text->find(needle);
        for (const QRectF &rect : rects)
            hits.append(SearchHit{page, rect});
    }
    return hits;
}

} // namespace council::pdf
