#include "councilctlprocess.h"

#include <QProcess>

#ifndef COUNCILCTL_BIN
#define COUNCILCTL_BIN ""
#endif

namespace council::testing {

QJsonDocument CtlResult::json() const {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rawOut, &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

QString CtlResult::describe() const {
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out, err);
}

QString councilctlBinary() {
    const QByteArray env = qgetenv("COUNCILCTL_BIN");
    return env.isEmpty() ? QStringLiteral(COUNCILCTL_BIN) : QString::fromLocal8Bit(env);
}

CtlResult runCouncilctl(const QUrl &server, const QString &configDir, const QStringList &args,
                        const QByteArray &input, const QString &workDir, int timeoutMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COUNCIL_CONFIG_DIR"), configDir);
    env.remove(QStringLiteral("COUNCIL_SERVER"));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(councilctlBinary(), QStringList{QStringLiteral("--server"), server.toString()} + args);
    CtlResult r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("councilctl did not finish within %1 ms; stderr: ").arg(timeoutMs) +
                QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace council::testing
