// The yardstick of the document benchmark: a plain static file server on
// 127.0.0.1 serving one directory — nginx (sendfile, one worker per core) when
// a binary is there, else Python's ThreadingHTTPServer — started as a child
// process with its own configuration in a temporary directory.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace council::bench {

class StaticFileServer {
public:
    enum class Kind { Nginx, Python };

    ~StaticFileServer();

    // The nginx binary to use: `preferred` if given, else /usr/sbin/nginx if
    // present; empty when there is none.
    static QString findNginx(const QString &preferred);

    // Serves `file` as http://127.0.0.1:PORT/<its name>; waits until it accepts.
    bool start(Kind kind, const QString &program, const QString &file, QString *error);
    void stop();

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QString path() const { return m_path; } // the URL path of the file
    QString description() const { return m_description; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_path;
    QString m_description;
};

} // namespace council::bench
