// session, sitting and agenda: the meetings of a body (kỳ họp), their days
// (phiên họp) and the ordered items discussed.
#include "command.h"
#include "context.h"
#include "output.h"

#include <QCborArray>
#include <QDate>
#include <QTime>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

const QStringList kSessionStates{QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("open"),
                                 QStringLiteral("closed")};
const QStringList kItemKinds{QStringLiteral("resolution"), QStringLiteral("submission"),
                             QStringLiteral("report"), QStringLiteral("procedural"), QStringLiteral("other")};
const QStringList kItemStates{QStringLiteral("pending"), QStringLiteral("current"), QStringLiteral("done")};

// Copies --option into body[key] when given, checking its form first.
enum class Form { Text, Date, Time, Count, Id, IdOrNone };

bool copyOption(Context &ctx, QCborMap &body, const QString &option, const QString &key, Form form,
                const QStringList &choices = {}) {
    if (!ctx.args().values.contains(option))
        return true;
    const QString v = ctx.args().value(option);
    if (!choices.isEmpty() && !choices.contains(v)) {
        ctx.failUsage(t("--%1 must be one of %2, not '%3'").arg(option, choices.join(QLatin1Char('|')), v));
        return false;
    }
    switch (form) {
    case Form::Text:
        body.insert(key, v);
        return true;
    case Form::Date:
        if (!QDate::fromString(v, Qt::ISODate).isValid()) {
            ctx.failUsage(t("--%1 must be a date YYYY-MM-DD, not '%2'").arg(option, v));
            return false;
        }
        body.insert(key, v);
        return true;
    case Form::Time:
        if (!QTime::fromString(v, QStringLiteral("HH:mm")).isValid()) {
            ctx.failUsage(t("--%1 must be a time HH:MM, not '%2'").arg(option, v));
            return false;
        }
        body.insert(key, v);
        return true;
    case Form::IdOrNone:
        if (v == QLatin1String("none")) {
            body.insert(key, QCborValue(nullptr));
            return true;
        }
        [[fallthrough]];
    case Form::Count:
    case Form::Id: {
        const auto n = ctx.intOption(option, form == Form::Count ? 0 : 1);
        if (!n)
            return false;
        body.insert(key, *n);
        return true;
    }
    }
    return true;
}

QString sessionLine(const QCborMap &s) {
    return t("%1 \"%2\" (%3 – %4, %5)")
        .arg(s.value(QStringLiteral("id")).toInteger())
        .arg(s.value(QStringLiteral("title")).toString(), s.value(QStringLiteral("startsOn")).toString(),
             s.value(QStringLiteral("endsOn")).toString(), s.value(QStringLiteral("state")).toString());
}

bool sessionFields(Context &ctx, QCborMap &b) {
    return copyOption(ctx, b, QStringLiteral("title"), QStringLiteral("title"), Form::Text) &&
           copyOption(ctx, b, QStringLiteral("location"), QStringLiteral("location"), Form::Text) &&
           copyOption(ctx, b, QStringLiteral("from"), QStringLiteral("startsOn"), Form::Date) &&
           copyOption(ctx, b, QStringLiteral("to"), QStringLiteral("endsOn"), Form::Date) &&
           copyOption(ctx, b, QStringLiteral("state"), QStringLiteral("state"), Form::Text, kSessionStates);
}

void sessionCreate(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    if (!bodyId || !ctx.requiredOption(QStringLiteral("title")) ||
        !ctx.requiredOption(QStringLiteral("from")) || !ctx.requiredOption(QStringLiteral("to")))
        return;
    QCborMap b{{QStringLiteral("body"), *bodyId}};
    if (!sessionFields(ctx, b))
        return;
    ctx.call(Request::SessionCreate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Created session %1").arg(sessionLine(body.value(QStringLiteral("session")).toMap())));
        });
        ctx.finish();
    });
}

