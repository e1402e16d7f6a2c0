#include "processsandbox.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace council::server {

void prepareSandboxedProcess(QProcess &process, const SandboxLimits &limits) {
    // Runs in the forked child: only async-signal-safe calls, no allocation.
    process.setChildProcessModifier([limits] {
        ::setsid();
        const auto limit = [](int resource, rlim_t soft, rlim_t hard) {
            const rlimit value{soft, hard};
            ::setrlimit(resource, &value);
        };
        limit(RLIMIT_CORE, 0, 0);
        if (limits.addressSpaceBytes > 0)
            limit(RLIMIT_AS, rlim_t(limits.addressSpaceBytes), rlim_t(limits.addressSpaceBytes));
        if (limits.cpuSeconds > 0)
            limit(RLIMIT_CPU, rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds) + 1);
        if (limits.fileSizeBytes >= 0)
            limit(RLIMIT_FSIZE, rlim_t(limits.fileSizeBytes), rlim_t(limits.fileSizeBytes));
    });
}

void killProcessGroup(qint64 groupId) {
    if (groupId > 1)
        ::kill(-pid_t(groupId), SIGKILL);
}

bool processGroupAlive(qint64 groupId) {
    if (groupId <= 1)
        return false;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 3)
            continue;
        if (fields.at(2).toLongLong() == groupId && fields.at(0) != "Z" && fields.at(0) != "X")
            return true;
    }
    return false;
}

} // namespace council::server
