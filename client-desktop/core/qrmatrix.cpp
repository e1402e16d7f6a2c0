#include "qrmatrix.h"

#include <qrencode.h>

namespace council::client {

namespace {
// Version 40 is 177 modules wide: anything claiming more is not a QR code.
constexpr int kMaxQrSize = 177;
} // namespace

QString QrMatrix::bits() const {
    if (!isValid())
        return {};
    QString out(modules.size(), QLatin1Char('0'));
    for (qsizetype i = 0; i < modules.size(); ++i) {
        if (modules.at(i))
            out[i] = QLatin1Char('1');
    }
    return out;
}

QrMatrix QrMatrix::encode(const QString &text) {
    QrMatrix m;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return m;
    QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return m;
    m.size = qr->width;
    m.modules.resize(qsizetype(qr->width) * qr->width);
    for (qsizetype i = 0; i < m.modules.size(); ++i)
        m.modules[i] = char(qr->data[i] & 1); // the other bits describe the module's role
    QRcode_free(qr);
    return m;
}

QrMatrix QrMatrix::fromCbor(const QCborMap &qr) {
    QrMatrix m;
    const qint64 size = qr.value(QLatin1String("size")).toInteger();
    const QByteArray modules = qr.value(QLatin1String("modules")).toByteArray();
    if (size <= 0 || size > kMaxQrSize || modules.size() != size * size)
        return m;
    m.size = int(size);
    m.modules = modules;
    for (char &c : m.modules)
        c = c ? 1 : 0;
    return m;
}

} // namespace council::client
