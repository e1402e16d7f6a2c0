// doc approve, doc get and doc verify: where signatures are made and
// checked. An approver signs only bytes this device fetched and hashed; a
// download of an approved version is kept only when its approval verifies
// under the pinned trust key; doc verify tells anyone holding a PDF whether it
// is the approved text. Verdicts follow --lang (Vietnamese unless --lang en).
#include "documents.h"
#include "documenttransfer.h"
#include "signingidentity.h"

#include "crypto/approval.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace council::ctl::docs {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

QCborMap approvalEvidenceMap(const QCborMap &version) {
    return version.value(QStringLiteral("approval")).toMap();
}

crypto::ApprovalVerdict checkApproval(const QCborMap &trust, const QByteArray &pinned,
                                      const QCborMap &version, const QByteArray &contentHash,
                                      qint64 document) {
    const QCborMap approval = approvalEvidenceMap(version);
    crypto::ApprovalEvidence evidence;
    evidence.pinnedTrustKey = pinned;
    evidence.serverTrustKey = trust.value(QStringLiteral("publicKey")).toByteArray();
    evidence.listBytes = trust.value(QStringLiteral("list")).toByteArray();
    evidence.listSignature = trust.value(QStringLiteral("listSignature")).toByteArray();
    evidence.statementBytes = approval.value(QStringLiteral("statement")).toByteArray();
    evidence.statementSignature = approval.value(QStringLiteral("signature")).toByteArray();
    return crypto::verifyApproval(evidence, contentHash, document,
                                  version.value(QStringLiteral("version")).toInteger());
}

QString verdictLine(const crypto::ApprovalVerdict &v) {
    if (!v.isValid())
        return say("KHÔNG HỢP LỆ: %1", "NOT VALID: %1")
            .arg(crypto::approvalCheckMessage(v.status, !english()));
    const QString at = QDateTime::fromMSecsSinceEpoch(v.statement.approvedAtMs)
                           .toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return say("HỢP LỆ: phê duyệt bởi %1 lúc %2, tài liệu %3 phiên bản %4",
               "VALID: approved by %1 at %2, document %3 version %4")
        .arg(v.approverName, at)
        .arg(v.statement.documentId)
        .arg(v.statement.version);
}

QCborMap verdictMap(const crypto::ApprovalVerdict &v, const QString &message) {
    QCborMap m{{QStringLiteral("valid"), v.isValid()},
               {QStringLiteral("check"), crypto::approvalCheckCode(v.status)},
               {QStringLiteral("message"), message}};
    if (v.isValid()) {
        m.insert(QStringLiteral("approver"), v.statement.approverAccount);
        m.insert(QStringLiteral("approverName"), v.approverName);
        m.insert(QStringLiteral("approvedAt"), v.statement.approvedAtMs);
    }
    return m;
}

// doc approve: the approver signs only bytes this device fetched and hashed
// itself, with a key opened here from their password, and only after seeing
// that key on the approver list signed by the (pinned) trust key. The cheap
// checks come first, so a wrong password fails before a long download.
struct Approval {
    QCborMap document;
    QCborMap version;
    QCborMap account;
    client::UnsealedKey key;
    std::shared_ptr<QTemporaryDir> dir;
};

void sendApproval(Context &ctx, const std::shared_ptr<Approval> &a) {
    crypto::ApprovalStatement s;
    s.bodyId = a->document.value(QStringLiteral("body")).toInteger();
    s.documentId = a->document.value(QStringLiteral("id")).toInteger();
    s.version = a->version.value(QStringLiteral("version")).toInteger();
    s.contentHash = client::contentHashFromHex(a->version.value(QStringLiteral("hash")).toString());
    s.size = a->version.value(QStringLiteral("size")).toInteger();
    s.title = a->document.value(QStringLiteral("title")).toString();
    s.sessionId = a->document.value(QStringLiteral("session")).toInteger(0);
    s.itemId = a->document.value(QStringLiteral("item")).toInteger(0);
    s.approverAccount = a->account.value(QStringLiteral("id")).toInteger();
    s.approvedAtMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray statement = s.encode();
    const QByteArray signature = crypto::signApproval(statement, a->key.secretKey);
    const QCborMap b{{QStringLiteral("document"), s.documentId},
                     {QStringLiteral("version"), s.version},
                     {QStringLiteral("statement"), statement},
                     {QStringLiteral("signature"), signature}};
    const QString fingerprint = crypto::keyFingerprint(a->key.publicKey);
    ctx.call(Request::DocApprove, b, [&ctx, s, fingerprint](const QCborMap &reply) {
        printDocument(ctx, reply,
                      t("Version %1 approved: you signed content %2… (%3 bytes) with key %4.")
                          .arg(s.version)
                          .arg(client::contentHashHex(s.contentHash).left(12))
                          .arg(s.size)
                          .arg(fingerprint));
    });
}

