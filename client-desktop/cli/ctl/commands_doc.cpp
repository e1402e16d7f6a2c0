// doc: the documents of a body — upload and replace (chunked, resumable),
// the review workflow (submit, reject; approve is in commands_docsign.cpp),
// publication and withdrawal, and the trail of versions. Progress lines
// follow --lang (Vietnamese unless --lang en); the rest speaks councilctl's
// English sources.
#include "documents.h"
#include "documenttransfer.h"
#include "output.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QFileInfo>
#include <memory>

namespace council::ctl {

namespace docs {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

const QStringList kKinds{QStringLiteral("resolution"), QStringLiteral("submission"), QStringLiteral("report"),
                         QStringLiteral("other")};
const QStringList kScopes{QStringLiteral("everyone"), QStringLiteral("session"), QStringLiteral("item"),
                          QStringLiteral("groups")};

QString protocolMessage(protocol::ErrorCode code) {
    return client::Reply::messageFor(protocol::Error{code, {}}.toCbor());
}

// "tải lên 45 % (12,3 / 27,1 MiB)" on stderr, at most once a second and at the end.
class ProgressLine {
public:
    ProgressLine(Context &ctx, const char *vi, const char *en)
        : m_ctx(ctx)
        , m_vi(vi)
        , m_en(en) {
        m_clock.start();
    }

