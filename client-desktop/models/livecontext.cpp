#include "livecontext.h"

#include "cborread.h"
#include "serverconnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <memory>

namespace council::client {

using protocol::Event;
using protocol::Request;

namespace {

LiveContext::BodyRules bodyFromCbor(const QCborMap &map) {
    LiveContext::BodyRules b;
    b.id = cbor::integer(map, "id");
    b.delegateTotal = int(cbor::integer(map, "delegateTotal"));
    b.speakingSeconds = int(cbor::integer(map, "speakingSeconds", 300));
    b.speakingWarningSeconds = int(cbor::integer(map, "speakingWarningSeconds", 60));
    b.quorumRule = cbor::text(map, "quorumRule");
    b.voteRule = cbor::text(map, "voteRule");
    return b;
}

LiveContext::Sitting sittingFromCbor(const QCborMap &map) {
    LiveContext::Sitting s{cbor::integer(map, "id"), cbor::integer(map, "session"), cbor::text(map, "title"),
                           cbor::text(map, "date"), cbor::text(map, "startsAt")};
    const QString state = cbor::text(map, "state");
    if (!state.isEmpty())
        s.state = state;
    s.openedAt = cbor::integer(map, "openedAt");
    s.closedAt = cbor::integer(map, "closedAt");
    return s;
}

bool sameRules(const LiveContext::BodyRules &a, const LiveContext::BodyRules &b) {
    return a.id == b.id && a.delegateTotal == b.delegateTotal && a.speakingSeconds == b.speakingSeconds &&
           a.speakingWarningSeconds == b.speakingWarningSeconds && a.quorumRule == b.quorumRule &&
           a.voteRule == b.voteRule;
}

} // namespace

LiveContext::LiveContext(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection) {
    connect(connection, &ServerConnection::authenticated, this, [this](const QCborMap &account) {
        const QString username = cbor::text(account, "username");
        // Another account on this device: nothing of the previous one may show.
        if (!m_username.isEmpty() && username != m_username) {
            const qint64 session = m_sessionId; // the page stays; its contents go
            clear();
            m_sessionId = session;
        }
        m_username = username;
    });
    connect(connection, &ServerConnection::snapshotReceived, this,
            [this](const QCborMap &state, qint64) { applySnapshot(state); });
    connect(connection, &ServerConnection::eventReceived, this, &LiveContext::applyEvent);
    connect(connection, &ServerConnection::online, this, [this] {
        syncClock();
        emit online();
    });
}

bool LiveContext::isOnline() const {
    return m_connection->state() == ServerConnection::State::Online;
}

void LiveContext::setSessionId(qint64 id) {
    if (m_sessionId == id)
        return;
    m_sessionId = id;
    refresh();
}

bool LiveContext::isDelegate() const {
    return m_myMembers.value(bodyId()).functions.contains(QLatin1String("delegate"));
}

qint64 LiveContext::serverNowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

void LiveContext::setToday(const QDate &day) {
    m_today = day;
    refresh();
}

void LiveContext::clear() {
    m_sessionId = 0;
    m_username.clear();
    m_bodies.clear();
    m_sessions.clear();
    m_sittings.clear();
    m_items.clear();
    m_myMembers.clear();
    refresh();
    emit cleared();
}

void LiveContext::applySnapshot(const QCborMap &state) {
    m_bodies.clear();
    m_sessions.clear();
    m_sittings.clear();
    m_items.clear();
    m_myMembers.clear();
    for (const QCborValue &v : cbor::array(state, "bodies")) {
        const BodyRules b = bodyFromCbor(v.toMap());
        m_bodies.insert(b.id, b);
    }
    for (const QCborValue &v : cbor::array(state, "members"))
        applyMember(v.toMap());
    for (const QCborValue &v : cbor::array(state, "sessions")) {
        const QCborMap m = v.toMap();
        const SessionInfo s{cbor::integer(m, "id"), cbor::integer(m, "body"),
                            cbor::optionalId(m, "currentItem")};
        m_sessions.insert(s.id, s);
    }
    for (const QCborValue &v : cbor::array(state, "sittings")) {
        const Sitting s = sittingFromCbor(v.toMap());
        m_sittings.insert(s.id, s);
    }
    for (const QCborValue &v : cbor::array(state, "agenda")) {
        const QCborMap m = v.toMap();
        const ItemInfo i{cbor::integer(m, "id"), cbor::integer(m, "session"), cbor::optionalId(m, "sitting"),
                         cbor::text(m, "title")};
        m_items.insert(i.id, i);
    }
    refresh();
    emit snapshotApplied();
}

void LiveContext::applyMember(const QCborMap &member) {
    const qint64 id = cbor::integer(member, "id");
    const qint64 body = cbor::integer(member, "body");
    const bool mine = !m_username.isEmpty() && cbor::text(member, "username") == m_username;
    if (mine) {
        MyMember me{id, cbor::text(member, "fullName"), {}};
        for (const QCborValue &f : cbor::array(member, "functions"))
            me.functions << f.toString();
        m_myMembers.insert(body, me);
    } else if (m_myMembers.value(body).id == id) {
        m_myMembers.remove(body); // the account was unlinked from this member
    }
}

void LiveContext::applyMemberships(const QCborMap &me) {
    m_myMembers.clear();
    for (const QCborValue &v : cbor::array(me, "memberships")) {
        const QCborMap entry = v.toMap();
        const BodyRules b = bodyFromCbor(cbor::map(entry, "body"));
        if (b.id != 0)
            m_bodies.insert(b.id, b);
        QCborMap member = cbor::map(entry, "member");
        member.insert(QStringLiteral("username"), m_username);
        applyMember(member);
    }
    refresh();
}

void LiveContext::applyEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::BodyChanged: {
        const BodyRules b = bodyFromCbor(cbor::map(body, "body"));
        if (b.id != 0)
            m_bodies.insert(b.id, b);
        break;
    }
    case Event::MemberChanged:
        applyMember(cbor::map(body, "member"));
        break;
    case Event::MemberRemoved:
        if (m_myMembers.value(cbor::integer(body, "body")).id == cbor::integer(body, "id"))
            m_myMembers.remove(cbor::integer(body, "body"));
        break;
    case Event::MembersImported:
        // An import may have linked this account to a member: ask who we are.
        m_connection->request(Request::Me, {}, [this](const Reply &r) {
            if (r.ok)
                applyMemberships(r.body);
        });
        return;
    case Event::SessionChanged: {
        const QCborMap m = cbor::map(body, "session");
        const SessionInfo s{cbor::integer(m, "id"), cbor::integer(m, "body"),
                            cbor::optionalId(m, "currentItem")};
        if (s.id != 0)
            m_sessions.insert(s.id, s);
        break;
    }
    case Event::SessionRemoved:
        m_sessions.remove(cbor::integer(body, "id"));
        break;
    case Event::AgendaCurrentChanged: {
        auto it = m_sessions.find(cbor::integer(body, "session"));
        if (it != m_sessions.end())
            it->currentItem = cbor::optionalId(body, "item");
        break;
    }
    case Event::AgendaItemChanged: {
        const QCborMap m = cbor::map(body, "item");
        const ItemInfo i{cbor::integer(m, "id"), cbor::integer(m, "session"), cbor::optionalId(m, "sitting"),
                         cbor::text(m, "title")};
        if (i.id != 0)
            m_items.insert(i.id, i);
        break;
    }
    case Event::AgendaItemRemoved:
        m_items.remove(cbor::integer(body, "id"));
        break;
    case Event::SittingChanged: {
        const Sitting s = sittingFromCbor(cbor::map(body, "sitting"));
        if (s.id != 0)
            m_sittings.insert(s.id, s);
        break;
    }
    case Event::SittingRemoved:
        m_sittings.remove(cbor::integer(body, "id"));
        for (ItemInfo &i : m_items) {
            if (i.sitting == cbor::integer(body, "id"))
                i.sitting = 0;
        }
        break;
    default:
        return;
    }
    refresh();
}

