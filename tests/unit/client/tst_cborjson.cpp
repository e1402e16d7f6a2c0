// cborToJson: what councilctl --json prints for each CBOR type.
#include "cborjson.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using council::client::cborToJsonText;

class tst_CborJson : public QObject {
    Q_OBJECT

private slots:
    void scalars_data() {
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("integer") << QCborValue(42) << QByteArray("42");
        QTest::newRow("large integer") << QCborValue(qint64(1) << 53) << QByteArray("9007199254740992");
        QTest::newRow("negative") << QCborValue(-7) << QByteArray("-7");
        QTest::newRow("true") << QCborValue(true) << QByteArray("true");
        QTest::newRow("null") << QCborValue(nullptr) << QByteArray("null");
        QTest::newRow("undefined") << QCborValue() << QByteArray("null");
        QTest::newRow("nan") << QCborValue(std::numeric_limits<double>::quiet_NaN()) << QByteArray("null");
        QTest::newRow("text") << QCborValue(QStringLiteral("Kỳ họp thứ 7")) << QByteArray("\"Kỳ họp thứ 7\"");
        // base64url without padding: 0xfb 0xff would be "+/8=" in plain base64.
        QTest::newRow("bytes") << QCborValue(QByteArray("\xfb\xff", 2)) << QByteArray("\"-_8\"");
        QTest::newRow("empty bytes") << QCborValue(QByteArray()) << QByteArray("\"\"");
    }

    void scalars() {
        QFETCH(QCborValue, value);
        QFETCH(QByteArray, json);
        QCOMPARE(cborToJsonText(value), json);
    }

    void nestedMapKeepsStructure() {
        QCborMap item{{QStringLiteral("id"), 3}, {QStringLiteral("sitting"), nullptr}};
        QCborMap body{{QStringLiteral("order"), QCborArray{3, 1, 2}},
                      {QStringLiteral("item"), item},
                      {QStringLiteral("hash"), QByteArray(3, '\0')},
                      {4, QStringLiteral("integer key")}};
        QCOMPARE(cborToJsonText(body),
                 QByteArray(
                     R"({"4":"integer key","hash":"AAAA","item":{"id":3,"sitting":null},"order":[3,1,2]})"));
    }

    void indentedIsStillJson() {
        const QByteArray text = cborToJsonText(QCborMap{{QStringLiteral("a"), QCborArray{1}}}, true);
        QVERIFY(text.contains('\n'));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("a")).toArray().at(0).toInt(), 1);
    }

    void tagsPrintTheirContent() {
        const QCborValue tagged(QCborKnownTags::ExpectedBase64url, QByteArray("x"));
        QCOMPARE(cborToJsonText(tagged), QByteArray("\"eA\""));
    }
};

QTEST_GUILESS_MAIN(tst_CborJson)
#include "tst_cborjson.moc"