    void update(qint64 done, qint64 total) {
        const bool last = done >= total;
        if (m_ctx.finished() || (last && m_printedLast) || (!last && m_clock.elapsed() < 1000))
            return;
        m_clock.restart();
        m_printedLast = last;
        const bool mib = total >= 1024 * 1024;
        const double unit = mib ? 1024.0 * 1024.0 : 1024.0;
        auto number = [&](qint64 bytes) {
            QString s = QString::number(double(bytes) / unit, 'f', 1);
            if (!english())
                s.replace(QLatin1Char('.'), QLatin1Char(','));
            return s;
        };
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        m_ctx.note(
            QStringLiteral("%1 %2%3 (%4 / %5 %6)")
                .arg(say(m_vi, m_en))
                .arg(percent)
                .arg(english() ? QStringLiteral("%") : QStringLiteral(" %"))
                .arg(number(done), number(total), mib ? QStringLiteral("MiB") : QStringLiteral("KiB")));
    }

private:
    Context &m_ctx;
    const char *m_vi;
    const char *m_en;
    QElapsedTimer m_clock;
    bool m_printedLast = false;
};

QString hashPrefix(const QCborValue &hash) {
    return hash.toString().left(12);
}

// Copies --option (a positive id) into body[key] when given.
bool copyId(Context &ctx, QCborMap &body, const QString &option, const QString &key) {
    if (!ctx.args().values.contains(option))
        return true;
    const auto id = ctx.intOption(option, 1);
    if (id)
        body.insert(key, *id);
    return id.has_value();
}

QString documentLine(const QCborMap &d) {
    QString line = t("Document %1 \"%2\" (body %3): %4, version %5")
                       .arg(d.value(QStringLiteral("id")).toInteger())
                       .arg(d.value(QStringLiteral("title")).toString())
                       .arg(d.value(QStringLiteral("body")).toInteger())
                       .arg(d.value(QStringLiteral("state")).toString())
                       .arg(d.value(QStringLiteral("current")).toInteger());
    const qint64 published = d.value(QStringLiteral("published")).toInteger();
    if (published > 0)
        line +=
            t(", published version %1 (%2)").arg(published).arg(d.value(QStringLiteral("scope")).toString());
    return line;
}

// The version a command acts on: --version N, else the document's current one.
void withVersionNumber(Context &ctx, qint64 document, std::function<void(qint64)> then) {
    if (ctx.args().values.contains(QStringLiteral("version"))) {
        const auto v = ctx.intOption(QStringLiteral("version"), 1);
        if (v)
            then(*v);
        return;
    }
    ctx.call(Request::DocGet, QCborMap{{QStringLiteral("document"), document}}, [then](const QCborMap &body) {
        then(body.value(QStringLiteral("document")).toMap().value(QStringLiteral("current")).toInteger());
    });
}

} // namespace

bool english() {
    return client::Reply::uiLanguage() == QLatin1String("en");
}

QString say(const char *vi, const char *en) {
    return english() ? QString::fromUtf8(en) : QString::fromUtf8(vi);
}

void failWith(Context &ctx, protocol::ErrorCode code, const QString &detail) {
    ctx.fail(ExitServer, protocol::errorWireCode(code), protocolMessage(code), detail);
}

// Errors of a transfer: local ones worded like councilctl's, the rest as the server's.
void failTransfer(Context &ctx, const QString &code, const QString &message) {
    if (code == QLatin1String("local_io"))
        return ctx.failClient(ExitServer, code, message);
    if (code == QLatin1String("timeout"))
        return ctx.failClient(ExitConnection, code, message);
    ctx.fail(ExitServer, code, message);
}

void uploadFile(Context &ctx, qint64 body, const QString &path,
                std::function<void(const QCborValue &)> then) {
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return ctx.failClient(ExitServer, QStringLiteral("local_io"),
                              t("%1 is not a readable file").arg(path));
    auto *uploader = new client::DocumentUploader(&ctx.connection(), &ctx);
    auto line = std::make_shared<ProgressLine>(ctx, "tải lên", "upload");
    QObject::connect(uploader, &client::DocumentUploader::progress, &ctx,
                     [line](qint64 sent, qint64 total) { line->update(sent, total); });
    QObject::connect(
        uploader, &client::DocumentUploader::failed, &ctx,
        [&ctx](const QString &code, const QString &message) { failTransfer(ctx, code, message); });
    QObject::connect(uploader, &client::DocumentUploader::finished, &ctx,
                     [&ctx, then](const QCborValue &upload) {
                         if (!ctx.finished())
                             then(upload);
                     });
    uploader->start(body, path);
}

void downloadVersion(Context &ctx, const QCborMap &version, const QString &dest,
                     std::function<void(const QString &, bool)> then) {
    auto *downloader = new client::DocumentDownloader(&ctx.connection(), &ctx);
    auto line = std::make_shared<ProgressLine>(ctx, "tải về", "download");
    QObject::connect(downloader, &client::DocumentDownloader::progress, &ctx,
                     [line](qint64 received, qint64 total) { line->update(received, total); });
    QObject::connect(
        downloader, &client::DocumentDownloader::failed, &ctx,
        [&ctx](const QString &code, const QString &message) { failTransfer(ctx, code, message); });
    QObject::connect(downloader, &client::DocumentDownloader::finished, &ctx,
                     [&ctx, then](const QString &path, bool fetched) {
                         if (!ctx.finished())
                             then(path, fetched);
                     });
    downloader->start(version.value(QStringLiteral("hash")).toString(),
                      version.value(QStringLiteral("size")).toInteger(), dest);
}

std::optional<QCborMap> findVersion(const QCborMap &docGet, qint64 number) {
    for (const QCborValue &v : docGet.value(QStringLiteral("versions")).toArray()) {
        if (v.toMap().value(QStringLiteral("version")).toInteger() == number)
            return v.toMap();
    }
    return std::nullopt;
}

void printDocument(Context &ctx, const QCborMap &reply, const QString &headline) {
    ctx.result(reply, [&] {
        ctx.out(headline);
        ctx.out(documentLine(reply.value(QStringLiteral("document")).toMap()));
    });
    ctx.finish();
}

namespace {

void docUpload(Context &ctx) {
    if (!applyLanguageOption(ctx))
        return;
    const auto body = ctx.idAt(0, t("body id"));
    const auto title = body ? ctx.requiredOption(QStringLiteral("title")) : std::nullopt;
    if (!body || !title)
        return;
    if (title->trimmed().isEmpty())
        return ctx.failUsage(t("--title must not be empty"));
    QCborMap create{{QStringLiteral("body"), *body}, {QStringLiteral("title"), *title}};
    if (ctx.args().values.contains(QStringLiteral("kind"))) {
        const QString kind = ctx.args().value(QStringLiteral("kind"));
        if (!kKinds.contains(kind))
            return ctx.failUsage(
                t("--kind must be one of %1, not '%2'").arg(kKinds.join(QLatin1Char('|')), kind));
        create.insert(QStringLiteral("kind"), kind);
    }
    if (!copyId(ctx, create, QStringLiteral("session"), QStringLiteral("session")) ||
        !copyId(ctx, create, QStringLiteral("item"), QStringLiteral("item")))
        return;
    uploadFile(ctx, *body, ctx.args().positional.at(1), [&ctx, create](const QCborValue &upload) {
        QCborMap b = create;
        b.insert(QStringLiteral("upload"), upload);
        ctx.note(t("checking and storing the file on the server…"));
        ctx.call(Request::DocCreate, b,
                 [&ctx](const QCborMap &reply) { printDocument(ctx, reply, t("Document created.")); });
    });
}

void docReplace(Context &ctx) {
    if (!applyLanguageOption(ctx))
        return;
    const auto document = ctx.idAt(0, t("document id"));
    const auto reason = document ? ctx.requiredOption(QStringLiteral("reason")) : std::nullopt;
    if (!document || !reason)
        return;
    const QString path = ctx.args().positional.at(1);
    ctx.call(Request::DocGet, QCborMap{{QStringLiteral("document"), *document}},
             [&ctx, document = *document, reason = *reason, path](const QCborMap &got) {
                 const qint64 body =
                     got.value(QStringLiteral("document")).toMap().value(QStringLiteral("body")).toInteger();
                 uploadFile(ctx, body, path, [&ctx, document, reason](const QCborValue &upload) {
                     ctx.note(t("checking and storing the file on the server…"));
                     const QCborMap b{{QStringLiteral("document"), document},
                                      {QStringLiteral("upload"), upload},
                                      {QStringLiteral("reason"), reason}};
                     ctx.call(Request::DocReplace, b, [&ctx](const QCborMap &reply) {
                         printDocument(ctx, reply, t("New version stored."));
                     });
                 });
             });
}

void docList(Context &ctx) {
    QCborMap b;
    if (!copyId(ctx, b, QStringLiteral("body"), QStringLiteral("body")) ||
        !copyId(ctx, b, QStringLiteral("session"), QStringLiteral("session")) ||
        !copyId(ctx, b, QStringLiteral("item"), QStringLiteral("item")))
        return;
    ctx.call(Request::DocList, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(
                table({field(t("id"), QStringLiteral("id")),
                       field(t("body"), QStringLiteral("body")),
                       field(t("title"), QStringLiteral("title")),
                       field(t("kind"), QStringLiteral("kind")),
                       field(t("state"), QStringLiteral("state")),
                       field(t("version"), QStringLiteral("current")),
                       field(t("published"), QStringLiteral("published")),
                       {t("updated"),
                        [](const QCborMap &d) { return instantText(d.value(QStringLiteral("updatedAt"))); }}},
                      body.value(QStringLiteral("documents")).toArray()));
        });
        ctx.finish();
    });
}

