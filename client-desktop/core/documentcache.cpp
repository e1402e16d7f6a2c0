#include "documentcache.h"

#include "documenttransfer.h"
#include "serverconnection.h"
#include "tokenstore.h"

#include "crypto/sodium.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <filesystem>
#include <sodium.h>
#include <system_error>

namespace council::client {

using protocol::Request;

namespace {

constexpr int kStallTimeoutMs = 60000;
// Messages of the old part re-sealed per turn of the event loop while a
// download resumes: about 2 MiB, a few milliseconds.
constexpr int kResumeMessagesPerTurn = 8;

QString trc(const char *text) {
    return QCoreApplication::translate("DocumentCache", text);
}

bool replaceFile(const QString &from, const QString &to, QString *error) {
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        *error = trc("cannot move %1 to %2: %3").arg(from, to, QString::fromStdString(ec.message()));
    return !ec;
}

} // namespace

// ---------------------------------------------------------------------------
// DocumentCache

QString DocumentCache::defaultRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/documents");
}

QString DocumentCache::defaultKeyPath() {
    return QFileInfo(TokenStore::defaultPath()).dir().filePath(QStringLiteral("document-cache.key"));
}

QString DocumentCache::folderFor(const QString &root, const QUrl &server) {
    // A hash, not the URL: folder names stay short and free of ':' and '/'.
    const QByteArray id = crypto::genericHash(TokenStore::serverKey(server).toUtf8(), 16);
    return QDir(root).filePath(QString::fromLatin1(id.toHex()));
}

std::optional<DocumentCache> DocumentCache::open(const QString &folder, const QString &keyPath,
                                                 QString *error) {
    DocumentCache cache;
    cache.m_folder = folder;
    if (!QDir().mkpath(folder)) {
        *error = trc("cannot create the folder %1").arg(folder);
        return std::nullopt;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    cache.m_key = sealed::loadOrCreateKey(keyPath, error);
    if (!cache.isValid())
        return std::nullopt;
    return cache;
}

QString DocumentCache::pathFor(const QString &hashHex) const {
    return QDir(m_folder).filePath(hashHex + QStringLiteral(".sealed"));
}

QString DocumentCache::partPathFor(const QString &hashHex) const {
    return QDir(m_folder).filePath(hashHex + QStringLiteral(".part"));
}

bool DocumentCache::contains(const QString &hashHex) const {
    return isValid() && !contentHashFromHex(hashHex).isEmpty() && QFileInfo(pathFor(hashHex)).isFile();
}

sealed::ReadResult DocumentCache::read(const QString &hashHex, qint64 size) const {
    const QByteArray hash = contentHashFromHex(hashHex);
    sealed::ReadResult result;
    if (hash.isEmpty()) {
        result.error = trc("'%1' is not a content hash").arg(hashHex);
        return result;
    }
    result = sealed::readAll(pathFor(hashHex), m_key, hash, size);
    if (result.ok && (result.data.size() != size ||
                      !crypto::constantTimeEquals(crypto::genericHash(result.data, 32), hash))) {
        result.ok = false;
        result.data.clear();
        result.error = trc("the cached copy of %1 does not hold the expected bytes").arg(hashHex);
    }
    return result;
}

void DocumentCache::remove(const QString &hashHex) const {
    if (contentHashFromHex(hashHex).isEmpty())
        return;
    QFile::remove(pathFor(hashHex));
    QFile::remove(partPathFor(hashHex));
}

// ---------------------------------------------------------------------------
// SealedDownloader

struct SealedDownloader::Hashing {
    crypto_generichash_state state;
    void reset() { crypto_generichash_init(&state, nullptr, 0, kContentHashBytes); }
    void add(const QByteArray &bytes) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    QByteArray result() {
        QByteArray out(kContentHashBytes, Qt::Uninitialized);
        crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), kContentHashBytes);
        return out;
    }
};

SealedDownloader::SealedDownloader(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_conn(connection)
    , m_hashing(std::make_unique<Hashing>()) {
    crypto::initialize();
    m_stall.setSingleShot(true);
    m_stall.setInterval(kStallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("timeout"),
             tr("the server did not answer within %1 s").arg(m_stall.interval() / 1000));
    });
    if (connection)
        connect(connection, &ServerConnection::stateChanged, this, &SealedDownloader::onLinkState);
}

SealedDownloader::~SealedDownloader() = default;

void SealedDownloader::setChunkBytes(int bytes) {
    m_chunkBytes = std::clamp(bytes, 1, 1024 * 1024);
}

QString SealedDownloader::oldPartPath() const {
    return m_cache.partPathFor(m_hashHex) + QStringLiteral(".old");
}

void SealedDownloader::onLinkState() {
    // ServerConnection resends the doc.fetch in flight after a reconnect;
    // only the stall clock must not run while the link is down.
    if (!m_conn || !m_running)
        return;
    if (m_conn->state() != ServerConnection::State::Online)
        m_stall.stop();
    else if (m_waiting)
        m_stall.start();
}

