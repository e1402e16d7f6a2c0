// The vote (biểu quyết) of the open session's body, from a delegate's seat:
// the question, the rule, the time left and the progress while it is open; the
// delegate's ballot and what became of it; the result once it is closed.
//
// A ballot is never silently lost or overwritten. Pressing a choice sends
// vote.cast with a fresh ballot id; while the server has not acknowledged it
// (also while the link is down — the connection keeps it and resends it with
// the same id after reconnecting) the ballot is Pending with the chosen
// option shown. The server's answer makes it Recorded or Changed, or Closed
// when it arrived after the round had ended. What other devices of the same
// account report never hides a ballot still on its way from this one.
//
// Ballots on their way are also kept on disk (PendingBallots) until the
// server answers: when the app is quit before the link came back, the next
// start of the same account on the same server sends them again with the
// same ballot id after its first snapshot. A logout forgets them.
#pragma once

#include "livecontext.h"
#include "pendingballots.h"
#include "serverconnection.h"
#include "sittingcontroller.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class VoteController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VoteController is owned by AppController")
    Q_PROPERTY(bool hasRound READ hasRound NOTIFY roundChanged)
    Q_PROPERTY(qint64 roundId READ roundId NOTIFY roundChanged)
    Q_PROPERTY(int roundNo READ roundNo NOTIFY roundChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY roundChanged)
    // open | closed | cancelled | repeated
    Q_PROPERTY(QString roundState READ roundState NOTIFY roundChanged)
    Q_PROPERTY(QString question READ question NOTIFY roundChanged)
    Q_PROPERTY(QString itemTitle READ itemTitle NOTIFY roundChanged)
    Q_PROPERTY(QString rule READ rule NOTIFY roundChanged)
    Q_PROPERTY(QString ruleText READ ruleText NOTIFY roundChanged)
    // "Needs 21 of the 40 delegates approving"; empty when it depends on the votes cast.
    Q_PROPERTY(QString requiredText READ requiredText NOTIFY roundChanged)
    Q_PROPERTY(bool hasDeadline READ hasDeadline NOTIFY roundChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY clockChanged)
    Q_PROPERTY(QString timeLeftText READ timeLeftText NOTIFY clockChanged)
    Q_PROPERTY(int votedCount READ votedCount NOTIFY progressChanged)
    // Delegates present at the round's sitting; 0 when not known.
    Q_PROPERTY(int presentCount READ presentCount NOTIFY progressChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(BallotState ballotState READ ballotState NOTIFY ballotChanged)
    Q_PROPERTY(QString ballotStateText READ ballotStateText NOTIFY ballotChanged)
    // approve | disapprove | not_voting, or empty: the choice shown as the delegate's.
    Q_PROPERTY(QString myChoice READ myChoice NOTIFY ballotChanged)
    Q_PROPERTY(QString myChoiceText READ myChoiceText NOTIFY ballotChanged)
    // The choice pressed and awaiting confirmation; empty when none.
    Q_PROPERTY(QString proposedChoice READ proposedChoice NOTIFY proposalChanged)
    Q_PROPERTY(QString proposedChoiceText READ proposedChoiceText NOTIFY proposalChanged)
    // The account may vote here: a delegate, the round is open, and it is
    // not known to be absent from the round's sitting.
    Q_PROPERTY(bool canVote READ canVote NOTIFY ballotChanged)
    // The delegate is not checked in at the round's sitting (the server would refuse).
    Q_PROPERTY(bool mustCheckIn READ mustCheckIn NOTIFY ballotChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY ballotChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY roundChanged)
    // total, present, voted, approve, disapprove, notVoting (counts);
    // approveShare, disapproveShare, notVotingShare (0..1 of the total) and
    // the same as text ("70,00 %"); verdict (passed|failed|no_decision),
    // verdictText, ruleText, requiredApprovals, handCounted.
    Q_PROPERTY(QVariantMap result READ result NOTIFY roundChanged)
public:
    enum class BallotState { None, Pending, Recorded, Changed, Closed };
    Q_ENUM(BallotState)

    VoteController(LiveContext *context, SittingController *sitting, QObject *parent = nullptr);

    bool hasRound() const { return m_round.id != 0; }
    qint64 roundId() const { return m_round.id; }
    int roundNo() const { return m_round.roundNo; }
    bool isOpen() const { return m_round.state == QLatin1String("open"); }
    QString roundState() const { return m_round.state; }
    QString question() const { return m_round.question; }
    QString itemTitle() const { return m_context->itemTitle(m_round.item); }
    QString rule() const { return m_round.rule; }
    QString ruleText() const { return ruleText(m_round.rule); }
    QString requiredText() const;
    bool hasDeadline() const { return m_round.deadline > 0; }
    int secondsLeft() const;
    QString timeLeftText() const;
    int votedCount() const { return m_round.voted; }
    int presentCount() const;
    double progress() const;
    BallotState ballotState() const;
    QString ballotStateText() const;
    QString myChoice() const;
    QString myChoiceText() const { return choiceText(myChoice()); }
    QString proposedChoice() const { return m_proposed; }
    QString proposedChoiceText() const { return choiceText(m_proposed); }
    bool canVote() const { return isOpen() && m_context->isDelegate() && !mustCheckIn(); }
    bool mustCheckIn() const;
    QString errorString() const { return m_error; }
    bool hasResult() const { return !m_round.result.isEmpty(); }
    QVariantMap result() const;

    static QString choiceText(const QString &choice);
    // choiceText() for QML: the words of a choice in the UI language.
    Q_INVOKABLE QString textOf(const QString &choice) const { return choiceText(choice); }
    static QString ruleText(const QString &rule);

    // The two steps of voting: press a choice, then confirm it.
    Q_INVOKABLE void propose(const QString &choice);
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void cancelProposal();
    // Casts at once (confirm() ends here). False when the choice is not one of
    // approve / disapprove / not_voting or no round is open.
    Q_INVOKABLE bool cast(const QString &choice);
    Q_INVOKABLE void clearError();

signals:
    void roundChanged();
    void clockChanged();
    void progressChanged();
    void ballotChanged();
    void proposalChanged();

private:
    struct Round {
        qint64 id = 0;
        qint64 body = 0;
        qint64 session = 0;
        qint64 item = 0;
        qint64 sitting = 0;
        int roundNo = 1;
        QString question;
        QString rule;
        QString state;
        qint64 deadline = 0;
        int total = 0;
        int voted = 0;
        QCborMap result;
    };
    // The account's ballot in one round, as this device knows it.
    struct Ballot {
        QString confirmedChoice; // what the server holds
        BallotState confirmedState = BallotState::None;
        // Ballots of this device on their way, oldest first: ballot id and choice.
        QList<QPair<QByteArray, QString>> inFlight;
        QString lateChoice; // a ballot the server refused because the round had ended
    };
    static Round roundFromCbor(const QCborMap &map);

    const Ballot &ballot() const;
    void onEvent(const protocol::Frame &event);
    void onSnapshot(const QCborMap &state);
    void storeRound(const Round &round);
    void applyBallot(qint64 roundId, const QString &choice, const QString &status);
    // Recomputes which round is shown and emits what changed.
    void refresh();
    void refreshOpenRound();
    void onCastReply(qint64 roundId, const QByteArray &ballotId, const Reply &reply);
    // Sends vote.cast for a ballot with its id as the op id.
    void send(qint64 roundId, const QByteArray &ballotId, const QString &choice);
    // Sends again what an earlier run of the app stored and never got answered.
    void resendStored();
    void setError(const QString &message);

    LiveContext *m_context;
    SittingController *m_sitting;
    QTimer m_ticker;
    QHash<qint64, Round> m_latest;   // body -> its latest round
    QHash<qint64, Ballot> m_ballots; // round -> the account's ballot
    QHash<qint64, int> m_present;    // sitting -> delegates present, from attendance events
    Round m_round;                   // the round shown
    QString m_proposed;
    QString m_error;
    int m_shownSeconds = 0;
    int m_shownPresent = 0;
    QString m_shownBallotKey;
    PendingBallots m_stored;
    QString m_account; // server + user name of the authenticated account; empty before
};

} // namespace council::client
