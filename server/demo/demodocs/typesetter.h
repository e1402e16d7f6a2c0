// A small page-layout engine for generated administrative documents.
// Paragraphs are broken into lines with QTextLayout (justified, with a first
// line indent), then lines and unbreakable rows (the two-column header, table
// rows, the signature block) are placed on pages with widow and orphan
// control. Layout and painting are separate steps so that the composer can ask
// how much room is left on a page before deciding what comes next; painting
// onto a QPdfWriter happens once, at the end, when the page count is known.
#pragma once

#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QPagedPaintDevice;
class QTextLayout;

namespace council::demodocs {

struct TextStyle {
    qreal pointSize = 13;
    bool bold = false;
    bool italic = false;
    Qt::Alignment alignment = Qt::AlignJustify;
    qreal firstLineIndentMm = 0;
    qreal leftIndentMm = 0;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 6;
    qreal lineSpacing = 1.2; // multiple of the font's line height
};

struct Block {
    QString text;
    TextStyle style;
    int boldPrefix = 0;     // characters at the start drawn bold, e.g. "Điều 3."
    qreal ruleFraction = 0; // > 0: a centred rule under the last line, this share of its width
};

struct Cell {
    QList<Block> blocks;
    qreal widthMm = 0; // 0: whatever the other cells leave
    bool framed = false;
};

struct Row {
    QList<Cell> cells;
    qreal paddingMm = 0;
};

// A block broken into lines and measured, ready to be placed.
struct PreparedBlock {
    struct Line {
        int index;
        qreal advance;
    };
    std::shared_ptr<QTextLayout> layout;
    std::vector<Line> lines;
    qreal spaceBefore = 0;
    qreal spaceAfter = 0;
    QLineF rule; // relative to the top-left of the block, below its last line
    qreal ruleHeight = 0;

    qreal linesHeight(size_t from, size_t to) const;
    qreal height() const { return linesHeight(0, lines.size()) + ruleHeight; }
    qreal outerHeight() const { return spaceBefore + height() + spaceAfter; }
};

struct PreparedRow {
    struct Cell {
        std::vector<PreparedBlock> blocks;
        qreal x = 0;
        qreal width = 0;
        bool framed = false;
    };
    std::vector<Cell> cells;
    qreal padding = 0;
    qreal height = 0;
};

struct PageFrame {
    qreal widthMm = 210;
    qreal heightMm = 297;
    qreal topMm = 20;
    qreal bottomMm = 20;
    qreal leftMm = 30;
    qreal rightMm = 15;
};

class Typesetter {
public:
    Typesetter(QPaintDevice *device, const QString &fontFamily, const PageFrame &frame = {});
    ~Typesetter();

    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;
    qreal textWidth() const { return m_right - m_left; }
    qreal textHeight() const { return m_bottom - m_top; }
    qreal textWidthMm() const { return m_frame.widthMm - m_frame.leftMm - m_frame.rightMm; }
    QFont font(const TextStyle &style) const;

    PreparedBlock prepare(const Block &block, qreal width = -1) const;
    PreparedRow prepare(const Row &row) const;

    // Lines flow onto the next page; rows move there whole.
    void place(const PreparedBlock &block);
    void place(const PreparedRow &row);
    // Starts a new page unless there is at least this much room left.
    void ensureSpace(qreal height);
    // Vertical space, dropped at the top of a page.
    void skip(qreal height);
    void newPage();

    // Everything placed after a mark can be taken back.
    struct Mark {
        size_t pages;
        size_t ops;
        qreal y;
    };
    Mark mark() const { return {m_pages.size(), m_pages.back().ops.size(), m_y}; }
    void rollback(const Mark &mark);

    int pageCount() const { return int(m_pages.size()); }
    qreal remaining() const { return m_bottom - m_y; }
    bool pageIsEmpty() const { return m_pages.back().ops.empty(); }

    // Paints every page, numbered in the footer. False if the painter fails.
    bool render(QPainter &painter, QPagedPaintDevice &device) const;

private:
    struct Op {
        std::shared_ptr<QTextLayout> layout; // a text line when set
        int line = 0;
        QPointF at;
        QLineF rule;
        QRectF frame;
    };
    struct Page {
        std::vector<Op> ops;
    };

    void placeLines(const PreparedBlock &block, size_t from, size_t to, qreal x);
    void placeRule(const PreparedBlock &block, qreal x, qreal y);

    QPaintDevice *m_device;
    QString m_family;
    PageFrame m_frame;
    qreal m_dpi;
    qreal m_left, m_right, m_top, m_bottom;
    qreal m_y;
    std::vector<Page> m_pages;
};

} // namespace council::demodocs
