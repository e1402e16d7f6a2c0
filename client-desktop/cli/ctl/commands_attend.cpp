// attend: attendance at a sitting (điểm danh) and its quorum — self check-in
// from this device or with the code shown in the hall, the secretariat's
// override, the list, and the rotating code with its QR for a hall display.
#include "command.h"
#include "context.h"
#include "output.h"

#include <QCborArray>
#include <QDateTime>
#include <QRegularExpression>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

const QStringList kStatuses{QStringLiteral("present"), QStringLiteral("late"), QStringLiteral("absent"),
                            QStringLiteral("excused")};

// "4/6 present, 4 required (two_thirds_of_total): reached"
QString quorumLine(const QCborMap &q) {
    const bool reached = q.value(QStringLiteral("reached")).toBool();
    return t("Quorum: %1/%2 present, %3 required (%4): %5")
        .arg(q.value(QStringLiteral("present")).toInteger())
        .arg(q.value(QStringLiteral("total")).toInteger())
        .arg(q.value(QStringLiteral("required")).toInteger())
        .arg(q.value(QStringLiteral("rule")).toString(), reached ? t("reached") : t("NOT reached"));
}

QString entryLine(const QCborMap &e) {
    QString line = t("%1 (member %2): %3")
                       .arg(e.value(QStringLiteral("fullName")).toString())
                       .arg(e.value(QStringLiteral("member")).toInteger())
                       .arg(e.value(QStringLiteral("status")).toString());
    const QString method = e.value(QStringLiteral("method")).toString();
    if (!method.isEmpty())
        line += QStringLiteral(" · ") + method;
    const QString reason = e.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        line += QStringLiteral(" · ") + reason;
    return line;
}

void printEntryAndQuorum(Context &ctx, const QCborMap &body) {
    ctx.result(body, [&] {
        ctx.out(entryLine(body.value(QStringLiteral("entry")).toMap()));
        ctx.out(quorumLine(body.value(QStringLiteral("quorum")).toMap()));
    });
    ctx.finish();
}

