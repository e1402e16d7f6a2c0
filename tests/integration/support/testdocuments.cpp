#include "testdocuments.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace council::testing {

namespace {

const QString kResolution = QStringLiteral(
    "Nghị quyết về việc phê duyệt kế hoạch phát triển kinh tế – xã hội năm 2025 của Hội đồng nhân dân "
    "tỉnh. Điều 1. Thông qua các chỉ tiêu chủ yếu: tốc độ tăng trưởng, thu ngân sách, đầu tư công. "
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.");

QByteArray xmlEscaped(const QString &text) {
    return text.toHtmlEscaped().toUtf8();
}

quint32 crc32(const QByteArray &data) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void le16(QByteArray &out, quint32 v) {
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}

void le32(QByteArray &out, quint32 v) {
    le16(out, v & 0xFFFF);
    le16(out, v >> 16);
}

} // namespace

QByteArray vietnamesePdf(int pages, const QString &marker) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Dự thảo nghị quyết ") + marker);
        QPainter painter(&writer);
        if (!painter.isActive())
            return {};
        painter.setFont(QFont(QStringLiteral("Noto Sans"), 12));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRect(200, 200, 2000, 2400), Qt::TextWordWrap,
                             QStringLiteral("%1 — trang %2\n\n").arg(marker).arg(i + 1) + kResolution);
        }
        if (!painter.end())
            return {};
    }
    return buffer.data();
}

QByteArray truncatedPdf(const QByteArray &pdf) {
    return pdf.left(pdf.size() / 2);
}

QByteArray halfPdfWithForgedEnd(const QByteArray &pdf) {
    return pdf.left(pdf.size() / 2) + "\n%%EOF\n";
}

QByteArray rtfWithVietnamese(const QString &marker) {
    // RTF keeps to ASCII: Vietnamese letters are \uN? escapes (N in decimal, signed 16 bits).
    const QString text =
        QStringLiteral("Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2025 (%1)").arg(marker);
    QByteArray body;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            body += char(c.unicode());
        else
            body += "\\u" + QByteArray::number(qint16(c.unicode())) + '?';
    }
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Serif;}}\\f0\\fs28 " + body + "\\par\n}\n";
}

QByteArray odtWithVietnamese(const QString &marker) {
    const QByteArray content =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
 <office:body><office:text>
  <text:h text:outline-level="1">Tờ trình của Ủy ban nhân dân tỉnh</text:h>
  <text:p>Đề nghị Hội đồng nhân dân xem xét, quyết định dự toán ngân sách năm 2025. )" +
        xmlEscaped(marker) + R"(</text:p>
 </office:text></office:body>
</office:document-content>
)";
    const QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)";
    return zipStored({{"mimetype", "application/vnd.oasis.opendocument.text"},
                      {"content.xml", content},
                      {"META-INF/manifest.xml", manifest}});
}

QByteArray docxWithVietnamese(const QString &marker) {
    const QByteArray types = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
)";
    const QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>
)";
    const QByteArray document =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:r><w:t>Báo cáo kết quả giám sát của Ban Kinh tế – Ngân sách</w:t></w:r></w:p>
<w:p><w:r><w:t>)" +
        xmlEscaped(marker) + R"(</w:t></w:r></w:p>
</w:body>
</w:document>
)";
    return zipStored(
        {{"[Content_Types].xml", types}, {"_rels/.rels", rels}, {"word/document.xml", document}});
}

QByteArray zipStored(const QList<std::pair<QByteArray, QByteArray>> &entries) {
    constexpr quint32 kDosDate = (0u << 9) | (1u << 5) | 1u; // 1980-01-01
    QByteArray zip;
    QByteArray central;
    for (const auto &[name, content] : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(content);
        const quint32 size = quint32(content.size());
        le32(zip, 0x04034b50); // local file header
        le16(zip, 10), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, kDosDate);
        le32(zip, crc), le32(zip, size), le32(zip, size);
        le16(zip, quint32(name.size())), le16(zip, 0);
        zip += name + content;

        le32(central, 0x02014b50); // its central directory entry
        le16(central, 20), le16(central, 10), le16(central, 0), le16(central, 0);
        le16(central, 0), le16(central, kDosDate);
        le32(central, crc), le32(central, size), le32(central, size);
        le16(central, quint32(name.size())), le16(central, 0), le16(central, 0);
        le16(central, 0), le16(central, 0), le32(central, 0), le32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(zip.size());
    zip += central;
    le32(zip, 0x06054b50); // end of central directory
    le16(zip, 0), le16(zip, 0), le16(zip, quint32(entries.size())), le16(zip, quint32(entries.size()));
    le32(zip, quint32(central.size())), le32(zip, centralOffset);
    le16(zip, 0);
    return zip;
}

QByteArray windowsExecutable() {
    QByteArray exe("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", 16);
    exe += QByteArray(48, '\0');
    exe += "This program cannot be run in DOS mode.\r\r\n$";
    exe += QByteArray(4096, '\xcc');
    return exe;
}

} // namespace council::testing
