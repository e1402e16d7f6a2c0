#include "staticfileserver.h"

#include "benchsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <unistd.h>

namespace council::bench {

namespace {

// nginx cannot listen on port 0 and report the port: take one the kernel
// just handed out and give it back (nothing else here races for it).
quint16 freePort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepts(quint16 port) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

QString nginxConfig(const QString &dir, quint16 port) {
    // access_log off and sendfile on: what a static server tuned for large files does.
    QString conf = QStringLiteral("worker_processes auto;\n"
                                  "worker_rlimit_nofile 65536;\n"
                                  "daemon off;\n"
                                  "pid %1/nginx.pid;\n"
                                  "error_log %1/error.log warn;\n"
                                  "events { worker_connections 16384; }\n"
                                  "http {\n"
                                  "  access_log off;\n"
                                  "  sendfile on;\n"
                                  "  tcp_nopush on;\n"
                                  "  keepalive_timeout 300;\n"
                                  "  default_type application/octet-stream;\n"
                                  "  types { application/pdf pdf; }\n"
                                  "  client_body_temp_path %1/tmp/body;\n"
                                  "  proxy_temp_path %1/tmp/proxy;\n"
                                  "  fastcgi_temp_path %1/tmp/fastcgi;\n"
                                  "  uwsgi_temp_path %1/tmp/uwsgi;\n"
                                  "  scgi_temp_path %1/tmp/scgi;\n"
                                  "  server {\n"
                                  "    listen 127.0.0.1:%2 backlog=4096;\n"
                                  "    root %1/www;\n"
                                  "  }\n"
                                  "}\n")
                       .arg(dir)
                       .arg(port);
    // Workers of a root master switch to "nobody", who cannot enter a 0700 temporary directory.
    if (geteuid() == 0)
        conf.prepend(QStringLiteral("user root;\n"));
    return conf;
}

// http.server's own listen backlog is 5: 1,600 simultaneous connects would
// then measure SYN retransmission timers, not the server.
const char *const kPythonServer = R"(import functools, http.server, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 4096
    daemon_threads = True
class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass
Server(("127.0.0.1", int(sys.argv[1])), functools.partial(Handler, directory=sys.argv[2])).serve_forever()
)";

} // namespace

StaticFileServer::~StaticFileServer() {
    stop();
}

QString StaticFileServer::findNginx(const QString &preferred) {
    if (!preferred.isEmpty())
        return QFileInfo(preferred).isExecutable() ? preferred : QString();
    const QString system = QStringLiteral("/usr/sbin/nginx");
    return QFileInfo(system).isExecutable() ? system : QString();
}

bool StaticFileServer::start(Kind kind, const QString &program, const QString &file, QString *error) {
    const QString dir = m_dir.path();
    const QString name = QFileInfo(file).fileName();
    if (!QDir(dir).mkpath(QStringLiteral("www")) || !QDir(dir).mkpath(QStringLiteral("tmp")) ||
        !QFile::copy(file, dir + QStringLiteral("/www/") + name)) {
        *error = QStringLiteral("cannot prepare %1").arg(dir);
        return false;
    }
    m_path = QLatin1Char('/') + name;
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    if (kind == Kind::Nginx) {
        const QString confPath = dir + QStringLiteral("/nginx.conf");
        QFile conf(confPath);
        if (!conf.open(QIODevice::WriteOnly) || conf.write(nginxConfig(dir, m_port).toUtf8()) < 0) {
            *error = QStringLiteral("cannot write %1").arg(confPath);
            return false;
        }
        conf.close();
        m_process.start(program, {QStringLiteral("-p"), dir, QStringLiteral("-e"),
                                  dir + QStringLiteral("/error.log"), QStringLiteral("-c"), confPath});
        m_description = QStringLiteral("nginx (%1; sendfile, worker_processes auto = %2)")
                            .arg(program)
                            .arg(QThread::idealThreadCount());
    } else {
        const QString python =
            program.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : program;
        m_process.start(python, {QStringLiteral("-c"), QString::fromLatin1(kPythonServer),
                                 QString::number(m_port), dir + QStringLiteral("/www")});
        m_description = QStringLiteral("python3 http.server ThreadingHTTPServer (%1; HTTP/1.0, thread per "
                                       "connection, backlog 4096)")
                            .arg(python);
    }
    const bool up =
        waitFor([&] { return m_process.state() == QProcess::NotRunning || accepts(m_port); }, 15000);
    if (!up || m_process.state() == QProcess::NotRunning) {
        *error = QStringLiteral("%1 did not start").arg(m_description);
        return false;
    }
    return true;
}

void StaticFileServer::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(2000);
}

} // namespace council::bench
