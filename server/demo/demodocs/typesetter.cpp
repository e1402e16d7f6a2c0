#include "typesetter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace council::demodocs {

qreal PreparedBlock::linesHeight(size_t from, size_t to) const {
    qreal h = 0;
    for (size_t i = from; i < to && i < lines.size(); ++i)
        h += lines[i].advance;
    return h;
}

Typesetter::Typesetter(QPaintDevice *device, const QString &fontFamily, const PageFrame &frame)
    : m_device(device)
    , m_family(fontFamily)
    , m_frame(frame)
    , m_dpi(device->logicalDpiY()) {
    m_left = mm(frame.leftMm);
    m_right = mm(frame.widthMm - frame.rightMm);
    m_top = mm(frame.topMm);
    m_bottom = mm(frame.heightMm - frame.bottomMm);
    m_y = m_top;
    m_pages.emplace_back();
}

Typesetter::~Typesetter() = default;

qreal Typesetter::mm(qreal millimetres) const {
    return millimetres * m_dpi / 25.4;
}
qreal Typesetter::pt(qreal points) const {
    return points * m_dpi / 72.0;
}

QFont Typesetter::font(const TextStyle &style) const {
    QFont f(m_family);
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(style.pointSize);
    f.setBold(style.bold);
    f.setItalic(style.italic);
    // Hinting is for screens; on a 300 dpi page it only disturbs the widths.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

PreparedBlock Typesetter::prepare(const Block &block, qreal width) const {
    if (width < 0)
        width = textWidth();
    PreparedBlock out;
    out.spaceBefore = pt(block.style.spaceBeforePt);
    out.spaceAfter = pt(block.style.spaceAfterPt);
    out.layout = std::make_shared<QTextLayout>(block.text, font(block.style), m_device);
    QTextOption option(block.style.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    out.layout->setTextOption(option);
    out.layout->setCacheEnabled(true);
    if (block.boldPrefix > 0) {
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = block.boldPrefix;
        bold.format.setFontWeight(QFont::Bold);
        out.layout->setFormats({bold});
    }
    const qreal first = mm(block.style.firstLineIndentMm);
    const qreal left = mm(block.style.leftIndentMm);
    out.layout->beginLayout();
    for (;;) {
        QTextLine line = out.layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = left + (out.lines.empty() ? first : 0);
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, 0));
        out.lines.push_back({line.lineNumber(), line.height() * block.style.lineSpacing});
    }
    out.layout->endLayout();
    if (block.ruleFraction > 0 && !out.lines.empty()) {
        const QTextLine last = out.layout->lineAt(out.lines.back().index);
        const qreal w = last.naturalTextWidth() * block.ruleFraction;
        const qreal centre = last.x() + last.width() / 2;
        const qreal gap = last.height() - out.lines.back().advance + mm(1.6);
        out.rule = QLineF(centre - w / 2, gap, centre + w / 2, gap);
        out.ruleHeight = qMax<qreal>(0, gap) + mm(0.8);
    }
    return out;
}

PreparedRow Typesetter::prepare(const Row &row) const {
    PreparedRow out;
    out.padding = mm(row.paddingMm);
    qreal fixed = 0;
    int flexible = 0;
    for (const Cell &c : row.cells) {
        fixed += mm(c.widthMm);
        flexible += c.widthMm <= 0 ? 1 : 0;
    }
    const qreal share = flexible > 0 ? qMax<qreal>(0, textWidth() - fixed) / flexible : 0;
    qreal x = 0;
    for (const Cell &c : row.cells) {
        PreparedRow::Cell cell;
        cell.x = x;
        cell.width = c.widthMm > 0 ? mm(c.widthMm) : share;
        cell.framed = c.framed;
        qreal h = 0;
        for (const Block &b : c.blocks) {
            cell.blocks.push_back(prepare(b, cell.width - 2 * out.padding));
            h += cell.blocks.size() == 1 ? cell.blocks.back().height() + cell.blocks.back().spaceAfter
                                         : cell.blocks.back().outerHeight();
        }
        if (!cell.blocks.empty())
            h -= cell.blocks.back().spaceAfter;
        out.height = qMax(out.height, h + 2 * out.padding);
        x += cell.width;
        out.cells.push_back(std::move(cell));
    }
    return out;
}

