#include "documenttransfer.h"

#include "serverconnection.h"

#include "crypto/sodium.h"
#include "protocol/errors.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <filesystem>
#include <sodium.h>
#include <system_error>

namespace council::client {

using protocol::Request;

namespace {

constexpr int kReadPieceBytes = 1024 * 1024;
// A chunk travels in one frame; the server reads at most 1 MiB per frame, so
// whatever chunkBytes a server names, leave room for the envelope.
constexpr qint64 kMaxChunkBytes = 1024 * 1024 - 16 * 1024;
constexpr int kStallTimeoutMs = 60000;
constexpr int kMaxStuckReplies = 3;

QString trd(const char *text) {
    return QCoreApplication::translate("DocumentTransfer", text);
}

bool isLowerHex(const QString &s) {
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

// Replaces `to` with `from` in one step (rename(2); MoveFileEx on Windows),
// so a reader never sees a half-written destination.
bool replaceFile(const QString &from, const QString &to, QString *error) {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec && error)
        *error = trd("cannot move %1 to %2: %3").arg(from, to, QString::fromStdString(ec.message()));
    return !ec;
}

bool fileHolds(const QString &path, const QByteArray &hash, qint64 size) {
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != size)
        return false;
    const FileHash h = hashFile(path);
    return h.ok() && crypto::constantTimeEquals(h.hash, hash);
}

// Worker-thread step of a download: are the bytes already here? The
// destination itself, or a candidate copied into place via a part file.
struct Existing {
    bool present = false;
    QString error;
};

Existing adoptExisting(const QString &dest, const QStringList &candidates, const QByteArray &hash,
                       qint64 size) {
    if (fileHolds(dest, hash, size))
        return {true, {}};
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty() || QFileInfo(candidate) == QFileInfo(dest) ||
            !fileHolds(candidate, hash, size))
            continue;
        const QString part = DocumentDownloader::partPath(dest);
        QFile::remove(part);
        if (!QFile::copy(candidate, part))
            return {false, trd("cannot copy %1 to %2").arg(candidate, part)};
        // The candidate may have changed between the check and the copy.
        if (!fileHolds(part, hash, size)) {
            QFile::remove(part);
            continue;
        }
        QString error;
        if (!replaceFile(part, dest, &error))
            return {false, error};
        return {true, {}};
    }
    return {};
}

} // namespace

FileHash hashFile(const QString &path) {
    FileHash result;
    crypto::initialize();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = trd("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kContentHashBytes);
    QByteArray piece(kReadPieceBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(piece.data(), piece.size());
        if (n < 0) {
            result.error = trd("cannot read %1: %2").arg(path, file.errorString());
            return result;
        }
        if (n == 0)
            break;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(piece.constData()),
                                  static_cast<unsigned long long>(n));
        total += n;
    }
    QByteArray out(kContentHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), kContentHashBytes);
    result.hash = out;
    result.size = total;
    return result;
}

QString contentHashHex(const QByteArray &hash) {
    return QString::fromLatin1(hash.toHex());
}

QByteArray contentHashFromHex(const QString &hex) {
    if (hex.size() != 2 * kContentHashBytes || !isLowerHex(hex))
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

// ---------------------------------------------------------------------------
// DocumentUploader

DocumentUploader::DocumentUploader(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_conn(connection) {
    m_stall.setSingleShot(true);
    m_stall.setInterval(kStallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timeout"),
             tr("the server did not answer within %1 s").arg(m_stall.interval() / 1000));
    });
    if (connection) {
        m_wasOnline = connection->state() == ServerConnection::State::Online;
        connect(connection, &ServerConnection::stateChanged, this, &DocumentUploader::onLinkState);
        connect(connection, &ServerConnection::online, this, [this] {
            if (m_running && m_ready && m_interrupted) {
                m_interrupted = false;
                begin();
            }
        });
    }
}

DocumentUploader::~DocumentUploader() = default;

