// Runs helper programs that handle hostile files (the PDF checker, LibreOffice)
// in a session and process group of their own, under resource limits. A
// time-out then kills the whole group, grandchildren included: soffice leaves
// soffice.bin behind when only the direct child is killed.
#pragma once

#include <QProcess>

namespace council::server {

struct SandboxLimits {
    qint64 addressSpaceBytes = 0; // RLIMIT_AS; 0 leaves it as inherited
    int cpuSeconds = 0;           // RLIMIT_CPU (SIGXCPU, then SIGKILL a second later); 0 leaves it
    qint64 fileSizeBytes = -1;    // RLIMIT_FSIZE; 0 forbids writing files, -1 leaves it
};

// Qt 6.4 has no setUnixProcessParameters (6.6): the limits are applied by a
// child process modifier between fork() and exec(). Core dumps are always off.
void prepareSandboxedProcess(QProcess &process, const SandboxLimits &limits);

// SIGKILL to every member of the group led by the sandboxed process (its pid,
// since it called setsid()). Harmless when the group is already gone.
void killProcessGroup(qint64 groupId);

// Whether a live (non-zombie) process still belongs to the group: read from /proc.
bool processGroupAlive(qint64 groupId);

} // namespace council::server
