#include "documentconverter.h"

#include "processsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

namespace council::server {

namespace {

constexpr qsizetype kMaxLogBytes = 8 * 1024; // the tail of soffice's output, for the message

QString bilingual(const QString &english, const QString &vietnamese) {
    return english + QStringLiteral(" / ") + vietnamese;
}

ConversionResult failed(quint64 id, const QString &source, const QString &message) {
    ConversionResult r;
    r.id = id;
    r.sourcePath = source;
    r.message = message;
    return r;
}

} // namespace

DocumentConverter::Job::~Job() = default;

DocumentConverter::DocumentConverter(QObject *parent)
    : QObject(parent)
    , m_sofficePath(findSoffice()) {}

DocumentConverter::~DocumentConverter() {
    for (auto &[id, job] : m_running) {
        job->process->disconnect(this);
        killProcessGroup(job->groupId);
        job->process->waitForFinished(1000); // already killed: only reaps it
    }
}

QString DocumentConverter::findSoffice() {
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QStringList DocumentConverter::supportedSuffixes() {
    return {QStringLiteral("doc"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("fodt"),
            QStringLiteral("rtf")};
}

quint64 DocumentConverter::convert(const QString &sourcePath, const QString &outDir) {
    const quint64 id = m_nextId++;
    const QFileInfo source(sourcePath);
    if (!supportedSuffixes().contains(source.suffix().toLower())) {
        finishLater(failed(id, sourcePath,
                           bilingual(QStringLiteral("Only Word (.doc, .docx), OpenDocument (.odt, .fodt) and "
                                                    "RTF files can be converted to PDF."),
                                     QStringLiteral("Chỉ chuyển được sang PDF các tệp Word (.doc, .docx), "
                                                    "OpenDocument (.odt, .fodt) và RTF."))));
        return id;
    }
    if (!source.isFile() || !source.isReadable()) {
        finishLater(failed(id, sourcePath,
                           bilingual(QStringLiteral("The file to convert cannot be read."),
                                     QStringLiteral("Không đọc được tệp cần chuyển đổi."))));
        return id;
    }
    if (m_sofficePath.isEmpty()) {
        finishLater(
            failed(id, sourcePath,
                   bilingual(QStringLiteral("LibreOffice is not installed on the server "
                                            "(package libreoffice-writer-nogui); Word and ODT files "
                                            "cannot be converted. Upload a PDF instead."),
                             QStringLiteral("Máy chủ chưa cài LibreOffice (gói libreoffice-writer-nogui); "
                                            "không chuyển đổi được tệp Word và ODT. Hãy tải lên tệp "
                                            "PDF."))));
        return id;
    }
    m_queue.push_back({id, source.absoluteFilePath(), QFileInfo(outDir).absoluteFilePath()});
    startNext();
    return id;
}

void DocumentConverter::finishLater(ConversionResult result) {
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)] { emit finished(result); }, Qt::QueuedConnection);
}

void DocumentConverter::startNext() {
    while (!m_queue.empty() && int(m_running.size()) < qMax(1, m_limits.maxParallel)) {
        const Request request = m_queue.front();
        m_queue.pop_front();

        auto job = std::make_unique<Job>();
        job->request = request;
        job->profile =
            std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("council-lo-XXXXXX")));
        job->work =
            std::make_unique<QTemporaryDir>(QDir(request.outDir).filePath(QStringLiteral(".convert-XXXXXX")));
        if (!job->profile->isValid() || !job->work->isValid()) {
            finishLater(failed(request.id, request.sourcePath,
                               bilingual(QStringLiteral("The server cannot create a working folder for the "
                                                        "conversion."),
                                         QStringLiteral("Máy chủ không tạo được thư mục làm việc để chuyển "
                                                        "đổi."))));
            continue;
        }
        job->process = new QProcess(this);
        job->timer = new QTimer(this);
        job->timer->setSingleShot(true);

        QProcess *process = job->process;
        process->setProgram(m_sofficePath);
        process->setArguments({QStringLiteral("--headless"), QStringLiteral("--norestore"),
                               QStringLiteral("--nolockcheck"), QStringLiteral("--nologo"),
                               QStringLiteral("--nodefault"),
                               QStringLiteral("-env:UserInstallation=%1")
                                   .arg(QUrl::fromLocalFile(job->profile->path()).toString()),
                               QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                               QStringLiteral("--outdir"), job->work->path(), request.sourcePath});
        process->setStandardInputFile(QProcess::nullDevice());
        process->setProcessChannelMode(QProcess::MergedChannels);
        SandboxLimits limits;
        limits.addressSpaceBytes = m_limits.memoryBytes;
        limits.cpuSeconds = qMax(1, (m_limits.timeoutMs + 999) / 1000);
        prepareSandboxedProcess(*process, limits);

        const quint64 id = request.id;
        Job *raw = job.get();
        connect(process, &QProcess::readyReadStandardOutput, this, [raw] {
            raw->log += raw->process->readAllStandardOutput();
            if (raw->log.size() > kMaxLogBytes)
                raw->log = raw->log.right(kMaxLogBytes);
        });
        connect(process, &QProcess::finished, this, [this, id] { onProcessDone(id); });
        connect(process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                onProcessDone(id);
        });
        connect(job->timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });

        m_running.emplace(id, std::move(job));
        process->start();
        // A failure to start may already have finished the job inside start().
        const auto started = m_running.find(id);
        if (started != m_running.end() && process->state() != QProcess::NotRunning) {
            started->second->groupId = process->processId();
            started->second->timer->start(m_limits.timeoutMs);
        }
    }
}