void DocumentUploader::onLinkState() {
    if (!m_conn)
        return;
    const bool online = m_conn->state() == ServerConnection::State::Online;
    const bool dropped = m_wasOnline && !online;
    m_wasOnline = online;
    if (!m_running)
        return;
    if (!online) {
        m_stall.stop();
        // Whatever is in flight belongs to the lost link; its late reply is
        // ignored and the upload begins again from what the server holds.
        if (dropped && m_ready) {
            m_interrupted = true;
            m_waiting = false;
            ++m_generation;
        }
    } else if (m_waiting) {
        m_stall.start(); // a request queued while offline has just gone out
    }
}

void DocumentUploader::start(qint64 bodyId, const QString &filePath, const QString &name) {
    cancel();
    m_running = true;
    m_ready = false;
    m_interrupted = false;
    m_body = bodyId;
    m_name = name.isEmpty() ? QFileInfo(filePath).fileName() : name;
    m_received = 0;
    m_stuck = 0;
    m_upload = QCborValue();
    m_file.setFileName(filePath);
    const quint64 generation = ++m_generation;
    // Hashing a 200 MiB file takes a while: never on the event thread.
    auto *watcher = new QFutureWatcher<FileHash>(this);
    connect(watcher, &QFutureWatcher<FileHash>::finished, this, [this, watcher, generation] {
        const FileHash h = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (!h.ok())
            return fail(QStringLiteral("local_io"), h.error);
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("local_io"),
                        tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_hash = h.hash;
        m_size = h.size;
        if (m_file.size() != m_size)
            return fail(QStringLiteral("file_changed"),
                        tr("%1 changed while it was read").arg(m_file.fileName()));
        m_ready = true;
        emit hashed(m_hash, m_size);
        begin();
    });
    watcher->setFuture(QtConcurrent::run(hashFile, filePath));
}

void DocumentUploader::cancel() {
    m_running = false;
    m_ready = false;
    m_waiting = false;
    ++m_generation;
    m_stall.stop();
    m_file.close();
}

void DocumentUploader::fail(const QString &code, const QString &message) {
    if (!m_running)
        return;
    cancel();
    emit failed(code, message);
}

void DocumentUploader::begin() {
    if (!m_conn)
        return fail(QStringLiteral("local_io"), tr("no connection"));
    const quint64 generation = ++m_generation;
    const QCborMap body{{QStringLiteral("body"), m_body},
                        {QStringLiteral("name"), m_name},
                        {QStringLiteral("size"), m_size},
                        {QStringLiteral("hash"), contentHashHex(m_hash)}};
    m_waiting = true;
    if (m_conn->state() == ServerConnection::State::Online)
        m_stall.start();
    m_conn->request(Request::DocUploadBegin, body, [this, generation](const Reply &r) {
        if (generation != m_generation || !m_running)
            return;
        m_waiting = false;
        m_stall.stop();
        if (!r.ok)
            return fail(r.errorCode, r.errorMessage);
        const QCborValue upload = r.body.value(QStringLiteral("upload"));
        const qint64 received = r.body.value(QStringLiteral("received")).toInteger(-1);
        const qint64 chunkBytes = r.body.value(QStringLiteral("chunkBytes")).toInteger(-1);
        const qint64 maxBytes = r.body.value(QStringLiteral("maxBytes")).toInteger(0);
        if (maxBytes > 0 && m_size > maxBytes)
            return fail(protocol::errorWireCode(protocol::ErrorCode::TooLarge),
                        Reply::messageFor(protocol::Error{protocol::ErrorCode::TooLarge, {}}.toCbor()));
        if (upload.isUndefined() || upload.isNull() || received < 0 || received > m_size || chunkBytes <= 0)
            return fail(QStringLiteral("bad_reply"),
                        tr("the server's answer to doc.upload_begin is not usable"));
        m_upload = upload;
        m_received = received;
        m_chunkBytes = std::min(chunkBytes, kMaxChunkBytes);
        emit progress(m_received, m_size);
        sendNext();
    });
}

