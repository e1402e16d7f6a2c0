// vote: open votes on agenda items (biểu quyết công khai) — the chair opens,
// extends, closes, cancels and repeats rounds, delegates cast ballots, the
// secretariat enters a hand count — and the result as people read it out in
// the hall: Vietnamese by default, English with --lang en.
#include "command.h"
#include "context.h"
#include "output.h"

#include "domain/voterules.h"

#include <QCborArray>
#include <QDateTime>

namespace council::ctl {

namespace {

using protocol::Request;

// The result block is read aloud and pasted into minutes, so it follows the
// UI language of the error messages (Vietnamese unless --lang en) rather
// than the English sources of the other commands' output.
QString say(const char *vi, const char *en) {
    return client::Reply::uiLanguage() == QLatin1String("en") ? QString::fromUtf8(en) : QString::fromUtf8(vi);
}

bool english() {
    return client::Reply::uiLanguage() == QLatin1String("en");
}

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

// --lang vi|en; false after a usage error.
bool applyLanguage(Context &ctx) {
    if (!ctx.args().values.contains(QStringLiteral("lang")))
        return true;
    const QString lang = ctx.args().value(QStringLiteral("lang"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        ctx.failUsage(t("--lang must be vi or en, not '%1'").arg(lang));
        return false;
    }
    client::Reply::setUiLanguage(lang);
    return true;
}

struct ChoiceName {
    const char *wire;
    const char *alias; // the Vietnamese words without marks, as typed on any keyboard
    const char *vi;
    const char *en;
};

constexpr ChoiceName kChoices[] = {
    {"approve", "tan-thanh", "Tán thành", "Approve"},
    {"disapprove", "khong-tan-thanh", "Không tán thành", "Disapprove"},
    {"not_voting", "khong-bieu-quyet", "Không biểu quyết", "Not voting"},
};

std::optional<QString> choiceFromArg(const QString &arg) {
    const QString a = arg.toLower();
    for (const ChoiceName &c : kChoices) {
        if (a == QLatin1String(c.wire) || a == QLatin1String(c.alias))
            return QString::fromLatin1(c.wire);
    }
    if (a == QLatin1String("not-voting"))
        return QStringLiteral("not_voting");
    return std::nullopt;
}

QString choiceLabel(const QString &wire) {
    for (const ChoiceName &c : kChoices) {
        if (wire == QLatin1String(c.wire))
            return say(c.vi, c.en);
    }
    return wire;
}

QString ruleLabel(const QString &wire) {
    const auto rule = domain::thresholdFromName(wire);
    if (!rule)
        return wire;
    if (!english())
        return domain::thresholdLabelVi(*rule);
    switch (*rule) {
    case domain::Threshold::MoreThanHalfOfTotal:
        return QStringLiteral("more than half of all delegates");
    case domain::Threshold::TwoThirdsOfTotal:
        return QStringLiteral("at least two thirds of all delegates");
    case domain::Threshold::MoreThanHalfOfPresent:
        return QStringLiteral("more than half of the delegates present");
    case domain::Threshold::MoreThanHalfOfCast:
        return QStringLiteral("more than half of the votes cast");
    }
    return wire;
}

QString stateLabel(const QString &state) {
    if (state == QLatin1String("open"))
        return say("đang biểu quyết", "open");
    if (state == QLatin1String("closed"))
        return say("đã kết thúc", "closed");
    if (state == QLatin1String("cancelled"))
        return say("đã hủy", "cancelled");
    if (state == QLatin1String("repeated"))
        return say("đã biểu quyết lại", "repeated");
    return state;
}

QString verdictLabel(const QString &verdict) {
    if (verdict == QLatin1String("passed"))
        return say("THÔNG QUA", "PASSED");
    if (verdict == QLatin1String("failed"))
        return say("KHÔNG THÔNG QUA", "NOT PASSED");
    if (verdict == QLatin1String("no_decision"))
        return say("KHÔNG CÓ QUYẾT ĐỊNH", "NO DECISION");
    return verdict;
}

// Basis points of the total as a percentage: 5200 -> "52,00 %" (vi), "52.00%" (en).
QString percent(qint64 basisPoints) {
    const QString number = QStringLiteral("%1%2%3")
                               .arg(basisPoints / 100)
                               .arg(english() ? QLatin1Char('.') : QLatin1Char(','))
                               .arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    return english() ? number + QLatin1Char('%') : number + QStringLiteral(" %");
}

QString clock(const QCborValue &ms) {
    if (!ms.isInteger() || ms.toInteger() <= 0)
        return QStringLiteral("—");
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger()).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

qint64 num(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toInteger();
}

// The result of a round, line by line, as the chair reads it out.
QStringList resultLines(const QCborMap &r) {
    QStringList lines;
    const qint64 total = num(r, "total");
    lines << say("Tổng số đại biểu: %1 · Có mặt: %2 · Đã biểu quyết: %3",
                 "Total delegates: %1 · Present: %2 · Voted: %3")
                 .arg(total)
                 .arg(num(r, "present"))
                 .arg(num(r, "voted"));
    const QCborMap shares = r.value(QStringLiteral("shares")).toMap();
    const struct {
        const char *count;
        const char *share;
        const char *wire;
    } options[] = {{"approve", "approve", "approve"},
                   {"disapprove", "disapprove", "disapprove"},
                   {"notVoting", "notVoting", "not_voting"}};
    for (const auto &o : options) {
        const qint64 count = num(r, o.count);
        // The server's shares are the record; compute only if an old server sent none.
        const QCborValue share = shares.value(QLatin1String(o.share));
        const qint64 bp =
            share.isInteger() ? share.toInteger() : domain::shareOfTotalBasisPoints(int(count), int(total));
        lines << say("%1: %2 (%3 tổng số đại biểu)", "%1: %2 (%3 of all delegates)")
                     .arg(choiceLabel(QString::fromLatin1(o.wire)))
                     .arg(count)
                     .arg(percent(bp));
    }
    lines << say("Kết quả: %1 — %2 (cần %3)", "Result: %1 — %2 (%3 needed)")
                 .arg(verdictLabel(r.value(QStringLiteral("verdict")).toString()),
                      ruleLabel(r.value(QStringLiteral("rule")).toString()))
                 .arg(num(r, "requiredApprovals"));
    if (r.value(QStringLiteral("handCounted")).toBool())
        lines << say("(kiểm phiếu thủ công)", "(counted by hand)");
    const QCborMap names = r.value(QStringLiteral("names")).toMap();
    if (!names.isEmpty()) {
        const struct {
            const char *key;
            const char *vi;
            const char *en;
        } groups[] = {{"approve", "Tán thành", "Approve"},
                      {"disapprove", "Không tán thành", "Disapprove"},
                      {"notVoting", "Không biểu quyết", "Not voting"},
                      {"didNotVote", "Chưa biểu quyết", "Did not vote"}};
        lines << QString();
        for (const auto &g : groups) {
            QStringList people;
            for (const QCborValue &v : names.value(QLatin1String(g.key)).toArray())
                people << v.toString();
            lines << QStringLiteral("%1 (%2): %3")
                         .arg(say(g.vi, g.en))
                         .arg(people.size())
                         .arg(people.isEmpty() ? QStringLiteral("—") : people.join(QStringLiteral(", ")));
        }
    }
    return lines;
}

QStringList roundLines(const QCborMap &round) {
    QStringList lines;
    QString head = say("Biểu quyết số %1 (lần %2) · mục %3", "Vote %1 (round %2) · item %3")
                       .arg(num(round, "id"))
                       .arg(num(round, "roundNo"))
                       .arg(num(round, "item"));
    if (round.value(QStringLiteral("repeatOf")).isInteger())
        head += say(" · biểu quyết lại số %1", " · repeat of vote %1").arg(num(round, "repeatOf"));
    lines << head;
    lines << say("Nội dung: %1", "Question: %1").arg(round.value(QStringLiteral("question")).toString());
    lines << say("Trạng thái: %1 · Quy tắc: %2", "State: %1 · Rule: %2")
                 .arg(stateLabel(round.value(QStringLiteral("state")).toString()),
                      ruleLabel(round.value(QStringLiteral("rule")).toString()));
    const QString state = round.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("open")) {
        QString progress = say("Đã biểu quyết: %1", "Voted: %1").arg(num(round, "voted"));
        if (round.value(QStringLiteral("deadline")).isInteger())
            progress += say(" · Kết thúc lúc %1", " · Closes at %1")
                            .arg(clock(round.value(QStringLiteral("deadline"))));
        lines << progress;
    }
    const QCborMap result = round.value(QStringLiteral("result")).toMap();
    if (!result.isEmpty())
        lines << resultLines(result);
    else if (round.value(QStringLiteral("handCounted")).toBool())
        lines << say("(kiểm phiếu thủ công)", "(counted by hand)");
    return lines;
}

void printRound(Context &ctx, const QCborMap &body, const QString &headline = {}) {
    ctx.result(body, [&] {
        if (!headline.isEmpty())
            ctx.out(headline);
        ctx.out(roundLines(body.value(QStringLiteral("round")).toMap()).join(QLatin1Char('\n')));
    });
    ctx.finish();
}

// ROUND as the first argument, after --lang; nullopt after a usage error.
std::optional<qint64> roundArg(Context &ctx) {
    if (!applyLanguage(ctx))
        return std::nullopt;
    return ctx.idAt(0, t("round id"));
}

void voteOpen(Context &ctx) {
    if (!applyLanguage(ctx))
        return;
    const auto item = ctx.idAt(0, t("item id"));
    const auto question = item ? ctx.requiredOption(QStringLiteral("question")) : std::nullopt;
    if (!item || !question)
        return;
    if (question->trimmed().isEmpty())
        return ctx.failUsage(t("--question must not be empty"));
    QCborMap b{{QStringLiteral("item"), *item}, {QStringLiteral("question"), *question}};
    if (ctx.args().values.contains(QStringLiteral("rule"))) {
        const QString rule = ctx.args().value(QStringLiteral("rule"));
        if (!domain::thresholdFromName(rule))
            return ctx.failUsage(t("--rule must be more_than_half_of_total, two_thirds_of_total, "
                                   "more_than_half_of_present or more_than_half_of_cast, not '%1'")
                                     .arg(rule));
        b.insert(QStringLiteral("rule"), rule);
    }
    if (ctx.args().values.contains(QStringLiteral("seconds"))) {
        const auto seconds = ctx.intOption(QStringLiteral("seconds"), 10);
        if (!seconds)
            return;
        if (*seconds > 3600)
            return ctx.failUsage(t("--seconds must be 10 to 3600, not %1").arg(*seconds));
        b.insert(QStringLiteral("seconds"), *seconds);
    }
    if (ctx.args().values.contains(QStringLiteral("sitting"))) {
        const auto sitting = ctx.intOption(QStringLiteral("sitting"), 1);
        if (!sitting)
            return;
        b.insert(QStringLiteral("sitting"), *sitting);
    }
    ctx.call(Request::VoteOpen, b, [&ctx](const QCborMap &body) {
        printRound(ctx, body, say("Đã mở biểu quyết.", "The vote is open."));
    });
}

void voteCast(Context &ctx) {
    const auto round = roundArg(ctx);
    if (!round)
        return;
    const auto choice = choiceFromArg(ctx.args().positional.at(1));
    if (!choice)
        return ctx.failUsage(t("the choice must be approve|disapprove|not_voting (tan-thanh|khong-tan-thanh|"
                               "khong-bieu-quyet), not '%1'")
                                 .arg(ctx.args().positional.at(1)));
    const qint64 roundId = *round;
    ctx.call(Request::VoteCast,
             QCborMap{{QStringLiteral("round"), roundId}, {QStringLiteral("choice"), *choice}},
             [&ctx, roundId](const QCborMap &body) {
                 ctx.result(body, [&] {
                     const QString status = body.value(QStringLiteral("status")).toString();
                     const QString choiceText = choiceLabel(body.value(QStringLiteral("choice")).toString());
                     QString line;
                     if (status == QLatin1String("changed"))
                         line = say("Đã đổi phiếu thành: %1", "Ballot changed to: %1");
                     else if (status == QLatin1String("already_recorded"))
                         line = say("Phiếu đã được ghi nhận trước đó: %1", "Ballot already recorded: %1");
                     else
                         line = say("Đã ghi nhận phiếu: %1", "Ballot recorded: %1");
                     ctx.out(line.arg(choiceText) + say(" (biểu quyết số %1)", " (vote %1)").arg(roundId));
                 });
                 ctx.finish();
             });
}

void voteExtend(Context &ctx) {
    const auto round = roundArg(ctx);
    if (!round)
        return;
    bool ok = false;
    const qint64 seconds = ctx.args().positional.at(1).toLongLong(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return ctx.failUsage(t("SECONDS must be 1 to 3600, not '%1'").arg(ctx.args().positional.at(1)));
    ctx.call(Request::VoteExtend,
             QCborMap{{QStringLiteral("round"), *round}, {QStringLiteral("seconds"), seconds}},
             [&ctx](const QCborMap &body) {
                 printRound(ctx, body, say("Đã gia hạn biểu quyết.", "The vote was extended."));
             });
}

// close, cancel, repeat: {round} -> {round}.
void roundAction(Context &ctx, Request request, const char *vi, const char *en) {
    const auto round = roundArg(ctx);
    if (!round)
        return;
    ctx.call(request, QCborMap{{QStringLiteral("round"), *round}},
             [&ctx, vi, en](const QCborMap &body) { printRound(ctx, body, say(vi, en)); });
}

void voteHandCount(Context &ctx) {
    const auto round = roundArg(ctx);
    if (!round)
        return;
    QCborMap b{{QStringLiteral("round"), *round}};
    const std::pair<const char *, const char *> counts[] = {{"approve", "approve"},
                                                            {"disapprove", "disapprove"},
                                                            {"not-voting", "notVoting"},
                                                            {"present", "present"}};
    for (const auto &[option, key] : counts) {
        if (!ctx.requiredOption(QLatin1String(option)))
            return;
        const auto n = ctx.intOption(QLatin1String(option), 0);
        if (!n)
            return;
        b.insert(QLatin1String(key), *n);
    }
    ctx.call(Request::VoteHandCount, b, [&ctx](const QCborMap &body) {
        printRound(ctx, body, say("Đã nhập kết quả kiểm phiếu thủ công.", "The hand count was recorded."));
    });
}

void voteShow(Context &ctx) {
    const auto round = roundArg(ctx);
    if (!round)
        return;
    ctx.call(Request::VoteGet, QCborMap{{QStringLiteral("round"), *round}}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(roundLines(body.value(QStringLiteral("round")).toMap()).join(QLatin1Char('\n')));
            const QCborValue mine = body.value(QStringLiteral("myBallot"));
            if (mine.isString())
                ctx.out(say("Phiếu của bạn: %1", "Your ballot: %1").arg(choiceLabel(mine.toString())));
        });
        ctx.finish();
    });
}

