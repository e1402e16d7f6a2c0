// Thin wrappers over libsodium: every piece of cryptography in the product
// goes through here so that parameters are chosen in one place.
#pragma once

#include <QByteArray>
#include <QString>

namespace council::crypto {

bool initialize(); // safe to call many times; false if libsodium cannot start

QByteArray randomBytes(int size);

// BLAKE2b (crypto_generichash) with an optional key; size 16..64.
QByteArray genericHash(const QByteArray &data, int size = 32, const QByteArray &key = {});

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// Argon2id cost, chosen by whoever sets a password and stored with the salt.
struct KdfParams {
    qint64 opsLimit = 0;
    qint64 memLimit = 0;

    static KdfParams interactive();
    static KdfParams minimum(); // for tests only: still Argon2id, the smallest cost libsodium allows
    bool isValid() const;       // within libsodium's bounds and our ceiling
};

inline constexpr int kSaltBytes = 16;
inline constexpr int kKeyBytes = 32;

// What a device derives from a password. Only loginKey is ever sent to the
// server; the others never leave the device.
struct DerivedKeys {
    QByteArray loginKey;    // proves the password to the server
    QByteArray notesKey;    // encrypts private notes
    QByteArray signingSeed; // Ed25519 seed for approval signatures
    bool ok = false;
};

// Argon2id(password, salt) -> master key -> sub-keys (crypto_kdf_derive_from_key).
// Slow by design: call it off the GUI/event thread.
DerivedKeys deriveKeys(const QString &password, const QByteArray &salt, const KdfParams &params);

// The server's slow hash of a login key (crypto_pwhash_str, Argon2id). Slow:
// run it on a worker thread.
QByteArray hashLoginKey(const QByteArray &loginKey);
bool verifyLoginKey(const QByteArray &storedHash, const QByteArray &loginKey);

} // namespace council::crypto