void sessionList(Context &ctx) {
    QCborMap b;
    if (!ctx.args().positional.isEmpty()) {
        const auto bodyId = ctx.idAt(0, t("body id"));
        if (!bodyId)
            return;
        b.insert(QStringLiteral("body"), *bodyId);
    }
    ctx.call(Request::SessionList, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(table(
                {field(t("id"), QStringLiteral("id")), field(t("body"), QStringLiteral("body")),
                 field(t("title"), QStringLiteral("title")), field(t("from"), QStringLiteral("startsOn")),
                 field(t("to"), QStringLiteral("endsOn")), field(t("state"), QStringLiteral("state")),
                 field(t("location"), QStringLiteral("location"))},
                body.value(QStringLiteral("sessions")).toArray()));
        });
        ctx.finish();
    });
}

void sessionShow(Context &ctx) {
    const auto id = ctx.idAt(0, t("session id"));
    if (!id)
        return;
    ctx.call(Request::SessionGet, QCborMap{{QStringLiteral("id"), *id}}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            const QCborMap s = body.value(QStringLiteral("session")).toMap();
            ctx.out(fieldLines(s, {{t("Session"), QStringLiteral("id")},
                                   {t("Title"), QStringLiteral("title")},
                                   {t("Body"), QStringLiteral("body")},
                                   {t("From"), QStringLiteral("startsOn")},
                                   {t("To"), QStringLiteral("endsOn")},
                                   {t("Location"), QStringLiteral("location")},
                                   {t("State"), QStringLiteral("state")},
                                   {t("Current item"), QStringLiteral("currentItem")}}));
            ctx.out(QString());
            ctx.out(t("Sittings:"));
            ctx.out(table({field(t("id"), QStringLiteral("id")), field(t("date"), QStringLiteral("date")),
                           field(t("time"), QStringLiteral("startsAt")),
                           field(t("state"), QStringLiteral("state")),
                           field(t("title"), QStringLiteral("title"))},
                          body.value(QStringLiteral("sittings")).toArray()));
            ctx.out(QString());
            ctx.out(t("Agenda:"));
            const qint64 current = s.value(QStringLiteral("currentItem")).toInteger(-1);
            const Column number{
                QStringLiteral("#"), [current](const QCborMap &m) {
                    // 1-based for people; the marker shows what the hall sees now.
                    return (m.value(QStringLiteral("id")).toInteger() == current ? QStringLiteral("▶ ")
                                                                                 : QStringLiteral("  ")) +
                           QString::number(m.value(QStringLiteral("position")).toInteger() + 1);
                }};
            QCborArray items = body.value(QStringLiteral("agenda")).toArray();
            QList<QCborValue> sorted(items.begin(), items.end());
            std::stable_sort(sorted.begin(), sorted.end(), [](const QCborValue &a, const QCborValue &b) {
                return a[QStringLiteral("position")].toInteger() < b[QStringLiteral("position")].toInteger();
            });
            QCborArray ordered;
            for (const QCborValue &v : sorted)
                ordered.append(v);
            ctx.out(table(
                {number, field(t("id"), QStringLiteral("id")), field(t("title"), QStringLiteral("title")),
                 field(t("presenter"), QStringLiteral("presenter")),
                 field(t("min"), QStringLiteral("plannedMinutes")), field(t("kind"), QStringLiteral("kind")),
                 field(t("state"), QStringLiteral("state")), field(t("sitting"), QStringLiteral("sitting"))},
                ordered));
        });
        ctx.finish();
    });
}

void sessionUpdate(Context &ctx) {
    const auto id = ctx.idAt(0, t("session id"));
    if (!id)
        return;
    QCborMap b{{QStringLiteral("id"), *id}};
    if (!sessionFields(ctx, b))
        return;
    ctx.call(Request::SessionUpdate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Updated session %1").arg(sessionLine(body.value(QStringLiteral("session")).toMap())));
        });
        ctx.finish();
    });
}

