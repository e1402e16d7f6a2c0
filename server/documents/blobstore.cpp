#include "blobstore.h"

#include "filehash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace council::server {

namespace {

QString bilingual(const QString &english, const QString &vietnamese) {
    return english + QStringLiteral(" / ") + vietnamese;
}

BlobPutResult putFailure(BlobStatus status, const QString &message) {
    BlobPutResult r;
    r.status = status;
    r.message = message;
    return r;
}

BlobPutResult ioFailure(const QString &detail) {
    return putFailure(BlobStatus::IoError,
                      bilingual(QStringLiteral("The document store cannot write the file (%1).").arg(detail),
                                QStringLiteral("Kho tài liệu không ghi được tệp (%1).").arg(detail)));
}

BlobPutResult mismatch() {
    return putFailure(BlobStatus::HashMismatch,
                      bilingual(QStringLiteral("The file's content does not match its declared hash; nothing "
                                               "was stored."),
                                QStringLiteral("Nội dung tệp không khớp với mã băm đã khai báo; không có gì "
                                               "được lưu.")));
}

bool syncPath(const QString &path, bool directory) {
    const int fd =
        ::open(QFile::encodeName(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BlobStore::BlobStore(const QString &dataDir)
    : m_root(QDir(dataDir).filePath(QStringLiteral("blobs"))) {}

bool BlobStore::isValidHash(const QString &hash) {
    if (hash.size() != kBlobHashBytes * 2)
        return false;
    for (const QChar c : hash) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString BlobStore::path(const QString &hash) const {
    if (!isValidHash(hash))
        return {};
    return QDir(m_root).filePath(hash.left(2) + u'/' + hash.mid(2));
}

bool BlobStore::has(const QString &hash) const {
    const QString p = path(hash);
    return !p.isEmpty() && QFileInfo(p).isFile();
}

qint64 BlobStore::size(const QString &hash) const {
    const QFileInfo info(path(hash));
    return isValidHash(hash) && info.isFile() ? info.size() : -1;
}

BlobChunk BlobStore::readChunk(const QString &hash, qint64 offset, qint64 length) const {
    BlobChunk chunk;
    if (!isValidHash(hash)) {
        chunk.status = BlobStatus::InvalidHash;
        chunk.message =
            bilingual(QStringLiteral("Not a document hash."), QStringLiteral("Không phải mã băm tài liệu."));
        return chunk;
    }
    QFile file(path(hash));
    if (!file.open(QIODevice::ReadOnly)) {
        chunk.status = BlobStatus::NotFound;
        chunk.message = bilingual(QStringLiteral("The document is not in the store."),
                                  QStringLiteral("Tài liệu không có trong kho."));
        return chunk;
    }
    if (offset < 0 || length < 0 || offset > file.size()) {
        chunk.status = BlobStatus::OutOfRange;
        chunk.message = bilingual(QStringLiteral("The requested part lies outside the document."),
                                  QStringLiteral("Phần được yêu cầu nằm ngoài tài liệu."));
        return chunk;
    }
    if (!file.seek(offset)) {
        chunk.message = file.errorString();
        return chunk;
    }
    chunk.data = file.read(qMin(length, kMaxChunkBytes));
    chunk.status = BlobStatus::Ok;
    return chunk;
}

BlobPutResult BlobStore::put(const QString &filePath, PutMode mode, const QString &expectedHash) {
    if (!expectedHash.isEmpty() && !isValidHash(expectedHash))
        return putFailure(BlobStatus::InvalidHash, bilingual(QStringLiteral("Not a document hash."),
                                                             QStringLiteral("Không phải mã băm tài liệu.")));
    if (!QDir().mkpath(m_root))
        return ioFailure(QStringLiteral("cannot create %1").arg(m_root));
    return mode == PutMode::Move ? putByMove(filePath, expectedHash) : putByCopy(filePath, expectedHash);
}

BlobPutResult BlobStore::putByCopy(const QString &filePath, const QString &expectedHash) {
    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly))
        return ioFailure(source.errorString());
    // The temporary file sits in the store so the final rename stays on one disk.
    QTemporaryFile temp(QDir(m_root).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!temp.open())
        return ioFailure(temp.errorString());
    // Hash what is written, not a separate read, so the name matches the stored bytes.
    StreamingHash hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return ioFailure(source.errorString());
        if (n == 0)
            break;
        if (temp.write(buffer.constData(), n) != n)
            return ioFailure(temp.errorString());
        hash.addData(buffer.constData(), qsizetype(n));
        total += n;
    }
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        return ioFailure(temp.errorString());
    const QString hex = QString::fromLatin1(hash.result().toHex());
    if (!expectedHash.isEmpty() && hex != expectedHash)
        return mismatch(); // the temporary file goes with temp
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    BlobPutResult r = install(tempPath, hex, total, nullptr);
    QFile::remove(tempPath); // still there when the blob already existed or on failure
    return r;
}

BlobPutResult BlobStore::putByMove(const QString &filePath, const QString &expectedHash) {
    QString error;
    const QString hex = hashFileHex(filePath, &error);
    if (hex.isEmpty())
        return ioFailure(error);
    if (!expectedHash.isEmpty() && hex != expectedHash)
        return mismatch();
    if (!syncPath(filePath, false))
        return ioFailure(QStringLiteral("fsync failed"));
    const qint64 size = QFileInfo(filePath).size();
    int renameError = 0;
    BlobPutResult r = install(filePath, hex, size, &renameError);
    if (renameError == EXDEV) {
        // The source is on another disk: copy (hashing again what is written).
        r = putByCopy(filePath, hex);
        if (r.isOk())
            QFile::remove(filePath);
        return r;
    }
    if (r.isOk())
        QFile::remove(filePath); // only still there when the blob already existed
    return r;
}

BlobPutResult BlobStore::install(const QString &tempPath, const QString &hash, qint64 size,
                                 int *renameError) {
    BlobPutResult r;
    r.hash = hash;
    r.size = size;
    const QString target = path(hash);
    if (QFileInfo(target).isFile()) {
        r.status = BlobStatus::Ok;
        r.alreadyStored = true;
        return r;
    }
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return ioFailure(QStringLiteral("cannot create %1").arg(dir));
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    // rename() replaces atomically: a concurrent put of the same bytes is harmless.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        if (renameError)
            *renameError = error;
        return ioFailure(QString::fromLocal8Bit(std::strerror(error)));
    }
    syncPath(dir, true);
    r.status = BlobStatus::Ok;
    return r;
}

} // namespace council::server