void voteList(Context &ctx) {
    if (!applyLanguage(ctx))
        return;
    const auto session = ctx.idAt(0, t("session id"));
    if (!session)
        return;
    ctx.call(
        Request::VoteList, QCborMap{{QStringLiteral("session"), *session}}, [&ctx](const QCborMap &body) {
            ctx.result(body, [&] {
                auto fromResult = [](const char *key) {
                    return [key](const QCborMap &round) {
                        const QCborMap r = round.value(QStringLiteral("result")).toMap();
                        return r.isEmpty() ? QStringLiteral("—") : cellText(r.value(QLatin1String(key)));
                    };
                };
                const Column state{say("trạng thái", "state"), [](const QCborMap &r) {
                                       return stateLabel(r.value(QStringLiteral("state")).toString());
                                   }};
                const Column verdict{say("kết quả", "result"), [](const QCborMap &r) {
                                         const QCborMap res = r.value(QStringLiteral("result")).toMap();
                                         if (res.isEmpty())
                                             return QStringLiteral("—");
                                         QString v =
                                             verdictLabel(res.value(QStringLiteral("verdict")).toString());
                                         if (res.value(QStringLiteral("handCounted")).toBool())
                                             v += say(" (thủ công)", " (by hand)");
                                         return v;
                                     }};
                ctx.out(table({field(QStringLiteral("id"), QStringLiteral("id")),
                               field(say("mục", "item"), QStringLiteral("item")),
                               field(say("lần", "round"), QStringLiteral("roundNo")),
                               state,
                               field(say("đã BQ", "voted"), QStringLiteral("voted")),
                               {say("tán thành", "approve"), fromResult("approve")},
                               {say("không TT", "disapprove"), fromResult("disapprove")},
                               {say("không BQ", "not voting"), fromResult("notVoting")},
                               verdict,
                               field(say("nội dung", "question"), QStringLiteral("question"))},
                              body.value(QStringLiteral("rounds")).toArray()));
            });
            ctx.finish();
        });
}

} // namespace