void DocumentUploader::sendNext() {
    if (!m_conn)
        return fail(QStringLiteral("local_io"), tr("no connection"));
    if (m_received >= m_size) {
        m_running = false;
        m_ready = false;
        m_file.close();
        emit finished(m_upload);
        return;
    }
    // Read at the moment of sending: only one chunk is ever in memory.
    if (m_file.size() != m_size)
        return fail(QStringLiteral("file_changed"),
                    tr("%1 changed during the upload").arg(m_file.fileName()));
    const qint64 offset = m_received;
    const qint64 length = std::min(m_chunkBytes, m_size - offset);
    QByteArray data;
    if (m_file.seek(offset))
        data = m_file.read(length);
    if (data.size() != length)
        return fail(QStringLiteral("local_io"),
                    tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString()));
    const quint64 generation = m_generation;
    const QCborMap body{{QStringLiteral("upload"), m_upload},
                        {QStringLiteral("offset"), offset},
                        {QStringLiteral("data"), data}};
    m_waiting = true;
    if (m_conn->state() == ServerConnection::State::Online)
        m_stall.start();
    m_conn->request(Request::DocUploadChunk, body, [this, generation, offset](const Reply &r) {
        if (generation != m_generation || !m_running)
            return;
        m_waiting = false;
        m_stall.stop();
        if (!r.ok)
            return fail(r.errorCode, r.errorMessage);
        const qint64 received = r.body.value(QStringLiteral("received")).toInteger(-1);
        if (received < 0 || received > m_size)
            return fail(QStringLiteral("bad_reply"),
                        tr("the server acknowledged %1 of %2 bytes").arg(received).arg(m_size));
        // A server that keeps acknowledging nothing new would make us loop for ever.
        m_stuck = received > offset ? 0 : m_stuck + 1;
        if (m_stuck >= kMaxStuckReplies)
            return fail(QStringLiteral("bad_reply"), tr("the server accepts no more bytes of the upload"));
        m_received = received;
        emit progress(m_received, m_size);
        sendNext();
    });
}

// ---------------------------------------------------------------------------
// DocumentDownloader

DocumentDownloader::DocumentDownloader(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_conn(connection) {
    m_stall.setSingleShot(true);
    m_stall.setInterval(kStallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timeout"),
             tr("the server did not answer within %1 s").arg(m_stall.interval() / 1000));
    });
    if (connection)
        connect(connection, &ServerConnection::stateChanged, this, &DocumentDownloader::onLinkState);
}

DocumentDownloader::~DocumentDownloader() = default;

void DocumentDownloader::setChunkBytes(int bytes) {
    m_chunkBytes = std::clamp(bytes, 1, 1024 * 1024);
}

void DocumentDownloader::onLinkState() {
    // doc.fetch reads and changes nothing: ServerConnection resends the one in
    // flight after a reconnect, and its reply continues the download. Only the
    // stall clock must not run while the link is down.
    if (!m_conn || !m_running)
        return;
    if (m_conn->state() != ServerConnection::State::Online)
        m_stall.stop();
    else if (m_waiting)
        m_stall.start();
}

void DocumentDownloader::start(const QString &hashHex, qint64 size, const QString &destination) {
    cancel();
    m_running = true;
    m_hashHex = hashHex;
    m_hash = contentHashFromHex(hashHex);
    m_size = size;
    m_dest = destination;
    m_received = 0;
    if (m_hash.isEmpty())
        return fail(QStringLiteral("invalid_value"), tr("'%1' is not a content hash").arg(hashHex));
    if (size < 0)
        return fail(QStringLiteral("invalid_value"), tr("a file size cannot be negative"));
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Existing>(this);
    connect(watcher, &QFutureWatcher<Existing>::finished, this, [this, watcher, generation] {
        const Existing existing = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (!existing.error.isEmpty())
            return fail(QStringLiteral("local_io"), existing.error);
        if (existing.present) {
            m_running = false;
            emit finished(m_dest, false);
            return;
        }
        openPart();
    });
    watcher->setFuture(QtConcurrent::run(adoptExisting, m_dest, m_candidates, m_hash, m_size));
}

