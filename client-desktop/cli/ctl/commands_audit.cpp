// audit and watch: checking the server's hash-chained event log, and
// following events live.
#include "command.h"
#include "context.h"
#include "output.h"

#include "cborjson.h"
#include "crypto/auditchain.h"

#include <QCborArray>
#include <memory>

namespace council::ctl {

namespace {

using protocol::Request;

constexpr qint64 kAuditPage = 1000; // the protocol's largest page

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

qint64 idOf(const QCborValue &v) {
    return v.isInteger() ? v.toInteger() : 0; // null: not tied to a body/session/actor
}

crypto::AuditEntry entryFromWire(const QCborMap &m) {
    crypto::AuditEntry e;
    e.seq = m.value(QStringLiteral("seq")).toInteger();
    e.atMs = m.value(QStringLiteral("at")).toInteger();
    e.type = m.value(QStringLiteral("type")).toInteger();
    e.actor = idOf(m.value(QStringLiteral("actor")));
    e.bodyId = idOf(m.value(QStringLiteral("body")));
    e.sessionId = idOf(m.value(QStringLiteral("session")));
    e.audience = idOf(m.value(QStringLiteral("audience")));
    e.payload = m.value(QStringLiteral("payload")).toByteArray();
    e.prevHash = m.value(QStringLiteral("prev")).toByteArray();
    e.hash = m.value(QStringLiteral("hash")).toByteArray();
    return e;
}

QString eventTypeName(qint64 code) {
    const auto e = protocol::eventFromCode(code);
    return e ? protocol::eventName(*e) : QString::number(code);
}

struct VerifyRun {
    qint64 after = 0;
    qint64 checked = 0;
    qint64 head = 0;
    QByteArray prev = crypto::genesisHash();
};

void verifyPage(Context &ctx, std::shared_ptr<VerifyRun> run) {
    const QCborMap req{{QStringLiteral("after"), run->after}, {QStringLiteral("limit"), kAuditPage}};
    ctx.call(Request::AuditList, req, [&ctx, run](const QCborMap &body) {
        const QCborArray wire = body.value(QStringLiteral("entries")).toArray();
        run->head = body.value(QStringLiteral("head")).toInteger();
        QList<crypto::AuditEntry> entries;
        for (const QCborValue &v : wire)
            entries << entryFromWire(v.toMap());
        QByteArray last;
        const qint64 broken = crypto::firstBrokenEntry(entries, run->prev, &last);
        // A page must continue after the one before; a server that repeats
        // or goes backwards would otherwise loop us forever.
        const qint64 outOfOrder =
            !entries.isEmpty() && entries.first().seq <= run->after ? entries.first().seq : 0;
        if (broken || outOfOrder) {
            const qint64 seq = broken ? broken : outOfOrder;
            for (const crypto::AuditEntry &e : entries)
                run->checked += e.seq < seq && e.seq > run->after ? 1 : 0; // the entries that did hold
            if (ctx.json())
                ctx.printJson(QCborMap{{QStringLiteral("ok"), false},
                                       {QStringLiteral("firstBroken"), seq},
                                       {QStringLiteral("checked"), run->checked}});
            else
                ctx.out(t("audit chain BROKEN at entry seq %1").arg(seq));
            return ctx.failClient(ExitServer, QStringLiteral("audit_broken"),
                                  t("first broken entry: seq %1").arg(seq));
        }
        run->checked += entries.size();
        if (!entries.isEmpty()) {
            run->prev = last;
            run->after = entries.last().seq;
        }
        if (entries.size() >= kAuditPage && run->after < run->head)
            return verifyPage(ctx, run);
        if (ctx.json())
            ctx.printJson(QCborMap{{QStringLiteral("ok"), true},
                                   {QStringLiteral("entries"), run->checked},
                                   {QStringLiteral("head"), run->head},
                                   {QStringLiteral("lastHash"), run->prev}});
        else
            ctx.out(t("audit chain OK: %1 entries").arg(run->checked));
        ctx.finish();
    });
}

void auditList(Context &ctx) {
    QCborMap b{{QStringLiteral("after"), 0}, {QStringLiteral("limit"), 100}};
    if (ctx.args().values.contains(QStringLiteral("after"))) {
        const auto after = ctx.intOption(QStringLiteral("after"), 0);
        if (!after)
            return;
        b.insert(QStringLiteral("after"), *after);
    }
    if (ctx.args().values.contains(QStringLiteral("limit"))) {
        const auto limit = ctx.intOption(QStringLiteral("limit"), 1);
        if (!limit)
            return;
        if (*limit > kAuditPage)
            return ctx.failUsage(t("--limit is at most %1").arg(kAuditPage));
        b.insert(QStringLiteral("limit"), *limit);
    }
    ctx.call(Request::AuditList, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            const QList<Column> columns{
                field(t("seq"), QStringLiteral("seq")),
                {t("time"), [](const QCborMap &m) { return instantText(m.value(QStringLiteral("at"))); }},
                {t("type"),
                 [](const QCborMap &m) {
                     return eventTypeName(m.value(QStringLiteral("type")).toInteger());
                 }},
                field(t("actor"), QStringLiteral("actor")),
                field(t("body"), QStringLiteral("body")),
                field(t("session"), QStringLiteral("session")),
                {t("hash"),
                 [](const QCborMap &m) {
                     return QString::fromLatin1(
                         m.value(QStringLiteral("hash")).toByteArray().toHex().left(16));
                 }},
            };
            ctx.out(table(columns, body.value(QStringLiteral("entries")).toArray()));
            ctx.note(t("head: %1").arg(body.value(QStringLiteral("head")).toInteger()));
        });
        ctx.finish();
    });
}