void SealedDownloader::start(const DocumentCache &cache, const QString &hashHex, qint64 size) {
    cancel();
    m_running = true;
    m_cache = cache;
    m_hashHex = hashHex;
    m_hash = contentHashFromHex(hashHex);
    m_size = size;
    m_received = 0;
    m_resumedFrom = 0;
    if (m_hash.isEmpty())
        return fail(QStringLiteral("invalid_value"), tr("'%1' is not a content hash").arg(hashHex));
    if (size < 0)
        return fail(QStringLiteral("invalid_value"), tr("a file size cannot be negative"));
    if (!cache.isValid())
        return fail(QStringLiteral("local_io"), tr("the document cache is not available"));
    const quint64 generation = ++m_generation;
    if (cache.contains(hashHex)) {
        // Already here: say so from the event loop, as a download would.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation != m_generation || !m_running)
                    return;
                m_running = false;
                emit finished(false);
            },
            Qt::QueuedConnection);
        return;
    }
    begin(true);
}

void SealedDownloader::cancel() {
    m_running = false;
    m_waiting = false;
    ++m_generation;
    m_stall.stop();
    m_writer.close();
    m_resume.reset();
}

void SealedDownloader::fail(const QString &code, const QString &message) {
    if (!m_running)
        return;
    cancel();
    emit failed(code, message);
}

void SealedDownloader::begin(bool allowResume) {
    const QString part = m_cache.partPathFor(m_hashHex);
    const QString old = oldPartPath();
    m_hashing->reset();
    m_resume.reset();
    if (!allowResume) {
        QFile::remove(part);
        QFile::remove(old);
    } else if (!QFile::exists(old) && QFile::exists(part)) {
        // Re-sealing reads the old part while the new one is written: a
        // secretstream cannot be continued from a file, only re-made.
        QString error;
        if (!replaceFile(part, old, &error))
            return fail(QStringLiteral("local_io"), error);
    }
    // An ".old" left by a run that stopped while re-sealing is the better copy.
    if (allowResume && QFile::exists(old)) {
        m_resume = std::make_unique<sealed::Reader>();
        if (!m_resume->open(old, m_cache.key(), m_hash)) {
            m_resume.reset();
            QFile::remove(old);
        }
    }
    if (!m_writer.open(part, m_cache.key(), m_hash))
        return fail(QStringLiteral("local_io"), m_writer.errorString());
    if (m_resume) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this, [this, generation] { resumeStep(generation); }, Qt::QueuedConnection);
        return;
    }
    afterPrepared();
}

void SealedDownloader::resumeStep(quint64 generation) {
    if (generation != m_generation || !m_running || !m_resume)
        return;
    QByteArray plain;
    for (int i = 0; i < kResumeMessagesPerTurn; ++i) {
        const sealed::Reader::Status status = m_resume->next(&plain);
        // A part ends in the middle of a message when the app was killed
        // while writing: what decrypted before that is good.
        const bool over =
            status != sealed::Reader::Status::Message || m_writer.plainBytes() + plain.size() > m_size;
        if (status != sealed::Reader::Status::Error && m_writer.plainBytes() + plain.size() <= m_size) {
            if (!m_writer.append(plain))
                return fail(QStringLiteral("local_io"), m_writer.errorString());
            m_hashing->add(plain);
        }
        if (over) {
            m_resume.reset();
            QFile::remove(oldPartPath());
            m_resumedFrom = m_writer.plainBytes();
            return afterPrepared();
        }
    }
    QMetaObject::invokeMethod(
        this, [this, generation] { resumeStep(generation); }, Qt::QueuedConnection);
}

void SealedDownloader::afterPrepared() {
    m_received = m_writer.plainBytes();
    emit progress(m_received, m_size);
    if (m_received >= m_size)
        return complete();
    fetchNext();
}

void SealedDownloader::fetchNext() {
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
    ++m_fetchRequests;
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
        if (!m_writer.append(data))
            return fail(QStringLiteral("local_io"), m_writer.errorString());
        m_hashing->add(data);
        m_received += data.size();
        emit progress(m_received, m_size);
        if (m_received >= m_size)
            return complete();
        fetchNext();
    });
}

void SealedDownloader::complete() {
    const QByteArray hash = m_hashing->result();
    if (!crypto::constantTimeEquals(hash, m_hash)) {
        // Never keep bytes that are not the ones asked for where a later run
        // would resume from them.
        m_writer.close();
        QFile::remove(m_cache.partPathFor(m_hashHex));
        if (m_resumedFrom > 0) {
            m_resumedFrom = 0;
            return begin(false); // the part may have held other bytes: once more from 0
        }
        return fail(QStringLiteral("hash_mismatch"),
                    tr("the downloaded bytes do not match hash %1 (they hash to %2)")
                        .arg(m_hashHex, contentHashHex(hash)));
    }
    if (!m_writer.finish())
        return fail(QStringLiteral("local_io"), m_writer.errorString());
    QString error;
    if (!replaceFile(m_cache.partPathFor(m_hashHex), m_cache.pathFor(m_hashHex), &error))
        return fail(QStringLiteral("local_io"), error);
    m_running = false;
    emit finished(true);
}

} // namespace council::client
