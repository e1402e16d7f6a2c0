// BLAKE2b-256 (libsodium crypto_generichash) over data that arrives in pieces,
// so that a file of any size is hashed in constant memory. The content address
// of a blob is the lowercase hex of this hash.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace council::server {

inline constexpr int kBlobHashBytes = 32;

class StreamingHash {
public:
    StreamingHash();
    ~StreamingHash();
    StreamingHash(const StreamingHash &) = delete;
    StreamingHash &operator=(const StreamingHash &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    QByteArray result(); // the raw 32 bytes; call once

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Hex BLAKE2b-256 of a file read in chunks; empty with *error set on failure.
QString hashFileHex(const QString &path, QString *error = nullptr);

} // namespace council::server
