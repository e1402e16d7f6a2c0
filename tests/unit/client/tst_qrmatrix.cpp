// QrMatrix: codes made here have the shape of a QR code, and the server's
// {size, modules} is taken only when it is consistent.
#include "qrmatrix.h"

#include <QTest>

using council::client::QrMatrix;

class tst_QrMatrix : public QObject {
    Q_OBJECT

private slots:
    void encodesAJoinCode() {
        const QString text =
            QStringLiteral("council:ws://192.168.100.200:8765#body=1&key=") + QString(43, u'A');
        const QrMatrix m = QrMatrix::encode(text);
        QVERIFY(m.isValid());
        QCOMPARE((m.size - 17) % 4, 0); // version v is 17 + 4v modules wide
        QVERIFY(m.size >= 33);          // ~90 bytes need version 4 or more at level M
        // The three finder patterns: dark 7×7 outlines in three corners.
        for (auto [x0, y0] : {std::pair{0, 0}, std::pair{m.size - 7, 0}, std::pair{0, m.size - 7}}) {
            QVERIFY(m.dark(x0, y0) && m.dark(x0 + 6, y0 + 6) && m.dark(x0 + 3, y0 + 3));
            QVERIFY(!m.dark(x0 + 1, y0 + 1));
        }
        const QString bits = m.bits();
        QCOMPARE(bits.size(), m.size * m.size);
        QVERIFY(bits.count(QLatin1Char('1')) + bits.count(QLatin1Char('0')) == bits.size());
    }

    void nothingToEncode() {
        QVERIFY(!QrMatrix::encode(QString()).isValid());
        QVERIFY(QrMatrix().bits().isEmpty());
    }

    void readsTheServersModules() {
        QCborMap qr;
        qr.insert(QStringLiteral("size"), 21);
        QByteArray modules(21 * 21, '\0');
        modules[0] = 1;
        modules[21 * 21 - 1] = 7; // anything non-zero is dark
        qr.insert(QStringLiteral("modules"), modules);
        const QrMatrix m = QrMatrix::fromCbor(qr);
        QVERIFY(m.isValid());
        QVERIFY(m.dark(0, 0));
        QVERIFY(m.dark(20, 20));
        QVERIFY(!m.dark(1, 0));

        qr.insert(QStringLiteral("size"), 22);
        QVERIFY(!QrMatrix::fromCbor(qr).isValid());
        qr.insert(QStringLiteral("size"), -1);
        QVERIFY(!QrMatrix::fromCbor(qr).isValid());
        QVERIFY(!QrMatrix::fromCbor({}).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_QrMatrix)
#include "tst_qrmatrix.moc"
