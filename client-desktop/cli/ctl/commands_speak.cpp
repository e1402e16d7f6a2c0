// speak: the speaker queue of an agenda item (đăng ký phát biểu) — a
// delegate asks to speak or raises a point of order, the chair reorders the
// queue, gives the floor and ends it.
#include "command.h"
#include "context.h"
#include "output.h"

#include <QCborArray>
#include <QDateTime>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

QString kindText(const QCborValue &kind) {
    return kind.toString() == QLatin1String("point_of_order") ? t("point of order") : t("speech");
}

QString stateText(const QCborValue &state) {
    const QString s = state.toString();
    if (s == QLatin1String("waiting"))
        return t("waiting");
    if (s == QLatin1String("speaking"))
        return t("speaking");
    if (s == QLatin1String("done"))
        return t("done");
    if (s == QLatin1String("withdrawn"))
        return t("withdrawn");
    return s;
}

QString clockText(const QCborValue &ms) {
    if (!ms.isInteger() || ms.toInteger() <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger()).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// "m:ss" for a number of seconds, "—" when there is none.
QString durationText(const QCborValue &seconds) {
    if (!seconds.isInteger())
        return QStringLiteral("—");
    const qint64 s = seconds.toInteger();
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// "Request 12 — Nguyễn Văn An, speech, waiting (position 2)"
QString requestLine(const QCborMap &r) {
    QString line =
        t("Request %1 — %2, %3, %4")
            .arg(r.value(QStringLiteral("id")).toInteger())
            .arg(r.value(QStringLiteral("fullName")).toString(), kindText(r.value(QStringLiteral("kind"))),
                 stateText(r.value(QStringLiteral("state"))));
    const QCborValue position = r.value(QStringLiteral("position"));
    if (position.isInteger())
        line += QLatin1Char(' ') + t("(position %1)").arg(position.toInteger() + 1);
    if (r.value(QStringLiteral("secondsUsed")).isInteger())
        line += QLatin1Char(' ') + t("(spoke %1)").arg(durationText(r.value(QStringLiteral("secondsUsed"))));
    else if (r.value(QStringLiteral("limitSeconds")).isInteger())
        line += QLatin1Char(' ') + t("(limit %1)").arg(durationText(r.value(QStringLiteral("limitSeconds"))));
    return line;
}

void printRequest(Context &ctx, const QCborMap &body) {
    ctx.result(body, [&] { ctx.out(requestLine(body.value(QStringLiteral("request")).toMap())); });
    ctx.finish();
}

QString queueTable(const QCborArray &queue) {
    const Column number{QStringLiteral("#"), [](const QCborMap &r) {
                            // People count from 1; the protocol's positions are 0-based.
                            return QString::number(r.value(QStringLiteral("position")).toInteger() + 1);
                        }};
    const Column kind{t("kind"), [](const QCborMap &r) { return kindText(r.value(QStringLiteral("kind"))); }};
    const Column asked{t("asked at"),
                       [](const QCborMap &r) { return clockText(r.value(QStringLiteral("requestedAt"))); }};
    return table({number, field(t("id"), QStringLiteral("id")), field(t("name"), QStringLiteral("fullName")),
                  kind, asked},
                 queue);
}

void speakRequest(Context &ctx) {
    const auto item = ctx.idAt(0, t("item id"));
    if (!item)
        return;
    const bool pointOfOrder = ctx.args().flags.contains(QStringLiteral("point-of-order"));
    const QCborMap b{
        {QStringLiteral("item"), *item},
        {QStringLiteral("kind"), pointOfOrder ? QStringLiteral("point_of_order") : QStringLiteral("speech")}};
    ctx.call(Request::SpeakRequest, b, [&ctx](const QCborMap &body) { printRequest(ctx, body); });
}

void speakById(Context &ctx, Request request) {
    const auto id = ctx.idAt(0, t("request id"));
    if (!id)
        return;
    ctx.call(request, QCborMap{{QStringLiteral("id"), *id}},
             [&ctx](const QCborMap &body) { printRequest(ctx, body); });
}

void speakQueue(Context &ctx) {
    const auto item = ctx.idAt(0, t("item id"));
    if (!item)
        return;
    ctx.call(Request::SpeakQueue, QCborMap{{QStringLiteral("item"), *item}}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            const QCborValue floor = body.value(QStringLiteral("floor"));
            if (floor.isMap()) {
                const QCborMap r = floor.toMap();
                ctx.out(t("Speaking now: %1 (request %2), since %3, limit %4")
                            .arg(r.value(QStringLiteral("fullName")).toString())
                            .arg(r.value(QStringLiteral("id")).toInteger())
                            .arg(clockText(r.value(QStringLiteral("startedAt"))),
                                 durationText(r.value(QStringLiteral("limitSeconds")))));
            } else {
                ctx.out(t("Nobody has the floor."));
            }
            ctx.out(QString());
            ctx.out(t("Waiting to speak:"));
            ctx.out(queueTable(body.value(QStringLiteral("queue")).toArray()));
            ctx.out(QString());
            ctx.out(t("Spoke today:"));
            const Column used{t("time used"), [](const QCborMap &r) {
                                  return durationText(r.value(QStringLiteral("secondsUsed")));
                              }};
            const Column ended{t("ended at"), [](const QCborMap &r) {
                                   return clockText(r.value(QStringLiteral("endedAt")));
                               }};
            const Column kind{t("kind"),
                              [](const QCborMap &r) { return kindText(r.value(QStringLiteral("kind"))); }};
            ctx.out(table({field(t("id"), QStringLiteral("id")), field(t("name"), QStringLiteral("fullName")),
                           kind, used, ended},
                          body.value(QStringLiteral("done")).toArray()));
        });
        ctx.finish();
    });
}

