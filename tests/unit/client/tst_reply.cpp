// Reply: which language an error message is shown in.
#include "serverconnection.h"

#include "protocol/errors.h"

#include <QTest>

using council::client::Reply;
using namespace council::protocol;

class tst_Reply : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Reply::setUiLanguage(QStringLiteral("vi")); }

    void vietnameseByDefault() {
        QCOMPARE(Reply::uiLanguage(), QStringLiteral("vi"));
        const QCborMap e = Error{ErrorCode::PermissionDenied, {}}.toCbor();
        QCOMPARE(Reply::messageFor(e), errorMessageVi(ErrorCode::PermissionDenied));
    }

    void englishWhenChosen_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("english");
        QTest::newRow("en") << QStringLiteral("en") << true;
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << true;
        QTest::newRow("EN-us") << QStringLiteral("EN-us") << true;
        QTest::newRow("vi") << QStringLiteral("vi") << false;
        QTest::newRow("vi_VN") << QStringLiteral("vi_VN") << false;
        QTest::newRow("fr") << QStringLiteral("fr")
                            << false; // no French text: Vietnamese, the product's language
    }

    void englishWhenChosen() {
        QFETCH(QString, tag);
        QFETCH(bool, english);
        Reply::setUiLanguage(tag);
        const QCborMap e = Error{ErrorCode::NotFound, {}}.toCbor();
        QCOMPARE(Reply::messageFor(e),
                 english ? errorMessageEn(ErrorCode::NotFound) : errorMessageVi(ErrorCode::NotFound));
    }

    void localeSetter() {
        Reply::setUiLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Reply::uiLanguage(), QStringLiteral("en"));
        Reply::setUiLanguage(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        QCOMPARE(Reply::uiLanguage(), QStringLiteral("vi"));
    }

    void fallsBackToOtherLanguageThenCode() {
        QCborMap onlyEn{{QStringLiteral("code"), QStringLiteral("x")},
                        {QStringLiteral("en"), QStringLiteral("English")}};
        QCOMPARE(Reply::messageFor(onlyEn), QStringLiteral("English"));
        QCborMap onlyCode{{QStringLiteral("code"), QStringLiteral("rate_limited")}};
        QCOMPARE(Reply::messageFor(onlyCode), QStringLiteral("rate_limited"));
    }

    void fromErrorFillsFields() {
        Error err{ErrorCode::ImportFailed, QStringLiteral("line 3: unknown function")};
        const Reply r = Reply::fromError(err.toCbor());
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCode, QStringLiteral("import_failed"));
        QCOMPARE(r.errorMessage, errorMessageVi(ErrorCode::ImportFailed));
        QCOMPARE(r.body.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("line 3: unknown function"));
    }
};

QTEST_GUILESS_MAIN(tst_Reply)
#include "tst_reply.moc"
