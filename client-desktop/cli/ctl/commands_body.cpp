// body, member and group: the councils, their members and the groups
// (committees, delegate groups) members belong to.
#include "command.h"
#include "context.h"
#include "output.h"

#include "domain/functions.h"

#include <QCborArray>
#include <QFile>
#include <QRegularExpression>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

const QStringList kBodyKinds{QStringLiteral("hdnd"), QStringLiteral("ubnd"), QStringLiteral("party"),
                             QStringLiteral("board"), QStringLiteral("other")};
const QStringList kGroupKinds{QStringLiteral("committee"), QStringLiteral("delegate_group"),
                              QStringLiteral("other")};

// "a, b;c" -> [a, b, c]: both separators work, as in the CSV import.
QStringList splitList(const QString &text) {
    static const QRegularExpression sep(QStringLiteral("[,;]"));
    QStringList out;
    for (const QString &part : text.split(sep)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

bool checkChoice(Context &ctx, const QString &option, const QStringList &choices) {
    if (!ctx.args().values.contains(option) || choices.contains(ctx.args().value(option)))
        return true;
    ctx.failUsage(t("--%1 must be one of %2, not '%3'")
                      .arg(option, choices.join(QLatin1Char('|')), ctx.args().value(option)));
    return false;
}

// Accepts wire names and Vietnamese names ("thư ký"); sends wire names.
std::optional<QCborArray> functionsOption(Context &ctx) {
    QCborArray out;
    for (const QString &name : splitList(ctx.args().value(QStringLiteral("functions")))) {
        const auto f = domain::functionFromName(name);
        if (!f) {
            ctx.failUsage(
                t("unknown function '%1' (delegate, chair, vice_chair, secretary, approver, display)")
                    .arg(name));
            return std::nullopt;
        }
        out.append(domain::functionName(*f));
    }
    return out;
}

QString bodyLine(const QCborMap &b) {
    return t("%1 \"%2\" (%3, %4 seats, %5 delegates)")
        .arg(b.value(QStringLiteral("id")).toInteger())
        .arg(b.value(QStringLiteral("name")).toString(), b.value(QStringLiteral("kind")).toString())
        .arg(b.value(QStringLiteral("seats")).toInteger())
        .arg(b.value(QStringLiteral("delegateTotal")).toInteger());
}

// Fields shared by body create and update; false after a usage error.
bool bodyFields(Context &ctx, QCborMap &b) {
    const Args &a = ctx.args();
    if (!checkChoice(ctx, QStringLiteral("kind"), kBodyKinds))
        return false;
    if (a.values.contains(QStringLiteral("name")))
        b.insert(QStringLiteral("name"), a.value(QStringLiteral("name")));
    if (a.values.contains(QStringLiteral("kind")))
        b.insert(QStringLiteral("kind"), a.value(QStringLiteral("kind")));
    if (a.values.contains(QStringLiteral("seats"))) {
        const auto seats = ctx.intOption(QStringLiteral("seats"), 1);
        if (!seats)
            return false;
        b.insert(QStringLiteral("seats"), *seats);
    }
    if (a.values.contains(QStringLiteral("fixed-total"))) {
        if (a.value(QStringLiteral("fixed-total")) == QLatin1String("none")) {
            b.insert(QStringLiteral("fixedDelegateTotal"), QCborValue(nullptr));
        } else {
            const auto total = ctx.intOption(QStringLiteral("fixed-total"), 0);
            if (!total)
                return false;
            b.insert(QStringLiteral("fixedDelegateTotal"), *total);
        }
    }
    // The body's rules: quorum, default vote rule, speaking time and its warning.
    if (a.values.contains(QStringLiteral("quorum-rule")))
        b.insert(QStringLiteral("quorumRule"), a.value(QStringLiteral("quorum-rule")));
    if (a.values.contains(QStringLiteral("vote-rule")))
        b.insert(QStringLiteral("voteRule"), a.value(QStringLiteral("vote-rule")));
    for (const auto &[option, field] :
         {std::pair{QStringLiteral("speaking-seconds"), QStringLiteral("speakingSeconds")},
          std::pair{QStringLiteral("warning-seconds"), QStringLiteral("speakingWarningSeconds")}}) {
        if (!a.values.contains(option))
            continue;
        const auto n = ctx.intOption(option, 0);
        if (!n)
            return false;
        b.insert(field, *n);
    }
    return true;
}

void bodyCreate(Context &ctx) {
    if (!ctx.requiredOption(QStringLiteral("name")) || !ctx.requiredOption(QStringLiteral("kind")) ||
        !ctx.requiredOption(QStringLiteral("seats")))
        return;
    QCborMap b;
    if (!bodyFields(ctx, b))
        return;
    ctx.call(Request::BodyCreate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Created body %1").arg(bodyLine(body.value(QStringLiteral("body")).toMap())));
        });
        ctx.finish();
    });
}

