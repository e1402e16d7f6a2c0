// The real council-server binary as a child process of a test: a private data
// directory, start on 127.0.0.1 port 0, read the port it printed, kill -9,
// restart on the same data, and read its memory use.
#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace council::testing {

class ServerProcess : public QObject {
    Q_OBJECT
public:
    explicit ServerProcess(QObject *parent = nullptr);
    ~ServerProcess() override;

    static QString binary(); // COUNCIL_SERVER_BIN, or the environment variable of that name

    QString dataDir() const { return m_dir->path(); }
    QString databasePath() const { return m_dir->filePath(QStringLiteral("council.db")); }

    // Runs `council-server --create-admin NAME` on the data directory (server not running).
    bool createAdmin(const QString &name, const QString &password);

    // Starts the server with `--data DIR --listen 127.0.0.1:0` plus `extraArgs`
    // and waits for its "listening on ws://…" line.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 30000);
    bool restart(int timeoutMs = 30000); // same data dir, same extra arguments
    void kill();                         // SIGKILL, as a power cut would
    bool stop(int timeoutMs = 10000);    // SIGTERM, a clean shutdown

    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString output() const { return m_output; } // stdout lines read so far
    qint64 rssKiB() const;                      // VmRSS from /proc/PID/status, -1 if unknown

    QString lastError() const { return m_error; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    QString m_output;
    QString m_error;
};

} // namespace council::testing