void docShow(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    if (!document)
        return;
    ctx.call(
        Request::DocGet, QCborMap{{QStringLiteral("document"), *document}}, [&ctx](const QCborMap &body) {
            ctx.result(body, [&] {
                QCborMap d = body.value(QStringLiteral("document")).toMap();
                for (const char *key : {"createdAt", "updatedAt", "publishedAt"})
                    d.insert(QLatin1String(key), instantText(d.value(QLatin1String(key))));
                ctx.out(fieldLines(d, {{t("Document"), QStringLiteral("id")},
                                       {t("Title"), QStringLiteral("title")},
                                       {t("Body"), QStringLiteral("body")},
                                       {t("Session"), QStringLiteral("session")},
                                       {t("Item"), QStringLiteral("item")},
                                       {t("Kind"), QStringLiteral("kind")},
                                       {t("State"), QStringLiteral("state")},
                                       {t("Current version"), QStringLiteral("current")},
                                       {t("Published version"), QStringLiteral("published")},
                                       {t("Scope"), QStringLiteral("scope")},
                                       {t("Groups"), QStringLiteral("groups")},
                                       {t("Created"), QStringLiteral("createdAt")},
                                       {t("Updated"), QStringLiteral("updatedAt")},
                                       {t("Withdrawn because"), QStringLiteral("withdrawReason")}}));
                QCborMap v = d.value(QStringLiteral("version")).toMap();
                if (v.isEmpty())
                    return ctx.out(t("No version is visible to you yet."));
                v.insert(QStringLiteral("uploadedAt"), instantText(v.value(QStringLiteral("uploadedAt"))));
                v.insert(QStringLiteral("approved"), !v.value(QStringLiteral("approval")).toMap().isEmpty());
                ctx.out(QString());
                ctx.out(fieldLines(v, {{t("Version"), QStringLiteral("version")},
                                       {t("Hash"), QStringLiteral("hash")},
                                       {t("Size (bytes)"), QStringLiteral("size")},
                                       {t("Pages"), QStringLiteral("pages")},
                                       {t("File"), QStringLiteral("fileName")},
                                       {t("Converted"), QStringLiteral("converted")},
                                       {t("Uploaded by"), QStringLiteral("uploadedByName")},
                                       {t("Uploaded"), QStringLiteral("uploadedAt")},
                                       {t("Review"), QStringLiteral("review")},
                                       {t("Signed approval"), QStringLiteral("approved")}}));
            });
            ctx.finish();
        });
}

