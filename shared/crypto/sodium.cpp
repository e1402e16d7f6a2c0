#include "sodium.h"

#include <sodium.h>

namespace council::crypto {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'P', 'C', 'o', 'u', 'n', 'c', 'i', 'l'};
enum SubKey : quint64 { LoginKeyId = 1, NotesKeyId = 2, SigningSeedId = 3 };
constexpr qint64 kMaxMemLimit = qint64(1) << 30; // refuse absurd costs handed out by a server
} // namespace

bool initialize() {
    return sodium_init() >= 0;
}

QByteArray randomBytes(int size) {
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray genericHash(const QByteArray &data, int size, const QByteArray &key) {
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(size),
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
                       key.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

KdfParams KdfParams::interactive() {
    return {qint64(crypto_pwhash_OPSLIMIT_INTERACTIVE), qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE)};
}

KdfParams KdfParams::minimum() {
    return {qint64(crypto_pwhash_OPSLIMIT_MIN), qint64(crypto_pwhash_MEMLIMIT_MIN)};
}

bool KdfParams::isValid() const {
    return opsLimit >= qint64(crypto_pwhash_OPSLIMIT_MIN) && opsLimit <= 64 &&
           memLimit >= qint64(crypto_pwhash_MEMLIMIT_MIN) && memLimit <= kMaxMemLimit;
}

DerivedKeys deriveKeys(const QString &password, const QByteArray &salt, const KdfParams &params) {
    DerivedKeys keys;
    if (salt.size() != kSaltBytes || !params.isValid())
        return keys;
    const QByteArray pw = password.normalized(QString::NormalizationForm_C).toUtf8();
    unsigned char master[crypto_kdf_KEYBYTES];
    if (crypto_pwhash(master, sizeof master, pw.constData(), size_t(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return keys;
    auto sub = [&](quint64 id) {
        QByteArray k(kKeyBytes, Qt::Uninitialized);
        crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(k.data()), kKeyBytes, id, kKdfContext,
                                   master);
        return k;
    };
    keys.loginKey = sub(LoginKeyId);
    keys.notesKey = sub(NotesKeyId);
    keys.signingSeed = sub(SigningSeedId);
    sodium_memzero(master, sizeof master);
    keys.ok = true;
    return keys;
}

QByteArray hashLoginKey(const QByteArray &loginKey) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, loginKey.constData(), size_t(loginKey.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out);
}

bool verifyLoginKey(const QByteArray &storedHash, const QByteArray &loginKey) {
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray terminated = storedHash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), loginKey.constData(), size_t(loginKey.size())) ==
           0;
}

} // namespace council::crypto