void Typesetter::placeLines(const PreparedBlock &block, size_t from, size_t to, qreal x) {
    for (size_t i = from; i < to; ++i) {
        m_pages.back().ops.push_back({block.layout, block.lines[i].index, QPointF(x, m_y), {}, {}});
        m_y += block.lines[i].advance;
    }
}

void Typesetter::placeRule(const PreparedBlock &block, qreal x, qreal y) {
    if (block.ruleHeight > 0)
        m_pages.back().ops.push_back({nullptr, 0, {}, block.rule.translated(x, y), {}});
}

void Typesetter::place(const PreparedBlock &block) {
    if (!pageIsEmpty())
        m_y += block.spaceBefore;
    const size_t n = block.lines.size();
    size_t i = 0;
    while (i < n) {
        size_t fit = 0;
        qreal h = 0;
        while (i + fit < n && m_y + h + block.lines[i + fit].advance <= m_bottom + 0.5) {
            h += block.lines[i + fit].advance;
            ++fit;
        }
        // A page that already holds something takes at least two lines of a
        // paragraph that goes on, and leaves at least two for the next page.
        if (i + fit < n && !pageIsEmpty()) {
            if (fit < 2)
                fit = 0;
            else if (n - fit == 1)
                fit = fit >= 3 ? fit - 1 : 0;
        }
        if (fit == 0 && pageIsEmpty())
            fit = 1; // taller than a page: nothing better to do
        placeLines(block, i, i + fit, m_left);
        i += fit;
        if (i < n)
            newPage();
    }
    placeRule(block, m_left, m_y);
    m_y += block.ruleHeight + block.spaceAfter;
}

void Typesetter::place(const PreparedRow &row) {
    if (row.height > remaining() && !pageIsEmpty())
        newPage();
    for (const PreparedRow::Cell &cell : row.cells) {
        if (cell.framed)
            m_pages.back().ops.push_back(
                {nullptr, 0, {}, {}, QRectF(m_left + cell.x, m_y, cell.width, row.height)});
        const qreal x = m_left + cell.x + row.padding;
        const qreal top = m_y;
        m_y += row.padding;
        for (size_t k = 0; k < cell.blocks.size(); ++k) {
            const PreparedBlock &b = cell.blocks[k];
            if (k > 0)
                m_y += b.spaceBefore;
            placeLines(b, 0, b.lines.size(), x);
            placeRule(b, x, m_y);
            m_y += b.ruleHeight + b.spaceAfter;
        }
        m_y = top;
    }
    m_y += row.height;
}

void Typesetter::ensureSpace(qreal height) {
    if (remaining() < height && !pageIsEmpty())
        newPage();
}

void Typesetter::skip(qreal height) {
    if (!pageIsEmpty())
        m_y = qMin(m_y + height, m_bottom);
}

void Typesetter::rollback(const Mark &mark) {
    m_pages.resize(mark.pages);
    m_pages.back().ops.resize(mark.ops);
    m_y = mark.y;
}

void Typesetter::newPage() {
    m_pages.emplace_back();
    m_y = m_top;
}

bool Typesetter::render(QPainter &painter, QPagedPaintDevice &device) const {
    QPen rulePen(Qt::black);
    rulePen.setWidthF(mm(0.25));
    QPen framePen(Qt::black);
    framePen.setWidthF(mm(0.2));
    TextStyle footerStyle;
    footerStyle.pointSize = 11;
    const QFont footer = font(footerStyle);
    for (size_t p = 0; p < m_pages.size(); ++p) {
        if (p > 0 && !device.newPage())
            return false;
        painter.setBrush(Qt::NoBrush);
        for (const Op &op : m_pages[p].ops) {
            if (op.layout) {
                painter.setPen(Qt::black);
                op.layout->lineAt(op.line).draw(&painter, op.at);
            } else if (!op.rule.isNull()) {
                painter.setPen(rulePen);
                painter.drawLine(op.rule);
            } else {
                painter.setPen(framePen);
                painter.drawRect(op.frame);
            }
        }
        painter.setPen(Qt::black);
        painter.setFont(footer);
        painter.drawText(QRectF(m_left, m_bottom + mm(7), textWidth(), mm(8)),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(p + 1));
    }
    return painter.isActive();
}

} // namespace council::demodocs