void LiveContext::syncClock() {
    // Half the round trip is the best guess of when the server read its clock.
    auto sent = std::make_shared<QElapsedTimer>();
    sent->start();
    m_connection->request(Request::Ping, {}, [this, sent](const Reply &r) {
        const qint64 serverTime = cbor::integer(r.body, "time");
        if (!r.ok || serverTime <= 0)
            return;
        const qint64 offset = serverTime + sent->elapsed() / 2 - QDateTime::currentMSecsSinceEpoch();
        if (offset == m_clockOffsetMs)
            return;
        m_clockOffsetMs = offset;
        emit clockChanged();
    });
}

void LiveContext::refresh() {
    const qint64 body = bodyId();
    const qint64 member = myMemberId();
    const bool delegate = isDelegate();
    if (body != m_shownBody || member != m_shownMember || delegate != m_shownDelegate) {
        m_shownBody = body;
        m_shownMember = member;
        m_shownDelegate = delegate;
        emit sessionChanged();
    }
    const BodyRules rules = this->body();
    if (!sameRules(rules, m_shownRules)) {
        m_shownRules = rules;
        emit rulesChanged();
    }
    const qint64 item = currentItemId();
    if (item != m_shownItem) {
        m_shownItem = item;
        emit currentItemChanged();
    }

    // The sitting "now": see the header.
    qint64 chosen = 0;
    if (m_sessionId != 0) {
        const ItemInfo current = m_items.value(item);
        // The open sitting is "now", whatever the dates say.
        const auto open = std::find_if(m_sittings.cbegin(), m_sittings.cend(), [this](const Sitting &s) {
            return s.session == m_sessionId && s.state == QLatin1String("open");
        });
        if (open != m_sittings.cend()) {
            chosen = open->id;
        } else if (current.sitting != 0 && m_sittings.contains(current.sitting)) {
            chosen = current.sitting;
        } else {
            const QString today = (m_today.isValid() ? m_today : QDate::currentDate()).toString(Qt::ISODate);
            auto key = [](const Sitting &s) { return s.date + QLatin1Char(' ') + s.startsAt; };
            const Sitting *todays = nullptr, *next = nullptr, *last = nullptr;
            for (const Sitting &s : m_sittings) {
                if (s.session != m_sessionId)
                    continue;
                if (s.date == today && (!todays || key(s) < key(*todays)))
                    todays = &s;
                if (s.date > today && (!next || key(s) < key(*next)))
                    next = &s;
                if (s.date < today && (!last || key(s) > key(*last)))
                    last = &s;
            }
            const Sitting *pick = todays ? todays : next ? next : last;
            chosen = pick ? pick->id : 0;
        }
    }
    const Sitting s = m_sittings.value(chosen);
    const QStringList shown{
        QString::number(chosen),    s.title, s.date, s.startsAt, s.state, QString::number(s.openedAt),
        QString::number(s.closedAt)};
    const QString shownKey = shown.join(QLatin1Char('|'));
    if (chosen != m_currentSitting || shownKey != m_shownSittingKey) {
        m_currentSitting = chosen;
        m_shownSittingKey = shownKey;
        emit currentSittingChanged();
    }
}

} // namespace council::client
