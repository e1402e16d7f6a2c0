#include "pdfchecker.h"

#include "processsandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace council::server {

namespace {

constexpr qint64 kMaxOutputBytes = 4 << 20; // a verdict for thousands of pages fits easily
constexpr qint64 kTailBytes = 1024;         // where readers look for %%EOF

QString bilingual(const QString &english, const QString &vietnamese) {
    return english + QStringLiteral(" / ") + vietnamese;
}

PdfCheckResult rejected(quint64 id, const QString &path, PdfCheckStatus status, const QString &message) {
    PdfCheckResult r;
    r.id = id;
    r.filePath = path;
    r.status = status;
    r.message = message;
    return r;
}

} // namespace

PdfChecker::PdfChecker(QObject *parent)
    : QObject(parent)
    , m_checkerPath(defaultCheckerPath()) {}

PdfChecker::~PdfChecker() {
    for (auto &[id, job] : m_running) {
        job->process->disconnect(this);
        killProcessGroup(job->groupId);
        job->process->waitForFinished(1000); // already killed: only reaps it
    }
}

QString PdfChecker::defaultCheckerPath() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("council-pdfcheck"));
}

QString PdfChecker::statusName(PdfCheckStatus status) {
    switch (status) {
    case PdfCheckStatus::Ok:
        return QStringLiteral("ok");
    case PdfCheckStatus::NotPdf:
        return QStringLiteral("not-pdf");
    case PdfCheckStatus::Truncated:
        return QStringLiteral("truncated");
    case PdfCheckStatus::Corrupt:
        return QStringLiteral("corrupt");
    case PdfCheckStatus::Encrypted:
        return QStringLiteral("encrypted");
    case PdfCheckStatus::Crashed:
        return QStringLiteral("crashed");
    case PdfCheckStatus::TimedOut:
        return QStringLiteral("timed-out");
    case PdfCheckStatus::TooLarge:
        return QStringLiteral("too-large");
    case PdfCheckStatus::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

quint64 PdfChecker::check(const QString &filePath) {
    const quint64 id = m_nextId++;
    // The cheap checks read at most 2 KiB: fine on the event loop.
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        finishLater(rejected(id, filePath, PdfCheckStatus::Unavailable,
                             bilingual(QStringLiteral("The file cannot be read: %1").arg(file.errorString()),
                                       QStringLiteral("Không đọc được tệp: %1").arg(file.errorString()))));
        return id;
    }
    const qint64 size = file.size();
    if (size > m_limits.maxFileBytes) {
        const QString mib = QString::number(double(m_limits.maxFileBytes) / (1 << 20), 'f', 0);
        finishLater(
            rejected(id, filePath, PdfCheckStatus::TooLarge,
                     bilingual(QStringLiteral("The file is larger than the limit of %1 MiB.").arg(mib),
                               QStringLiteral("Tệp lớn hơn giới hạn %1 MiB.").arg(mib))));
        return id;
    }
    if (!file.read(5).startsWith("%PDF-")) {
        finishLater(
            rejected(id, filePath, PdfCheckStatus::NotPdf,
                     bilingual(QStringLiteral("The file is not a PDF (it does not begin with %PDF-)."),
                               QStringLiteral("Tệp không phải là PDF (không bắt đầu bằng %PDF-)."))));
        return id;
    }
    file.seek(qMax<qint64>(0, size - kTailBytes));
    if (!file.read(kTailBytes).contains("%%EOF")) {
        finishLater(rejected(id, filePath, PdfCheckStatus::Truncated,
                             bilingual(QStringLiteral("The PDF is incomplete: its end (%%EOF) is missing, "
                                                      "the file was probably cut off."),
                                       QStringLiteral("Tệp PDF không đầy đủ: thiếu phần kết thúc (%%EOF), "
                                                      "có thể tệp đã bị cắt cụt."))));
        return id;
    }
    m_queue.emplace_back(id, QFileInfo(filePath).absoluteFilePath());
    startNext();
    return id;
}

void PdfChecker::finishLater(PdfCheckResult result) {
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)] { emit finished(result); }, Qt::QueuedConnection);
}

