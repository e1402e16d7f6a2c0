// One run of the real councilctl binary, as an operator's shell runs it: its
// own configuration directory (token file and trust pins of one user), a
// server URL, stdin for passwords, and what it printed and how it exited.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace council::testing {

struct CtlResult {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;       // stdout, UTF-8
    QString err;       // stderr, UTF-8
    QByteArray rawOut;

    // stdout parsed as JSON (for --json runs); null when it is not JSON.
    QJsonDocument json() const;
    // "exit N; stdout …; stderr …", for failure messages.
    QString describe() const;
};

// COUNCILCTL_BIN, or the environment variable of that name.
QString councilctlBinary();

// Runs `councilctl --server SERVER ARGS…` with COUNCIL_CONFIG_DIR=configDir
// (COUNCIL_SERVER unset) in workDir, writes `input` to its stdin and waits.
CtlResult runCouncilctl(const QUrl &server, const QString &configDir, const QStringList &args,
                        const QByteArray &input = {}, const QString &workDir = {}, int timeoutMs = 90000);

} // namespace council::testing
