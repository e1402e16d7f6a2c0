// What the doc commands share: moving a version's bytes with a progress
// line, the wording of their errors and results, and the three commands
// that deal with signatures (commands_docsign.cpp), which the command table
// in commands_doc.cpp lists with the others.
#pragma once

#include "command.h"
#include "context.h"

#include "protocol/errors.h"

#include <QCborMap>
#include <QString>
#include <functional>
#include <optional>

namespace council::ctl::docs {

// Progress lines and verdicts follow --lang: Vietnamese unless English was chosen.
bool english();
QString say(const char *vi, const char *en);

// Ends the run with a protocol error code and its readable message.
void failWith(Context &ctx, protocol::ErrorCode code, const QString &detail);
// Ends the run after a failed transfer: local errors worded like councilctl's, the rest as the server's.
void failTransfer(Context &ctx, const QString &code, const QString &message);

// Uploads a local file for `body` (progress on stderr), then hands the upload id to `then`.
void uploadFile(Context &ctx, qint64 body, const QString &path, std::function<void(const QCborValue &)> then);
// Downloads a Version's bytes into `dest` (resuming from dest.part, hash
// checked), then calls `then` with the path and whether anything was fetched.
void downloadVersion(Context &ctx, const QCborMap &version, const QString &dest,
                     std::function<void(const QString &, bool)> then);

// The Version numbered `number` in a doc.get reply.
std::optional<QCborMap> findVersion(const QCborMap &docGet, qint64 number);
// Prints `headline` and the document of a {document} reply (or the reply as JSON), then ends the run.
void printDocument(Context &ctx, const QCborMap &reply, const QString &headline);

void docApprove(Context &ctx);
void docGet(Context &ctx);
void docVerify(Context &ctx);

} // namespace council::ctl::docs