void bodyList(Context &ctx) {
    ctx.call(Request::BodyList, {}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(
                table({field(t("id"), QStringLiteral("id")), field(t("name"), QStringLiteral("name")),
                       field(t("kind"), QStringLiteral("kind")), field(t("seats"), QStringLiteral("seats")),
                       field(t("fixed total"), QStringLiteral("fixedDelegateTotal")),
                       field(t("delegates"), QStringLiteral("delegateTotal"))},
                      body.value(QStringLiteral("bodies")).toArray()));
        });
        ctx.finish();
    });
}

void bodyUpdate(Context &ctx) {
    const auto id = ctx.idAt(0, t("body id"));
    if (!id)
        return;
    QCborMap b{{QStringLiteral("id"), *id}};
    if (!bodyFields(ctx, b))
        return;
    ctx.call(Request::BodyUpdate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Updated body %1").arg(bodyLine(body.value(QStringLiteral("body")).toMap())));
        });
        ctx.finish();
    });
}

// Fields shared by member add and update; false after a usage error.
bool memberFields(Context &ctx, QCborMap &b) {
    const Args &a = ctx.args();
    if (a.values.contains(QStringLiteral("name")))
        b.insert(QStringLiteral("fullName"), a.value(QStringLiteral("name")));
    if (a.values.contains(QStringLiteral("functions"))) {
        const auto functions = functionsOption(ctx);
        if (!functions)
            return false;
        b.insert(QStringLiteral("functions"), *functions);
    }
    if (a.values.contains(QStringLiteral("seat")))
        b.insert(QStringLiteral("seat"), a.value(QStringLiteral("seat")));
    if (a.values.contains(QStringLiteral("groups")))
        b.insert(QStringLiteral("groups"),
                 QCborArray::fromStringList(splitList(a.value(QStringLiteral("groups")))));
    if (a.values.contains(QStringLiteral("username")))
        b.insert(QStringLiteral("username"), a.value(QStringLiteral("username")));
    return true;
}

QString memberLine(const QCborMap &m) {
    return t("%1 %2 [%3]")
        .arg(m.value(QStringLiteral("id")).toInteger())
        .arg(m.value(QStringLiteral("fullName")).toString(), cellText(m.value(QStringLiteral("functions"))));
}

void memberAdd(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    if (!bodyId || !ctx.requiredOption(QStringLiteral("name")))
        return;
    QCborMap b{{QStringLiteral("body"), *bodyId}, {QStringLiteral("functions"), QCborArray()}};
    if (!memberFields(ctx, b))
        return;
    ctx.call(Request::MemberAdd, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Added member %1").arg(memberLine(body.value(QStringLiteral("member")).toMap())));
        });
        ctx.finish();
    });
}

