// The libsodium wrappers: key derivation is deterministic, separates its
// sub-keys, ignores Unicode normalisation of the password, and the server's
// login-key hash accepts the right key only.
#include "crypto/sodium.h"

#include <QTest>

using namespace council::crypto;

class tst_Sodium : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void deriveIsDeterministic();
    void otherSaltOtherKeys();
    void otherPasswordOtherKeys();
    void nfcAndNfdPasswordsAgree();
    void subKeysDiffer();
    void refusesBadInput_data();
    void refusesBadInput();
    void loginKeyHash();
    void kdfParamsBounds_data();
    void kdfParamsBounds();
    void genericHashAndCompare();

private:
    QByteArray m_salt;
};

void tst_Sodium::initTestCase() {
    QVERIFY(initialize());
    QVERIFY(initialize()); // idempotent
    m_salt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    QCOMPARE(m_salt.size(), kSaltBytes);
}

void tst_Sodium::deriveIsDeterministic() {
    const auto a = deriveKeys(QStringLiteral("mật khẩu"), m_salt, KdfParams::minimum());
    const auto b = deriveKeys(QStringLiteral("mật khẩu"), m_salt, KdfParams::minimum());
    QVERIFY(a.ok && b.ok);
    QCOMPARE(a.loginKey.size(), kKeyBytes);
    QCOMPARE(a.notesKey.size(), kKeyBytes);
    QCOMPARE(a.signingSeed.size(), kKeyBytes);
    QCOMPARE(a.loginKey, b.loginKey);
    QCOMPARE(a.notesKey, b.notesKey);
    QCOMPARE(a.signingSeed, b.signingSeed);
}

void tst_Sodium::otherSaltOtherKeys() {
    QByteArray other = m_salt;
    other[0] = char(other[0] ^ 1);
    const auto a = deriveKeys(QStringLiteral("mật khẩu"), m_salt, KdfParams::minimum());
    const auto b = deriveKeys(QStringLiteral("mật khẩu"), other, KdfParams::minimum());
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.loginKey != b.loginKey);
    QVERIFY(a.notesKey != b.notesKey);
    QVERIFY(a.signingSeed != b.signingSeed);
}

void tst_Sodium::otherPasswordOtherKeys() {
    const auto a = deriveKeys(QStringLiteral("mật khẩu"), m_salt, KdfParams::minimum());
    const auto b = deriveKeys(QStringLiteral("mat khau"), m_salt, KdfParams::minimum());
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.loginKey != b.loginKey);
}

void tst_Sodium::nfcAndNfdPasswordsAgree() {
    // A password typed on a keyboard that produces decomposed accents must
    // log in the same as one typed precomposed.
    const QString nfc = QStringLiteral("Hội đồng nhân dân").normalized(QString::NormalizationForm_C);
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfc != nfd);
    const auto a = deriveKeys(nfc, m_salt, KdfParams::minimum());
    const auto b = deriveKeys(nfd, m_salt, KdfParams::minimum());
    QVERIFY(a.ok && b.ok);
    QCOMPARE(a.loginKey, b.loginKey);
    QCOMPARE(a.notesKey, b.notesKey);
    QCOMPARE(a.signingSeed, b.signingSeed);
}

void tst_Sodium::subKeysDiffer() {
    const auto k = deriveKeys(QStringLiteral("secret"), m_salt, KdfParams::minimum());
    QVERIFY(k.ok);
    QVERIFY(k.loginKey != k.notesKey);
    QVERIFY(k.loginKey != k.signingSeed);
    QVERIFY(k.notesKey != k.signingSeed);
}

void tst_Sodium::refusesBadInput_data() {
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<qint64>("ops");
    QTest::addColumn<qint64>("mem");
    const KdfParams min = KdfParams::minimum();
    QTest::newRow("short salt") << QByteArray(15, 's') << min.opsLimit << min.memLimit;
    QTest::newRow("long salt") << QByteArray(17, 's') << min.opsLimit << min.memLimit;
    QTest::newRow("no salt") << QByteArray() << min.opsLimit << min.memLimit;
    QTest::newRow("zero cost") << QByteArray(16, 's') << qint64(0) << qint64(0);
    QTest::newRow("absurd memory") << QByteArray(16, 's') << min.opsLimit << (qint64(1) << 40);
}