void docVersions(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    if (!document)
        return;
    ctx.call(
        Request::DocGet, QCborMap{{QStringLiteral("document"), *document}}, [&ctx](const QCborMap &body) {
            ctx.result(body, [&] {
                auto instant = [](const char *key) {
                    return [key](const QCborMap &m) { return instantText(m.value(QLatin1String(key))); };
                };
                const Column review{t("review"), [](const QCborMap &v) {
                                        QString r = v.value(QStringLiteral("review")).toString();
                                        const QString why =
                                            v.value(QStringLiteral("rejectReason")).toString();
                                        if (!why.isEmpty())
                                            r += QStringLiteral(" (%1)").arg(why);
                                        return r;
                                    }};
                ctx.out(
                    table({field(t("version"), QStringLiteral("version")),
                           {t("hash"),
                            [](const QCborMap &v) { return hashPrefix(v.value(QStringLiteral("hash"))); }},
                           field(t("uploaded by"), QStringLiteral("uploadedByName")),
                           {t("uploaded"), instant("uploadedAt")},
                           field(t("reason"), QStringLiteral("reason")),
                           review,
                           field(t("reviewed by"), QStringLiteral("reviewedByName")),
                           {t("reviewed"), instant("reviewedAt")}},
                          body.value(QStringLiteral("versions")).toArray()));
            });
            ctx.finish();
        });
}

void docSubmit(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    if (!document)
        return;
    withVersionNumber(ctx, *document, [&ctx, document = *document](qint64 version) {
        ctx.call(Request::DocSubmit,
                 QCborMap{{QStringLiteral("document"), document}, {QStringLiteral("version"), version}},
                 [&ctx, version](const QCborMap &reply) {
                     printDocument(ctx, reply, t("Version %1 submitted for approval.").arg(version));
                 });
    });
}

void docReject(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    const auto reason = document ? ctx.requiredOption(QStringLiteral("reason")) : std::nullopt;
    if (!document || !reason)
        return;
    withVersionNumber(ctx, *document, [&ctx, document = *document, reason = *reason](qint64 version) {
        const QCborMap b{{QStringLiteral("document"), document},
                         {QStringLiteral("version"), version},
                         {QStringLiteral("reason"), reason}};
        ctx.call(Request::DocReject, b, [&ctx, version](const QCborMap &reply) {
            printDocument(ctx, reply, t("Version %1 rejected.").arg(version));
        });
    });
}

void docPublish(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    const auto scope = document ? ctx.requiredOption(QStringLiteral("scope")) : std::nullopt;
    if (!document || !scope)
        return;
    if (!kScopes.contains(*scope))
        return ctx.failUsage(
            t("--scope must be one of %1, not '%2'").arg(kScopes.join(QLatin1Char('|')), *scope));
    const bool hasGroups = ctx.args().values.contains(QStringLiteral("groups"));
    if (hasGroups != (*scope == QLatin1String("groups")))
        return ctx.failUsage(t("--groups goes with --scope groups, and only with it"));
    QCborMap b{{QStringLiteral("document"), *document}, {QStringLiteral("scope"), *scope}};
    if (hasGroups) {
        QCborArray groups;
        for (const QString &part : ctx.args().value(QStringLiteral("groups")).split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return ctx.failUsage(t("--groups takes group ids separated by commas, not '%1'").arg(part));
            groups.append(id);
        }
        b.insert(QStringLiteral("groups"), groups);
    }
    ctx.call(Request::DocPublish, b,
             [&ctx](const QCborMap &reply) { printDocument(ctx, reply, t("Published.")); });
}

void docWithdraw(Context &ctx) {
    const auto document = ctx.idAt(0, t("document id"));
    const auto reason = document ? ctx.requiredOption(QStringLiteral("reason")) : std::nullopt;
    if (!document || !reason)
        return;
    ctx.call(Request::DocWithdraw,
             QCborMap{{QStringLiteral("document"), *document}, {QStringLiteral("reason"), *reason}},
             [&ctx](const QCborMap &reply) { printDocument(ctx, reply, t("Withdrawn.")); });
}

} // namespace

} // namespace docs