void speakReorder(Context &ctx) {
    const auto item = ctx.idAt(0, t("item id"));
    if (!item)
        return;
    QCborArray order;
    const QStringList parts = ctx.args().positional.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.failUsage(t("ORDER is request ids separated by commas, not '%1'").arg(part));
        order.append(id);
    }
    const QCborMap b{{QStringLiteral("item"), *item}, {QStringLiteral("order"), order}};
    ctx.call(Request::SpeakReorder, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("New order of the speaker queue:"));
            ctx.out(queueTable(body.value(QStringLiteral("queue")).toArray()));
        });
        ctx.finish();
    });
}

} // namespace

QList<Command> speakCommands() {
    const QString speak = QStringLiteral("speak");
    const auto S = Command::Auth::Session;
    return {
        {speak,
         QStringLiteral("request"),
         QStringLiteral("ITEM [--point-of-order]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "ask to speak on an agenda item (đăng ký phát biểu); a point of order goes first"),
         {},
         {QStringLiteral("point-of-order")},
         1,
         1,
         S,
         false,
         speakRequest},
        {speak,
         QStringLiteral("withdraw"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "withdraw a waiting request to speak (own, or chair/secretary)"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) { speakById(ctx, Request::SpeakWithdraw); }},
        {speak,
         QStringLiteral("queue"),
         QStringLiteral("ITEM"),
         QT_TRANSLATE_NOOP("councilctl", "show who speaks now, who waits, and who spoke today on an item"),
         {},
         {},
         1,
         1,
         S,
         false,
         speakQueue},
        {speak,
         QStringLiteral("reorder"),
         QStringLiteral("ITEM ID,ID,..."),
         QT_TRANSLATE_NOOP("councilctl",
                           "set the order of the waiting requests (chair); list every waiting id"),
         {},
         {},
         2,
         2,
         S,
         false,
         speakReorder},
        {speak,
         QStringLiteral("floor"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "give the floor to a waiting request (chair); whoever speaks stops"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) { speakById(ctx, Request::SpeakGiveFloor); }},
        {speak,
         QStringLiteral("end"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "end a speech and record the time used (chair or the speaker)"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) { speakById(ctx, Request::SpeakEnd); }},
    };
}

} // namespace council::ctl
