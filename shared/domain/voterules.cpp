#include "voterules.h"

#include <array>

namespace council::domain {

namespace {
struct ThresholdInfo {
    Threshold threshold;
    const char *wire;
    const char *vi;
};
constexpr std::array<ThresholdInfo, 4> kThresholds{{
    {Threshold::MoreThanHalfOfTotal, "more_than_half_of_total", "quá nửa tổng số đại biểu"},
    {Threshold::TwoThirdsOfTotal, "two_thirds_of_total", "ít nhất hai phần ba tổng số đại biểu"},
    {Threshold::MoreThanHalfOfPresent, "more_than_half_of_present", "quá nửa số đại biểu có mặt"},
    {Threshold::MoreThanHalfOfCast, "more_than_half_of_cast", "quá nửa số phiếu biểu quyết"},
}};

// Smallest n with n * num > base * den (strict) or n * num >= base * den.
int smallestAbove(int base, int num, int den, bool strict) {
    const qint64 target = qint64(base) * den;
    qint64 n = target / num;
    while (strict ? n * num <= target : n * num < target)
        ++n;
    while (n > 0 && (strict ? (n - 1) * num > target : (n - 1) * num >= target))
        --n;
    return int(n);
}
} // namespace

QString thresholdName(Threshold t) {
    for (const auto &i : kThresholds)
        if (i.threshold == t)
            return QString::fromLatin1(i.wire);
    return {};
}

std::optional<Threshold> thresholdFromName(const QString &name) {
    for (const auto &i : kThresholds)
        if (name == QLatin1String(i.wire))
            return i.threshold;
    return std::nullopt;
}

QString thresholdLabelVi(Threshold t) {
    for (const auto &i : kThresholds)
        if (i.threshold == t)
            return QString::fromUtf8(i.vi);
    return {};
}

int requiredApprovals(Threshold threshold, const VoteBase &base, const Tally &tally) {
    switch (threshold) {
    case Threshold::MoreThanHalfOfTotal:
        return smallestAbove(base.totalDelegates, 2, 1, true);
    case Threshold::TwoThirdsOfTotal:
        return smallestAbove(base.totalDelegates, 3, 2, false);
    case Threshold::MoreThanHalfOfPresent:
        return smallestAbove(base.present, 2, 1, true);
    case Threshold::MoreThanHalfOfCast:
        // "Cast" counts approvals and disapprovals: a delegate who chose not
        // to vote does not move the bar.
        return smallestAbove(tally.approve + tally.disapprove, 2, 1, true);
    }
    return 0;
}

RuleResult evaluate(Threshold threshold, const VoteBase &base, const Tally &tally) {
    RuleResult r;
    r.requiredApprovals = requiredApprovals(threshold, base, tally);
    if (base.totalDelegates <= 0) {
        r.verdict = Verdict::NoDecision;
        r.reason = QStringLiteral("the total number of delegates is zero");
        return r;
    }
    if (threshold == Threshold::MoreThanHalfOfCast && tally.approve + tally.disapprove == 0) {
        r.verdict = Verdict::NoDecision;
        r.reason = QStringLiteral("no delegate approved or disapproved");
        return r;
    }
    // Never pass with zero approvals, whatever the base.
    const bool passed = tally.approve > 0 && tally.approve >= r.requiredApprovals;
    r.verdict = passed ? Verdict::Passed : Verdict::Failed;
    r.reason = QStringLiteral("%1 approvals, %2 needed (%3)")
                   .arg(tally.approve)
                   .arg(r.requiredApprovals)
                   .arg(thresholdName(threshold));
    return r;
}

QString quorumRuleName(QuorumRule r) {
    return r == QuorumRule::TwoThirdsOfTotal ? QStringLiteral("two_thirds_of_total")
                                             : QStringLiteral("more_than_half_of_total");
}

std::optional<QuorumRule> quorumRuleFromName(const QString &name) {
    if (name == QLatin1String("two_thirds_of_total"))
        return QuorumRule::TwoThirdsOfTotal;
    if (name == QLatin1String("more_than_half_of_total"))
        return QuorumRule::MoreThanHalfOfTotal;
    return std::nullopt;
}

int quorumRequired(QuorumRule rule, int totalDelegates) {
    return rule == QuorumRule::TwoThirdsOfTotal ? smallestAbove(totalDelegates, 3, 2, false)
                                                : smallestAbove(totalDelegates, 2, 1, true);
}

bool quorumReached(QuorumRule rule, int totalDelegates, int present) {
    return totalDelegates > 0 && present >= quorumRequired(rule, totalDelegates);
}

int shareOfTotalBasisPoints(int count, int totalDelegates) {
    if (totalDelegates <= 0)
        return 0;
    return int((qint64(count) * 20000 + totalDelegates) / (2 * qint64(totalDelegates)));
}

} // namespace council::domain