void fetchAndApprove(Context &ctx, const std::shared_ptr<Approval> &a) {
    a->dir = std::make_shared<QTemporaryDir>();
    if (!a->dir->isValid())
        return ctx.failClient(ExitServer, QStringLiteral("local_io"), a->dir->errorString());
    // The downloader refuses bytes whose BLAKE2b-256 is not the version's hash.
    downloadVersion(ctx, a->version, a->dir->filePath(QStringLiteral("approve.pdf")),
                    [&ctx, a](const QString &, bool) {
                        ctx.note(say("đã kiểm tra nội dung phiên bản %1: %2 byte, BLAKE2b-256 %3",
                                     "checked the content of version %1: %2 bytes, BLAKE2b-256 %3")
                                     .arg(a->version.value(QStringLiteral("version")).toInteger())
                                     .arg(a->version.value(QStringLiteral("size")).toInteger())
                                     .arg(a->version.value(QStringLiteral("hash")).toString()));
                        sendApproval(ctx, a);
                    });
}

void checkListedAndApprove(Context &ctx, const std::shared_ptr<Approval> &a) {
    const qint64 body = a->document.value(QStringLiteral("body")).toInteger();
    withTrustKey(ctx, body, true, [&ctx, a, body](const QCborMap &trust, const QByteArray &pinned) {
        const client::ApproverListCheck check = client::verifiedApproverList(trust, body, pinned);
        if (!check.list)
            return ctx.fail(ExitServer, QStringLiteral("bad_list_signature"),
                            crypto::approvalCheckMessage(crypto::ApprovalCheck::BadListSignature, !english()),
                            check.error);
        const crypto::ApproverEntry *entry =
            client::openEntry(*check.list, a->account.value(QStringLiteral("id")).toInteger(),
                              QDateTime::currentMSecsSinceEpoch());
        if (!entry || entry->publicKey != a->key.publicKey)
            return failWith(
                ctx, protocol::ErrorCode::NotAnApprover,
                t("your key %1 is not on the approver list of body %2 (version %3); an admin adds it "
                  "with: councilctl trust add-approver %2 %4 --password-stdin")
                    .arg(crypto::keyFingerprint(a->key.publicKey))
                    .arg(body)
                    .arg(check.list->version)
                    .arg(a->account.value(QStringLiteral("username")).toString()));
        fetchAndApprove(ctx, a);
    });
}

void printVerdict(Context &ctx, const crypto::ApprovalVerdict &verdict, QCborMap result) {
    const QString line = verdictLine(verdict);
    result.insert(QStringLiteral("verdict"), verdictMap(verdict, line));
    ctx.result(result, [&] { ctx.out(line); });
    ctx.finish(verdict.isValid() ? ExitOk : ExitServer);
}

// A verdict that no signature check was reached for.
void printNotValid(Context &ctx, const QString &code, const QString &reason, QCborMap result) {
    const QString line = say("KHÔNG HỢP LỆ: %1", "NOT VALID: %1").arg(reason);
    result.insert(QStringLiteral("verdict"), QCborMap{{QStringLiteral("valid"), false},
                                                      {QStringLiteral("check"), code},
                                                      {QStringLiteral("message"), line}});
    ctx.result(result, [&] { ctx.out(line); });
    ctx.finish(ExitServer);
}

} // namespace

