// DocumentConverter: turns Word, ODT and RTF files into PDF with LibreOffice
// headless. Each conversion is a soffice child in a process group of its own,
// with its own throw-away user profile (-env:UserInstallation: two soffice
// sharing a profile wait on each other or fail), a memory limit and a
// wall-clock time-out that kills the whole group (soffice leaves soffice.bin
// behind otherwise). Asynchronous: convert() returns at once, finished() follows.
// The PDF it produces is still untrusted: run it through PdfChecker.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace council::server {

struct ConversionResult {
    quint64 id = 0;
    QString sourcePath;
    bool ok = false;
    bool timedOut = false;
    QString pdfPath; // set when ok
    QString message; // English / Vietnamese, names the reason
};

class DocumentConverter : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int timeoutMs = 120'000;
        qint64 memoryBytes = qint64(4) << 30; // address space: soffice.bin maps far more than it touches
        int maxParallel = 2;                  // each soffice takes a few hundred MiB
    };

    explicit DocumentConverter(QObject *parent = nullptr);
    ~DocumentConverter() override;

    // soffice or libreoffice on PATH; empty if neither is installed.
    static QString findSoffice();
    static QStringList supportedSuffixes(); // doc, docx, odt, fodt, rtf
    void setSofficePath(const QString &path) { m_sofficePath = path; }
    QString sofficePath() const { return m_sofficePath; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Writes outDir/<source base name>.pdf, replacing a file of that name.
    quint64 convert(const QString &sourcePath, const QString &outDir);
    int pendingCount() const { return int(m_queue.size() + m_running.size()); }

signals:
    void finished(const council::server::ConversionResult &result);

private:
    struct Request {
        quint64 id = 0;
        QString sourcePath;
        QString outDir;
    };
    struct Job {
        Request request;
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        std::unique_ptr<QTemporaryDir> profile; // -env:UserInstallation
        std::unique_ptr<QTemporaryDir> work;    // --outdir, inside outDir so the rename stays on one disk
        qint64 groupId = 0;
        bool timedOut = false;
        QByteArray log;
        ~Job();
    };

    void startNext();
    void onProcessDone(quint64 id);
    void onTimeout(quint64 id);
    void finishLater(ConversionResult result);
    ConversionResult collect(Job &job) const;

    QString m_sofficePath;
    Limits m_limits;
    quint64 m_nextId = 1;
    std::deque<Request> m_queue;
    std::map<quint64, std::unique_ptr<Job>> m_running;
};

} // namespace council::server