QString timeOfDay(const QCborValue &ms) {
    if (!ms.isInteger() || ms.toInteger() <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger()).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

void attendList(Context &ctx) {
    const auto sitting = ctx.idAt(0, t("sitting id"));
    if (!sitting)
        return;
    ctx.call(Request::AttendanceList, QCborMap{{QStringLiteral("sitting"), *sitting}},
             [&ctx](const QCborMap &body) {
                 ctx.result(body, [&] {
                     const Column at{
                         t("at"), [](const QCborMap &e) { return timeOfDay(e.value(QStringLiteral("at"))); }};
                     ctx.out(table({field(t("member"), QStringLiteral("member")),
                                    field(t("name"), QStringLiteral("fullName")),
                                    field(t("seat"), QStringLiteral("seat")),
                                    field(t("status"), QStringLiteral("status")),
                                    field(t("method"), QStringLiteral("method")), at,
                                    field(t("online"), QStringLiteral("online")),
                                    field(t("reason"), QStringLiteral("reason"))},
                                   body.value(QStringLiteral("entries")).toArray()));
                     ctx.out(quorumLine(body.value(QStringLiteral("quorum")).toMap()));
                 });
                 ctx.finish();
             });
}

void attendCheckIn(Context &ctx) {
    const auto sitting = ctx.idAt(0, t("sitting id"));
    if (!sitting)
        return;
    QCborMap b{{QStringLiteral("sitting"), *sitting}};
    if (ctx.args().values.contains(QStringLiteral("code"))) {
        // People read the code in groups ("123 456"); the server wants six digits.
        QString code = ctx.args().value(QStringLiteral("code"));
        code.remove(QRegularExpression(QStringLiteral("[\\s-]")));
        static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
        if (!sixDigits.match(code).hasMatch())
            return ctx.failUsage(t("--code must be the six digits shown in the hall, not '%1'")
                                     .arg(ctx.args().value(QStringLiteral("code"))));
        b.insert(QStringLiteral("code"), code);
    }
    ctx.call(Request::AttendanceCheckIn, b, [&ctx](const QCborMap &body) { printEntryAndQuorum(ctx, body); });
}

void attendSet(Context &ctx) {
    const auto sitting = ctx.idAt(0, t("sitting id"));
    const auto member = sitting ? ctx.idAt(1, t("member id")) : std::nullopt;
    if (!sitting || !member)
        return;
    const QString status = ctx.args().positional.at(2);
    if (!kStatuses.contains(status))
        return ctx.failUsage(
            t("status must be one of %1, not '%2'").arg(kStatuses.join(QLatin1Char('|')), status));
    QCborMap b{{QStringLiteral("sitting"), *sitting},
               {QStringLiteral("member"), *member},
               {QStringLiteral("status"), status}};
    if (ctx.args().values.contains(QStringLiteral("reason")))
        b.insert(QStringLiteral("reason"), ctx.args().value(QStringLiteral("reason")));
    ctx.call(Request::AttendanceSet, b, [&ctx](const QCborMap &body) { printEntryAndQuorum(ctx, body); });
}

// The QR code as text: two rows of modules per line with half blocks,
// inside the four-module quiet zone scanners need.
QStringList qrLines(const QCborMap &qr) {
    const qint64 size = qr.value(QStringLiteral("size")).toInteger();
    const QByteArray modules = qr.value(QStringLiteral("modules")).toByteArray();
    if (size <= 0 || modules.size() != size * size)
        return {};
    constexpr qint64 quiet = 4;
    const qint64 side = size + 2 * quiet;
    auto dark = [&](qint64 row, qint64 col) {
        row -= quiet;
        col -= quiet;
        return row >= 0 && col >= 0 && row < size && col < size && modules.at(row * size + col) != 0;
    };
    // Light modules are drawn and dark ones left blank: terminals are
    // mostly light text on a dark background, which then forms the dark modules.
    QStringList lines;
    for (qint64 row = 0; row < side; row += 2) {
        QString line;
        for (qint64 col = 0; col < side; ++col) {
            const bool top = !dark(row, col);
            const bool bottom = row + 1 < side ? !dark(row + 1, col) : false;
            if (top && bottom)
                line += QChar(0x2588); // █
            else if (top)
                line += QChar(0x2580); // ▀
            else if (bottom)
                line += QChar(0x2584); // ▄
            else
                line += QLatin1Char(' ');
        }
        lines << line;
    }
    return lines;
}

// "123456" -> big digits, five rows high, for a hall display.
QStringList bigDigits(const QString &code) {
    static const char *const glyphs[10][5] = {
        {"███", "█ █", "█ █", "█ █", "███"}, {"  █", "  █", "  █", "  █", "  █"},
        {"███", "  █", "███", "█  ", "███"}, {"███", "  █", "███", "  █", "███"},
        {"█ █", "█ █", "███", "  █", "  █"}, {"███", "█  ", "███", "  █", "███"},
        {"███", "█  ", "███", "█ █", "███"}, {"███", "  █", "  █", "  █", "  █"},
        {"███", "█ █", "███", "█ █", "███"}, {"███", "█ █", "███", "  █", "███"},
    };
    QStringList rows(5);
    for (qsizetype i = 0; i < code.size(); ++i) {
        const int d = code.at(i).digitValue();
        if (d < 0)
            continue;
        for (int r = 0; r < 5; ++r)
            rows[r] +=
                (i == 3 ? QStringLiteral("   ") : QStringLiteral(" ")) + QString::fromUtf8(glyphs[d][r]);
    }
    return rows;
}

void attendCode(Context &ctx) {
    const auto sitting = ctx.idAt(0, t("sitting id"));
    if (!sitting)
        return;
    ctx.call(Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), *sitting}},
             [&ctx](const QCborMap &body) {
                 ctx.result(body, [&] {
                     const QString code = body.value(QStringLiteral("code")).toString();
                     ctx.out(t("Check-in code: %1 %2 (valid %3 – %4)")
                                 .arg(code.left(3), code.mid(3),
                                      timeOfDay(body.value(QStringLiteral("validFrom"))),
                                      timeOfDay(body.value(QStringLiteral("validUntil")))));
                     ctx.out(QString());
                     for (const QString &row : bigDigits(code))
                         ctx.out(row);
                     ctx.out(QString());
                     const QStringList qr = qrLines(body.value(QStringLiteral("qr")).toMap());
                     if (qr.isEmpty())
                         ctx.note(t("warning: the server sent no usable QR code"));
                     for (const QString &line : qr)
                         ctx.out(line);
                     ctx.out(body.value(QStringLiteral("text")).toString());
                 });
                 ctx.finish();
             });
}

} // namespace

QList<Command> attendCommands() {
    const QString attend = QStringLiteral("attend");
    const auto S = Command::Auth::Session;
    return {
        {attend,
         QStringLiteral("list"),
         QStringLiteral("SITTING"),
         QT_TRANSLATE_NOOP("councilctl", "attendance of a sitting, who is online, and the quorum"),
         {},
         {},
         1,
         1,
         S,
         false,
         attendList},
        {attend,
         QStringLiteral("checkin"),
         QStringLiteral("SITTING [--code 123456]"),
         QT_TRANSLATE_NOOP("councilctl", "check yourself in; --code is the code shown in the hall"),
         {QStringLiteral("code")},
         {},
         1,
         1,
         S,
         false,
         attendCheckIn},
        {attend,
         QStringLiteral("set"),
         QStringLiteral("SITTING MEMBER present|late|absent|excused [--reason TEXT]"),
         QT_TRANSLATE_NOOP("councilctl", "record a member's attendance (secretary)"),
         {QStringLiteral("reason")},
         {},
         3,
         3,
         S,
         false,
         attendSet},
        {attend,
         QStringLiteral("code"),
         QStringLiteral("SITTING"),
         QT_TRANSLATE_NOOP(
             "councilctl",
             "the check-in code shown now, in big digits and as a QR code (display, secretary, chair)"),
         {},
         {},
         1,
         1,
         S,
         false,
         attendCode},
    };
}

} // namespace council::ctl
