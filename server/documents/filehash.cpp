#include "filehash.h"

#include <QFile>

#include <sodium.h>

namespace council::server {

struct StreamingHash::State {
    crypto_generichash_state state;
};

StreamingHash::StreamingHash()
    : m_state(std::make_unique<State>()) {
    crypto_generichash_init(&m_state->state, nullptr, 0, kBlobHashBytes);
}

StreamingHash::~StreamingHash() = default;

void StreamingHash::addData(const char *data, qsizetype size) {
    crypto_generichash_update(&m_state->state, reinterpret_cast<const unsigned char *>(data),
                              static_cast<unsigned long long>(size));
}

QByteArray StreamingHash::result() {
    QByteArray out(kBlobHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&m_state->state, reinterpret_cast<unsigned char *>(out.data()), kBlobHashBytes);
    return out;
}

QString hashFileHex(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    StreamingHash hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = file.errorString();
            return {};
        }
        if (n == 0)
            break;
        hash.addData(buffer.constData(), qsizetype(n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace council::server
