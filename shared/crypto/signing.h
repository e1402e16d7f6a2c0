// Ed25519 signing keys for approvals and for a body's trust key. A key pair
// is created on a device; its secret half leaves the device only sealed
// (crypto_secretbox) under a key derived from the owner's password on the
// device (DerivedKeys::signingSeed), so the server stores what it cannot use.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace council::crypto {

inline constexpr int kSignPublicKeyBytes = 32;
inline constexpr int kSignSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kSealNonceBytes = 24;

struct SigningKeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's seed || public key form)
    bool isValid() const {
        return publicKey.size() == kSignPublicKeyBytes && secretKey.size() == kSignSecretKeyBytes;
    }
};

SigningKeyPair generateSigningKeyPair();

// A secret sealed with XSalsa20-Poly1305 under a 32-byte wrap key.
struct SealedSecret {
    QByteArray nonce;      // 24 random bytes
    QByteArray ciphertext; // secret + 16-byte tag
};

SealedSecret sealSecret(const QByteArray &secret, const QByteArray &wrapKey);
// nullopt when the wrap key is wrong (a different password) or the data was altered.
std::optional<QByteArray> openSealed(const SealedSecret &sealed, const QByteArray &wrapKey);

// Detached Ed25519 signature over context || 0x00 || message. The context
// separates the kinds of statement, so a signature over one kind can never be
// replayed as another.
QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey, const QByteArray &context);
bool verifyDetached(const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey,
                    const QByteArray &context);

// What people compare by eye or read over the phone: the first 16 bytes of
// BLAKE2b(publicKey) as 8 groups of 4 upper-case hex digits, "3F2A 91C0 …".
QString keyFingerprint(const QByteArray &publicKey);

} // namespace council::crypto