void memberList(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    if (!bodyId)
        return;
    const QCborMap req{{QStringLiteral("body"), *bodyId}};
    ctx.call(Request::MemberList, req, [&ctx, req](const QCborMap &members) {
        if (ctx.json()) {
            ctx.printJson(members);
            return ctx.finish();
        }
        // Members carry group ids; the table shows the group names.
        ctx.call(Request::GroupList, req, [&ctx, members](const QCborMap &groups) {
            QHash<qint64, QString> names;
            for (const QCborValue &g : groups.value(QStringLiteral("groups")).toArray())
                names.insert(g[QStringLiteral("id")].toInteger(), g[QStringLiteral("name")].toString());
            const Column groupColumn{
                t("groups"), [names](const QCborMap &m) {
                    QStringList out;
                    for (const QCborValue &id : m.value(QStringLiteral("groups")).toArray())
                        out << names.value(id.toInteger(), QString::number(id.toInteger()));
                    return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
                }};
            ctx.out(table(
                {field(t("id"), QStringLiteral("id")), field(t("full name"), QStringLiteral("fullName")),
                 field(t("functions"), QStringLiteral("functions")), field(t("seat"), QStringLiteral("seat")),
                 groupColumn, field(t("user"), QStringLiteral("username"))},
                members.value(QStringLiteral("members")).toArray()));
            ctx.finish();
        });
    });
}

void memberUpdate(Context &ctx) {
    const auto id = ctx.idAt(0, t("member id"));
    if (!id)
        return;
    QCborMap b{{QStringLiteral("id"), *id}};
    if (!memberFields(ctx, b))
        return;
    ctx.call(Request::MemberUpdate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Updated member %1").arg(memberLine(body.value(QStringLiteral("member")).toMap())));
        });
        ctx.finish();
    });
}

void memberImport(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    if (!bodyId)
        return;
    QFile file(ctx.args().positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failClient(ExitServer, QStringLiteral("local_io"),
                              file.fileName() + QStringLiteral(": ") + file.errorString());
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // spreadsheet programs like to write a UTF-8 byte order mark
    const QCborMap b{{QStringLiteral("body"), *bodyId}, {QStringLiteral("csv"), QString::fromUtf8(bytes)}};
    ctx.call(Request::MemberImport, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(t("Imported %1 members; %2 new groups.")
                        .arg(body.value(QStringLiteral("imported")).toInteger())
                        .arg(body.value(QStringLiteral("groupsCreated")).toInteger()));
        });
        ctx.finish();
    });
}

void groupCreate(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    const auto name = bodyId ? ctx.requiredOption(QStringLiteral("name")) : std::nullopt;
    if (!name || !checkChoice(ctx, QStringLiteral("kind"), kGroupKinds))
        return;
    const QCborMap b{
        {QStringLiteral("body"), *bodyId},
        {QStringLiteral("name"), *name},
        {QStringLiteral("kind"), ctx.args().value(QStringLiteral("kind"), QStringLiteral("other"))}};
    ctx.call(Request::GroupCreate, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            const QCborMap g = body.value(QStringLiteral("group")).toMap();
            ctx.out(t("Created group %1 \"%2\"")
                        .arg(g.value(QStringLiteral("id")).toInteger())
                        .arg(g.value(QStringLiteral("name")).toString()));
        });
        ctx.finish();
    });
}

void groupList(Context &ctx) {
    const auto bodyId = ctx.idAt(0, t("body id"));
    if (!bodyId)
        return;
    ctx.call(Request::GroupList, QCborMap{{QStringLiteral("body"), *bodyId}}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(table({field(t("id"), QStringLiteral("id")), field(t("name"), QStringLiteral("name")),
                           field(t("kind"), QStringLiteral("kind"))},
                          body.value(QStringLiteral("groups")).toArray()));
        });
        ctx.finish();
    });
}

} // namespace

void removeById(Context &ctx, Request request, const QString &what, const char *done) {
    const auto id = ctx.idAt(0, what);
    if (!id)
        return;
    ctx.call(request, QCborMap{{QStringLiteral("id"), *id}}, [&ctx, id, done](const QCborMap &body) {
        ctx.result(body, [&] { ctx.out(t(done).arg(*id)); });
        ctx.finish();
    });
}