void docApprove(Context &ctx) {
    if (!applyLanguageOption(ctx))
        return;
    const auto document = ctx.idAt(0, t("document id"));
    if (!document)
        return;
    if (!ctx.args().flags.contains(QStringLiteral("password-stdin")))
        return ctx.failUsage(
            t("--password-stdin is required: your password is read from stdin to open your key"));
    std::optional<qint64> asked;
    if (ctx.args().values.contains(QStringLiteral("version")) &&
        !(asked = ctx.intOption(QStringLiteral("version"), 1)))
        return;
    ctx.call(
        Request::DocGet, QCborMap{{QStringLiteral("document"), *document}},
        [&ctx, asked](const QCborMap &got) {
            auto a = std::make_shared<Approval>();
            a->document = got.value(QStringLiteral("document")).toMap();
            const qint64 number = asked.value_or(a->document.value(QStringLiteral("current")).toInteger());
            const auto version = findVersion(got, number);
            if (!version)
                return failWith(ctx, protocol::ErrorCode::NotFound,
                                t("the document has no version %1").arg(number));
            a->version = *version;
            const QString review = a->version.value(QStringLiteral("review")).toString();
            if (review != QLatin1String("submitted"))
                return failWith(
                    ctx, protocol::ErrorCode::WrongState,
                    t("version %1 is %2; only a submitted version can be approved").arg(number).arg(review));
            ctx.call(Request::KeyGet, {}, [&ctx, a](const QCborMap &ownKey) {
                withOwnWrapKey(ctx, [&ctx, a, ownKey](const QCborMap &account, const QByteArray &wrapKey) {
                    a->account = account;
                    a->key = client::openSealedKey(ownKey, wrapKey);
                    if (!a->key.ok())
                        return ctx.fail(ExitServer, QStringLiteral("cannot_open_key"), a->key.errorMessage());
                    checkListedAndApprove(ctx, a);
                });
            });
        });
}

void docGet(Context &ctx) {
    if (!applyLanguageOption(ctx))
        return;
    const auto document = ctx.idAt(0, t("document id"));
    if (!document)
        return;
    std::optional<qint64> asked;
    if (ctx.args().values.contains(QStringLiteral("version")) &&
        !(asked = ctx.intOption(QStringLiteral("version"), 1)))
        return;
    const QString out = ctx.args().value(QStringLiteral("out"));
    ctx.call(
        Request::DocGet, QCborMap{{QStringLiteral("document"), *document}},
        [&ctx, id = *document, asked, out](const QCborMap &got) {
            const QCborMap doc = got.value(QStringLiteral("document")).toMap();
            QCborMap version = doc.value(QStringLiteral("version")).toMap();
            if (asked)
                version = findVersion(got, *asked).value_or(QCborMap());
            if (version.isEmpty())
                return failWith(ctx, protocol::ErrorCode::NotFound,
                                asked
                                    ? t("no version %1 of document %2 is visible to you").arg(*asked).arg(id)
                                    : t("no version of document %1 is visible to you").arg(id));
            const qint64 number = version.value(QStringLiteral("version")).toInteger();
            const QString dest =
                QFileInfo(out.isEmpty()
                              ? QDir::current().filePath(QStringLiteral("doc-%1-v%2.pdf").arg(id).arg(number))
                              : out)
                    .absoluteFilePath();
            downloadVersion(
                ctx, version, dest, [&ctx, doc, version, id, number](const QString &path, bool fetched) {
                    if (!fetched)
                        ctx.note(t("%1 already holds these bytes; nothing fetched").arg(path));
                    QCborMap result{{QStringLiteral("path"), path},
                                    {QStringLiteral("document"), id},
                                    {QStringLiteral("version"), number},
                                    {QStringLiteral("hash"), version.value(QStringLiteral("hash"))},
                                    {QStringLiteral("review"), version.value(QStringLiteral("review"))}};
                    const bool approved =
                        version.value(QStringLiteral("review")).toString() == QLatin1String("approved") ||
                        !approvalEvidenceMap(version).isEmpty();
                    if (!approved) {
                        result.insert(QStringLiteral("approved"), false);
                        ctx.result(result, [&] {
                            ctx.out(t("Saved %1").arg(path));
                            ctx.note(t("version %1 is not approved (review: %2)")
                                         .arg(number)
                                         .arg(version.value(QStringLiteral("review")).toString()));
                        });
                        return ctx.finish();
                    }
                    // Marked approved: keep the bytes only if the approval verifies.
                    const qint64 body = doc.value(QStringLiteral("body")).toInteger();
                    withTrustKey(
                        ctx, body, false,
                        [&ctx, version, id, path, result](const QCborMap &trust,
                                                          const QByteArray &pinned) mutable {
                            const crypto::ApprovalVerdict verdict = checkApproval(
                                trust, pinned, version,
                                client::contentHashFromHex(version.value(QStringLiteral("hash")).toString()),
                                id);
                            const QString line = verdictLine(verdict);
                            result.insert(QStringLiteral("approved"), true);
                            result.insert(QStringLiteral("verdict"), verdictMap(verdict, line));
                            if (!verdict.isValid()) {
                                QFile::remove(path);
                                result.insert(QStringLiteral("path"), QCborValue(nullptr));
                            }
                            ctx.result(result, [&] {
                                ctx.out(line);
                                if (verdict.isValid())
                                    ctx.out(t("Saved %1").arg(path));
                                else
                                    ctx.note(t("deleted %1: its approval does not verify").arg(path));
                            });
                            ctx.finish(verdict.isValid() ? ExitOk : ExitServer);
                        },
                        [path] { QFile::remove(path); });
                });
        });
}

