#include "composer.h"

#include <QRegularExpression>

#include <tuple>

namespace council::demodocs {

namespace {

constexpr qreal kIndentMm = 10;

TextStyle bodyStyle() {
    TextStyle s;
    s.firstLineIndentMm = kIndentMm;
    return s;
}

TextStyle headingStyle() {
    TextStyle s = bodyStyle();
    s.bold = true;
    s.spaceBeforePt = 4;
    s.spaceAfterPt = 4;
    return s;
}

TextStyle centred(qreal size, bool bold, bool italic = false, qreal after = 0) {
    TextStyle s;
    s.pointSize = size;
    s.bold = bold;
    s.italic = italic;
    s.alignment = Qt::AlignHCenter;
    s.lineSpacing = 1.1;
    s.spaceAfterPt = after;
    return s;
}

TextStyle cellStyle(Qt::Alignment alignment, bool bold) {
    TextStyle s;
    s.pointSize = 11.5;
    s.bold = bold;
    s.alignment = alignment;
    s.lineSpacing = 1.05;
    s.spaceAfterPt = 0;
    return s;
}

QString roman(int n) {
    static const std::pair<int, const char *> digits[] = {
        {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    QString out;
    for (const auto &[value, letters] : digits)
        for (; n >= value; n -= value)
            out += QLatin1String(letters);
    return out;
}

// "BÌNH MINH" -> "Bình Minh"
QString capitalizeWords(const QString &upper) {
    QStringList words = upper.toLower().split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    return words.join(u' ');
}

// "BAN KINH TẾ - NGÂN SÁCH" -> "Ban Kinh tế - Ngân sách"; "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"
QString organInText(const QString &upper) {
    QString s = upper.toLower();
    if (s.isEmpty())
        return s;
    s[0] = s.at(0).toUpper();
    const auto capitalizeAfter = [&s](const QString &marker) {
        for (qsizetype at = s.indexOf(marker); at >= 0 && at + marker.size() < s.size();
             at = s.indexOf(marker, at + 1))
            s[at + marker.size()] = s.at(at + marker.size()).toUpper();
    };
    capitalizeAfter(QStringLiteral(" - "));
    if (s.startsWith(QLatin1String("Ban ")))
        capitalizeAfter(QStringLiteral("Ban "));
    return s;
}

bool isPlaceLine(const QString &line) {
    return line.startsWith(QStringLiteral("THÀNH PHỐ")) || line.startsWith(QStringLiteral("TỈNH"));
}

QStringList issuerLines(const QString &issuer) {
    QStringList lines;
    for (const QString &l : issuer.split(u'\n', Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            lines << l.simplified().toUpper();
    if (lines.size() == 1) {
        for (const QString &place : {QStringLiteral(" THÀNH PHỐ "), QStringLiteral(" TỈNH ")}) {
            const qsizetype at = lines.first().indexOf(place);
            if (at > 0) {
                const QString whole = lines.first();
                lines = QStringList{whole.left(at), whole.mid(at + 1)};
                break;
            }
        }
    }
    return lines;
}

// FNV-1a: qHash is seeded per process, and a signer must not change between runs.
quint64 stableHash(const QString &s) {
    quint64 h = 1469598103934665603ull;
    for (const char c : s.toUtf8())
        h = (h ^ quint8(c)) * 1099511628211ull;
    return h;
}

QString dayText(int day) {
    return QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
}
QString monthText(int month) {
    return month <= 2 ? QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0')) : QString::number(month);
}

bool isNumeric(const QString &s) {
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9][0-9.,]*%?$"));
    return number.match(s).hasMatch();
}

} // namespace

qreal Composer::Piece::height() const {
    if (rows.empty())
        return block.outerHeight();
    qreal h = 0;
    for (const PreparedRow &r : rows)
        h += r.height;
    return h;
}

qreal Composer::Piece::leadHeight() const {
    if (!rows.empty())
        return rows[0].height + (rows.size() > 1 ? rows[1].height : 0);
    return block.spaceBefore + block.linesHeight(0, 2);
}

Composer::Composer(const DocumentSpec &spec, Typesetter &typesetter)
    : m_spec(spec)
    , m_ts(typesetter)
    , m_bank(topicForTitle(spec.title), spec.seed, spec.title) {
    QString issuer = spec.issuer;
    if (issuer.trimmed().isEmpty())
        issuer = isResolution() ? QStringLiteral("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ BÌNH MINH")
                                : QStringLiteral("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BÌNH MINH");
    m_issuerLines = issuerLines(issuer);
    m_place = QStringLiteral("Bình Minh");
    for (const QString &line : std::as_const(m_issuerLines)) {
        const qsizetype at = line.indexOf(QStringLiteral("THÀNH PHỐ "));
        if (at >= 0)
            m_place = capitalizeWords(line.mid(at + 10));
    }
    // "HỘI ĐỒNG NHÂN DÂN / THÀNH PHỐ X": the body is the first line; "HĐND THÀNH PHỐ X / BAN ...": the last.
    const bool placeLast = m_issuerLines.size() >= 2 && isPlaceLine(m_issuerLines.last());
    m_organ = placeLast ? m_issuerLines.first() : m_issuerLines.last();
    m_organPhrase = organInText(m_organ) + (placeLast ? QStringLiteral(" thành phố") : QString());
    // A council does not submit to itself: its standing committee does.
    if (!isResolution() && m_organ.startsWith(QStringLiteral("HỘI ĐỒNG"))) {
        m_organ = QStringLiteral("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN");
        m_organPhrase = QStringLiteral("Thường trực ") + m_organPhrase;
    }

    QString subject = displayTitle(spec);
    if (subject.startsWith(QStringLiteral("Về ")))
        subject = subject.mid(3);
    if (subject.size() > 1 && !subject.at(1).isUpper())
        subject[0] = subject.at(0).toLower();
    m_subject = subject;

    m_date = spec.date;
    if (!m_date.isValid() && !isDraft())
        m_date = QDate(2026, 11, m_bank.rng().range(10, 27));
    if (isResolution()) {
        for (const QString &heading : m_bank.articleHeadings())
            m_parts.append({heading, {}});
    } else {
        m_parts = m_spec.kind == DocumentKind::Submission ? m_bank.submissionParts() : m_bank.reportParts();
    }
}

void Composer::compose() {
    header();
    title();
    preamble();
    body();
}

QString Composer::numberLine() const {
    if (!m_spec.number.isEmpty())
        return QStringLiteral("Số: ") + m_spec.number;
    const bool byPeoplesCommittee = m_organ.startsWith(QStringLiteral("ỦY BAN"));
    const QString body = byPeoplesCommittee ? QStringLiteral("UBND") : QStringLiteral("HĐND");
    switch (m_spec.kind) {
    case DocumentKind::Resolution:
        return isDraft() ? QStringLiteral("Số:        /NQ-HĐND")
                         : QStringLiteral("Số: %1/NQ-HĐND").arg(dayText(int(m_spec.seed % 90) + 1));
    case DocumentKind::Submission:
        return QStringLiteral("Số: %1/TTr-%2").arg(int(m_spec.seed % 400) + 100).arg(body);
    case DocumentKind::Report:
        break;
    }
    return QStringLiteral("Số: %1/BC-%2").arg(int(m_spec.seed % 400) + 100).arg(body);
}

QString Composer::dateLine() const {
    if (!m_date.isValid())
        return QStringLiteral("%1, ngày       tháng 12 năm 2026").arg(m_place);
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(m_place, dayText(m_date.day()), monthText(m_date.month()))
        .arg(m_date.year());
}

Composer::Piece Composer::text(const QString &text, const TextStyle &style, bool keepWithNext,
                               int boldPrefix) {
    Piece p;
    p.block = m_ts.prepare(Block{text, style, boldPrefix, 0});
    p.keepWithNext = keepWithNext;
    return p;
}

void Composer::placeText(const QString &text, const TextStyle &style, qreal rule) {
    m_ts.place(m_ts.prepare(Block{text, style, 0, rule}));
}

void Composer::header() {
    if (isDraft()) {
        Row box;
        box.paddingMm = 1;
        box.cells << Cell{{Block{QStringLiteral("DỰ THẢO"), centred(12, true)}}, 28, true} << Cell{};
        m_ts.place(m_ts.prepare(box));
        m_ts.skip(m_ts.mm(3));
    }
    // Per Decree 30/2020: the parent body in regular type, the issuing body in bold.
    const bool allBold = m_issuerLines.size() <= 2 && isPlaceLine(m_issuerLines.value(1));
    Cell issuer{{}, 66, false};
    for (int i = 0; i < m_issuerLines.size(); ++i) {
        const bool last = i == m_issuerLines.size() - 1;
        TextStyle s = centred(12, allBold || last);
        s.lineSpacing = 1.05;
        QString line = m_issuerLines.at(i);
        // A parent body that would wrap is written the way officials abbreviate it.
        if (!last && line.size() > 24)
            line.replace(QStringLiteral("HỘI ĐỒNG NHÂN DÂN"), QStringLiteral("HĐND"))
                .replace(QStringLiteral("ỦY BAN NHÂN DÂN"), QStringLiteral("UBND"));
        issuer.blocks << Block{line, s, 0, last ? 0.4 : 0};
    }
    Cell nation;
    TextStyle motto = centred(13, true);
    motto.lineSpacing = 1.05;
    nation.blocks << Block{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), centred(12, true), 0, 0}
                  << Block{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), motto, 0, 1.0};
    m_ts.place(m_ts.prepare(Row{{issuer, nation}, 0}));
    m_ts.skip(m_ts.mm(2.5));
    Row second;
    second.cells << Cell{{Block{numberLine(), centred(13, false)}}, 66, false}
                 << Cell{{Block{dateLine(), centred(13, false, true)}}, 0, false};
    m_ts.place(m_ts.prepare(second));
}

void Composer::title() {
    static const char *const headings[] = {"NGHỊ QUYẾT", "TỜ TRÌNH", "BÁO CÁO"};
    m_ts.skip(m_ts.pt(20));
    placeText(QString::fromUtf8(headings[int(m_spec.kind)]), centred(14, true, false, 2));
    placeText(displayTitle(m_spec), centred(14, true, false, 10), 0.35);
    if (isResolution()) {
        QString council = m_issuerLines.join(u' ');
        placeText(council, centred(14, true));
        placeText(QStringLiteral("KHÓA %1, KỲ HỌP THỨ %2").arg(m_spec.term, m_spec.sitting.toUpper()),
                  centred(14, true, false, 12));
    } else if (m_spec.kind == DocumentKind::Submission) {
        placeText(QStringLiteral("Kính gửi: Hội đồng nhân dân thành phố %1.").arg(m_place),
                  centred(14, false, false, 12));
    } else {
        m_ts.skip(m_ts.pt(4));
    }
}

void Composer::preamble() {
    TextStyle basis = bodyStyle();
    basis.italic = isResolution();
    for (const QString &line : m_bank.legalBases())
        placeText(line, basis);
    if (isResolution()) {
        placeText(
            QStringLiteral("Xét Tờ trình số %1/TTr-UBND ngày %2 tháng 11 năm 2026 của Ủy ban nhân dân thành "
                           "phố về %3; Báo cáo thẩm tra của %4 Hội đồng nhân dân thành phố; ý kiến thảo luận "
                           "của đại biểu Hội đồng nhân dân thành phố tại kỳ họp.")
                .arg(int(m_spec.seed % 400) + 100)
                .arg(dayText(m_bank.rng().range(10, 27)))
                .arg(m_subject, m_bank.examiningCommittee()),
            basis);
        TextStyle decides = centred(14, true, false, 8);
        decides.spaceBeforePt = 6;
        placeText(QStringLiteral("QUYẾT NGHỊ:"), decides);
    } else if (m_spec.kind == DocumentKind::Submission) {
        placeText(
            QStringLiteral("%1 kính trình Hội đồng nhân dân thành phố xem xét, ban hành Nghị quyết về %2 như "
                           "sau:")
                .arg(m_organPhrase, m_subject),
            bodyStyle());
    } else {
        placeText(
            QStringLiteral("Thực hiện chương trình kỳ họp thứ %1, Hội đồng nhân dân thành phố khóa %2, %3 "
                           "báo cáo %4 như sau:")
                .arg(m_spec.sitting, m_spec.term, m_organPhrase, m_subject),
            bodyStyle());
    }
}

int Composer::clausesPerSection() {
    // What is left of the target, shared evenly by the sections still to come,
    // in clauses of the size seen so far.
    const qreal page = m_ts.textHeight();
    const qreal used = (m_ts.pageCount() - 1) * page + (page - m_ts.remaining());
    const qreal left = m_spec.pages * page - used - m_closingHeight;
    const qreal clause = m_placedChunks > 0 ? m_placedHeight / m_placedChunks : page * 0.25;
    const int sectionsLeft = int(m_parts.size()) - m_section + 1;
    const int n = qRound(left / clause / sectionsLeft) + m_bank.rng().range(-1, 1);
    return qBound(1, n, 60);
}

Composer::Chunk Composer::nextChunk(bool small) {
    Chunk chunk;
    // The last section takes whatever is still missing.
    if (m_clause >= m_clausesInSection && m_section < m_parts.size()) {
        ++m_section;
        m_clause = 0;
        m_subsection = 0;
        m_clausesInSection = clausesPerSection();
        m_tableInSection = false;
        const QString heading = m_parts.at(m_section - 1).title;
        chunk.push_back(
            isResolution()
                ? text(QStringLiteral("Điều %1. %2").arg(m_section).arg(heading), headingStyle(), true)
                : text(roman(m_section) + QStringLiteral(". ") + heading, headingStyle(), true));
    }
    ++m_clause;
    appendClause(chunk, small);
    return chunk;
}

void Composer::appendClause(Chunk &chunk, bool small) {
    Rng &rng = m_bank.rng();
    const bool withTable = !small && m_bank.hasTable() && !m_tableInSection && rng.chance(20);
    QString intro = small ? m_bank.paragraph(1, 2) : m_bank.paragraph(2, 5);
    if (withTable)
        intro += QStringLiteral(" Chi tiết như bảng sau:");
    if (isResolution()) {
        const QString number = m_clausesInSection > 1 ? QStringLiteral("%1. ").arg(m_clause) : QString();
        chunk.push_back(text(number + intro, bodyStyle()));
    } else {
        // A part's own subsections first; after them, mostly more paragraphs of the last one.
        const QStringList &own = m_parts.at(m_section - 1).subsections;
        if (m_subsection < own.size() || own.isEmpty() || rng.chance(35)) {
            const QString heading =
                m_subsection < own.size() ? own.at(m_subsection) : m_bank.subsectionHeading();
            chunk.push_back(
                text(QStringLiteral("%1. %2").arg(++m_subsection).arg(heading), headingStyle(), true));
        }
        chunk.push_back(text(intro, bodyStyle()));
    }
    if (withTable)
        appendTable(chunk);
    if (small)
        return;
    if (rng.chance(35)) {
        const int points = rng.range(2, 4);
        for (int i = 0; i < points; ++i) {
            QString s = m_bank.sentence();
            if (i < points - 1)
                s.back() = u';';
            const QString marker =
                isResolution() ? QStringLiteral("%1) ").arg(QChar(u'a' + i)) : QStringLiteral("- ");
            TextStyle point = bodyStyle();
            point.spaceAfterPt = 3;
            chunk.push_back(text(marker + s, point));
        }
    }
    if (!isResolution() && rng.chance(40))
        chunk.push_back(text(m_bank.paragraph(2, 4), bodyStyle()));
}

void Composer::appendTable(Chunk &chunk) {
    const TableSpec t = m_bank.table(m_ts.textWidthMm());
    if (t.header.isEmpty())
        return;
    m_tableInSection = true;
    if (!t.note.isEmpty()) {
        TextStyle note = bodyStyle();
        note.alignment = Qt::AlignRight;
        note.italic = true;
        note.pointSize = 12;
        note.firstLineIndentMm = 0;
        note.spaceAfterPt = 2;
        chunk.push_back(text(t.note, note, true));
    }
    Piece table;
    const auto row = [&](const QStringList &cells, bool header) {
        Row r;
        r.paddingMm = 1.2;
        const bool total = !header && cells.value(0).isEmpty();
        for (int c = 0; c < cells.size(); ++c) {
            Qt::Alignment align = Qt::AlignLeft;
            if (header || c == 0)
                align = Qt::AlignHCenter;
            else if (isNumeric(cells.at(c)))
                align = Qt::AlignRight;
            r.cells << Cell{
                {Block{cells.at(c), cellStyle(align, header || total), 0, 0}}, t.widthsMm.value(c), true};
        }
        return m_ts.prepare(r);
    };
    table.rows.push_back(row(t.header, true));
    for (const QStringList &cells : t.rows)
        table.rows.push_back(row(cells, false));
    chunk.push_back(std::move(table));
}

void Composer::place(const Chunk &chunk) {
    for (size_t i = 0; i < chunk.size(); ++i) {
        const Piece &p = chunk[i];
        if (p.keepWithNext && i + 1 < chunk.size())
            m_ts.ensureSpace(p.height() + chunk[i + 1].leadHeight());
        if (p.rows.empty()) {
            m_ts.place(p.block);
            continue;
        }
        m_ts.skip(m_ts.pt(2));
        m_ts.ensureSpace(p.leadHeight());
        m_ts.place(p.rows[0]);
        for (size_t r = 1; r < p.rows.size(); ++r) {
            if (p.rows[r].height > m_ts.remaining()) {
                m_ts.newPage();
                m_ts.place(p.rows[0]);
            }
            m_ts.place(p.rows[r]);
        }
        m_ts.skip(m_ts.pt(10));
    }
}

Composer::Chunk Composer::closing(int firstArticle) {
    Chunk c;
    const QString council = QStringLiteral("Hội đồng nhân dân thành phố");
    if (isResolution()) {
        c.push_back(
            text(QStringLiteral("Điều %1. Tổ chức thực hiện").arg(firstArticle), headingStyle(), true));
        c.push_back(
            text(QStringLiteral("1. Giao Ủy ban nhân dân thành phố tổ chức triển khai thực hiện Nghị quyết "
                                "này; hằng năm báo cáo kết quả thực hiện tại kỳ họp thường lệ cuối năm "
                                "của %1.")
                     .arg(council),
                 bodyStyle()));
        c.push_back(
            text(QStringLiteral("2. Giao Thường trực %1, các Ban của %1, các Tổ đại biểu và đại biểu %1 "
                                "giám sát việc thực hiện Nghị quyết này.")
                     .arg(council),
                 bodyStyle()));
        c.push_back(
            text(QStringLiteral("Điều %1. Hiệu lực thi hành").arg(firstArticle + 1), headingStyle(), true));
        const QString adopted = m_date.isValid() ? QStringLiteral("ngày %1 tháng %2 năm %3")
                                                       .arg(dayText(m_date.day()), monthText(m_date.month()))
                                                       .arg(m_date.year())
                                                 : QStringLiteral("ngày       tháng 12 năm 2026");
        c.push_back(
            text(QStringLiteral("Nghị quyết này đã được Hội đồng nhân dân thành phố %1 khóa %2, kỳ họp thứ "
                                "%3 thông qua %4 và có hiệu lực từ ngày 01 tháng 01 năm 2027./.")
                     .arg(m_place, m_spec.term, m_spec.sitting, adopted),
                 bodyStyle()));
    } else if (m_spec.kind == DocumentKind::Submission) {
        c.push_back(text(QStringLiteral("Trên đây là Tờ trình về %1, %2 kính trình %3 xem xét, quyết định./.")
                             .arg(m_subject, m_organPhrase, council),
                         bodyStyle()));
        TextStyle attached = bodyStyle();
        attached.italic = true;
        c.push_back(text(QStringLiteral("(Kèm theo dự thảo Nghị quyết và hồ sơ có liên quan)"), attached));
    } else {
        c.push_back(text(QStringLiteral("Trên đây là báo cáo %1, %2 kính trình %3 xem xét./.")
                             .arg(m_subject, m_organPhrase, council),
                         bodyStyle()));
    }
    return c;
}

PreparedRow Composer::signature() {
    QString on, deputy, role;
    if (m_organ.startsWith(QStringLiteral("ỦY BAN"))) {
        on = QStringLiteral("TM. ỦY BAN NHÂN DÂN");
        if (stableHash(m_spec.file) % 2 == 0)
            deputy = QStringLiteral("KT. CHỦ TỊCH");
        role = deputy.isEmpty() ? QStringLiteral("CHỦ TỊCH") : QStringLiteral("PHÓ CHỦ TỊCH");
    } else if (m_organ.startsWith(QStringLiteral("HỘI ĐỒNG"))) {
        on = QStringLiteral("TM. HỘI ĐỒNG NHÂN DÂN");
        role = QStringLiteral("CHỦ TỊCH");
    } else if (m_organ.startsWith(QStringLiteral("THƯỜNG TRỰC"))) {
        on = QStringLiteral("TM. THƯỜNG TRỰC HĐND");
        role = QStringLiteral("CHỦ TỊCH");
    } else if (m_organ.startsWith(QStringLiteral("BAN "))) {
        on = QStringLiteral("TM. ") + m_organ;
        role = QStringLiteral("TRƯỞNG BAN");
    } else if (m_organ.startsWith(QStringLiteral("SỞ "))) {
        role = QStringLiteral("GIÁM ĐỐC");
    } else {
        on = QStringLiteral("TM. ") + m_organ;
        role = QStringLiteral("THỦ TRƯỞNG CƠ QUAN");
    }
    static const char *const names[] = {"Lê Hoàng Minh", "Trần Quốc Phong", "Nguyễn Thị Thanh Hương",
                                        "Phạm Đức Long", "Võ Thành Đạt",    "Đặng Thị Mai Anh",
                                        "Huỳnh Văn Tâm", "Bùi Thị Kim Liên"};
    const QString name = QString::fromUtf8(names[stableHash(m_organ + role) % std::size(names)]);

    QStringList recipients;
    const QString ministry = QStringLiteral("- %1;").arg(m_bank.ministry());
    if (isResolution())
        recipients = {QStringLiteral("- Ủy ban Thường vụ Quốc hội;"),
                      QStringLiteral("- Chính phủ;"),
                      ministry,
                      QStringLiteral("- Thường trực Thành ủy;"),
                      QStringLiteral("- Thường trực HĐND, UBND thành phố;"),
                      QStringLiteral("- Ủy ban MTTQ Việt Nam thành phố;"),
                      QStringLiteral("- Đại biểu HĐND thành phố;"),
                      QStringLiteral("- Các sở, ban, ngành thành phố;"),
                      QStringLiteral("- HĐND, UBND các phường, xã;"),
                      QStringLiteral("- Lưu: VT, CTHĐND.")};
    else if (m_spec.kind == DocumentKind::Submission)
        recipients = {QStringLiteral("- Như trên;"),
                      QStringLiteral("- Thường trực Thành ủy;"),
                      QStringLiteral("- Thường trực HĐND thành phố;"),
                      QStringLiteral("- Các Ban HĐND thành phố;"),
                      QStringLiteral("- Đại biểu HĐND thành phố;"),
                      QStringLiteral("- Chủ tịch, các PCT UBND thành phố;"),
                      QStringLiteral("- Lưu: VT, KT.")};
    else
        recipients = {QStringLiteral("- Thường trực Thành ủy;"),
                      QStringLiteral("- Thường trực HĐND thành phố;"),
                      QStringLiteral("- Đại biểu HĐND thành phố;"),
                      QStringLiteral("- Các sở, ban, ngành thành phố;"), QStringLiteral("- Lưu: VT.")};

    Cell left{{}, 80, false};
    TextStyle label;
    label.pointSize = 12;
    label.bold = true;
    label.italic = true;
    label.alignment = Qt::AlignLeft;
    label.spaceAfterPt = 0;
    left.blocks << Block{QStringLiteral("Nơi nhận:"), label, 0, 0};
    TextStyle item = label;
    item.pointSize = 11;
    item.bold = item.italic = false;
    item.lineSpacing = 1.05;
    for (const QString &r : std::as_const(recipients))
        left.blocks << Block{r, item, 0, 0};

    Cell right;
    for (const QString &line : {on, deputy, role})
        if (!line.isEmpty())
            right.blocks << Block{line, centred(13, true), 0, 0};
    right.blocks << Block{QString(), centred(13, false, false, 58), 0, 0}
                 << Block{name, centred(13, true), 0, 0};
    return m_ts.prepare(Row{{left, right}, 0});
}

void Composer::body() {
    // Sized once with a two-digit article number; the real one is known at the end.
    const Chunk probe = closing(99);
    const PreparedRow sign = signature();
    const qreal signGap = m_ts.pt(14);
    m_closingHeight = signGap + sign.height;
    for (const Piece &p : probe)
        m_closingHeight += p.height();

    // Chunks are placed and taken back when they leave too little room for
    // the closing on the target page; smaller ones then fill the gap.
    const int target = m_spec.pages;
    int failures = 0;
    for (bool first = true;; first = false) {
        const Typesetter::Mark mark = m_ts.mark();
        const auto state =
            std::tuple(m_section, m_clause, m_clausesInSection, m_subsection, m_tableInSection);
        const Chunk chunk = nextChunk(failures > 0);
        place(chunk);
        const int page = m_ts.pageCount();
        if (first || page < target || (page == target && m_ts.remaining() >= m_closingHeight)) {
            for (const Piece &p : chunk)
                m_placedHeight += p.height();
            ++m_placedChunks;
            failures = 0;
            continue;
        }
        m_ts.rollback(mark);
        std::tie(m_section, m_clause, m_clausesInSection, m_subsection, m_tableInSection) = state;
        if (m_ts.pageCount() >= target || ++failures > 3)
            break;
    }

    // A heading stays with what follows; the signature never stands alone on a page.
    const Chunk end = closing(m_section + 1);
    std::vector<qreal> need(end.size(), 0);
    for (size_t i = end.size(); i-- > 0;) {
        if (i + 1 == end.size())
            need[i] = end[i].height() + signGap + sign.height;
        else if (end[i].keepWithNext)
            need[i] = end[i].height() + (i + 2 == end.size() ? need[i + 1] : end[i + 1].leadHeight());
    }
    for (size_t i = 0; i < end.size(); ++i) {
        m_ts.ensureSpace(need[i]);
        m_ts.place(end[i].block);
    }
    m_ts.skip(signGap);
    m_ts.place(sign);
}

} // namespace council::demodocs
