// The error registry: every code has a readable Vietnamese and English
// message, the Vietnamese one really written in Vietnamese, and codes are unique.
#include "protocol/errors.h"

#include <QSet>
#include <QTest>

using namespace council::protocol;

class tst_Errors : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasMessages_data();
    void everyCodeHasMessages();
    void wireCodesUnique();
    void toCbor();
};

namespace {
QList<ErrorCode> allCodes() {
    return {
#define COUNCIL_X(name, wire, vi, en) ErrorCode::name,
        COUNCIL_ERRORS(COUNCIL_X)
#undef COUNCIL_X
    };
}

bool hasVietnameseDiacritics(const QString &text) {
    // Any letter outside ASCII after NFD decomposition is a combining mark or
    // đ/Đ: plain ASCII text would be "Vietnamese without accents".
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    for (QChar c : nfd) {
        if (c.category() == QChar::Mark_NonSpacing || c == QChar(0x0111) || c == QChar(0x0110))
            return true;
    }
    return false;
}
} // namespace

void tst_Errors::everyCodeHasMessages_data() {
    QTest::addColumn<int>("code");
    for (ErrorCode c : allCodes())
        QTest::newRow(qPrintable(errorWireCode(c))) << int(c);
}

void tst_Errors::everyCodeHasMessages() {
    QFETCH(int, code);
    const auto c = ErrorCode(code);
    const QString wire = errorWireCode(c);
    QVERIFY(!wire.isEmpty());
    QVERIFY2(wire == wire.toLower() && !wire.contains(QLatin1Char(' ')), qPrintable(wire));
    const QString vi = errorMessageVi(c);
    const QString en = errorMessageEn(c);
    QVERIFY(!vi.trimmed().isEmpty());
    QVERIFY(!en.trimmed().isEmpty());
    QVERIFY2(hasVietnameseDiacritics(vi), qPrintable(vi));
    QVERIFY2(vi != en, "the Vietnamese message must not be the English one");
    QCOMPARE(vi, vi.normalized(QString::NormalizationForm_C));
}

void tst_Errors::wireCodesUnique() {
    QSet<QString> seen;
    for (ErrorCode c : allCodes()) {
        const QString wire = errorWireCode(c);
        QVERIFY2(!seen.contains(wire), qPrintable(wire));
        seen.insert(wire);
    }
    // Codes scripts rely on, spelled exactly as the protocol document says.
    for (const char *expected : {"bad_frame", "unknown_type", "bad_credentials", "token_revoked",
                                 "permission_denied", "not_found", "op_required", "import_failed"})
        QVERIFY2(seen.contains(QString::fromLatin1(expected)), expected);
}

void tst_Errors::toCbor() {
    const QCborMap plain = Error{ErrorCode::NotFound, {}}.toCbor();
    QCOMPARE(plain.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QCOMPARE(plain.value(QStringLiteral("vi")).toString(), errorMessageVi(ErrorCode::NotFound));
    QCOMPARE(plain.value(QStringLiteral("en")).toString(), errorMessageEn(ErrorCode::NotFound));
    QVERIFY(!plain.contains(QStringLiteral("detail")));

    const QCborMap detailed = Error{ErrorCode::InvalidValue, QStringLiteral("seats")}.toCbor();
    QCOMPARE(detailed.value(QStringLiteral("detail")).toString(), QStringLiteral("seats"));
}

QTEST_APPLESS_MAIN(tst_Errors)
#include "tst_errors.moc"
