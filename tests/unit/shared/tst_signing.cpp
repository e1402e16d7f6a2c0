// Ed25519 keys, sealed secrets and fingerprints: a sealed secret opens only
// under its wrap key and only unaltered, a signature holds only for its own
// context, and bad sizes are refused rather than trusted.
#include "crypto/signing.h"
#include "crypto/sodium.h"

#include <QRegularExpression>
#include <QTest>

using namespace council::crypto;

class tst_Signing : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyPairs();
    void sealOpenRoundtrip();
    void sealIsRandomised();
    void wrongWrapKeyFails();
    void tamperedSealFails_data();
    void tamperedSealFails();
    void sealRefusesBadWrapKey();
    void signVerify();
    void wrongContextFails();
    void contextIsSeparatedFromMessage();
    void signatureRefusesBadInput();
    void fingerprintFormat();
    void fingerprintRefusesBadKey();

private:
    QByteArray m_wrapKey;
};

enum class SealTamper {
    CiphertextFirstByte,
    CiphertextLastByte,
    NonceByte,
    Truncate,
    Extend,
    Empty,
    ShortNonce
};
Q_DECLARE_METATYPE(SealTamper)

void tst_Signing::initTestCase() {
    QVERIFY(initialize());
    m_wrapKey = randomBytes(32);
}

void tst_Signing::keyPairs() {
    const SigningKeyPair a = generateSigningKeyPair();
    const SigningKeyPair b = generateSigningKeyPair();
    QVERIFY(a.isValid());
    QVERIFY(b.isValid());
    QCOMPARE(a.publicKey.size(), kSignPublicKeyBytes);
    QCOMPARE(a.secretKey.size(), kSignSecretKeyBytes);
    QVERIFY(a.publicKey != b.publicKey);
    // libsodium's secret key form ends with the public key.
    QCOMPARE(a.secretKey.right(kSignPublicKeyBytes), a.publicKey);
    QVERIFY(!SigningKeyPair{}.isValid());
}

void tst_Signing::sealOpenRoundtrip() {
    const SigningKeyPair pair = generateSigningKeyPair();
    const SealedSecret sealed = sealSecret(pair.secretKey, m_wrapKey);
    QCOMPARE(sealed.nonce.size(), kSealNonceBytes);
    QCOMPARE(sealed.ciphertext.size(), kSignSecretKeyBytes + 16);
    QVERIFY(!sealed.ciphertext.contains(pair.secretKey.left(16)));
    const std::optional<QByteArray> opened = openSealed(sealed, m_wrapKey);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, pair.secretKey);

    const std::optional<QByteArray> empty = openSealed(sealSecret(QByteArray(), m_wrapKey), m_wrapKey);
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
}

void tst_Signing::sealIsRandomised() {
    const QByteArray secret("the same secret twice");
    const SealedSecret a = sealSecret(secret, m_wrapKey);
    const SealedSecret b = sealSecret(secret, m_wrapKey);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.ciphertext != b.ciphertext);
}

void tst_Signing::wrongWrapKeyFails() {
    const SealedSecret sealed = sealSecret(QByteArray("secret"), m_wrapKey);
    QByteArray otherKey = m_wrapKey;
    otherKey[31] = char(otherKey[31] ^ 0x01);
    QVERIFY(!openSealed(sealed, otherKey).has_value());
    QVERIFY(!openSealed(sealed, randomBytes(32)).has_value());
}

void tst_Signing::tamperedSealFails_data() {
    QTest::addColumn<SealTamper>("tamper");
    QTest::newRow("ciphertext first byte") << SealTamper::CiphertextFirstByte;
    QTest::newRow("ciphertext last byte") << SealTamper::CiphertextLastByte;
    QTest::newRow("nonce byte") << SealTamper::NonceByte;
    QTest::newRow("truncated") << SealTamper::Truncate;
    QTest::newRow("extended") << SealTamper::Extend;
    QTest::newRow("empty ciphertext") << SealTamper::Empty;
    QTest::newRow("short nonce") << SealTamper::ShortNonce;
}

void tst_Signing::tamperedSealFails() {
    QFETCH(SealTamper, tamper);
    SealedSecret sealed = sealSecret(QByteArray("a secret of some length"), m_wrapKey);
    QVERIFY(openSealed(sealed, m_wrapKey).has_value());
    switch (tamper) {
    case SealTamper::CiphertextFirstByte:
        sealed.ciphertext[0] = char(sealed.ciphertext[0] ^ 0x01);
        break;
    case SealTamper::CiphertextLastByte:
        sealed.ciphertext[sealed.ciphertext.size() - 1] = char(sealed.ciphertext.back() ^ 0x80);
        break;
    case SealTamper::NonceByte:
        sealed.nonce[7] = char(sealed.nonce[7] ^ 0x04);
        break;
    case SealTamper::Truncate:
        sealed.ciphertext.chop(1);
        break;
    case SealTamper::Extend:
        sealed.ciphertext.append('\0');
        break;
    case SealTamper::Empty:
        sealed.ciphertext.clear();
        break;
    case SealTamper::ShortNonce:
        sealed.nonce.chop(1);
        break;
    }
    QVERIFY(!openSealed(sealed, m_wrapKey).has_value());
}

