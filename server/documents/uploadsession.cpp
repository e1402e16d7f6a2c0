#include "uploadsession.h"

#include "blobstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace council::server {

UploadSession::UploadSession(const QString &dataDir, const QString &id, qint64 declaredSize,
                             const QString &declaredHash, qint64 maxBytes)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("uploads")))
    , m_id(id)
    , m_size(declaredSize)
    , m_hash(declaredHash)
    , m_maxBytes(maxBytes) {}

bool UploadSession::isValidId(const QString &id) {
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

QString UploadSession::partPath() const {
    return QDir(m_dir).filePath(m_id + QStringLiteral(".part"));
}

QString UploadSession::metaPath() const {
    return QDir(m_dir).filePath(m_id + QStringLiteral(".meta"));
}

UploadStatus UploadSession::fail(UploadStatus status, const QString &english, const QString &vietnamese) {
    m_error = english + QStringLiteral(" / ") + vietnamese;
    return status;
}

UploadStatus UploadSession::open() {
    if (!isValidId(m_id) || m_size <= 0 || !BlobStore::isValidHash(m_hash))
        return fail(UploadStatus::InvalidRequest,
                    QStringLiteral("The upload's name, size or hash is not valid."),
                    QStringLiteral("Tên, kích thước hoặc mã băm của tệp tải lên không hợp lệ."));
    if (m_size > m_maxBytes) {
        const QString mib = QString::number(double(m_maxBytes) / (1 << 20), 'f', 0);
        return fail(UploadStatus::TooLarge,
                    QStringLiteral("The file is larger than the limit of %1 MiB.").arg(mib),
                    QStringLiteral("Tệp lớn hơn giới hạn %1 MiB.").arg(mib));
    }
    if (!QDir().mkpath(m_dir))
        return fail(UploadStatus::IoError, QStringLiteral("The upload folder cannot be created."),
                    QStringLiteral("Không tạo được thư mục tải lên."));

    const QByteArray declaration = QByteArray::number(m_size) + ' ' + m_hash.toLatin1() + '\n';
    QFile meta(metaPath());
    if (meta.exists()) {
        if (!meta.open(QIODevice::ReadOnly) || meta.readAll() != declaration)
            return fail(UploadStatus::DeclarationMismatch,
                        QStringLiteral("An upload with this name is already under way for another file."),
                        QStringLiteral("Đang có một lượt tải lên khác trùng tên này cho một tệp khác."));
    } else {
        QSaveFile save(metaPath());
        if (!save.open(QIODevice::WriteOnly) || save.write(declaration) != declaration.size() ||
            !save.commit())
            return fail(UploadStatus::IoError, QStringLiteral("The upload cannot be recorded."),
                        QStringLiteral("Không ghi nhận được lượt tải lên."));
    }

    m_part.setFileName(partPath());
    if (!m_part.open(QIODevice::ReadWrite))
        return fail(UploadStatus::IoError, QStringLiteral("The upload file cannot be opened."),
                    QStringLiteral("Không mở được tệp đang tải lên."));
    m_received = m_part.size();
    if (m_received > m_size) { // cannot come from writeChunk: a damaged part file
        m_part.resize(0);
        m_received = 0;
    }
    return UploadStatus::Ok;
}

UploadStatus UploadSession::writeChunk(qint64 offset, const QByteArray &data) {
    if (!m_part.isOpen())
        return fail(UploadStatus::InvalidRequest, QStringLiteral("The upload is not open."),
                    QStringLiteral("Lượt tải lên chưa được mở."));
    if (offset < 0 || data.isEmpty())
        return fail(UploadStatus::InvalidRequest,
                    QStringLiteral("The chunk is empty or has a negative offset."),
                    QStringLiteral("Phần dữ liệu rỗng hoặc có vị trí âm."));
    if (offset + data.size() > m_size)
        return fail(UploadStatus::BeyondDeclaredSize,
                    QStringLiteral("The chunk goes past the declared size of %1 bytes.").arg(m_size),
                    QStringLiteral("Phần dữ liệu vượt quá kích thước đã khai báo (%1 byte).").arg(m_size));
    if (offset > m_received)
        return fail(
            UploadStatus::Gap,
            QStringLiteral("The chunk starts at byte %1 but only %2 bytes have arrived; resume from %2.")
                .arg(offset)
                .arg(m_received),
            QStringLiteral("Phần dữ liệu bắt đầu ở byte %1 nhưng mới nhận được %2 byte; hãy tiếp tục "
                           "từ byte %2.")
                .arg(offset)
                .arg(m_received));
    // Flushed to the kernel per chunk, not fsync'ed: the final hash check
    // catches anything a power cut may have lost.
    if (!m_part.seek(offset) || m_part.write(data) != data.size() || !m_part.flush())
        return fail(UploadStatus::IoError,
                    QStringLiteral("The chunk cannot be written (%1).").arg(m_part.errorString()),
                    QStringLiteral("Không ghi được phần dữ liệu (%1).").arg(m_part.errorString()));
    m_received = qMax(m_received, offset + data.size());
    return UploadStatus::Ok;
}

UploadStatus UploadSession::finish(BlobStore &store) {
    if (!m_part.isOpen())
        return fail(UploadStatus::InvalidRequest, QStringLiteral("The upload is not open."),
                    QStringLiteral("Lượt tải lên chưa được mở."));
    if (m_received != m_size)
        return fail(UploadStatus::Incomplete,
                    QStringLiteral("Only %1 of %2 bytes have arrived.").arg(m_received).arg(m_size),
                    QStringLiteral("Mới nhận được %1 trên %2 byte.").arg(m_received).arg(m_size));
    m_part.close();
    const BlobPutResult put = store.put(partPath(), BlobStore::PutMode::Move, m_hash);
    if (put.status == BlobStatus::HashMismatch) {
        discard();
        return fail(
            UploadStatus::HashMismatch,
            QStringLiteral("The received file does not match its declared hash; nothing was stored, "
                           "upload it again."),
            QStringLiteral("Tệp nhận được không khớp với mã băm đã khai báo; không có gì được lưu, hãy "
                           "tải lên lại."));
    }
    if (!put.isOk()) {
        m_part.open(QIODevice::ReadWrite); // keep what arrived: a retry of finish() may succeed
        m_error = put.message;
        return UploadStatus::IoError;
    }
    QFile::remove(metaPath());
    m_storedHash = put.hash;
    return UploadStatus::Ok;
}

void UploadSession::discard() {
    m_part.close();
    QFile::remove(partPath());
    QFile::remove(metaPath());
    m_received = 0;
}

} // namespace council::server