void tst_Sodium::refusesBadInput() {
    QFETCH(QByteArray, salt);
    QFETCH(qint64, ops);
    QFETCH(qint64, mem);
    const auto k = deriveKeys(QStringLiteral("pw"), salt, KdfParams{ops, mem});
    QVERIFY(!k.ok);
    QVERIFY(k.loginKey.isEmpty());
}

void tst_Sodium::loginKeyHash() {
    const auto k = deriveKeys(QStringLiteral("đúng"), m_salt, KdfParams::minimum());
    const auto wrong = deriveKeys(QStringLiteral("sai"), m_salt, KdfParams::minimum());
    QVERIFY(k.ok && wrong.ok);
    const QByteArray stored = hashLoginKey(k.loginKey);
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(k.loginKey));
    QVERIFY(verifyLoginKey(stored, k.loginKey));
    QVERIFY(!verifyLoginKey(stored, wrong.loginKey));
    QVERIFY(!verifyLoginKey(stored, QByteArray()));
    QVERIFY(!verifyLoginKey(QByteArray(), k.loginKey));
    QVERIFY(!verifyLoginKey(QByteArray("garbage"), k.loginKey));
    // Salted: hashing the same key twice gives two different strings, both valid.
    const QByteArray again = hashLoginKey(k.loginKey);
    QVERIFY(again != stored);
    QVERIFY(verifyLoginKey(again, k.loginKey));
}

void tst_Sodium::kdfParamsBounds_data() {
    QTest::addColumn<qint64>("ops");
    QTest::addColumn<qint64>("mem");
    QTest::addColumn<bool>("valid");
    const KdfParams min = KdfParams::minimum();
    const KdfParams interactive = KdfParams::interactive();
    QTest::newRow("minimum") << min.opsLimit << min.memLimit << true;
    QTest::newRow("interactive") << interactive.opsLimit << interactive.memLimit << true;
    QTest::newRow("zero") << qint64(0) << qint64(0) << false;
    QTest::newRow("ops below minimum") << min.opsLimit - 1 << min.memLimit << false;
    QTest::newRow("mem below minimum") << min.opsLimit << min.memLimit - 1 << false;
    QTest::newRow("ops 64") << qint64(64) << min.memLimit << true;
    QTest::newRow("ops 65") << qint64(65) << min.memLimit << false;
    QTest::newRow("mem 1 GiB") << min.opsLimit << (qint64(1) << 30) << true;
    QTest::newRow("mem above 1 GiB") << min.opsLimit << (qint64(1) << 30) + 1 << false;
    QTest::newRow("negative") << qint64(-1) << qint64(-1) << false;
}

void tst_Sodium::kdfParamsBounds() {
    QFETCH(qint64, ops);
    QFETCH(qint64, mem);
    QFETCH(bool, valid);
    QCOMPARE((KdfParams{ops, mem}.isValid()), valid);
}

void tst_Sodium::genericHashAndCompare() {
    const QByteArray a = genericHash("abc");
    QCOMPARE(a.size(), 32);
    QCOMPARE(genericHash("abc"), a);
    QVERIFY(genericHash("abc", 32, "key") != a);
    QCOMPARE(genericHash("abc", 16).size(), 16);
    QVERIFY(constantTimeEquals(a, genericHash("abc")));
    QVERIFY(!constantTimeEquals(a, genericHash("abd")));
    QVERIFY(!constantTimeEquals(a, a.left(31)));
    QCOMPARE(randomBytes(16).size(), 16);
    QVERIFY(randomBytes(16) != randomBytes(16));
}

QTEST_APPLESS_MAIN(tst_Sodium)
#include "tst_sodium.moc"
