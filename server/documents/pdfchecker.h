// PdfChecker: decides whether an uploaded file is a PDF the council can use.
// Every upload is hostile until checked, so Poppler never runs in the server:
// a sandboxed child (council-pdfcheck, own process group, memory and CPU
// limits, wall-clock time-out that kills the group) opens the file and reports.
// Cheap checks (size, %PDF- magic, %%EOF at the end) come first, in process.
// Asynchronous: check() returns at once and finished() follows, never earlier
// than the next turn of the event loop. Several checks run at once.
#pragma once

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>

#include <deque>
#include <map>
#include <memory>

class QProcess;
class QTimer;

namespace council::server {

enum class PdfCheckStatus {
    Ok,
    NotPdf,      // does not start with %PDF- (a ZIP or a Word file under a .pdf name)
    Truncated,   // no %%EOF near the end: the upload or the file was cut
    Corrupt,     // Poppler cannot open it or a page cannot be read
    Encrypted,   // needs a password
    Crashed,     // the checker died (a signal, the memory limit): the file is treated as hostile
    TimedOut,    // the checker ran past the time limit and its group was killed
    TooLarge,    // bigger than the configured limit
    Unavailable, // the file cannot be read or the checker cannot start: not the file's fault
};

struct PdfCheckResult {
    quint64 id = 0;
    QString filePath;
    PdfCheckStatus status = PdfCheckStatus::Unavailable;
    int pages = 0;
    QList<QSizeF> pageSizes; // in points (1/72 in)
    bool hasText = false;
    bool encrypted = false; // also true for files that open without a password
    QString message;        // English / Vietnamese, names the reason

    bool isOk() const { return status == PdfCheckStatus::Ok; }
};

class PdfChecker : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int timeoutMs = 20'000;
        qint64 memoryBytes = qint64(512) << 20;
        qint64 maxFileBytes = qint64(200) << 20;
        int maxParallel = 4; // further checks wait in a queue; the time-out starts with the child
    };

    explicit PdfChecker(QObject *parent = nullptr);
    ~PdfChecker() override;

    // council-pdfcheck next to the running program.
    static QString defaultCheckerPath();
    void setCheckerPath(const QString &path) { m_checkerPath = path; }
    QString checkerPath() const { return m_checkerPath; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Starts a check; the returned id comes back in the result.
    quint64 check(const QString &filePath);
    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

    static QString statusName(PdfCheckStatus status);

signals:
    void finished(const council::server::PdfCheckResult &result);

private:
    struct Job {
        quint64 id = 0;
        QString filePath;
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        qint64 groupId = 0;
        bool timedOut = false;
        QByteArray output;
    };

    void startNext();
    void onProcessDone(quint64 id);
    void onTimeout(quint64 id);
    void finishLater(PdfCheckResult result);
    PdfCheckResult interpret(const Job &job) const;

    QString m_checkerPath;
    Limits m_limits;
    quint64 m_nextId = 1;
    std::deque<std::pair<quint64, QString>> m_queue;
    std::map<quint64, std::unique_ptr<Job>> m_running;
};

} // namespace council::server
