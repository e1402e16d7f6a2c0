// Composes one demo document onto a Typesetter: the administrative header,
// the title, the legal bases, then articles (resolutions) or Roman-numbered
// parts (submissions, reports) generated from the seed until the target page
// is reached, and finally the closing articles and the signature block, sized
// so that they end on that page.
#pragma once

#include "demodocument.h"
#include "textbank.h"
#include "typesetter.h"

#include <vector>

namespace council::demodocs {

class Composer {
public:
    Composer(const DocumentSpec &spec, Typesetter &typesetter);
    void compose();

private:
    struct Piece {
        PreparedBlock block; // text, unless rows is not empty
        bool keepWithNext = false;
        std::vector<PreparedRow> rows; // a table: rows[0] is the header, repeated on each page
        qreal height() const;
        qreal leadHeight() const; // what must share a page with a heading before it
    };
    using Chunk = std::vector<Piece>;

    bool isResolution() const { return m_spec.kind == DocumentKind::Resolution; }
    bool isDraft() const { return isResolution() && m_spec.draft; }

    void header();
    void title();
    void preamble();
    void body();

    Chunk nextChunk(bool small);
    void appendClause(Chunk &chunk, bool small);
    void appendTable(Chunk &chunk);
    int clausesPerSection();
    Chunk closing(int firstArticle);
    PreparedRow signature();

    Piece text(const QString &text, const TextStyle &style, bool keepWithNext = false, int boldPrefix = 0);
    void place(const Chunk &chunk);
    void placeText(const QString &text, const TextStyle &style, qreal rule = 0);

    QString numberLine() const;
    QString dateLine() const;

    const DocumentSpec &m_spec;
    Typesetter &m_ts;
    TextBank m_bank;
    QStringList m_issuerLines;
    QString m_place;       // "Bình Minh"
    QString m_organ;       // "ỦY BAN NHÂN DÂN", the issuing body without its place
    QString m_organPhrase; // "Ủy ban nhân dân thành phố", for running text
    QString m_subject;     // "kế hoạch đầu tư công năm 2027"
    QDate m_date;          // invalid on drafts
    QList<Part> m_parts;   // articles of a resolution have no subsection headings
    qreal m_closingHeight = 0;
    qreal m_placedHeight = 0;
    int m_placedChunks = 0;
    int m_section = 0;
    int m_clause = 0;
    int m_clausesInSection = 0;
    int m_subsection = 0; // the number shown: not every clause of a part starts a subsection
    bool m_tableInSection = false;
};

} // namespace council::demodocs
