// What the hall display can show, kept from the sync snapshot and events:
// the bodies, sessions, sittings and agenda items the account sees, and the
// functions this account holds in each body. It also decides which session
// and which sitting are "now" for the hall. Plain data, no signals: the
// HallModel asks it after each change, and a test can feed it directly.
#pragma once

#include "protocol/frame.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace council::client {

class HallPlan {
public:
    struct Body {
        qint64 id = 0;
        QString name;
        qint64 delegateTotal = 0;
    };
    struct Session {
        qint64 id = 0;
        qint64 body = 0;
        QString title;
        QString state;
        QString startsOn;
        qint64 currentItem = 0;
    };
    struct Sitting {
        qint64 id = 0;
        qint64 session = 0;
        QString title;
        QString date; // YYYY-MM-DD
        QString startsAt;
    };
    struct Item {
        qint64 id = 0;
        qint64 session = 0;
        qint64 sitting = 0;
        qint64 position = 0;
        QString title;
        QString presenter;
        QString kind;
    };

    // `username` picks this account's memberships out of the member list.
    void applySnapshot(const QCborMap &state, const QString &username);
    // True when the event changed anything this class keeps.
    bool applyEvent(const protocol::Frame &event, const QString &username);
    void clear();

    // The session the hall follows: an open one first (the preferred one if
    // it is open), else the preferred one, else the only one, else the next
    // scheduled one from `today`, else the latest. 0 when there is none.
    qint64 chooseSession(qint64 preferred, QDate today) const;
    // The sitting: the one a running vote belongs to, else the current
    // item's, else today's, else the next one, else the last. 0 when none.
    qint64 chooseSitting(qint64 session, qint64 voteSitting, QDate today) const;

    const Body *body(qint64 id) const;
    const Session *session(qint64 id) const;
    const Sitting *sitting(qint64 id) const;
    const Item *item(qint64 id) const;
    // The session's items in agenda order.
    QList<const Item *> itemsOf(qint64 session) const;

    // Every body where this account is a member, and only as the hall
    // display: such an account is a display and nothing else.
    bool displayOnly() const;
    // May show the hall view and get its check-in code: the display, a
    // chair, vice chair or secretary of some body.
    bool hallStaff() const;

private:
    void memberChanged(const QCborMap &member, const QString &username);
    QList<const Sitting *> sittingsOf(qint64 session) const;

    QHash<qint64, Body> m_bodies;
    QHash<qint64, Session> m_sessions;
    QHash<qint64, Sitting> m_sittings;
    QHash<qint64, Item> m_items;
    QHash<qint64, QStringList> m_myFunctions; // body -> this account's functions there
    QHash<qint64, qint64> m_myMemberBody;     // this account's member id -> body
};

} // namespace council::client