bool sittingFields(Context &ctx, QCborMap &b) {
    return copyOption(ctx, b, QStringLiteral("title"), QStringLiteral("title"), Form::Text) &&
           copyOption(ctx, b, QStringLiteral("date"), QStringLiteral("date"), Form::Date) &&
           copyOption(ctx, b, QStringLiteral("time"), QStringLiteral("startsAt"), Form::Time);
}

void printSitting(Context &ctx, const QCborMap &body, const char *text) {
    ctx.result(body, [&] {
        const QCborMap s = body.value(QStringLiteral("sitting")).toMap();
        ctx.out(t(text)
                    .arg(s.value(QStringLiteral("id")).toInteger())
                    .arg(s.value(QStringLiteral("title")).toString(),
                         s.value(QStringLiteral("date")).toString()));
    });
    ctx.finish();
}

void sittingAdd(Context &ctx) {
    const auto sessionId = ctx.idAt(0, t("session id"));
    if (!sessionId || !ctx.requiredOption(QStringLiteral("title")) ||
        !ctx.requiredOption(QStringLiteral("date")))
        return;
    QCborMap b{{QStringLiteral("session"), *sessionId}};
    if (!sittingFields(ctx, b))
        return;
    ctx.call(Request::SittingAdd, b, [&ctx](const QCborMap &body) {
        printSitting(ctx, body, QT_TRANSLATE_NOOP("councilctl", "Added sitting %1 \"%2\" on %3"));
    });
}

void sittingUpdate(Context &ctx) {
    const auto id = ctx.idAt(0, t("sitting id"));
    if (!id)
        return;
    QCborMap b{{QStringLiteral("id"), *id}};
    if (!sittingFields(ctx, b))
        return;
    ctx.call(Request::SittingUpdate, b, [&ctx](const QCborMap &body) {
        printSitting(ctx, body, QT_TRANSLATE_NOOP("councilctl", "Updated sitting %1 \"%2\" on %3"));
    });
}

// The chair opens a sitting (check-ins and votes happen in it) and closes it.
void sittingOpenClose(Context &ctx, Request type, const char *text) {
    const auto id = ctx.idAt(0, t("sitting id"));
    if (!id)
        return;
    ctx.call(type, QCborMap{{QStringLiteral("id"), *id}},
             [&ctx, text](const QCborMap &body) { printSitting(ctx, body, text); });
}

bool itemFields(Context &ctx, QCborMap &b) {
    return copyOption(ctx, b, QStringLiteral("title"), QStringLiteral("title"), Form::Text) &&
           copyOption(ctx, b, QStringLiteral("presenter"), QStringLiteral("presenter"), Form::Text) &&
           copyOption(ctx, b, QStringLiteral("minutes"), QStringLiteral("plannedMinutes"), Form::Count) &&
           copyOption(ctx, b, QStringLiteral("kind"), QStringLiteral("kind"), Form::Text, kItemKinds) &&
           copyOption(ctx, b, QStringLiteral("sitting"), QStringLiteral("sitting"), Form::IdOrNone);
}

void printItem(Context &ctx, const QCborMap &body, const char *text) {
    ctx.result(body, [&] {
        const QCborMap i = body.value(QStringLiteral("item")).toMap();
        ctx.out(t(text)
                    .arg(i.value(QStringLiteral("id")).toInteger())
                    .arg(i.value(QStringLiteral("title")).toString())
                    .arg(i.value(QStringLiteral("position")).toInteger() + 1));
    });
    ctx.finish();
}

void agendaAdd(Context &ctx) {
    const auto sessionId = ctx.idAt(0, t("session id"));
    if (!sessionId || !ctx.requiredOption(QStringLiteral("title")))
        return;
    QCborMap b{{QStringLiteral("session"), *sessionId}};
    if (!itemFields(ctx, b))
        return;
    if (ctx.args().values.contains(QStringLiteral("position"))) {
        // People count from 1 (as `session show` prints); the protocol from 0.
        const auto position = ctx.intOption(QStringLiteral("position"), 1);
        if (!position)
            return;
        b.insert(QStringLiteral("position"), *position - 1);
    }
    ctx.call(Request::AgendaAdd, b, [&ctx](const QCborMap &body) {
        printItem(ctx, body, QT_TRANSLATE_NOOP("councilctl", "Added agenda item %1 \"%2\" at position %3"));
    });
}

