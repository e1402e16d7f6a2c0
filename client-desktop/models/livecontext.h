// What the live-sitting controllers (attendance, speakers, votes) share about
// the open session: its body and the body's rules, who the logged-in account
// is in that body, the session's sittings and which of them is "now", the
// item under discussion, and the server's clock. Kept from the connection's
// snapshot and events like the list models; the only requests it sends are
// `me` (after a member import) and a `ping` to learn the server's time.
#pragma once

#include "protocol/frame.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace council::client {

class ServerConnection;

class LiveContext : public QObject {
    Q_OBJECT
public:
    struct BodyRules {
        qint64 id = 0;
        int delegateTotal = 0;
        int speakingSeconds = 300;
        int speakingWarningSeconds = 60;
        QString quorumRule;
        QString voteRule;
    };
    struct Sitting {
        qint64 id = 0;
        qint64 session = 0;
        QString title;
        QString date; // YYYY-MM-DD
        QString startsAt;
        QString state = QStringLiteral("planned"); // planned | open | closed
        qint64 openedAt = 0;                       // ms; 0 = never
        qint64 closedAt = 0;                       // ms; 0 = not closed
    };

    explicit LiveContext(ServerConnection *connection, QObject *parent = nullptr);

    ServerConnection *connection() const { return m_connection; }
    bool isOnline() const;

    // The session the user has open (0 = none); AppController sets it.
    void setSessionId(qint64 id);
    qint64 sessionId() const { return m_sessionId; }
    qint64 bodyId() const { return m_sessions.value(m_sessionId).body; }
    BodyRules body() const { return m_bodies.value(bodyId()); }

    // The account's member in the open session's body; 0 when it is none.
    qint64 myMemberId() const { return m_myMembers.value(bodyId()).id; }
    bool isDelegate() const;
    // The functions the account's member holds in that body (delegate, chair, ...).
    QStringList myFunctions() const { return m_myMembers.value(bodyId()).functions; }
    QString myFullName() const { return m_myMembers.value(bodyId()).fullName; }

    qint64 currentItemId() const { return m_sessions.value(m_sessionId).currentItem; }
    QString itemTitle(qint64 itemId) const { return m_items.value(itemId).title; }
    // The sitting attendance is taken for: the one the chair has opened (a
    // session has at most one open sitting), else the one of the item under
    // discussion, else today's (the earliest if several), else the next one
    // to come, else the last one held. 0 when the session has no sitting.
    // currentSittingChanged also tells of a change of its title, time or state.
    qint64 currentSittingId() const { return m_currentSitting; }
    Sitting sitting(qint64 id) const { return m_sittings.value(id); }

    // Milliseconds since the epoch on the server's clock, as far as the last
    // ping could tell; deadlines and speaking times are in server time.
    qint64 serverNowMs() const;
    // For tests: the day taken as "today" when choosing the sitting.
    void setToday(const QDate &day);

    void clear();

signals:
    // The open session, its body or the account's membership changed.
    void sessionChanged();
    void currentItemChanged();
    void currentSittingChanged();
    // The body's rules (speaking time, vote rule) changed.
    void rulesChanged();
    // The whole state was replaced: what the snapshot lacks (attendance,
    // speaker queues) has to be asked for again.
    void snapshotApplied();
    // Back online after a connect or reconnect (after the sync reply).
    void online();
    void clockChanged();
    // clear() was called (logout): forget everything of the account.
    void cleared();

private:
    struct SessionInfo {
        qint64 id = 0;
        qint64 body = 0;
        qint64 currentItem = 0;
    };
    struct ItemInfo {
        qint64 id = 0;
        qint64 session = 0;
        qint64 sitting = 0;
        QString title;
    };
    struct MyMember {
        qint64 id = 0;
        QString fullName;
        QStringList functions;
    };

    void applySnapshot(const QCborMap &state);
    void applyEvent(const protocol::Frame &event);
    void applyMember(const QCborMap &member);
    void applyMemberships(const QCborMap &me);
    void syncClock();
    // Recomputes the derived values and emits what changed.
    void refresh();

    ServerConnection *m_connection;
    QString m_username;
    qint64 m_sessionId = 0;
    QHash<qint64, BodyRules> m_bodies;
    QHash<qint64, SessionInfo> m_sessions;
    QHash<qint64, Sitting> m_sittings;
    QHash<qint64, ItemInfo> m_items;
    QHash<qint64, MyMember> m_myMembers; // body id -> the account's member there

    // What the signals last announced.
    qint64 m_shownBody = 0;
    qint64 m_shownMember = 0;
    bool m_shownDelegate = false;
    qint64 m_shownItem = 0;
    qint64 m_currentSitting = 0;
    QString m_shownSittingKey;
    BodyRules m_shownRules;

    qint64 m_clockOffsetMs = 0;
    QDate m_today;
};

} // namespace council::client
