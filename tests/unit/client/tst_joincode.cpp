// JoinCode: the line the hall display shows (server + body + trust key)
// survives format/parse, tolerates what pasting adds, and says precisely
// what is wrong with anything else.
#include "joincode.h"

#include <QTest>

using council::client::JoinCode;

namespace {

QByteArray keyOf(char fill) {
    QByteArray k(32, fill);
    k[0] = '\xfb'; // base64 of this byte differs between the standard and the url alphabet
    k[1] = '\xff';
    return k;
}

QString urlKey(const QByteArray &key) {
    return QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class tst_JoinCode : public QObject {
    Q_OBJECT

private slots:
    void formatsTheDocumentedShape() {
        JoinCode c;
        c.server = QUrl(QStringLiteral("ws://10.0.0.5:8765"));
        c.body = 1;
        c.trustKey = keyOf('k');
        QCOMPARE(c.format(), QStringLiteral("council:ws://10.0.0.5:8765#body=1&key=") + urlKey(c.trustKey));
        QVERIFY(!c.format().contains(QStringLiteral("==")));
        QVERIFY(!c.format().contains(QLatin1Char('+')));
        QCOMPARE(c.fingerprint().size(), 39); // 8 groups of 4 hex digits
        c.server = QUrl(QStringLiteral("ws://10.0.0.5:8765/"));
        QVERIFY(c.format().startsWith(QStringLiteral("council:ws://10.0.0.5:8765#body=1&")));
    }

    void roundTrips_data() {
        QTest::addColumn<QString>("server");
        QTest::addColumn<qint64>("body");
        QTest::newRow("ws ip") << "ws://10.0.0.5:8765" << qint64(1);
        QTest::newRow("wss name") << "wss://hdnd.binhminh.gov.vn" << qint64(42);
        QTest::newRow("with path") << "wss://council.example.vn:443/ws" << qint64(7);
        QTest::newRow("ipv6") << "ws://[fe80::1]:8765" << qint64(3);
    }
    void roundTrips() {
        QFETCH(QString, server);
        QFETCH(qint64, body);
        JoinCode c;
        c.server = QUrl(server);
        c.body = body;
        c.trustKey = keyOf('z');
        JoinCode::Error error = JoinCode::Error::BadKey;
        const auto parsed = JoinCode::parse(c.format(), &error);
        QVERIFY(parsed);
        QCOMPARE(error, JoinCode::Error::None);
        QCOMPARE(parsed->server, c.server);
        QCOMPARE(parsed->body, body);
        QCOMPARE(parsed->trustKey, c.trustKey);
        QCOMPARE(parsed->format(), c.format());
    }

    void toleratesWhatPastingAdds() {
        const QByteArray key = keyOf('p');
        const QString code = QStringLiteral("  COUNCIL:WS://Council.Local:8765\n#body=12&\r\nkey=") +
                             urlKey(key) + QStringLiteral(" \t\n");
        QVERIFY(JoinCode::looksLikeJoinCode(code));
        const auto parsed = JoinCode::parse(code);
        QVERIFY(parsed);
        QCOMPARE(parsed->server.scheme(), QStringLiteral("ws"));
        QCOMPARE(parsed->server.host(), QStringLiteral("council.local"));
        QCOMPARE(parsed->server.port(), 8765);
        QCOMPARE(parsed->body, 12);
        QCOMPARE(parsed->trustKey, key);

        // A key copied in the standard alphabet, with its padding.
        const QString standard = QString::fromLatin1(key.toBase64());
        QVERIFY(standard.contains(QLatin1Char('/')) || standard.contains(QLatin1Char('+')));
        const auto again = JoinCode::parse(QStringLiteral("council:ws://h:1#key=%1&body=2")
                                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(standard))));
        QVERIFY(again);
        QCOMPARE(again->trustKey, key);
    }

    void refusesWhatIsNotAJoinCode_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<JoinCode::Error>("error");
        const QString key = urlKey(keyOf('q'));
        QTest::newRow("empty") << "  \n" << JoinCode::Error::Empty;
        QTest::newRow("plain address") << "ws://10.0.0.5:8765" << JoinCode::Error::NotAJoinCode;
        QTest::newRow("check-in QR") << "council:checkin?sitting=3&code=123456"
                                     << JoinCode::Error::CheckInCode;
        QTest::newRow("http") << QStringLiteral("council:http://h:1#body=1&key=") + key
                              << JoinCode::Error::BadServer;
        QTest::newRow("no host") << QStringLiteral("council:ws://:8765#body=1&key=") + key
                                 << JoinCode::Error::BadServer;
        QTest::newRow("no scheme") << QStringLiteral("council:10.0.0.5:8765#body=1&key=") + key
                                   << JoinCode::Error::BadServer;
        QTest::newRow("no body") << QStringLiteral("council:ws://h:1#key=") + key << JoinCode::Error::BadBody;
        QTest::newRow("body 0") << QStringLiteral("council:ws://h:1#body=0&key=") + key
                                << JoinCode::Error::BadBody;
        QTest::newRow("body text") << QStringLiteral("council:ws://h:1#body=one&key=") + key
                                   << JoinCode::Error::BadBody;
        QTest::newRow("no key") << "council:ws://h:1#body=1" << JoinCode::Error::BadKey;
        QTest::newRow("short key") << "council:ws://h:1#body=1&key=AAAA" << JoinCode::Error::BadKey;
        QTest::newRow("cut key") << QStringLiteral("council:ws://h:1#body=1&key=") + key.left(40)
                                 << JoinCode::Error::BadKey;
        QTest::newRow("key not base64")
            << QStringLiteral("council:ws://h:1#body=1&key=") + key.left(42) + QLatin1Char('*')
            << JoinCode::Error::BadKey;
    }
    void refusesWhatIsNotAJoinCode() {
        QFETCH(QString, text);
        QFETCH(JoinCode::Error, error);
        JoinCode::Error got = JoinCode::Error::None;
        QVERIFY(!JoinCode::parse(text, &got));
        QCOMPARE(got, error);
    }

    void invalidCodesFormatToNothing() {
        JoinCode c;
        QVERIFY(!c.isValid());
        QVERIFY(c.format().isEmpty());
        c.server = QUrl(QStringLiteral("ws://h:1"));
        c.body = 1;
        c.trustKey = QByteArray(31, 'x');
        QVERIFY(c.format().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JoinCode)
#include "tst_joincode.moc"