void agendaUpdate(Context &ctx) {
    const auto id = ctx.idAt(0, t("item id"));
    if (!id)
        return;
    QCborMap b{{QStringLiteral("id"), *id}};
    if (!itemFields(ctx, b) ||
        !copyOption(ctx, b, QStringLiteral("state"), QStringLiteral("state"), Form::Text, kItemStates))
        return;
    ctx.call(Request::AgendaUpdate, b, [&ctx](const QCborMap &body) {
        printItem(ctx, body, QT_TRANSLATE_NOOP("councilctl", "Updated agenda item %1 \"%2\" at position %3"));
    });
}

void agendaMove(Context &ctx) {
    const auto id = ctx.idAt(0, t("item id"));
    if (!id)
        return;
    bool ok = false;
    const qint64 position = ctx.args().positional.at(1).toLongLong(&ok);
    if (!ok || position < 1)
        return ctx.failUsage(t("POSITION counts from 1, not '%1'").arg(ctx.args().positional.at(1)));
    // People count from 1; the protocol's positions are 0-based.
    const QCborMap b{{QStringLiteral("id"), *id}, {QStringLiteral("position"), position - 1}};
    ctx.call(Request::AgendaMove, b, [&ctx](const QCborMap &body) {
        ctx.result(body,
                   [&] { ctx.out(t("New order: %1").arg(cellText(body.value(QStringLiteral("order"))))); });
        ctx.finish();
    });
}

void agendaCurrent(Context &ctx) {
    const auto sessionId = ctx.idAt(0, t("session id"));
    if (!sessionId)
        return;
    QCborMap b{{QStringLiteral("session"), *sessionId}};
    if (ctx.args().positional.at(1) == QLatin1String("none")) {
        b.insert(QStringLiteral("item"), QCborValue(nullptr));
    } else {
        const auto item = ctx.idAt(1, t("item id"));
        if (!item)
            return;
        b.insert(QStringLiteral("item"), *item);
    }
    ctx.call(Request::AgendaSetCurrent, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            const QCborMap s = body.value(QStringLiteral("session")).toMap();
            ctx.out(t("Current item of session %1: %2")
                        .arg(s.value(QStringLiteral("id")).toInteger())
                        .arg(cellText(s.value(QStringLiteral("currentItem")))));
        });
        ctx.finish();
    });
}

} // namespace

