// UploadSession: receives one file of a declared size and hash in chunks,
// into DATA/uploads/<id>.part, so that a transfer cut in the middle resumes
// where it stopped: a new UploadSession on the same id continues from
// bytesReceived(). Chunks may repeat what was already received (a lost
// acknowledgement) but may not leave a gap or go past the declared size. At
// the end the size and hash are verified before the file is handed to the
// BlobStore; a mismatch stores nothing and discards the upload.
// The declaration is kept next to the part file (<id>.meta) so a resume with
// a different size or hash cannot mix two files.
#pragma once

#include <QFile>
#include <QString>

namespace council::server {

class BlobStore;

enum class UploadStatus {
    Ok,
    InvalidRequest,      // bad id, size or hash
    TooLarge,            // declared size above the limit
    BeyondDeclaredSize,  // a chunk that would end past the declared size
    Gap,                 // a chunk that starts after the bytes received so far
    DeclarationMismatch, // resuming an id with another size or hash
    Incomplete,          // finish() before every byte arrived
    HashMismatch,        // the bytes are not the declared ones: discarded
    IoError,
};

class UploadSession {
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(200) << 20;

    UploadSession(const QString &dataDir, const QString &id, qint64 declaredSize, const QString &declaredHash,
                  qint64 maxBytes = kDefaultMaxBytes);

    // Creates or resumes the upload; call before anything else.
    UploadStatus open();
    qint64 bytesReceived() const { return m_received; }
    qint64 declaredSize() const { return m_size; }
    bool isComplete() const { return m_received == m_size; }

    UploadStatus writeChunk(qint64 offset, const QByteArray &data);
    // Verifies the whole file (hashes it: run off the event loop) and moves it
    // into the store. storedHash() is then the blob's name.
    UploadStatus finish(BlobStore &store);
    void discard(); // removes the part file and the declaration

    QString storedHash() const { return m_storedHash; }
    QString errorString() const { return m_error; }
    QString partPath() const;

    static bool isValidId(const QString &id); // 1-64 of [A-Za-z0-9_-]

private:
    UploadStatus fail(UploadStatus status, const QString &english, const QString &vietnamese);
    QString metaPath() const;

    QString m_dir;
    QString m_id;
    qint64 m_size;
    QString m_hash;
    qint64 m_maxBytes;
    qint64 m_received = 0;
    QFile m_part;
    QString m_storedHash;
    QString m_error;
};

} // namespace council::server