QList<Command> voteCommands() {
    const QString vote = QStringLiteral("vote");
    const QString lang = QStringLiteral("lang");
    const auto S = Command::Auth::Session;
    return {
        {vote,
         QStringLiteral("open"),
         QStringLiteral("ITEM --question TEXT [--rule more_than_half_of_total|two_thirds_of_total|"
                        "more_than_half_of_present|more_than_half_of_cast] [--seconds N] [--sitting ID]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "open a vote on an agenda item (chair); --seconds closes it by itself"),
         {QStringLiteral("question"), QStringLiteral("rule"), QStringLiteral("seconds"),
          QStringLiteral("sitting"), lang},
         {},
         1,
         1,
         S,
         false,
         voteOpen},
        {vote,
         QStringLiteral("cast"),
         QStringLiteral("ROUND approve|disapprove|not_voting"),
         QT_TRANSLATE_NOOP("councilctl", "cast or change your ballot (also tan-thanh, khong-tan-thanh, "
                                         "khong-bieu-quyet)"),
         {lang},
         {},
         2,
         2,
         S,
         false,
         voteCast},
        {vote,
         QStringLiteral("extend"),
         QStringLiteral("ROUND SECONDS"),
         QT_TRANSLATE_NOOP("councilctl", "give an open vote more time (chair)"),
         {lang},
         {},
         2,
         2,
         S,
         false,
         voteExtend},
        {vote,
         QStringLiteral("close"),
         QStringLiteral("ROUND"),
         QT_TRANSLATE_NOOP("councilctl", "close a vote and print its result (chair)"),
         {lang},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             roundAction(ctx, Request::VoteClose, "Đã kết thúc biểu quyết.", "The vote is closed.");
         }},
        {vote,
         QStringLiteral("cancel"),
         QStringLiteral("ROUND"),
         QT_TRANSLATE_NOOP("councilctl", "cancel a vote without a result (chair)"),
         {lang},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             roundAction(ctx, Request::VoteCancel, "Đã hủy biểu quyết.", "The vote was cancelled.");
         }},
        {vote,
         QStringLiteral("repeat"),
         QStringLiteral("ROUND"),
         QT_TRANSLATE_NOOP("councilctl",
                           "vote again: the round is kept as repeated and a new one opens (chair)"),
         {lang},
         {},
         1,
         1,
         S,
         false,
         [](Context &ctx) {
             roundAction(ctx, Request::VoteRepeat, "Đã mở biểu quyết lại.", "The vote was opened again.");
         }},
        {vote,
         QStringLiteral("hand-count"),
         QStringLiteral("ROUND --approve N --disapprove N --not-voting N --present N"),
         QT_TRANSLATE_NOOP("councilctl", "enter a count made by hand when devices failed (secretary)"),
         {QStringLiteral("approve"), QStringLiteral("disapprove"), QStringLiteral("not-voting"),
          QStringLiteral("present"), lang},
         {},
         1,
         1,
         S,
         false,
         voteHandCount},
        {vote,
         QStringLiteral("list"),
         QStringLiteral("SESSION"),
         QT_TRANSLATE_NOOP("councilctl", "the votes of a session with their results"),
         {lang},
         {},
         1,
         1,
         S,
         false,
         voteList},
        {vote,
         QStringLiteral("show"),
         QStringLiteral("ROUND [--lang vi|en]"),
         QT_TRANSLATE_NOOP("councilctl", "a vote with its result as read out in the hall, and your ballot"),
         {lang},
         {},
         1,
         1,
         S,
         false,
         voteShow},
    };
}

} // namespace council::ctl