QList<Command> bodyCommands() {
    const QString body = QStringLiteral("body");
    const QString member = QStringLiteral("member");
    const QString group = QStringLiteral("group");
    const QStringList bodyOpts{QStringLiteral("name"),
                               QStringLiteral("kind"),
                               QStringLiteral("seats"),
                               QStringLiteral("fixed-total"),
                               QStringLiteral("quorum-rule"),
                               QStringLiteral("vote-rule"),
                               QStringLiteral("speaking-seconds"),
                               QStringLiteral("warning-seconds")};
    const QStringList memberOpts{QStringLiteral("name"), QStringLiteral("functions"), QStringLiteral("seat"),
                                 QStringLiteral("groups"), QStringLiteral("username")};
    const auto S = Command::Auth::Session;
    return {
        {body,
         QStringLiteral("create"),
         QStringLiteral("--name N --kind hdnd|ubnd|party|board|other --seats N [--fixed-total N]"),
         QT_TRANSLATE_NOOP("councilctl", "create a body (admin)"),
         bodyOpts,
         {},
         0,
         0,
         S,
         false,
         bodyCreate},
        {body,
         QStringLiteral("list"),
         {},
         QT_TRANSLATE_NOOP("councilctl", "list bodies"),
         {},
         {},
         0,
         0,
         S,
         false,
         bodyList},
        {body,
         QStringLiteral("update"),
         QStringLiteral(
             "ID [--name N] [--kind K] [--seats N] [--fixed-total N|none] [--quorum-rule R] [--vote-rule R]"
             " [--speaking-seconds N] [--warning-seconds N]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "change a body (admin); --fixed-total none counts delegates again; rules:"
                           " two_thirds_of_total, more_than_half_of_total, more_than_half_of_present,"
                           " more_than_half_of_cast"),
         bodyOpts,
         {},
         1,
         1,
         S,
         false,
         bodyUpdate},
        {member,
         QStringLiteral("add"),
         QStringLiteral(
             "BODY --name \"Full Name\" --functions delegate,chair [--seat A12] [--groups \"Tổ 1;Tổ 2\"] "
             "[--username u]"),
         QT_TRANSLATE_NOOP("councilctl", "add a member; the groups named must exist (group create)"),
         memberOpts,
         {},
         1,
         1,
         S,
         false,
         memberAdd},
        {member,
         QStringLiteral("list"),
         QStringLiteral("BODY"),
         QT_TRANSLATE_NOOP("councilctl", "list the members of a body, sorted by given name"),
         {},
         {},
         1,
         1,
         S,
         false,
         memberList},
        {member,
         QStringLiteral("update"),
         QStringLiteral("ID [--name N] [--functions F,F] [--seat S] [--groups G;G] [--username u]"),
         QT_TRANSLATE_NOOP("councilctl", "change a member; the lists given replace the old ones"),
         memberOpts,
         {},
         1,
         1,
         S,
         false,
         memberUpdate},
        {member,
         QStringLiteral("remove"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "remove a member"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             removeById(ctx, Request::MemberRemove, t("member id"),
                        QT_TRANSLATE_NOOP("councilctl", "Removed member %1."));
         }},
        {member,
         QStringLiteral("import"),
         QStringLiteral("BODY FILE.csv"),
         QT_TRANSLATE_NOOP("councilctl",
                           "import members from UTF-8 CSV (columns name, functions, group, seat, username); "
                           "a bad line imports nothing"),
         {},
         {},
         2,
         2,
         S,
         false,
         memberImport},
        {group,
         QStringLiteral("create"),
         QStringLiteral("BODY --name N [--kind committee|delegate_group|other]"),
         QT_TRANSLATE_NOOP("councilctl", "create a group (default kind: other)"),
         {QStringLiteral("name"), QStringLiteral("kind")},
         {},
         1,
         1,
         S,
         false,
         groupCreate},
        {group,
         QStringLiteral("list"),
         QStringLiteral("BODY"),
         QT_TRANSLATE_NOOP("councilctl", "list groups"),
         {},
         {},
         1,
         1,
         S,
         false,
         groupList},
        {group,
         QStringLiteral("remove"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "remove a group"),
         {},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             removeById(ctx, Request::GroupRemove, t("group id"),
                        QT_TRANSLATE_NOOP("councilctl", "Removed group %1."));
         }},
    };
}

} // namespace council::ctl
