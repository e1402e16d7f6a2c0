#include "testfiles.h"

#include <QDir>
#include <QFile>

namespace testfiles {

QByteArray buildPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra) {
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray encryptedPdf() {
    // /U is not RC4(padding) under the key of the empty password, so Poppler
    // needs a password it will never get: the document stays locked.
    const QByteArray o = QByteArray(32, '\x5a').toHex();
    const QByteArray u = QByteArray("council-user-password-not-empty!").toHex();
    return buildPdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
         "<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -44 >>"},
        "/Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
}

namespace {
quint32 crc32(const QByteArray &data) {
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}
void le16(QByteArray &out, quint16 v) {
    out += char(v & 0xFF);
    out += char(v >> 8);
}
void le32(QByteArray &out, quint32 v) {
    le16(out, quint16(v & 0xFFFF));
    le16(out, quint16(v >> 16));
}
} // namespace

QByteArray zipArchive() {
    const QByteArray name = "word/document.xml";
    const QByteArray content = "<w:document>Nghị quyết</w:document>";
    const quint32 crc = crc32(content);
    QByteArray zip;
    le32(zip, 0x04034b50); // local file header
    le16(zip, 10), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
    le32(zip, crc), le32(zip, quint32(content.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(name.size())), le16(zip, 0);
    zip += name + content;
    const quint32 central = quint32(zip.size());
    le32(zip, 0x02014b50); // central directory
    le16(zip, 20), le16(zip, 10), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
    le32(zip, crc), le32(zip, quint32(content.size())), le32(zip, quint32(content.size()));
    le16(zip, quint16(name.size())), le16(zip, 0), le16(zip, 0), le16(zip, 0), le16(zip, 0);
    le32(zip, 0), le32(zip, 0);
    zip += name;
    const quint32 centralSize = quint32(zip.size()) - central;
    le32(zip, 0x06054b50); // end of central directory
    le16(zip, 0), le16(zip, 0), le16(zip, 1), le16(zip, 1);
    le32(zip, centralSize), le32(zip, central);
    le16(zip, 0);
    return zip;
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool writeScript(const QString &path, const QByteArray &body) {
    return writeFile(path, "#!/bin/sh\n" + body) &&
           QFile::setPermissions(path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

qint64 groupOfProcessWith(const QString &marker) {
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(marker.toLocal8Bit()))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2)
            return fields.at(2).toLongLong();
    }
    return 0;
}

} // namespace testfiles
