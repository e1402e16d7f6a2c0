#include "pdffixtures.h"

#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QStringList>

namespace pdffixtures {

namespace {

QFont bodyFont(int pointSize, bool bold = false) {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

// A writer in points, so that drawing coordinates are PDF coordinates (origin top left).
void setUp(QPdfWriter &writer, const QPageSize &size, QPageLayout::Orientation orientation) {
    writer.setResolution(72);
    writer.setPageSize(size);
    writer.setPageOrientation(orientation);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Paperless Council tests"));
}

void line(QPainter &painter, qreal x, qreal y, const QString &text, int pointSize = 12, bool bold = false) {
    painter.setFont(bodyFont(pointSize, bold));
    painter.drawText(QPointF(x, y), text);
}

} // namespace

bool writeSample(const QString &path) {
    QPdfWriter writer(path);
    setUp(writer, QPageSize(QPageSize::A4), QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setPen(Qt::black);

    line(painter, 60, 80, QStringLiteral("Nghị quyết về dự toán ngân sách"), 18, true);
    line(painter, 60, 120, QStringLiteral("Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ Nhất"));
    line(painter, 60, 140, QStringLiteral("Căn cứ Luật Tổ chức chính quyền địa phương;"));

    writer.newPage();
    line(painter, 60, 80, QStringLiteral("Điều 1. Thông qua kế hoạch đầu tư công"), 14, true);
    line(painter, 60, 120, QStringLiteral("Tổng mức vốn được phân bổ theo dự toán ngân"));
    line(painter, 60, 140, QStringLiteral("sách nhà nước năm 2025 của tỉnh."));

    writer.newPage();
    line(painter, 60, 80, QStringLiteral("Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện"), 14, true);
    painter.drawRect(QRectF(60, 120, 400, 200));
    painter.drawLine(QPointF(60, 170), QPointF(460, 170));
    line(painter, 70, 150, QStringLiteral("Đơn vị: triệu đồng"));

    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.newPage();
    line(painter, 40, 60, QStringLiteral("PHỤ LỤC: NGÂN SÁCH ĐỊA PHƯƠNG"), 14, true);

    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.newPage();
    line(painter, 60, 80, QStringLiteral("Điều 3. Hiệu lực thi hành"), 14, true);
    return painter.end();
}

bool writeHeavy(const QString &path, int paths) {
    QPdfWriter writer(path);
    setUp(writer, QPageSize(QPageSize::A4), QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(20251121);
    const auto at = [&random] { return QPointF(random.bounded(595.0), random.bounded(842.0)); };
    for (int i = 0; i < paths; ++i) {
        QPainterPath curve(at());
        for (int k = 0; k < 4; ++k)
            curve.cubicTo(at(), at(), at());
        painter.setPen(QPen(QColor::fromRgb(random.generate() | 0xff000000u), 1.5));
        // Translucent fills are what makes Splash slow: each one blends the whole area it covers.
        painter.setBrush(QColor::fromRgba((random.generate() & 0x00ffffffu) | 0x40000000u));
        painter.drawPath(curve);
    }
    writer.newPage();
    line(painter, 60, 80, QStringLiteral("Trang nhẹ: một dòng chữ"));
    return painter.end();
}

bool writeLong(const QString &path, int pages) {
    static const QStringList sentences = {
        QStringLiteral("Hội đồng nhân dân tỉnh thông qua dự toán ngân sách địa phương năm 2025."),
        QStringLiteral("Ủy ban nhân dân tỉnh chịu trách nhiệm tổ chức thực hiện Nghị quyết này."),
        QStringLiteral("Kế hoạch đầu tư công trung hạn giai đoạn 2021–2025 được điều chỉnh, bổ sung."),
        QStringLiteral("Thường trực Hội đồng nhân dân, các Ban và đại biểu giám sát việc thực hiện."),
        QStringLiteral("Tổng thu ngân sách nhà nước trên địa bàn ước đạt kế hoạch được giao."),
        QStringLiteral("Chi thường xuyên bảo đảm hoạt động của bộ máy, an sinh xã hội và quốc phòng."),
        QStringLiteral("Đại biểu thảo luận tại tổ về báo cáo tình hình kinh tế – xã hội sáu tháng."),
    };
    QPdfWriter writer(path);
    setUp(writer, QPageSize(QPageSize::A4), QPageLayout::Portrait);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator random(2025);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.setPen(Qt::black);
        line(painter, 60, 70,
             QStringLiteral("Điều %1. Nội dung kỳ họp, trang %2").arg(page + 1).arg(page + 1), 14, true);
        for (int row = 0; row < 34; ++row)
            line(painter, 60, 100 + row * 15, sentences.at((page + row) % sentences.size()), 10);
        // A bar chart and a trend line at the bottom of every page.
        const QRectF chart(60, 630, 475, 170);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(chart);
        QPolygonF trend;
        for (int bar = 0; bar < 12; ++bar) {
            const qreal height = 20 + random.bounded(140.0);
            const QRectF box(chart.left() + 10 + bar * 38, chart.bottom() - height, 26, height);
            painter.fillRect(box, QColor::fromHsv((bar * 30) % 360, 140, 220));
            trend << QPointF(box.center().x(), box.top() - 8);
        }
        painter.setPen(QPen(Qt::darkRed, 2));
        painter.drawPolyline(trend);
        if (page % 10 == 9) {
            // A denser figure: a map-like mesh of small filled cells.
            painter.setPen(QPen(Qt::darkGray, 0.5));
            for (int cell = 0; cell < 400; ++cell) {
                const QPointF corner(60 + (cell % 20) * 23.75, 100 + (cell / 20) * 25.0);
                painter.setBrush(QColor::fromHsv(random.bounded(360), 80, 230));
                painter.drawEllipse(QRectF(corner, QSizeF(22, 22)));
            }
        }
    }
    return painter.end();
}

} // namespace pdffixtures
