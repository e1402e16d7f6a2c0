#include "documentintake.h"

#include "crypto/sodium.h"
#include "filehash.h"
#include "uploadsession.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace council::server {

using protocol::Error;
using protocol::ErrorCode;

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

bool startsWithPdfMagic(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == QByteArrayLiteral("%PDF-");
}

// Runs `work` on a worker thread and `then` with its result on the event loop.
template <typename T>
void runOffLoop(QObject *context, std::function<T()> work, std::function<void(const T &)> then) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, then] {
        then(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

Error pdfCheckError(const PdfCheckResult &result) {
    switch (result.status) {
    case PdfCheckStatus::Ok:
        break;
    case PdfCheckStatus::NotPdf:
        return {ErrorCode::NotPdf, result.message};
    case PdfCheckStatus::Truncated:
        return {ErrorCode::PdfTruncated, result.message};
    case PdfCheckStatus::Corrupt:
        return {ErrorCode::PdfCorrupt, result.message};
    case PdfCheckStatus::Encrypted:
        return {ErrorCode::PdfEncrypted, result.message};
    case PdfCheckStatus::Crashed:
        return {ErrorCode::PdfCheckerCrashed, result.message};
    case PdfCheckStatus::TimedOut:
        return {ErrorCode::PdfCheckerTimeout, result.message};
    case PdfCheckStatus::TooLarge:
        return {ErrorCode::TooLarge, result.message};
    case PdfCheckStatus::Unavailable:
        return {ErrorCode::Internal, result.message};
    }
    return {ErrorCode::Internal, result.message};
}

DocumentIntake::DocumentIntake(const QString &dataDir, BlobStore &blobs, Limits limits, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_blobs(blobs)
    , m_limits(limits)
    , m_checker(this)
    , m_converter(this) {
    PdfChecker::Limits checkLimits = m_checker.limits();
    checkLimits.maxFileBytes = m_limits.maxUploadBytes * 4; // a conversion may grow the file
    m_checker.setLimits(checkLimits);
    connect(&m_checker, &PdfChecker::finished, this, &DocumentIntake::onChecked);
    connect(&m_converter, &DocumentConverter::finished, this, &DocumentIntake::onConverted);
}

DocumentIntake::~DocumentIntake() = default;

QString DocumentIntake::uploadsDir() const {
    return QDir(m_dataDir).filePath(QStringLiteral("uploads"));
}

DocumentIntake::Upload *DocumentIntake::findUpload(qint64 accountId, const QString &uploadId) {
    auto it = m_uploads.find(uploadId);
    if (it == m_uploads.end() || it->second.account != accountId)
        return nullptr;
    return &it->second;
}

std::variant<QCborMap, Error> DocumentIntake::begin(qint64 accountId, const QCborMap &body) {
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    const QCborValue sizeValue = body.value(QStringLiteral("size"));
    const QString hash = body.value(QStringLiteral("hash")).toString();
    if (name.isEmpty() || name.size() > 255 || name.contains(u'/') || name.contains(u'\\'))
        return Error{ErrorCode::InvalidValue,
                     QStringLiteral("'name' must be a file name of 1..255 characters")};
    if (!sizeValue.isInteger() || sizeValue.toInteger() <= 0)
        return Error{ErrorCode::InvalidValue, QStringLiteral("'size' must be a positive integer")};
    if (!BlobStore::isValidHash(hash))
        return Error{ErrorCode::InvalidValue, QStringLiteral("'hash' must be 64 lowercase hex digits")};
    const qint64 size = sizeValue.toInteger();
    if (size > m_limits.maxUploadBytes)
        return Error{
            ErrorCode::TooLarge,
            QStringLiteral("%1 bytes; the limit is %2 MiB").arg(size).arg(m_limits.maxUploadBytes >> 20)};
    // The same file from the same account is the same upload: beginning it
    // again after a cut answers what already arrived.
    const QByteArray key =
        QByteArray::number(accountId) + ':' + QByteArray::number(size) + ':' + hash.toLatin1();
    const QString id = QString::fromLatin1(crypto::genericHash(key, 16).toHex());
    Upload *upload = findUpload(accountId, id);
    if (!upload) {
        auto session = std::make_unique<UploadSession>(m_dataDir, id, size, hash, m_limits.maxUploadBytes);
        if (session->open() != UploadStatus::Ok)
            return Error{ErrorCode::Internal, session->errorString()};
        if (qsizetype(m_uploads.size()) >= m_limits.maxOpenUploads) {
            // Close the least recently used part file; its bytes stay on disk.
            auto oldest = m_uploads.begin();
            for (auto it = m_uploads.begin(); it != m_uploads.end(); ++it)
                if (it->second.touchedMs < oldest->second.touchedMs)
                    oldest = it;
            m_uploads.erase(oldest);
        }
        Upload u;
        u.account = accountId;
        u.name = name;
        u.hash = hash;
        u.size = size;
        u.session = std::move(session);
        upload = &m_uploads.insert_or_assign(id, std::move(u)).first->second;
    }
    upload->name = name;
    upload->touchedMs = nowMs();
    QCborMap out;
    out.insert(QStringLiteral("upload"), id);
    out.insert(QStringLiteral("received"), upload->session->bytesReceived());
    out.insert(QStringLiteral("chunkBytes"), m_limits.chunkBytes);
    out.insert(QStringLiteral("maxBytes"), m_limits.maxUploadBytes);
    return out;
}

std::variant<QCborMap, Error> DocumentIntake::chunk(qint64 accountId, const QCborMap &body) {
    const QString id = body.value(QStringLiteral("upload")).toString();
    const QCborValue offset = body.value(QStringLiteral("offset"));
    const QCborValue data = body.value(QStringLiteral("data"));
    if (!offset.isInteger() || !data.isByteArray())
        return Error{ErrorCode::BadRequest,
                     QStringLiteral("'offset' (integer) and 'data' (bytes) are needed")};
    if (data.toByteArray().size() > m_limits.chunkBytes)
        return Error{ErrorCode::InvalidValue,
                     QStringLiteral("a chunk may carry at most %1 bytes").arg(m_limits.chunkBytes)};
    Upload *upload = findUpload(accountId, id);
    if (!upload)
        return Error{ErrorCode::NotFound, QStringLiteral("no such upload; begin it again to resume")};
    upload->touchedMs = nowMs();
    switch (upload->session->writeChunk(offset.toInteger(), data.toByteArray())) {
    case UploadStatus::Ok:
        break;
    case UploadStatus::IoError:
        return Error{ErrorCode::Internal, upload->session->errorString()};
    default:
        return Error{ErrorCode::InvalidValue, upload->session->errorString()};
    }
    QCborMap out;
    out.insert(QStringLiteral("received"), upload->session->bytesReceived());
    return out;
}

std::optional<Error> DocumentIntake::readyToFinish(qint64 accountId, const QString &uploadId) const {
    auto it = m_uploads.find(uploadId);
    if (it == m_uploads.end() || it->second.account != accountId)
        return Error{ErrorCode::NotFound, QStringLiteral("no such upload; begin it again to resume")};
    if (!it->second.session->isComplete())
        return Error{ErrorCode::UploadIncomplete, QStringLiteral("%1 of %2 bytes have arrived")
                                                      .arg(it->second.session->bytesReceived())
                                                      .arg(it->second.size)};
    return std::nullopt;
}

void DocumentIntake::finish(qint64 accountId, const QString &uploadId, Done done) {
    if (auto e = readyToFinish(accountId, uploadId)) {
        QMetaObject::invokeMethod(
            this, [done, err = *e] { done(err); }, Qt::QueuedConnection);
        return;
    }
    auto node = m_uploads.extract(uploadId);
    Upload upload = std::move(node.mapped());
    const QString part = upload.session->partPath();
    upload.session.reset(); // closes the part file
    auto job = std::make_unique<Job>();
    job->id = m_nextJob++;
    job->fileName = upload.name;
    job->sourcePath = part;
    job->workDir = QDir(uploadsDir()).filePath(uploadId + QStringLiteral(".work"));
    job->done = std::move(done);
    const quint64 jobId = job->id;
    m_jobs.emplace(jobId, std::move(job));
    const QString declared = upload.hash;
    // The bytes must be the declared ones before anything else looks at them.
    runOffLoop<QString>(
        this, [part] { return hashFileHex(part); },
        [this, jobId, declared, uploadId](const QString &actual) {
            auto it = m_jobs.find(jobId);
            if (it == m_jobs.end())
                return;
            QFile::remove(QDir(uploadsDir()).filePath(uploadId + QStringLiteral(".meta")));
            if (actual != declared) {
                fail(jobId,
                     {ErrorCode::HashMismatch,
                      QStringLiteral("received %1, declared %2").arg(actual.left(16), declared.left(16))});
                return;
            }
            std::unique_ptr<Job> job = std::move(it->second);
            m_jobs.erase(it);
            startJob(std::move(job));
        });
}

void DocumentIntake::ingestFile(const QString &path, Done done) {
    auto job = std::make_unique<Job>();
    job->id = m_nextJob++;
    job->fileName = QFileInfo(path).fileName();
    job->sourcePath = path;
    job->ownsSource = false;
    job->workDir = QDir(uploadsDir()).filePath(QStringLiteral("ingest-%1.work").arg(job->id));
    job->done = std::move(done);
    startJob(std::move(job));
}

void DocumentIntake::startJob(std::unique_ptr<Job> job) {
    const quint64 jobId = job->id;
    const QString suffix = QFileInfo(job->fileName).suffix().toLower();
    const bool looksPdf = suffix == QLatin1String("pdf") || startsWithPdfMagic(job->sourcePath);
    Job &j = *job;
    m_jobs.emplace(jobId, std::move(job));
    if (looksPdf) {
        // Whatever its name says, the checker decides (a ZIP named .pdf fails there).
        j.pdfPath = j.sourcePath;
        j.checkerJob = m_checker.check(j.pdfPath);
        return;
    }
    if (!DocumentConverter::supportedSuffixes().contains(suffix)) {
        fail(jobId, {ErrorCode::UnsupportedFile, QStringLiteral("'%1'").arg(j.fileName)});
        return;
    }
    if (m_converter.sofficePath().isEmpty()) {
        fail(jobId,
             {ErrorCode::ConversionFailed, QStringLiteral("LibreOffice is not installed on the server")});
        return;
    }
    // LibreOffice picks its import filter by the suffix: give the copy its name back.
    if (!QDir().mkpath(j.workDir)) {
        fail(jobId, {ErrorCode::Internal, QStringLiteral("cannot create %1").arg(j.workDir)});
        return;
    }
    const QString named = QDir(j.workDir).filePath(QStringLiteral("source.") + suffix);
    const bool placed = j.ownsSource ? QFile::rename(j.sourcePath, named) : QFile::copy(j.sourcePath, named);
    if (!placed) {
        fail(jobId, {ErrorCode::Internal, QStringLiteral("cannot prepare the conversion")});
        return;
    }
    if (j.ownsSource)
        j.sourcePath = named;
    j.converted = true;
    j.converterJob = m_converter.convert(named, j.workDir);
}

void DocumentIntake::onConverted(const ConversionResult &result) {
    for (auto &[id, job] : m_jobs) {
        if (job->converterJob != result.id || !job->converted || !job->pdfPath.isEmpty())
            continue;
        if (!result.ok) {
            fail(id, {ErrorCode::ConversionFailed, result.message});
            return;
        }
        job->pdfPath = result.pdfPath;
        job->checkerJob = m_checker.check(job->pdfPath);
        return;
    }
}

void DocumentIntake::onChecked(const PdfCheckResult &result) {
    for (auto &[id, job] : m_jobs) {
        if (job->checkerJob != result.id || job->pdfPath.isEmpty())
            continue;
        if (!result.isOk()) {
            fail(id, pdfCheckError(result));
            return;
        }
        job->check = result;
        storeJob(id);
        return;
    }
}

void DocumentIntake::storeJob(quint64 jobId) {
    Job &job = *m_jobs.at(jobId);
    const QString pdf = job.pdfPath;
    const QString source = job.sourcePath;
    const bool converted = job.converted;
    const bool move = job.ownsSource || converted; // a converted PDF is ours to move
    const bool moveSource = job.ownsSource;
    BlobStore *blobs = &m_blobs;
    struct Stored {
        BlobPutResult pdf;
        BlobPutResult source;
    };
    runOffLoop<Stored>(
        this,
        [=] {
            Stored s;
            s.pdf = blobs->put(pdf, move ? BlobStore::PutMode::Move : BlobStore::PutMode::Copy);
            if (converted && s.pdf.isOk())
                s.source =
                    blobs->put(source, moveSource ? BlobStore::PutMode::Move : BlobStore::PutMode::Copy);
            return s;
        },
        [this, jobId](const Stored &s) {
            auto it = m_jobs.find(jobId);
            if (it == m_jobs.end())
                return;
            Job &job = *it->second;
            if (!s.pdf.isOk() || (job.converted && !s.source.isOk())) {
                fail(jobId, {ErrorCode::Internal, s.pdf.isOk() ? s.source.message : s.pdf.message});
                return;
            }
            StoredDocument doc;
            doc.hash = s.pdf.hash;
            doc.size = s.pdf.size;
            doc.pages = job.check.pages;
            doc.pageSizes = job.check.pageSizes;
            doc.hasText = job.check.hasText;
            doc.fileName = job.fileName;
            doc.converted = job.converted;
            doc.sourceHash = job.converted ? s.source.hash : s.pdf.hash;
            std::unique_ptr<Job> done = std::move(it->second);
            m_jobs.erase(it);
            cleanUp(*done);
            done->done(doc);
        });
}

void DocumentIntake::fail(quint64 jobId, Error error) {
    auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    cleanUp(*job);
    job->done(error);
}

void DocumentIntake::cleanUp(Job &job) {
    // A rejected or stored upload leaves nothing in the uploads folder.
    if (job.ownsSource)
        QFile::remove(job.sourcePath);
    if (!job.workDir.isEmpty())
        QDir(job.workDir).removeRecursively();
}

void DocumentIntake::removeStaleUploads() {
    const qint64 cutoff = nowMs() - m_limits.staleUploadMs;
    QDir dir(uploadsDir());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.part")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        if (fi.lastModified().toMSecsSinceEpoch() >= cutoff)
            continue;
        const QString id = fi.completeBaseName();
        m_uploads.erase(id); // closes it if open
        QFile::remove(fi.filePath());
        QFile::remove(dir.filePath(id + QStringLiteral(".meta")));
    }
}

} // namespace council::server
