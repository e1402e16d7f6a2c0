// The chair's console (chủ tọa) over the open session: opening and closing
// the current sitting, which item is under discussion and moving to the next
// or previous one, who is absent or has
// lost the link, the speaker queue's chair actions, opening and running a vote
// with its live progress and the delegates who have not voted yet, and what
// the hall screen shows. Only a member holding the chair or vice-chair
// function in the session's body may do these; the server checks it again and
// its refusals show as errorMessage.
#pragma once

#include "agendamodel.h"
#include "livecontext.h"
#include "requeststatus.h"
#include "serverconnection.h"
#include "speakercontroller.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace council::client {

class ChairController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChairController is owned by AppController")
    // The account holds the chair or vice-chair function in the session's body.
    Q_PROPERTY(bool canChair READ canChair NOTIFY canChairChanged)
    Q_PROPERTY(qint64 currentItemId READ currentItemId NOTIFY currentItemChanged)
    Q_PROPERTY(QString currentItemTitle READ currentItemTitle NOTIFY currentItemChanged)
    Q_PROPERTY(bool hasNextItem READ hasNextItem NOTIFY currentItemChanged)
    Q_PROPERTY(bool hasPreviousItem READ hasPreviousItem NOTIFY currentItemChanged)
    // The sitting LiveContext takes as current (the open one if there is one); 0 = none.
    Q_PROPERTY(qint64 sittingId READ sittingId NOTIFY sittingChanged)
    Q_PROPERTY(QString sittingTitle READ sittingTitle NOTIFY sittingChanged)
    // planned | open | closed; empty when there is no sitting.
    Q_PROPERTY(QString sittingState READ sittingState NOTIFY sittingChanged)
    // Attendance of the current sitting (delegates only).
    Q_PROPERTY(bool attendanceKnown READ attendanceKnown NOTIFY attendanceChanged)
    Q_PROPERTY(int delegateCount READ delegateCount NOTIFY attendanceChanged)
    Q_PROPERTY(int presentCount READ presentCount NOTIFY attendanceChanged)
    Q_PROPERTY(int requiredCount READ requiredCount NOTIFY attendanceChanged)
    Q_PROPERTY(bool quorumReached READ quorumReached NOTIFY attendanceChanged)
    // Full names of the delegates not present (absent, excused or not checked in).
    Q_PROPERTY(QStringList absentNames READ absentNames NOTIFY attendanceChanged)
    // Full names of the delegates present whose devices are all disconnected.
    Q_PROPERTY(QStringList droppedNames READ droppedNames NOTIFY attendanceChanged)
    // The body's default vote rule, preselected for openVote().
    Q_PROPERTY(QString defaultRule READ defaultRule NOTIFY defaultRuleChanged)
    // The body's latest vote round.
    Q_PROPERTY(qint64 roundId READ roundId NOTIFY roundChanged)
    Q_PROPERTY(int roundNo READ roundNo NOTIFY roundChanged)
    // open | closed | cancelled | repeated, or empty when there is none.
    Q_PROPERTY(QString roundState READ roundState NOTIFY roundChanged)
    Q_PROPERTY(bool voteOpen READ voteOpen NOTIFY roundChanged)
    Q_PROPERTY(QString question READ question NOTIFY roundChanged)
    Q_PROPERTY(QString rule READ rule NOTIFY roundChanged)
    Q_PROPERTY(qint64 deadline READ deadline NOTIFY roundChanged) // ms, server time; 0 = none
    Q_PROPERTY(int votedCount READ votedCount NOTIFY progressChanged)
    // Full names of the delegates present who have not voted in the open round.
    Q_PROPERTY(QStringList notVotedNames READ notVotedNames NOTIFY progressChanged)
    // The closed round's result as the server sent it (total, present, voted,
    // approve, disapprove, notVoting, shares, rule, requiredApprovals, verdict,
    // handCounted, names); empty while there is none.
    Q_PROPERTY(QVariantMap result READ result NOTIFY roundChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    ChairController(LiveContext *context, AgendaModel *agenda, SpeakerController *speakers,
                    QObject *parent = nullptr);

    bool canChair() const { return m_canChair; }
    qint64 currentItemId() const { return m_context->currentItemId(); }
    QString currentItemTitle() const { return m_context->itemTitle(currentItemId()); }
    bool hasNextItem() const { return neighbourItem(+1) != 0; }
    bool hasPreviousItem() const { return neighbourItem(-1) != 0; }
    qint64 sittingId() const { return m_context->currentSittingId(); }
    QString sittingTitle() const { return m_context->sitting(sittingId()).title; }
    QString sittingState() const {
        return sittingId() != 0 ? m_context->sitting(sittingId()).state : QString();
    }
    bool attendanceKnown() const { return m_attendanceKnown; }
    int delegateCount() const { return int(cborInt(m_quorum, "total")); }
    int presentCount() const { return int(cborInt(m_quorum, "present")); }
    int requiredCount() const { return int(cborInt(m_quorum, "required")); }
    bool quorumReached() const { return m_quorum.value(QStringLiteral("reached")).toBool(); }
    QStringList absentNames() const;
    QStringList droppedNames() const;
    QString defaultRule() const { return m_context->body().voteRule; }
    qint64 roundId() const { return cborInt(m_round, "id"); }
    int roundNo() const { return int(cborInt(m_round, "roundNo")); }
    QString roundState() const { return m_round.value(QStringLiteral("state")).toString(); }
    bool voteOpen() const { return roundState() == QLatin1String("open"); }
    QString question() const { return m_round.value(QStringLiteral("question")).toString(); }
    QString rule() const { return m_round.value(QStringLiteral("rule")).toString(); }
    qint64 deadline() const { return cborInt(m_round, "deadline"); }
    int votedCount() const;
    QStringList notVotedNames() const;
    QVariantMap result() const;
    bool busy() const { return m_requests->busy(); }
    QString errorMessage() const { return m_requests->errorMessage(); }

    // The current sitting: open it (also again after a break) or close it.
    Q_INVOKABLE void openSitting();
    Q_INVOKABLE void closeSitting();
    // The agenda.
    Q_INVOKABLE void moveToItem(qint64 itemId);
    Q_INVOKABLE void nextItem();
    Q_INVOKABLE void previousItem();
    // The speaker queue of the current item.
    Q_INVOKABLE void giveFloor(qint64 requestId);
    Q_INVOKABLE void endFloor();
    Q_INVOKABLE void reorder(const QList<qint64> &requestIds);
    // Votes on the current item. An empty rule takes defaultRule; seconds 0 = no deadline.
    Q_INVOKABLE void openVote(const QString &question, const QString &rule = {}, int seconds = 0);
    Q_INVOKABLE void extend(int seconds);
    Q_INVOKABLE void closeVote();
    Q_INVOKABLE void cancelVote();
    Q_INVOKABLE void repeatVote();
    // The hall screen: mode agenda | document | result | attendance.
    Q_INVOKABLE void showOnHall(const QString &mode, qint64 document = 0, qint64 page = 0, qint64 round = 0);
    // Asks the server for the attendance of the current sitting again.
    Q_INVOKABLE void reloadAttendance();
    Q_INVOKABLE void clearError();

signals:
    void canChairChanged();
    void currentItemChanged();
    void sittingChanged();
    void attendanceChanged();
    void defaultRuleChanged();
    void roundChanged();
    void progressChanged();
    void busyChanged();
    void errorMessageChanged();

private:
    struct Attendee {
        QString fullName;
        QString status;
        bool online = false;
    };

    static qint64 cborInt(const QCborMap &map, const char *key) {
        return map.value(QLatin1String(key)).toInteger();
    }
    qint64 neighbourItem(int step) const;
    bool isDelegateMember(qint64 member) const;
    bool isPresent(const Attendee &a) const;
    // Sends a chair request; the server decides whether the account may, and
    // its refusal becomes errorMessage (worded by `explain` when it returns
    // text for the refusal). `done` gets the result body.
    void send(protocol::Request type, const QCborMap &body, std::function<void(const QCborMap &)> done = {},
              std::function<QString(const Reply &)> explain = {});
    void onEvent(const protocol::Frame &event);
    void onSnapshot(const QCborMap &state);
    void applyEntry(const QCborMap &entry);
    void storeRound(const QCborMap &round);
    // Shows the latest round of the open session's body.
    void pickRound();
    void fetchVoters();
    void refreshRole();
    void setError(const QString &message) { m_requests->setErrorMessage(message); }

    LiveContext *m_context;
    RequestStatus *m_requests;
    AgendaModel *m_agenda;
    SpeakerController *m_speakers;
    bool m_canChair = false;
    QString m_shownRule;
    qint64 m_attendanceSitting = 0;
    bool m_attendanceKnown = false;
    QCborMap m_quorum;
    QHash<qint64, Attendee> m_attendees;  // member -> attendance in the current sitting
    QList<qint64> m_attendeeOrder;        // as the server sorts them
    QHash<qint64, bool> m_delegateMember; // member -> holds the delegate function
    QHash<qint64, QCborMap> m_rounds;     // body -> its latest round
    QCborMap m_round;                     // the one shown
    QSet<qint64> m_voters;                // of the open round
};

} // namespace council::client
