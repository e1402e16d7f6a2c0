// BlobStore: content-addressed storage of document bytes under DATA/blobs/ab/cdef…,
// named by the hex BLAKE2b-256 of the content, so the same bytes are stored
// once and a name always means the same bytes. A blob appears complete or not
// at all: written to a temporary file, fsync'ed, then renamed into place.
// Synchronous file I/O that hashes whole files: call put() from a worker
// thread (QtConcurrent), not from the event loop. Safe to use from several
// threads: it holds no state beyond the directory.
#pragma once

#include <QByteArray>
#include <QString>

namespace council::server {

enum class BlobStatus { Ok, NotFound, InvalidHash, HashMismatch, OutOfRange, IoError };

struct BlobPutResult {
    BlobStatus status = BlobStatus::IoError;
    QString hash;
    qint64 size = 0;
    bool alreadyStored = false; // the same bytes were there before
    QString message;            // English / Vietnamese when not Ok
    bool isOk() const { return status == BlobStatus::Ok; }
};

struct BlobChunk {
    BlobStatus status = BlobStatus::IoError;
    QByteArray data;
    QString message;
    bool isOk() const { return status == BlobStatus::Ok; }
};

class BlobStore {
public:
    static constexpr qint64 kMaxChunkBytes = qint64(4) << 20;

    explicit BlobStore(const QString &dataDir); // blobs live in dataDir/blobs
    QString root() const { return m_root; }

    enum class PutMode {
        Copy, // the source stays; the copy is hashed while it is written
        Move, // the source (on the same disk, e.g. an upload) is renamed into place
    };
    // expectedHash, when given, must match or nothing is stored.
    BlobPutResult put(const QString &filePath, PutMode mode = PutMode::Copy,
                      const QString &expectedHash = {});

    bool has(const QString &hash) const;
    QString path(const QString &hash) const; // where the blob is or would be; empty for an invalid hash
    qint64 size(const QString &hash) const;  // -1 when absent
    // Up to min(length, kMaxChunkBytes) bytes from offset; empty at the end.
    BlobChunk readChunk(const QString &hash, qint64 offset, qint64 length) const;

    static bool isValidHash(const QString &hash); // 64 lowercase hex digits

private:
    BlobPutResult putByCopy(const QString &filePath, const QString &expectedHash);
    BlobPutResult putByMove(const QString &filePath, const QString &expectedHash);
    BlobPutResult install(const QString &tempPath, const QString &hash, qint64 size, int *renameError);

    QString m_root;
};

} // namespace council::server
