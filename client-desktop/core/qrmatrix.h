// A QR code as a square of modules, ready to draw: the hall display paints
// the check-in code the server sends ({size, modules}) and the join code,
// which is encoded here with libqrencode.
#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace council::client {

struct QrMatrix {
    int size = 0;
    QByteArray modules; // size × size bytes, row by row; 1 = dark

    bool isValid() const { return size > 0 && modules.size() == qsizetype(size) * size; }
    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x) != 0; }
    // "0110…", row by row: what a QML Canvas reads most simply.
    QString bits() const;

    // Error correction level M, like the server's check-in code. Invalid when
    // the text does not fit in a QR code.
    static QrMatrix encode(const QString &text);
    // The server's {size, modules}; invalid when the sizes do not agree.
    static QrMatrix fromCbor(const QCborMap &qr);
};

} // namespace council::client
