// The rules engine: when a motion passes and when a sitting has its quorum.
// Pure functions, no I/O, integer arithmetic only (no rounding surprises at
// the legal edges). People's Council defaults follow the Law on the
// Organisation of Local Government (2015): a resolution passes with more than
// half of the total number of delegates; dismissing a delegate needs at least
// two thirds of the total; a sitting needs at least two thirds present.
#pragma once

#include <QString>
#include <optional>

namespace council::domain {

enum class Threshold {
    MoreThanHalfOfTotal,   // approvals * 2 > total
    TwoThirdsOfTotal,      // approvals * 3 >= total * 2
    MoreThanHalfOfPresent, // approvals * 2 > present
    MoreThanHalfOfCast,    // approvals * 2 > approvals + disapprovals
};

QString thresholdName(Threshold t); // wire name, e.g. "more_than_half_of_total"
std::optional<Threshold> thresholdFromName(const QString &name);
QString thresholdLabelVi(Threshold t);

struct Tally {
    int approve = 0;
    int disapprove = 0;
    int notVoting = 0; // chose "không biểu quyết"
    int cast() const { return approve + disapprove + notVoting; }
};

struct VoteBase {
    int totalDelegates = 0; // members holding the delegate function, or the body's fixed number
    int present = 0;
};

enum class Verdict { Passed, Failed, NoDecision };

struct RuleResult {
    Verdict verdict = Verdict::Failed;
    int requiredApprovals = 0; // the smallest number of approvals that passes
    QString reason;            // why, in English for logs; the UI words come from the client
};

// A motion with no decisive votes (nobody approved or disapproved) under
// MoreThanHalfOfCast is NoDecision rather than a silent failure; a tie is a
// failure because "more than half" is not reached.
RuleResult evaluate(Threshold threshold, const VoteBase &base, const Tally &tally);
int requiredApprovals(Threshold threshold, const VoteBase &base, const Tally &tally);

enum class QuorumRule {
    TwoThirdsOfTotal, // People's Council default
    MoreThanHalfOfTotal,
};

QString quorumRuleName(QuorumRule r);
std::optional<QuorumRule> quorumRuleFromName(const QString &name);
int quorumRequired(QuorumRule rule, int totalDelegates);
bool quorumReached(QuorumRule rule, int totalDelegates, int present);

// Share of the total in basis points (1/100 of a percent), rounded half up.
int shareOfTotalBasisPoints(int count, int totalDelegates);

} // namespace council::domain
