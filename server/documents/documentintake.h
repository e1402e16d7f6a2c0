// DocumentIntake: everything between "a file is arriving" and "a checked PDF
// is in the store". Uploads arrive in chunks (UploadSession, resumable); when
// one is finished, the declared hash is verified on a worker thread, a Word,
// ODT or RTF file is converted by LibreOffice (DocumentConverter), the PDF is
// opened by the sandboxed checker (PdfChecker), and only a PDF that passed is
// moved into the content-addressed BlobStore. A rejected file leaves nothing
// behind. The event loop never waits: finish() answers through a callback.
#pragma once

#include "blobstore.h"
#include "documentconverter.h"
#include "pdfchecker.h"
#include "protocol/errors.h"

#include <QCborMap>
#include <QObject>
#include <QSizeF>
#include <functional>
#include <map>
#include <memory>
#include <variant>

namespace council::server {

class UploadSession;

// A checked PDF in the store, and where it came from.
struct StoredDocument {
    QString hash; // the PDF's blob
    qint64 size = 0;
    int pages = 0;
    QList<QSizeF> pageSizes;
    bool hasText = false;
    QString fileName;   // as uploaded
    QString sourceHash; // the uploaded file's blob when it was converted
    bool converted = false;
};

class DocumentIntake : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxUploadBytes = qint64(200) << 20;
        qint64 chunkBytes = 512 * 1024;
        int maxOpenUploads = 256; // open part files; older ones are closed (and reopened on begin)
        qint64 staleUploadMs = 24 * 3600 * 1000;
    };
    using Result = std::variant<StoredDocument, protocol::Error>;
    using Done = std::function<void(const Result &)>;

    DocumentIntake(const QString &dataDir, BlobStore &blobs, Limits limits, QObject *parent = nullptr);
    ~DocumentIntake() override;

    PdfChecker &checker() { return m_checker; }
    DocumentConverter &converter() { return m_converter; }
    const Limits &limits() const { return m_limits; }

    // doc.upload_begin / doc.upload_chunk for an account (which owns the upload).
    std::variant<QCborMap, protocol::Error> begin(qint64 accountId, const QCborMap &body);
    std::variant<QCborMap, protocol::Error> chunk(qint64 accountId, const QCborMap &body);
    // Whether the account has a complete upload of this id, ready for finish().
    std::optional<protocol::Error> readyToFinish(qint64 accountId, const QString &uploadId) const;
    // Verifies, converts, checks and stores; `done` runs on the event loop.
    void finish(qint64 accountId, const QString &uploadId, Done done);
    // Intake of a file already on this machine (the demo): same checks, same store.
    void ingestFile(const QString &path, Done done);

    void removeStaleUploads();
    int inFlight() const { return int(m_jobs.size()); }

private:
    struct Upload {
        qint64 account = 0;
        QString name;
        QString hash;
        qint64 size = 0;
        std::unique_ptr<UploadSession> session;
        qint64 touchedMs = 0;
    };
    struct Job {
        quint64 id = 0;
        QString fileName;
        QString sourcePath; // the file as uploaded (a part file or a work copy)
        QString pdfPath;
        QString workDir;
        bool converted = false;
        bool ownsSource = true; // remove the source when done (uploads); false for ingestFile
        quint64 converterJob = 0;
        quint64 checkerJob = 0;
        PdfCheckResult check;
        Done done;
    };

    void startJob(std::unique_ptr<Job> job);
    void onConverted(const ConversionResult &result);
    void onChecked(const PdfCheckResult &result);
    void storeJob(quint64 jobId);
    void fail(quint64 jobId, protocol::Error error);
    void cleanUp(Job &job);
    Upload *findUpload(qint64 accountId, const QString &uploadId);
    QString uploadsDir() const;

    QString m_dataDir;
    BlobStore &m_blobs;
    Limits m_limits;
    PdfChecker m_checker;
    DocumentConverter m_converter;
    std::map<QString, Upload> m_uploads; // by upload id
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    quint64 m_nextJob = 1;
};

protocol::Error pdfCheckError(const PdfCheckResult &result);

} // namespace council::server
