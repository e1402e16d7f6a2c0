// Moving document bytes between this device and the server, one chunk at a
// time so that neither the socket nor memory ever holds a whole file.
// DocumentUploader hashes a local file, then sends it with doc.upload_begin /
// doc.upload_chunk; DocumentDownloader pulls doc.fetch into "<dest>.part" and
// renames it into place once its BLAKE2b-256 is the one asked for. Both
// survive a dropped connection: they continue from the bytes already moved
// once ServerConnection is back online.
#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace council::client {

class ServerConnection;

inline constexpr int kContentHashBytes = 32;

// BLAKE2b-256 of a file, read in pieces (streamed crypto_generichash).
// Blocking: run it on a worker thread for anything but small files.
struct FileHash {
    QByteArray hash; // 32 bytes when ok
    qint64 size = -1;
    QString error; // readable, when the file could not be read
    bool ok() const { return hash.size() == kContentHashBytes; }
};
FileHash hashFile(const QString &path);

// A content hash as the protocol writes it: 64 lowercase hex digits.
QString contentHashHex(const QByteArray &hash);
// The 32 bytes of a 64-digit hex hash; empty when `hex` is not one.
QByteArray contentHashFromHex(const QString &hex);

// Uploads one file for a body. Chunks go out one at a time, each after the
// previous one was acknowledged; after a dropped link the upload begins again
// and the server answers how many bytes it already holds.
class DocumentUploader : public QObject {
    Q_OBJECT
public:
    explicit DocumentUploader(ServerConnection *connection, QObject *parent = nullptr);
    ~DocumentUploader() override;

    // `name` is what the server is told the file is called (its suffix
    // decides a conversion); default: the file name of `filePath`.
    void start(qint64 bodyId, const QString &filePath, const QString &name = {});
    void cancel(); // stops without emitting finished() or failed()
    bool isRunning() const { return m_running; }

    // Fails with "timeout" when an online connection gives no reply this long. Default 60 s.
    void setStallTimeout(int ms) { m_stall.setInterval(ms); }

    QByteArray hash() const { return m_hash; } // known after hashed()
    qint64 size() const { return m_size; }
    QCborValue uploadId() const { return m_upload; }

signals:
    void hashed(const QByteArray &hash, qint64 size);
    void progress(qint64 sent, qint64 total);
    // Every byte is on the server; pass uploadId to doc.create or doc.replace.
    void finished(const QCborValue &uploadId);
    // code: a protocol error code, or "local_io", "file_changed", "timeout", "bad_reply".
    void failed(const QString &code, const QString &message);

private:
    void begin();
    void sendNext();
    void fail(const QString &code, const QString &message);
    void onLinkState();

    QPointer<ServerConnection> m_conn;
    QTimer m_stall;
    QFile m_file;
    QString m_name;
    qint64 m_body = 0;
    QByteArray m_hash;
    qint64 m_size = 0;
    QCborValue m_upload;
    qint64 m_received = 0;
    qint64 m_chunkBytes = 0;
    int m_stuck = 0;          // replies in a row that acknowledged nothing new
    quint64 m_generation = 0; // replies of an older generation are ignored
    bool m_running = false;
    bool m_ready = false;       // hashed and opened: requests may go out
    bool m_waiting = false;     // a request is out
    bool m_wasOnline = false;   // the link's last state, to tell a drop from the first connect
    bool m_interrupted = false; // the link dropped while uploading: begin again when online
};

// Downloads the bytes named by a content hash into a destination file.
class DocumentDownloader : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultChunkBytes = 256 * 1024;

    explicit DocumentDownloader(ServerConnection *connection, QObject *parent = nullptr);
    ~DocumentDownloader() override;

    // Files that may already hold these bytes (a cache): one whose hash
    // matches is copied into place and nothing is fetched.
    void setCandidates(const QStringList &paths) { m_candidates = paths; }
    void setChunkBytes(int bytes); // 1 B .. 1 MiB; default 256 KiB
    void setStallTimeout(int ms) { m_stall.setInterval(ms); }

    // hashHex: 64 lowercase hex digits; size: the version's size in bytes.
    void start(const QString &hashHex, qint64 size, const QString &destination);
    void cancel(); // stops; the part file stays for a later resume
    bool isRunning() const { return m_running; }

    static QString partPath(const QString &destination) { return destination + QStringLiteral(".part"); }

signals:
    void progress(qint64 received, qint64 total);
    // `fetched` is false when the bytes were already on this device.
    void finished(const QString &path, bool fetched);
    // code: "hash_mismatch", "size_mismatch", "local_io", "timeout", "bad_reply", or a protocol error code.
    void failed(const QString &code, const QString &message);

private:
    void openPart();
    void fetchNext();
    void verifyPart();
    void fail(const QString &code, const QString &message);
    void onLinkState();

    QPointer<ServerConnection> m_conn;
    QTimer m_stall;
    QFile m_part;
    QStringList m_candidates;
    QString m_hashHex;
    QByteArray m_hash;
    QString m_dest;
    qint64 m_size = 0;
    qint64 m_received = 0;
    qint64 m_resumedFrom = 0; // bytes the part file held when this download began
    int m_chunkBytes = kDefaultChunkBytes;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_waiting = false; // a doc.fetch is out
};

} // namespace council::client
