#include "signing.h"

#include "sodium.h"

#include <QStringList>
#include <sodium.h>

static_assert(council::crypto::kSignPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(council::crypto::kSignSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(council::crypto::kSignatureBytes == crypto_sign_BYTES);
static_assert(council::crypto::kSealNonceBytes == crypto_secretbox_NONCEBYTES);

namespace council::crypto {

namespace {
constexpr int kFingerprintBytes = 16;

const unsigned char *bytes(const QByteArray &b) {
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b) {
    return reinterpret_cast<unsigned char *>(b.data());
}

// The exact bytes that are signed: the context and a zero byte in front of
// the message, so no context can be a prefix of another's signed bytes.
QByteArray signedBytes(const QByteArray &message, const QByteArray &context) {
    QByteArray out;
    out.reserve(context.size() + 1 + message.size());
    out.append(context);
    out.append('\0');
    out.append(message);
    return out;
}
} // namespace

SigningKeyPair generateSigningKeyPair() {
    SigningKeyPair pair;
    if (!initialize())
        return pair;
    QByteArray pk(kSignPublicKeyBytes, Qt::Uninitialized);
    QByteArray sk(kSignSecretKeyBytes, Qt::Uninitialized);
    if (crypto_sign_keypair(bytes(pk), bytes(sk)) != 0)
        return pair;
    pair.publicKey = pk;
    pair.secretKey = sk;
    return pair;
}

SealedSecret sealSecret(const QByteArray &secret, const QByteArray &wrapKey) {
    if (wrapKey.size() != int(crypto_secretbox_KEYBYTES) || !initialize())
        return {};
    SealedSecret sealed;
    sealed.nonce = randomBytes(kSealNonceBytes);
    QByteArray ciphertext(secret.size() + int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_easy(bytes(ciphertext), bytes(secret), size_t(secret.size()), bytes(sealed.nonce),
                              bytes(wrapKey)) != 0)
        return {};
    sealed.ciphertext = ciphertext;
    return sealed;
}

std::optional<QByteArray> openSealed(const SealedSecret &sealed, const QByteArray &wrapKey) {
    if (wrapKey.size() != int(crypto_secretbox_KEYBYTES) || sealed.nonce.size() != kSealNonceBytes ||
        sealed.ciphertext.size() < int(crypto_secretbox_MACBYTES) || !initialize())
        return std::nullopt;
    QByteArray plain(sealed.ciphertext.size() - int(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(sealed.ciphertext), size_t(sealed.ciphertext.size()),
                                   bytes(sealed.nonce), bytes(wrapKey)) != 0)
        return std::nullopt;
    return plain;
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey, const QByteArray &context) {
    if (secretKey.size() != kSignSecretKeyBytes || !initialize())
        return {};
    const QByteArray data = signedBytes(message, context);
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    if (crypto_sign_detached(bytes(signature), nullptr, bytes(data), size_t(data.size()), bytes(secretKey)) !=
        0)
        return {};
    return signature;
}

bool verifyDetached(const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey,
                    const QByteArray &context) {
    if (signature.size() != kSignatureBytes || publicKey.size() != kSignPublicKeyBytes || !initialize())
        return false;
    const QByteArray data = signedBytes(message, context);
    return crypto_sign_verify_detached(bytes(signature), bytes(data), size_t(data.size()),
                                       bytes(publicKey)) == 0;
}

QString keyFingerprint(const QByteArray &publicKey) {
    if (publicKey.size() != kSignPublicKeyBytes || !initialize())
        return {};
    const QByteArray hex = genericHash(publicKey, 32).left(kFingerprintBytes).toHex().toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(QLatin1Char(' '));
}

} // namespace council::crypto