void tst_Signing::sealRefusesBadWrapKey() {
    const SealedSecret sealed = sealSecret(QByteArray("secret"), QByteArray(31, 'k'));
    QVERIFY(sealed.nonce.isEmpty());
    QVERIFY(sealed.ciphertext.isEmpty());
    QVERIFY(!openSealed(sealSecret(QByteArray("secret"), m_wrapKey), QByteArray(33, 'k')).has_value());
    QVERIFY(!openSealed(SealedSecret{}, m_wrapKey).has_value());
}

void tst_Signing::signVerify() {
    const SigningKeyPair pair = generateSigningKeyPair();
    const SigningKeyPair other = generateSigningKeyPair();
    const QByteArray message("Nghị quyết số 12");
    const QByteArray context("test-context-v1");
    const QByteArray signature = signDetached(message, pair.secretKey, context);
    QCOMPARE(signature.size(), kSignatureBytes);
    QVERIFY(verifyDetached(signature, message, pair.publicKey, context));
    QVERIFY(!verifyDetached(signature, message + '.', pair.publicKey, context));
    QVERIFY(!verifyDetached(signature, message, other.publicKey, context));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 0x20);
    QVERIFY(!verifyDetached(flipped, message, pair.publicKey, context));
}

void tst_Signing::wrongContextFails() {
    const SigningKeyPair pair = generateSigningKeyPair();
    const QByteArray message("statement");
    const QByteArray signature = signDetached(message, pair.secretKey, "council-approval-v1");
    QVERIFY(verifyDetached(signature, message, pair.publicKey, "council-approval-v1"));
    QVERIFY(!verifyDetached(signature, message, pair.publicKey, "council-approvers-v1"));
    QVERIFY(!verifyDetached(signature, message, pair.publicKey, QByteArray()));
}

void tst_Signing::contextIsSeparatedFromMessage() {
    // Moving bytes between the context and the message changes what is signed.
    const SigningKeyPair pair = generateSigningKeyPair();
    const QByteArray signature = signDetached("bc", pair.secretKey, "a");
    QVERIFY(verifyDetached(signature, "bc", pair.publicKey, "a"));
    QVERIFY(!verifyDetached(signature, "c", pair.publicKey, "ab"));
    QVERIFY(!verifyDetached(signature, "abc", pair.publicKey, QByteArray()));
}

void tst_Signing::signatureRefusesBadInput() {
    const SigningKeyPair pair = generateSigningKeyPair();
    QVERIFY(signDetached("m", pair.secretKey.left(32), "c").isEmpty());
    QVERIFY(signDetached("m", QByteArray(), "c").isEmpty());
    const QByteArray signature = signDetached("m", pair.secretKey, "c");
    QVERIFY(!verifyDetached(signature.left(63), "m", pair.publicKey, "c"));
    QVERIFY(!verifyDetached(QByteArray(), "m", pair.publicKey, "c"));
    QVERIFY(!verifyDetached(signature, "m", pair.publicKey.left(31), "c"));
    QVERIFY(!verifyDetached(signature, "m", pair.secretKey, "c")); // 64 bytes is not a public key
}

void tst_Signing::fingerprintFormat() {
    const SigningKeyPair pair = generateSigningKeyPair();
    const QString fp = keyFingerprint(pair.publicKey);
    static const QRegularExpression format(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"));
    QVERIFY2(format.match(fp).hasMatch(), qPrintable(fp));
    QCOMPARE(fp.size(), 39);
    QCOMPARE(keyFingerprint(pair.publicKey), fp);
    QVERIFY(keyFingerprint(generateSigningKeyPair().publicKey) != fp);

    // The first 16 bytes of BLAKE2b-256 of the key, grouped.
    const QByteArray key(32, '\x07');
    const QString expected = QString::fromLatin1(genericHash(key, 32).left(16).toHex().toUpper());
    QString grouped;
    for (int i = 0; i < expected.size(); i += 4)
        grouped += (i ? QStringLiteral(" ") : QString()) + expected.mid(i, 4);
    QCOMPARE(keyFingerprint(key), grouped);
}

void tst_Signing::fingerprintRefusesBadKey() {
    QVERIFY(keyFingerprint(QByteArray()).isEmpty());
    QVERIFY(keyFingerprint(QByteArray(31, 'x')).isEmpty());
    QVERIFY(keyFingerprint(QByteArray(64, 'x')).isEmpty());
}

QTEST_APPLESS_MAIN(tst_Signing)
#include "tst_signing.moc"