QList<Command> sessionCommands() {
    const QString session = QStringLiteral("session");
    const QString sitting = QStringLiteral("sitting");
    const QString agenda = QStringLiteral("agenda");
    const QStringList sessionOpts{QStringLiteral("title"), QStringLiteral("from"), QStringLiteral("to"),
                                  QStringLiteral("location"), QStringLiteral("state")};
    const QStringList sittingOpts{QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("time")};
    const QStringList itemOpts{QStringLiteral("title"), QStringLiteral("presenter"),
                               QStringLiteral("minutes"), QStringLiteral("kind"), QStringLiteral("sitting")};
    const auto S = Command::Auth::Session;
    return {
        {session,
         QStringLiteral("create"),
         QStringLiteral("BODY --title T --from YYYY-MM-DD --to YYYY-MM-DD [--location L]"),
         QT_TRANSLATE_NOOP("councilctl", "create a session (kỳ họp) of a body"),
         sessionOpts,
         {},
         1,
         1,
         S,
         false,
         sessionCreate},
        {session,
         QStringLiteral("list"),
         QStringLiteral("[BODY]"),
         QT_TRANSLATE_NOOP("councilctl", "list sessions"),
         {},
         {},
         0,
         1,
         S,
         false,
         sessionList},
        {session,
         QStringLiteral("show"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "show a session with its sittings and agenda"),
         {},
         {},
         1,
         1,
         S,
         false,
         sessionShow},
        {session,
         QStringLiteral("update"),
         QStringLiteral(
             "ID [--title T] [--from D] [--to D] [--location L] [--state draft|scheduled|open|closed]"),
         QT_TRANSLATE_NOOP("councilctl", "change a session"),
         sessionOpts,
         {},
         1,
         1,
         S,
         false,
         sessionUpdate},
        {session,
         QStringLiteral("remove"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "remove a session"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             removeById(ctx, Request::SessionRemove, t("session id"),
                        QT_TRANSLATE_NOOP("councilctl", "Removed session %1."));
         }},
        {sitting,
         QStringLiteral("add"),
         QStringLiteral("SESSION --title T --date YYYY-MM-DD [--time HH:MM]"),
         QT_TRANSLATE_NOOP("councilctl", "add a sitting (phiên họp) to a session"),
         sittingOpts,
         {},
         1,
         1,
         S,
         false,
         sittingAdd},
        {sitting,
         QStringLiteral("update"),
         QStringLiteral("ID [--title T] [--date D] [--time HH:MM]"),
         QT_TRANSLATE_NOOP("councilctl", "change a sitting"),
         sittingOpts,
         {},
         1,
         1,
         S,
         false,
         sittingUpdate},
        {sitting,
         QStringLiteral("open"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "open a sitting (chair); one at a time per session"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             sittingOpenClose(ctx, Request::SittingOpen,
                              QT_TRANSLATE_NOOP("councilctl", "Opened sitting %1 \"%2\" on %3"));
         }},
        {sitting,
         QStringLiteral("close"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "close a sitting (chair); no check-in is taken after it"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             sittingOpenClose(ctx, Request::SittingClose,
                              QT_TRANSLATE_NOOP("councilctl", "Closed sitting %1 \"%2\" on %3"));
         }},
        {sitting,
         QStringLiteral("remove"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "remove a sitting; its agenda items stay, unassigned"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             removeById(ctx, Request::SittingRemove, t("sitting id"),
                        QT_TRANSLATE_NOOP("councilctl", "Removed sitting %1."));
         }},
        {agenda,
         QStringLiteral("add"),
         QStringLiteral(
             "SESSION --title T [--presenter P] [--minutes N] [--kind resolution|submission|report|"
             "procedural|other] [--sitting ID] [--position N]"),
         QT_TRANSLATE_NOOP("councilctl", "add an agenda item (--position counts from 1; default: last)"),
         itemOpts + QStringList{QStringLiteral("position")},
         {},
         1,
         1,
         S,
         false,
         agendaAdd},
        {agenda,
         QStringLiteral("update"),
         QStringLiteral("ID [--title T] [--presenter P] [--minutes N] [--kind K] [--sitting ID|none] "
                        "[--state pending|current|done]"),
         QT_TRANSLATE_NOOP("councilctl", "change an agenda item"),
         itemOpts + QStringList{QStringLiteral("state")},
         {},
         1,
         1,
         S,
         false,
         agendaUpdate},
        {agenda,
         QStringLiteral("move"),
         QStringLiteral("ID POSITION"),
         QT_TRANSLATE_NOOP("councilctl", "move an item to POSITION (1 = first, as in `session show`)"),
         {},
         {},
         2,
         2,
         S,
         false,
         agendaMove},
        {agenda,
         QStringLiteral("remove"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "remove an agenda item"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             removeById(ctx, Request::AgendaRemove, t("item id"),
                        QT_TRANSLATE_NOOP("councilctl", "Removed agenda item %1."));
         }},
        {agenda,
         QStringLiteral("current"),
         QStringLiteral("SESSION ITEM|none"),
         QT_TRANSLATE_NOOP("councilctl", "set the item under discussion (chair), or none"),
         {},
         {},
         2,
         2,
         S,
         false,
         agendaCurrent},
    };
}

} // namespace council::ctl