void DocumentDownloader::cancel() {
    m_running = false;
    m_waiting = false;
    ++m_generation;
    m_stall.stop();
    m_part.close();
}

void DocumentDownloader::fail(const QString &code, const QString &message) {
    if (!m_running)
        return;
    cancel();
    emit failed(code, message);
}

void DocumentDownloader::openPart() {
    m_part.setFileName(partPath(m_dest));
    // Unbuffered: what a killed process leaves behind is a clean prefix to resume from.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return fail(QStringLiteral("local_io"),
                    tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
    if (m_part.size() > m_size && !m_part.resize(0))
        return fail(QStringLiteral("local_io"),
                    tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
    m_received = m_part.size();
    m_resumedFrom = m_received;
    if (!m_part.seek(m_received))
        return fail(QStringLiteral("local_io"),
                    tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
    emit progress(m_received, m_size);
    if (m_received >= m_size)
        return verifyPart();
    fetchNext();
}

void DocumentDownloader::fetchNext() {
    if (!m_conn)
        return fail(QStringLiteral("local_io"), tr("no connection"));
    const qint64 offset = m_received;
    const qint64 length = std::min<qint64>(m_chunkBytes, m_size - offset);
    const quint64 generation = m_generation;
    const QCborMap body{{QStringLiteral("hash"), m_hashHex},
                        {QStringLiteral("offset"), offset},
                        {QStringLiteral("length"), length}};
    m_waiting = true;
    if (m_conn->state() == ServerConnection::State::Online)
        m_stall.start();
    m_conn->request(Request::DocFetch, body, [this, generation, offset, length](const Reply &r) {
        if (generation != m_generation || !m_running)
            return;
        m_waiting = false;
        m_stall.stop();
        if (!r.ok)
            return fail(r.errorCode, r.errorMessage);
        const QCborValue total = r.body.value(QStringLiteral("size"));
        if (total.isInteger() && total.toInteger() != m_size)
            return fail(
                QStringLiteral("size_mismatch"),
                tr("the server holds %1 bytes under this hash, not %2").arg(total.toInteger()).arg(m_size));
        const QByteArray data = r.body.value(QStringLiteral("data")).toByteArray();
        if (r.body.value(QStringLiteral("offset")).toInteger(-1) != offset || data.isEmpty() ||
            data.size() > length)
            return fail(QStringLiteral("bad_reply"), tr("the server's answer to doc.fetch is not usable"));
        if (m_part.write(data) != data.size())
            return fail(QStringLiteral("local_io"),
                        tr("cannot write %1: %2").arg(m_part.fileName(), m_part.errorString()));
        m_received += data.size();
        emit progress(m_received, m_size);
        if (m_received >= m_size)
            return verifyPart();
        fetchNext();
    });
}

void DocumentDownloader::verifyPart() {
    m_part.close();
    const QString part = m_part.fileName();
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<FileHash>(this);
    connect(watcher, &QFutureWatcher<FileHash>::finished, this, [this, watcher, generation, part] {
        const FileHash h = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return;
        if (!h.ok())
            return fail(QStringLiteral("local_io"), h.error);
        if (h.size != m_size || !crypto::constantTimeEquals(h.hash, m_hash)) {
            // Never leave bytes that are not what was asked for where a later
            // run would resume from them.
            QFile::remove(part);
            if (m_resumedFrom > 0)
                return openPart(); // the part may have been left by other bytes: once more from 0
            return fail(QStringLiteral("hash_mismatch"),
                        tr("the downloaded bytes do not match hash %1 (they hash to %2); the partial file "
                           "was deleted")
                            .arg(m_hashHex, contentHashHex(h.hash)));
        }
        QString error;
        if (!replaceFile(part, m_dest, &error))
            return fail(QStringLiteral("local_io"), error);
        m_running = false;
        emit finished(m_dest, true);
    });
    watcher->setFuture(QtConcurrent::run(hashFile, part));
}

} // namespace council::client