void PdfChecker::startNext() {
    while (!m_queue.empty() && int(m_running.size()) < qMax(1, m_limits.maxParallel)) {
        auto [id, path] = m_queue.front();
        m_queue.pop_front();

        auto job = std::make_unique<Job>();
        job->id = id;
        job->filePath = path;
        job->process = new QProcess(this);
        job->timer = new QTimer(this);
        job->timer->setSingleShot(true);

        QProcess *process = job->process;
        process->setProgram(m_checkerPath);
        process->setArguments({path});
        process->setStandardInputFile(QProcess::nullDevice());
        process->setStandardErrorFile(QProcess::nullDevice()); // a hostile file can make Poppler chatty
        SandboxLimits limits;
        limits.addressSpaceBytes = m_limits.memoryBytes;
        limits.cpuSeconds = qMax(1, (m_limits.timeoutMs + 999) / 1000);
        limits.fileSizeBytes = 0; // the checker only reads
        prepareSandboxedProcess(*process, limits);

        Job *raw = job.get();
        connect(process, &QProcess::readyReadStandardOutput, this, [raw] {
            const QByteArray more = raw->process->readAllStandardOutput();
            if (raw->output.size() < kMaxOutputBytes)
                raw->output += more.left(kMaxOutputBytes - raw->output.size());
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

void PdfChecker::onTimeout(quint64 id) {
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    it->second->timedOut = true;
    killProcessGroup(it->second->groupId); // finished() follows once the child is reaped
}

void PdfChecker::onProcessDone(quint64 id) {
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_running.erase(it);
    job->timer->stop();
    // Whatever the checker left behind in its group goes with it.
    killProcessGroup(job->groupId);
    job->output += job->process->readAllStandardOutput();
    const PdfCheckResult result = interpret(*job);
    job->process->disconnect(this);
    job->process->deleteLater();
    job->timer->deleteLater();
    emit finished(result);
    startNext();
}

PdfCheckResult PdfChecker::interpret(const Job &job) const {
    const QProcess &process = *job.process;
    if (job.timedOut) {
        const QString seconds = QString::number(m_limits.timeoutMs / 1000.0, 'g', 3);
        return rejected(job.id, job.filePath, PdfCheckStatus::TimedOut,
                        bilingual(QStringLiteral("Checking the PDF took longer than %1 s and was stopped; "
                                                 "the file is rejected.")
                                      .arg(seconds),
                                  QStringLiteral("Việc kiểm tra tệp PDF vượt quá %1 giây và đã bị dừng; "
                                                 "tệp bị từ chối.")
                                      .arg(seconds)));
    }
    if (process.error() == QProcess::FailedToStart) {
        return rejected(
            job.id, job.filePath, PdfCheckStatus::Unavailable,
            bilingual(
                QStringLiteral("The PDF checker (%1) cannot be started.").arg(m_checkerPath),
                QStringLiteral("Không khởi động được chương trình kiểm tra PDF (%1).").arg(m_checkerPath)));
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        // On a crash Qt reports the signal number as the exit code.
        if (process.exitCode() == SIGXCPU) {
            return rejected(job.id, job.filePath, PdfCheckStatus::TimedOut,
                            bilingual(QStringLiteral("Checking the PDF used too much processor time; "
                                                     "the file is rejected."),
                                      QStringLiteral("Việc kiểm tra tệp PDF dùng quá nhiều thời gian xử lý; "
                                                     "tệp bị từ chối.")));
        }
        return rejected(job.id, job.filePath, PdfCheckStatus::Crashed,
                        bilingual(QStringLiteral("The PDF made the checker fail (signal %1); the file is "
                                                 "damaged or hostile and is rejected.")
                                      .arg(process.exitCode()),
                                  QStringLiteral("Tệp PDF làm chương trình kiểm tra bị lỗi (tín hiệu %1); "
                                                 "tệp bị hỏng hoặc không an toàn và bị từ chối.")
                                      .arg(process.exitCode())));
    }
    const QByteArray line = job.output.left(job.output.indexOf('\n'));
    const QJsonObject verdict = QJsonDocument::fromJson(line).object();
    if (process.exitCode() != 0 || verdict.isEmpty()) {
        // A child that aborts on an allocation refused by RLIMIT_AS lands here too.
        return rejected(job.id, job.filePath, PdfCheckStatus::Crashed,
                        bilingual(QStringLiteral("The PDF checker stopped without a verdict (exit code %1); "
                                                 "the file is rejected.")
                                      .arg(process.exitCode()),
                                  QStringLiteral("Chương trình kiểm tra PDF dừng mà không có kết luận "
                                                 "(mã thoát %1); tệp bị từ chối.")
                                      .arg(process.exitCode())));
    }

    PdfCheckResult r;
    r.id = job.id;
    r.filePath = job.filePath;
    r.encrypted = verdict.value(QStringLiteral("encrypted")).toBool();
    if (!verdict.value(QStringLiteral("ok")).toBool()) {
        const QString detail = verdict.value(QStringLiteral("error")).toString();
        if (r.encrypted) {
            r.status = PdfCheckStatus::Encrypted;
            r.message = bilingual(QStringLiteral("The PDF is protected by a password; upload a copy without "
                                                 "a password."),
                                  QStringLiteral("Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản không "
                                                 "có mật khẩu."));
        } else {
            r.status = PdfCheckStatus::Corrupt;
            r.message = bilingual(QStringLiteral("The PDF is damaged and cannot be opened (%1).").arg(detail),
                                  QStringLiteral("Tệp PDF bị hỏng, không mở được (%1).").arg(detail));
        }
        return r;
    }
    r.status = PdfCheckStatus::Ok;
    r.pages = verdict.value(QStringLiteral("pages")).toInt();
    r.hasText = verdict.value(QStringLiteral("hasText")).toBool();
    const QJsonArray sizes = verdict.value(QStringLiteral("pageSizes")).toArray();
    for (const QJsonValue &size : sizes) {
        const QJsonArray pair = size.toArray();
        r.pageSizes.append(QSizeF(pair.at(0).toDouble(), pair.at(1).toDouble()));
    }
    if (r.pages <= 0 || r.pageSizes.size() != r.pages) {
        return rejected(job.id, job.filePath, PdfCheckStatus::Corrupt,
                        bilingual(QStringLiteral("The PDF checker gave an inconsistent answer; the file is "
                                                 "rejected."),
                                  QStringLiteral("Chương trình kiểm tra PDF trả lời không nhất quán; tệp bị "
                                                 "từ chối.")));
    }
    r.message = bilingual(QStringLiteral("The PDF is valid (%1 pages).").arg(r.pages),
                          QStringLiteral("Tệp PDF hợp lệ (%1 trang).").arg(r.pages));
    return r;
}

} // namespace council::server
