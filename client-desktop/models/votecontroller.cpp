#include "votecontroller.h"

#include "cborread.h"
#include "crypto/sodium.h"
#include "domain/voterules.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace council::client {

using protocol::Event;
using protocol::Request;

namespace {

constexpr int kTickMs = 250;
constexpr int kBallotIdBytes = 16;

const QString kApprove = QStringLiteral("approve");
const QString kDisapprove = QStringLiteral("disapprove");
const QString kNotVoting = QStringLiteral("not_voting");

bool isChoice(const QString &choice) {
    return choice == kApprove || choice == kDisapprove || choice == kNotVoting;
}

QString percentText(qint64 basisPoints) {
    return QLocale().toString(double(basisPoints) / 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

VoteController::VoteController(LiveContext *context, SittingController *sitting, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_sitting(sitting) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        const int s = secondsLeft();
        if (s != m_shownSeconds) {
            m_shownSeconds = s;
            emit clockChanged();
        }
    });
    ServerConnection *connection = context->connection();
    connect(connection, &ServerConnection::authenticated, this, [this, connection](const QCborMap &account) {
        m_account = PendingBallots::accountKey(connection->serverUrl(), cbor::text(account, "username"));
    });
    connect(connection, &ServerConnection::snapshotReceived, this,
            [this](const QCborMap &state, qint64) { onSnapshot(state); });
    connect(connection, &ServerConnection::eventReceived, this, &VoteController::onEvent);
    // "Waiting to be sent" and "sending" differ by the link only.
    connect(connection, &ServerConnection::stateChanged, this, &VoteController::refresh);
    connect(context, &LiveContext::online, this, &VoteController::refreshOpenRound);
    connect(context, &LiveContext::sessionChanged, this, &VoteController::refresh);
    connect(context, &LiveContext::currentItemChanged, this, &VoteController::refresh);
    connect(context, &LiveContext::clockChanged, this, &VoteController::clockChanged);
    connect(context, &LiveContext::cleared, this, [this] {
        // A logout (or another account): no ballot of this one may go out later.
        m_stored.clear();
        m_account.clear();
        m_latest.clear();
        m_ballots.clear();
        m_present.clear();
        refresh();
    });
    connect(sitting, &SittingController::quorumChanged, this, &VoteController::refresh);
    connect(sitting, &SittingController::attendanceChanged, this, &VoteController::refresh);
    connect(sitting, &SittingController::checkInChanged, this, &VoteController::refresh);
}

VoteController::Round VoteController::roundFromCbor(const QCborMap &map) {
    Round r;
    r.id = cbor::integer(map, "id");
    r.body = cbor::integer(map, "body");
    r.session = cbor::integer(map, "session");
    r.item = cbor::integer(map, "item");
    r.sitting = cbor::integer(map, "sitting");
    r.roundNo = int(cbor::integer(map, "roundNo", 1));
    r.question = cbor::text(map, "question");
    r.rule = cbor::text(map, "rule");
    r.state = cbor::text(map, "state");
    r.deadline = cbor::optionalId(map, "deadline");
    r.voted = int(cbor::integer(map, "voted"));
    r.result = cbor::map(map, "result");
    r.total = int(cbor::integer(r.result, "total"));
    return r;
}

// --- what QML reads ---------------------------------------------------------

QString VoteController::requiredText() const {
    const auto threshold = domain::thresholdFromName(m_round.rule);
    if (!threshold)
        return {};
    if (hasResult()) {
        return tr("%n approval(s) needed", "", int(cbor::integer(m_round.result, "requiredApprovals")));
    }
    const int total = m_context->body().delegateTotal;
    switch (*threshold) {
    case domain::Threshold::MoreThanHalfOfTotal:
    case domain::Threshold::TwoThirdsOfTotal:
        if (total <= 0)
            return {};
        return tr("Needs %1 of the %2 delegates approving")
            .arg(domain::requiredApprovals(*threshold, {total, 0}, {}))
            .arg(total);
    case domain::Threshold::MoreThanHalfOfPresent:
        if (presentCount() <= 0)
            return {};
        return tr("Needs %1 of the %2 delegates present approving")
            .arg(domain::requiredApprovals(*threshold, {total, presentCount()}, {}))
            .arg(presentCount());
    case domain::Threshold::MoreThanHalfOfCast:
        return {};
    }
    return {};
}

int VoteController::secondsLeft() const {
    if (!isOpen() || m_round.deadline <= 0)
        return 0;
    const qint64 ms = m_round.deadline - m_context->serverNowMs();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString VoteController::timeLeftText() const {
    if (!isOpen() || m_round.deadline <= 0)
        return {};
    const int s = secondsLeft();
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int VoteController::presentCount() const {
    if (hasResult())
        return int(cbor::integer(m_round.result, "present"));
    if (m_round.sitting != 0 && m_round.sitting == m_sitting->sittingId() && m_sitting->quorumKnown())
        return m_sitting->presentCount();
    return m_present.value(m_round.sitting);
}

double VoteController::progress() const {
    const int present = presentCount();
    return present > 0 ? std::min(1.0, double(votedCount()) / present) : 0.0;
}

const VoteController::Ballot &VoteController::ballot() const {
    static const Ballot none;
    const auto it = m_ballots.constFind(m_round.id);
    return it == m_ballots.cend() ? none : *it;
}

VoteController::BallotState VoteController::ballotState() const {
    const Ballot &b = ballot();
    if (!b.inFlight.isEmpty())
        return BallotState::Pending;
    if (!b.lateChoice.isEmpty())
        return BallotState::Closed;
    return b.confirmedState;
}

QString VoteController::ballotStateText() const {
    const Ballot &b = ballot();
    switch (ballotState()) {
    case BallotState::None:
        return isOpen() ? tr("You have not voted yet.") : tr("You did not vote in this round.");
    case BallotState::Pending:
        return m_context->isOnline()
                   ? tr("Sending your vote: %1…").arg(choiceText(myChoice()))
                   : tr("Waiting to be sent: %1. No connection; your vote goes out as soon as it is back.")
                         .arg(choiceText(myChoice()));
    case BallotState::Recorded:
        return tr("Recorded: %1").arg(choiceText(b.confirmedChoice));
    case BallotState::Changed:
        return tr("Changed and recorded: %1").arg(choiceText(b.confirmedChoice));
    case BallotState::Closed:
        if (!b.confirmedChoice.isEmpty())
            return tr("Too late: the vote had closed, so the change to %1 was not counted. Your recorded "
                      "vote: %2.")
                .arg(choiceText(b.lateChoice), choiceText(b.confirmedChoice));
        return tr("Too late: the vote had closed, so your vote (%1) was not counted.")
            .arg(choiceText(b.lateChoice));
    }
    return {};
}

QString VoteController::myChoice() const {
    const Ballot &b = ballot();
    if (!b.inFlight.isEmpty())
        return b.inFlight.constLast().second;
    return b.confirmedChoice;
}

bool VoteController::mustCheckIn() const {
    // Only when the sitting's attendance is known here; otherwise the server decides.
    return isOpen() && m_context->isDelegate() && m_round.sitting == m_sitting->sittingId() &&
           m_sitting->quorumKnown() && !m_sitting->checkedIn() && !m_sitting->checkInPending();
}

QVariantMap VoteController::result() const {
    const QCborMap &r = m_round.result;
    if (r.isEmpty())
        return {};
    const QCborMap shares = cbor::map(r, "shares");
    const int total = int(cbor::integer(r, "total"));
    auto fraction = [total](qint64 count) { return total > 0 ? double(count) / total : 0.0; };
    const QString verdict = cbor::text(r, "verdict");
    QVariantMap out;
    out.insert(QStringLiteral("total"), total);
    out.insert(QStringLiteral("present"), cbor::integer(r, "present"));
    out.insert(QStringLiteral("voted"), cbor::integer(r, "voted"));
    for (const char *key : {"approve", "disapprove", "notVoting"}) {
        const QString name = QString::fromLatin1(key);
        const qint64 count = cbor::integer(r, key);
        out.insert(name, count);
        out.insert(name + QStringLiteral("Share"), fraction(count));
        out.insert(name + QStringLiteral("ShareText"), percentText(cbor::integer(shares, key)));
    }
    out.insert(QStringLiteral("verdict"), verdict);
    out.insert(QStringLiteral("verdictText"), verdict == QLatin1String("passed")   ? tr("Passed")
                                              : verdict == QLatin1String("failed") ? tr("Not passed")
                                                                                   : tr("No decision"));
    out.insert(QStringLiteral("ruleText"), ruleText(cbor::text(r, "rule")));
    out.insert(QStringLiteral("requiredApprovals"), cbor::integer(r, "requiredApprovals"));
    out.insert(QStringLiteral("handCounted"), cbor::field(r, "handCounted").toBool());
    return out;
}

QString VoteController::choiceText(const QString &choice) {
    if (choice == kApprove)
        return tr("Approve");
    if (choice == kDisapprove)
        return tr("Disapprove");
    if (choice == kNotVoting)
        return tr("Not voting");
    return {};
}

QString VoteController::ruleText(const QString &rule) {
    const auto threshold = domain::thresholdFromName(rule);
    if (!threshold)
        return {};
    switch (*threshold) {
    case domain::Threshold::MoreThanHalfOfTotal:
        return tr("More than half of all delegates");
    case domain::Threshold::TwoThirdsOfTotal:
        return tr("At least two thirds of all delegates");
    case domain::Threshold::MoreThanHalfOfPresent:
        return tr("More than half of the delegates present");
    case domain::Threshold::MoreThanHalfOfCast:
        return tr("More than half of the votes cast");
    }
    return {};
}

// --- what the delegate does -------------------------------------------------

void VoteController::propose(const QString &choice) {
    if (!canVote() || !isChoice(choice) || m_proposed == choice)
        return;
    m_proposed = choice;
    emit proposalChanged();
}

void VoteController::confirm() {
    const QString choice = m_proposed;
    cancelProposal();
    if (!choice.isEmpty())
        cast(choice);
}

void VoteController::cancelProposal() {
    if (m_proposed.isEmpty())
        return;
    m_proposed.clear();
    emit proposalChanged();
}

bool VoteController::cast(const QString &choice) {
    if (!isChoice(choice) || !isOpen())
        return false;
    setError({});
    Ballot &b = m_ballots[m_round.id];
    // The same choice again changes nothing stored: no request.
    if (b.inFlight.isEmpty() && b.lateChoice.isEmpty() && b.confirmedChoice == choice)
        return true;
    const QByteArray ballotId = crypto::randomBytes(kBallotIdBytes);
    b.inFlight.append({ballotId, choice});
    // On disk before it goes out: the app may be gone before the answer is back.
    m_stored.add(m_account, {m_round.id, ballotId, choice, QDateTime::currentMSecsSinceEpoch()});
    send(m_round.id, ballotId, choice);
    refresh();
    return true;
}

void VoteController::send(qint64 roundId, const QByteArray &ballotId, const QString &choice) {
    QCborMap body;
    body.insert(QStringLiteral("round"), roundId);
    body.insert(QStringLiteral("choice"), choice);
    // The op id is the ballot id: the connection resends it unchanged after a
    // reconnect, a later run of the app sends it again from the store, and
    // the server counts it once (already_recorded).
    m_context->connection()->request(
        Request::VoteCast, body,
        [this, roundId, ballotId](const Reply &r) { onCastReply(roundId, ballotId, r); }, ballotId);
}

void VoteController::resendStored() {
    const QList<PendingBallots::Entry> stored = m_stored.load(m_account);
    for (const PendingBallots::Entry &e : stored) {
        Ballot &b = m_ballots[e.round];
        const bool onItsWay = std::any_of(b.inFlight.cbegin(), b.inFlight.cend(),
                                          [&e](const auto &f) { return f.first == e.ballotId; });
        if (onItsWay) // sent in this run; the connection resends it itself
            continue;
        b.inFlight.append({e.ballotId, e.choice});
        send(e.round, e.ballotId, e.choice);
    }
}

void VoteController::clearError() {
    setError({});
}

// --- what the server says ---------------------------------------------------

void VoteController::onCastReply(qint64 roundId, const QByteArray &ballotId, const Reply &reply) {
    const bool cancelled = reply.errorCode == QLatin1String("cancelled");
    // Cancelled by a new login, not answered: the store keeps it for the
    // account's next snapshot (a logout has emptied the store already).
    if (!cancelled)
        m_stored.remove(m_account, ballotId);
    Ballot &b = m_ballots[roundId];
    QString choice;
    for (qsizetype i = 0; i < b.inFlight.size(); ++i) {
        if (b.inFlight.at(i).first == ballotId) {
            choice = b.inFlight.at(i).second;
            b.inFlight.removeAt(i);
            break;
        }
    }
    if (reply.ok) {
        applyBallot(roundId, cbor::text(reply.body, "choice"), cbor::text(reply.body, "status"));
        return;
    }
    if (reply.errorCode == QLatin1String("vote_closed")) {
        b.lateChoice = choice;
    } else if (roundId == m_round.id && !cancelled) {
        setError(reply.errorMessage);
    }
    refresh();
}

void VoteController::applyBallot(qint64 roundId, const QString &choice, const QString &status) {
    if (!isChoice(choice))
        return;
    Ballot &b = m_ballots[roundId];
    BallotState state = b.confirmedState;
    if (status == QLatin1String("changed"))
        state = BallotState::Changed;
    else if (status == QLatin1String("recorded"))
        state = BallotState::Recorded;
    else if (state == BallotState::None) // already_recorded, or known from a snapshot
        state = BallotState::Recorded;
    else if (choice != b.confirmedChoice)
        state = BallotState::Changed;
    b.confirmedChoice = choice;
    b.confirmedState = state;
    refresh();
}

void VoteController::onSnapshot(const QCborMap &state) {
    // The snapshot replaces what we knew of open rounds; ballots still on
    // their way from this device stay (they are resent after the sync).
    for (auto it = m_latest.begin(); it != m_latest.end();) {
        if (it->state == QLatin1String("open"))
            it = m_latest.erase(it);
        else
            ++it;
    }
    for (const QCborValue &v : cbor::array(state, "votes"))
        storeRound(roundFromCbor(v.toMap()));
    for (const QCborValue &v : cbor::array(state, "myBallots")) {
        const QCborMap mine = v.toMap();
        applyBallot(cbor::integer(mine, "round"), cbor::text(mine, "choice"), {});
    }
    resendStored();
    refresh();
}

void VoteController::storeRound(const Round &round) {
    if (round.id == 0)
        return;
    const auto it = m_latest.constFind(round.body);
    // Events come in order, but a vote.get reply may be older than an event.
    if (it != m_latest.cend() && it->id > round.id)
        return;
    m_latest.insert(round.body, round);
}

void VoteController::onEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::VoteOpened:
    case Event::VoteUpdated:
    case Event::VoteClosed:
        storeRound(roundFromCbor(cbor::map(body, "round")));
        break;
    case Event::VoteProgress: {
        const qint64 id = cbor::integer(body, "round");
        for (Round &r : m_latest) {
            if (r.id == id && r.state == QLatin1String("open"))
                r.voted = std::max(r.voted, int(cbor::integer(body, "voted")));
        }
        break;
    }
    case Event::VoteBallot:
        // This account's ballot, from this or another of its devices.
        applyBallot(cbor::integer(body, "round"), cbor::text(body, "choice"), cbor::text(body, "status"));
        return;
    case Event::AttendanceChanged: {
        const QCborMap entry = cbor::map(body, "entry");
        m_present.insert(cbor::integer(entry, "sitting"),
                         int(cbor::integer(cbor::map(body, "quorum"), "present")));
        break;
    }
    default:
        return;
    }
    refresh();
}

void VoteController::refreshOpenRound() {
    // Progress events are not replayed after a drop: ask for the round itself.
    if (!isOpen())
        return;
    QCborMap body;
    body.insert(QStringLiteral("round"), m_round.id);
    m_context->connection()->request(Request::VoteGet, body, [this](const Reply &r) {
        if (!r.ok)
            return;
        const Round round = roundFromCbor(cbor::map(r.body, "round"));
        storeRound(round);
        const QCborValue mine = cbor::field(r.body, "myBallot");
        if (mine.isString())
            applyBallot(round.id, mine.toString(), {});
        refresh();
    });
}

void VoteController::refresh() {
    Round shown;
    const qint64 body = m_context->bodyId();
    const auto it = m_latest.constFind(body);
    // An open round always shows; a finished one while its item is under discussion.
    if (body != 0 && it != m_latest.cend() &&
        (it->state == QLatin1String("open") || it->item == m_context->currentItemId()))
        shown = *it;

    const bool roundDiffers = shown.id != m_round.id || shown.state != m_round.state ||
                              shown.question != m_round.question || shown.rule != m_round.rule ||
                              shown.deadline != m_round.deadline || shown.result != m_round.result ||
                              shown.item != m_round.item || shown.roundNo != m_round.roundNo;
    const int oldVoted = m_round.voted;
    const qint64 oldId = m_round.id;
    m_round = shown;
    if (oldId != m_round.id || !isOpen()) {
        cancelProposal();
        if (oldId != m_round.id)
            setError({});
    }
    if (roundDiffers)
        emit roundChanged();
    if (roundDiffers || oldVoted != m_round.voted || m_shownPresent != presentCount()) {
        m_shownPresent = presentCount();
        emit progressChanged();
    }

    const QString ballotKey = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                  .arg(int(ballotState()))
                                  .arg(myChoice(), ballotStateText())
                                  .arg(canVote())
                                  .arg(mustCheckIn())
                                  .arg(m_round.id);
    if (ballotKey != m_shownBallotKey) {
        m_shownBallotKey = ballotKey;
        emit ballotChanged();
    }

    if (isOpen() && m_round.deadline > 0)
        m_ticker.start();
    else
        m_ticker.stop();
    const int s = secondsLeft();
    if (s != m_shownSeconds || roundDiffers) {
        m_shownSeconds = s;
        emit clockChanged();
    }
}

void VoteController::setError(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit ballotChanged();
}

} // namespace council::client