QList<Command> docCommands() {
    using namespace docs;
    const QString doc = QStringLiteral("doc");
    const QString lang = QStringLiteral("lang");
    const QString version = QStringLiteral("version");
    const QString reason = QStringLiteral("reason");
    const auto S = Command::Auth::Session;
    return {
        {doc,
         QStringLiteral("upload"),
         QStringLiteral("BODY FILE --title TEXT [--kind resolution|submission|report|other] [--session ID] "
                        "[--item ID] [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl", "upload a PDF, Word, ODT or RTF file as a new document (secretary); "
                                         "resumes after a cut"),
         {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("session"), QStringLiteral("item"),
          lang},
         {},
         2,
         2,
         S,
         false,
         docUpload},
        {doc,
         QStringLiteral("replace"),
         QStringLiteral("DOC FILE --reason TEXT [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl", "upload a new version of a document, saying why (secretary)"),
         {reason, lang},
         {},
         2,
         2,
         S,
         false,
         docReplace},
        {doc,
         QStringLiteral("list"),
         QStringLiteral("[--body ID] [--session ID] [--item ID]"),
         QT_TRANSLATE_NOOP("councilctl", "the documents you may see"),
         {QStringLiteral("body"), QStringLiteral("session"), QStringLiteral("item")},
         {},
         0,
         0,
         S,
         false,
         docList},
        {doc,
         QStringLiteral("show"),
         QStringLiteral("DOC"),
         QT_TRANSLATE_NOOP("councilctl", "a document and the version you would open"),
         {},
         {},
         1,
         1,
         S,
         false,
         docShow},
        {doc,
         QStringLiteral("versions"),
         QStringLiteral("DOC"),
         QT_TRANSLATE_NOOP("councilctl",
                           "the trail of versions: who uploaded what, when, why, and its review"),
         {},
         {},
         1,
         1,
         S,
         false,
         docVersions},
        {doc,
         QStringLiteral("submit"),
         QStringLiteral("DOC [--version N]"),
         QT_TRANSLATE_NOOP("councilctl", "submit the current (or given) version for approval (secretary)"),
         {version},
         {},
         1,
         1,
         S,
         false,
         docSubmit},
        {doc,
         QStringLiteral("approve"),
         QStringLiteral("DOC --password-stdin [--version N] [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "download and check the version, then sign its approval with your key "
                           "(approver)"),
         {version, lang},
         {QStringLiteral("password-stdin")},
         1,
         1,
         S,
         false,
         docApprove},
        {doc,
         QStringLiteral("reject"),
         QStringLiteral("DOC --reason TEXT [--version N]"),
         QT_TRANSLATE_NOOP("councilctl", "send a submitted version back with a reason (approver)"),
         {reason, version},
         {},
         1,
         1,
         S,
         false,
         docReject},
        {doc,
         QStringLiteral("publish"),
         QStringLiteral("DOC --scope everyone|session|item|groups [--groups ID,ID]"),
         QT_TRANSLATE_NOOP("councilctl", "show the approved current version to its audience (secretary)"),
         {QStringLiteral("scope"), QStringLiteral("groups")},
         {},
         1,
         1,
         S,
         false,
         docPublish},
        {doc,
         QStringLiteral("withdraw"),
         QStringLiteral("DOC --reason TEXT"),
         QT_TRANSLATE_NOOP("councilctl", "take a published document back from the delegates (secretary)"),
         {reason},
         {},
         1,
         1,
         S,
         false,
         docWithdraw},
        {doc,
         QStringLiteral("get"),
         QStringLiteral("DOC [--out FILE] [--version N] [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "download the version you see (default ./doc-DOC-vN.pdf); an approved "
                           "one is kept only if its approval verifies"),
         {QStringLiteral("out"), version, lang},
         {},
         1,
         1,
         S,
         false,
         docGet},
        {doc,
         QStringLiteral("verify"),
         QStringLiteral("FILE [--body ID] [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "is this file the approved text? exit 0 when its approval verifies, 1 "
                           "when not"),
         {QStringLiteral("body"), lang},
         {},
         1,
         1,
         S,
         false,
         docVerify},
    };
}

} // namespace council::ctl