void DocumentConverter::onTimeout(quint64 id) {
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    it->second->timedOut = true;
    killProcessGroup(it->second->groupId); // finished() follows once soffice is reaped
}

void DocumentConverter::onProcessDone(quint64 id) {
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_running.erase(it);
    job->timer->stop();
    // soffice.bin and anything else it started go with it; the profile is removed below.
    killProcessGroup(job->groupId);
    job->log += job->process->readAllStandardOutput();
    const ConversionResult result = collect(*job);
    job->process->disconnect(this);
    job->process->deleteLater();
    job->timer->deleteLater();
    job.reset(); // removes the profile and the working folder
    emit finished(result);
    startNext();
}

ConversionResult DocumentConverter::collect(Job &job) const {
    const Request &request = job.request;
    if (job.timedOut) {
        const QString seconds = QString::number(m_limits.timeoutMs / 1000.0, 'g', 3);
        ConversionResult r = failed(
            request.id, request.sourcePath,
            bilingual(
                QStringLiteral("The conversion to PDF took longer than %1 s and was stopped.").arg(seconds),
                QStringLiteral("Việc chuyển sang PDF vượt quá %1 giây và đã bị dừng.").arg(seconds)));
        r.timedOut = true;
        return r;
    }
    if (job.process->error() == QProcess::FailedToStart) {
        return failed(request.id, request.sourcePath,
                      bilingual(QStringLiteral("LibreOffice (%1) cannot be started.").arg(m_sofficePath),
                                QStringLiteral("Không khởi động được LibreOffice (%1).").arg(m_sofficePath)));
    }
    // soffice exits 0 even when it could not load the file: the PDF is the proof.
    const QStringList pdfs = QDir(job.work->path()).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    const QString produced = pdfs.isEmpty() ? QString() : QDir(job.work->path()).filePath(pdfs.first());
    if (job.process->exitStatus() != QProcess::NormalExit || job.process->exitCode() != 0 ||
        produced.isEmpty() || QFileInfo(produced).size() == 0) {
        const QString detail = QString::fromLocal8Bit(job.log).trimmed().right(300);
        return failed(
            request.id, request.sourcePath,
            bilingual(QStringLiteral("LibreOffice could not convert the file to PDF (%1).").arg(detail),
                      QStringLiteral("LibreOffice không chuyển được tệp sang PDF (%1).").arg(detail)));
    }
    const QString target =
        QDir(request.outDir)
            .filePath(QFileInfo(request.sourcePath).completeBaseName() + QStringLiteral(".pdf"));
    QFile::remove(target);
    if (!QFile::rename(produced, target)) {
        return failed(request.id, request.sourcePath,
                      bilingual(QStringLiteral("The converted PDF cannot be saved."),
                                QStringLiteral("Không lưu được tệp PDF đã chuyển đổi.")));
    }
    ConversionResult r;
    r.id = request.id;
    r.sourcePath = request.sourcePath;
    r.ok = true;
    r.pdfPath = target;
    r.message = bilingual(QStringLiteral("Converted to PDF."), QStringLiteral("Đã chuyển sang PDF."));
    return r;
}

} // namespace council::server