// Whether an event's body is about session `sessionId`: events name their
// session directly ({session: id}), inside the object they carry
// ({session: Session}, {item}, {sitting}), or as the removed id.
bool refersToSession(qint64 type, const QCborMap &body, qint64 sessionId) {
    const QCborValue session = body.value(QStringLiteral("session"));
    if (session.isInteger() && session.toInteger() == sessionId)
        return true;
    if (session.isMap() && session.toMap().value(QStringLiteral("id")).toInteger() == sessionId)
        return true;
    for (const QString &key : {QStringLiteral("item"), QStringLiteral("sitting")}) {
        const QCborValue v = body.value(key);
        if (v.isMap() && v.toMap().value(QStringLiteral("session")).toInteger() == sessionId)
            return true;
    }
    return type == static_cast<qint64>(protocol::Event::SessionRemoved) &&
           body.value(QStringLiteral("id")).toInteger() == sessionId;
}

void watch(Context &ctx) {
    const QString target = ctx.args().positional.at(0);
    qint64 sessionId = 0;
    if (target != QLatin1String("all")) {
        const auto id = ctx.idAt(0, t("session id"));
        if (!id)
            return;
        sessionId = *id;
    }
    ctx.setWatching(true);
    // The connection syncs from 0: the snapshot it gets is ignored and every
    // later event is pushed. Events are printed as one JSON line each.
    QObject::connect(&ctx.connection(), &client::ServerConnection::eventReceived, &ctx,
                     [&ctx, sessionId](const protocol::Frame &event) {
                         if (sessionId && !refersToSession(event.type, event.body, sessionId))
                             return;
                         const auto e = protocol::eventFromCode(event.type);
                         const QString type = e ? protocol::eventName(*e) : QString::number(event.type);
                         // Assembled by hand so the keys keep the documented order {seq, type, body}.
                         ctx.out(QStringLiteral("{\"seq\":%1,\"type\":%2,\"body\":%3}")
                                     .arg(event.seq)
                                     .arg(QString::fromUtf8(client::cborToJsonText(type)),
                                          QString::fromUtf8(client::cborToJsonText(event.body))));
                     });
    if (!sessionId) {
        QObject::connect(&ctx.connection(), &client::ServerConnection::online, &ctx,
                         [&ctx] { ctx.note(t("watching all events; stop with Ctrl+C")); });
        return;
    }
    // Checks the session exists (and is visible) before settling down.
    ctx.call(Request::SessionGet, QCborMap{{QStringLiteral("id"), sessionId}}, [&ctx](const QCborMap &body) {
        const QCborMap s = body.value(QStringLiteral("session")).toMap();
        ctx.note(t("watching session %1 \"%2\"; stop with Ctrl+C")
                     .arg(s.value(QStringLiteral("id")).toInteger())
                     .arg(s.value(QStringLiteral("title")).toString()));
    });
}

} // namespace

QList<Command> auditCommands() {
    const QString audit = QStringLiteral("audit");
    const auto S = Command::Auth::Session;
    return {
        {audit,
         QStringLiteral("verify"),
         {},
         QT_TRANSLATE_NOOP(
             "councilctl",
             "fetch the whole audit log (admin) and recompute its hash chain; exit 1 if broken"),
         {},
         {},
         0,
         0,
         S,
         false,
         [](Context &ctx) { verifyPage(ctx, std::make_shared<VerifyRun>()); }},
        {audit,
         QStringLiteral("list"),
         QStringLiteral("[--after SEQ] [--limit N]"),
         QT_TRANSLATE_NOOP("councilctl", "list audit entries after SEQ (default 0, limit 100, at most 1000)"),
         {QStringLiteral("after"), QStringLiteral("limit")},
         {},
         0,
         0,
         S,
         false,
         auditList},
        {QStringLiteral("watch"),
         {},
         QStringLiteral("SESSION|all"),
         QT_TRANSLATE_NOOP("councilctl", "print each new event about a session (or all) as one JSON line "
                                         "{seq, type, body}; runs until stopped"),
         {},
         {},
         1,
         1,
         S,
         true,
         watch},
    };
}

} // namespace council::ctl
