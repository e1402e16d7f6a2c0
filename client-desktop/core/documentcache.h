// The documents kept on this device for reading offline, encrypted at rest.
// One folder per server (<AppLocalData>/documents/<server id>), one sealed
// file per content hash (<hash>.sealed, see sealedfile.h) and a part file
// (<hash>.part, sealed too) while it downloads. The device key lives next to
// the device's tokens, never in the cache folder, so a copy of the cache
// alone reads as noise. A sealed file is only ever renamed into place after
// its bytes hashed to its name, so "the file is there" means "we hold these
// bytes", and a document already on the device is never fetched again.
//
// SealedDownloader pulls doc.fetch chunk by chunk straight into the part
// file, each chunk sealed as it arrives: no plaintext ever touches the disk.
#pragma once

#include "sealedfile.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <optional>

namespace council::client {

class ServerConnection;

class DocumentCache {
public:
    // <AppLocalDataLocation>/documents
    static QString defaultRoot();
    // document-cache.key in the directory of TokenStore::defaultPath().
    static QString defaultKeyPath();
    // The folder of one server under `root`: the same URL always gives the same folder.
    static QString folderFor(const QString &root, const QUrl &server);

    DocumentCache() = default;
    // Creates the folder (0700) and loads or creates the device key.
    static std::optional<DocumentCache> open(const QString &folder, const QString &keyPath, QString *error);

    bool isValid() const { return m_key.size() == sealed::kKeyBytes; }
    QString folder() const { return m_folder; }
    QString pathFor(const QString &hashHex) const;
    QString partPathFor(const QString &hashHex) const;
    bool contains(const QString &hashHex) const;
    // Decrypts the cached file and checks that its bytes hash to `hashHex`.
    // Blocking (a few ms per MiB): run it off the GUI thread.
    sealed::ReadResult read(const QString &hashHex, qint64 size) const;
    // The sealed file and any part of it.
    void remove(const QString &hashHex) const;

    QByteArray key() const { return m_key; }

private:
    QString m_folder;
    QByteArray m_key;
};

class SealedDownloader : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultChunkBytes = 256 * 1024;

    explicit SealedDownloader(ServerConnection *connection, QObject *parent = nullptr);
    ~SealedDownloader() override;

    void setChunkBytes(int bytes); // 1 B .. 1 MiB
    void setStallTimeout(int ms) { m_stall.setInterval(ms); }

    // Brings the bytes named by hashHex (64 lowercase hex digits) of `size`
    // bytes into `cache`: nothing when they are there, else from the part
    // file on, then from the server.
    void start(const DocumentCache &cache, const QString &hashHex, qint64 size);
    void cancel(); // the part file stays for a later resume
    bool isRunning() const { return m_running; }
    QString hashHex() const { return m_hashHex; }

    // doc.fetch requests this downloader has sent, for tests and statistics.
    quint64 fetchRequests() const { return m_fetchRequests; }

signals:
    void progress(qint64 received, qint64 total);
    // `fetched` is false when the bytes were already on this device.
    void finished(bool fetched);
    // code: "hash_mismatch", "size_mismatch", "local_io", "timeout", "bad_reply", or a protocol error code.
    void failed(const QString &code, const QString &message);

private:
    struct Hashing;
    void begin(bool allowResume);
    void resumeStep(quint64 generation);
    void afterPrepared();
    void fetchNext();
    void complete();
    void fail(const QString &code, const QString &message);
    void onLinkState();
    QString oldPartPath() const;

    QPointer<ServerConnection> m_conn;
    QTimer m_stall;
    DocumentCache m_cache;
    QString m_hashHex;
    QByteArray m_hash;
    qint64 m_size = 0;
    qint64 m_received = 0;
    qint64 m_resumedFrom = 0;
    int m_chunkBytes = kDefaultChunkBytes;
    quint64 m_generation = 0;
    quint64 m_fetchRequests = 0;
    bool m_running = false;
    bool m_waiting = false;
    std::unique_ptr<Hashing> m_hashing;
    sealed::Writer m_writer;
    std::unique_ptr<sealed::Reader> m_resume; // the old part, while it is re-sealed
};

} // namespace council::client