void docVerify(Context &ctx) {
    if (!applyLanguageOption(ctx))
        return;
    std::optional<qint64> expectBody;
    if (ctx.args().values.contains(QStringLiteral("body")) &&
        !(expectBody = ctx.intOption(QStringLiteral("body"), 1)))
        return;
    const QString path = ctx.args().positional.at(0);
    if (!QFileInfo(path).isFile())
        return ctx.failClient(ExitServer, QStringLiteral("local_io"),
                              t("%1 is not a readable file").arg(path));
    auto *watcher = new QFutureWatcher<client::FileHash>(&ctx);
    QObject::connect(
        watcher, &QFutureWatcher<client::FileHash>::finished, &ctx, [&ctx, watcher, path, expectBody] {
            const client::FileHash h = watcher->result();
            watcher->deleteLater();
            if (ctx.finished())
                return;
            if (!h.ok())
                return ctx.failClient(ExitServer, QStringLiteral("local_io"), h.error);
            const QString hex = client::contentHashHex(h.hash);
            QCborMap result{{QStringLiteral("file"), path},
                            {QStringLiteral("hash"), hex},
                            {QStringLiteral("size"), h.size}};
            ctx.callRaw(
                Request::DocLookup, QCborMap{{QStringLiteral("hash"), hex}},
                [&ctx, h, result, expectBody](const client::Reply &r) mutable {
                    if (!r.ok && r.errorCode == protocol::errorWireCode(protocol::ErrorCode::NotFound))
                        return printNotValid(
                            ctx, QStringLiteral("unknown_content"),
                            say("không có tài liệu nào (mà bạn được xem) có đúng nội dung này",
                                "no document you may see has exactly these bytes"),
                            result);
                    if (!r.ok)
                        return ctx.failServer(r);
                    const QCborMap doc = r.body.value(QStringLiteral("document")).toMap();
                    const QCborMap version = r.body.value(QStringLiteral("version")).toMap();
                    const qint64 id = doc.value(QStringLiteral("id")).toInteger();
                    const qint64 body = doc.value(QStringLiteral("body")).toInteger();
                    result.insert(QStringLiteral("document"), id);
                    result.insert(QStringLiteral("body"), body);
                    result.insert(QStringLiteral("title"), doc.value(QStringLiteral("title")));
                    result.insert(QStringLiteral("version"), version.value(QStringLiteral("version")));
                    if (expectBody && *expectBody != body)
                        return printNotValid(ctx, QStringLiteral("other_body"),
                                             say("tài liệu %1 thuộc hội đồng %2, không phải %3",
                                                 "document %1 belongs to body %2, not %3")
                                                 .arg(id)
                                                 .arg(body)
                                                 .arg(*expectBody),
                                             result);
                    if (approvalEvidenceMap(version).isEmpty())
                        return printNotValid(ctx, QStringLiteral("not_approved"),
                                             say("phiên bản %1 của tài liệu %2 chưa được phê duyệt (%3)",
                                                 "version %1 of document %2 is not approved (%3)")
                                                 .arg(version.value(QStringLiteral("version")).toInteger())
                                                 .arg(id)
                                                 .arg(version.value(QStringLiteral("review")).toString()),
                                             result);
                    withTrustKey(
                        ctx, body, false,
                        [&ctx, h, version, id, result](const QCborMap &trust, const QByteArray &pinned) {
                            printVerdict(ctx, checkApproval(trust, pinned, version, h.hash, id), result);
                        });
                });
        });
    watcher->setFuture(QtConcurrent::run(client::hashFile, path));
}

} // namespace council::ctl::docs
