#include "hallplan.h"

#include "cborread.h"

#include <QCborArray>
#include <algorithm>

namespace council::client {

using protocol::Event;

namespace {

HallPlan::Body bodyFrom(const QCborMap &m) {
    return {cbor::integer(m, "id"), cbor::text(m, "name"), cbor::integer(m, "delegateTotal")};
}

HallPlan::Session sessionFrom(const QCborMap &m) {
    return {cbor::integer(m, "id"), cbor::integer(m, "body"),  cbor::text(m, "title"),
            cbor::text(m, "state"), cbor::text(m, "startsOn"), cbor::optionalId(m, "currentItem")};
}

HallPlan::Sitting sittingFrom(const QCborMap &m) {
    return {cbor::integer(m, "id"), cbor::integer(m, "session"), cbor::text(m, "title"),
            cbor::text(m, "date"), cbor::text(m, "startsAt")};
}

HallPlan::Item itemFrom(const QCborMap &m) {
    return {cbor::integer(m, "id"),       cbor::integer(m, "session"), cbor::optionalId(m, "sitting"),
            cbor::integer(m, "position"), cbor::text(m, "title"),      cbor::text(m, "presenter"),
            cbor::text(m, "kind")};
}

QStringList textList(const QCborArray &a) {
    QStringList out;
    for (const QCborValue &v : a)
        out << v.toString();
    return out;
}

template <typename T> const T *find(const QHash<qint64, T> &hash, qint64 id) {
    const auto it = hash.constFind(id);
    return it == hash.cend() ? nullptr : &*it;
}

} // namespace

void HallPlan::clear() {
    m_bodies.clear();
    m_sessions.clear();
    m_sittings.clear();
    m_items.clear();
    m_myFunctions.clear();
    m_myMemberBody.clear();
}

void HallPlan::applySnapshot(const QCborMap &state, const QString &username) {
    clear();
    for (const QCborValue &v : cbor::array(state, "bodies")) {
        const Body b = bodyFrom(v.toMap());
        m_bodies.insert(b.id, b);
    }
    for (const QCborValue &v : cbor::array(state, "sessions")) {
        const Session s = sessionFrom(v.toMap());
        m_sessions.insert(s.id, s);
    }
    for (const QCborValue &v : cbor::array(state, "sittings")) {
        const Sitting s = sittingFrom(v.toMap());
        m_sittings.insert(s.id, s);
    }
    for (const QCborValue &v : cbor::array(state, "agenda")) {
        const Item i = itemFrom(v.toMap());
        m_items.insert(i.id, i);
    }
    for (const QCborValue &v : cbor::array(state, "members"))
        memberChanged(v.toMap(), username);
}

void HallPlan::memberChanged(const QCborMap &member, const QString &username) {
    const qint64 id = cbor::integer(member, "id");
    const qint64 body = cbor::integer(member, "body");
    if (m_myMemberBody.contains(id)) {
        m_myFunctions.remove(m_myMemberBody.take(id));
    }
    if (username.isEmpty() || cbor::text(member, "username") != username)
        return;
    m_myMemberBody.insert(id, body);
    m_myFunctions.insert(body, textList(cbor::array(member, "functions")));
}

bool HallPlan::applyEvent(const protocol::Frame &event, const QString &username) {
    const QCborMap &b = event.body;
    switch (Event(event.type)) {
    case Event::BodyChanged: {
        const Body body = bodyFrom(cbor::map(b, "body"));
        m_bodies.insert(body.id, body);
        return true;
    }
    case Event::MemberChanged:
        memberChanged(cbor::map(b, "member"), username);
        return true;
    case Event::MemberRemoved: {
        const qint64 id = cbor::integer(b, "id");
        if (!m_myMemberBody.contains(id))
            return false;
        m_myFunctions.remove(m_myMemberBody.take(id));
        return true;
    }
    case Event::SessionChanged: {
        const Session s = sessionFrom(cbor::map(b, "session"));
        m_sessions.insert(s.id, s);
        return true;
    }
    case Event::SessionRemoved:
        m_sessions.remove(cbor::integer(b, "id"));
        return true;
    case Event::SittingChanged: {
        const Sitting s = sittingFrom(cbor::map(b, "sitting"));
        m_sittings.insert(s.id, s);
        return true;
    }
    case Event::SittingRemoved: {
        const qint64 id = cbor::integer(b, "id");
        m_sittings.remove(id);
        for (Item &i : m_items) {
            if (i.sitting == id)
                i.sitting = 0;
        }
        return true;
    }
    case Event::AgendaItemChanged: {
        const Item i = itemFrom(cbor::map(b, "item"));
        m_items.insert(i.id, i);
        return true;
    }
    case Event::AgendaItemRemoved:
        m_items.remove(cbor::integer(b, "id"));
        return true;
    case Event::AgendaReordered: {
        const QCborArray order = cbor::array(b, "order");
        for (qsizetype i = 0; i < order.size(); ++i) {
            auto it = m_items.find(order.at(i).toInteger());
            if (it != m_items.end())
                it->position = i;
        }
        return true;
    }
    case Event::AgendaCurrentChanged: {
        auto it = m_sessions.find(cbor::integer(b, "session"));
        if (it == m_sessions.end())
            return false;
        it->currentItem = cbor::optionalId(b, "item");
        return true;
    }
    default:
        return false;
    }
}

qint64 HallPlan::chooseSession(qint64 preferred, QDate today) const {
    QList<const Session *> all;
    for (const Session &s : m_sessions)
        all << &s;
    if (all.isEmpty())
        return 0;
    // Oldest first, so the choice does not depend on hash order.
    std::sort(all.begin(), all.end(), [](const Session *a, const Session *b) {
        return a->startsOn != b->startsOn ? a->startsOn < b->startsOn : a->id < b->id;
    });
    const Session *pref = session(preferred);
    if (pref && pref->state == QLatin1String("open"))
        return pref->id;
    for (const Session *s : all) {
        if (s->state == QLatin1String("open"))
            return s->id;
    }
    if (pref)
        return pref->id;
    if (all.size() == 1)
        return all.first()->id;
    const QString from = today.toString(Qt::ISODate);
    for (const Session *s : all) {
        if (s->state == QLatin1String("scheduled") && s->startsOn >= from)
            return s->id;
    }
    return all.last()->id;
}

QList<const HallPlan::Sitting *> HallPlan::sittingsOf(qint64 sessionId) const {
    QList<const Sitting *> out;
    for (const Sitting &s : m_sittings) {
        if (s.session == sessionId)
            out << &s;
    }
    std::sort(out.begin(), out.end(), [](const Sitting *a, const Sitting *b) {
        if (a->date != b->date)
            return a->date < b->date;
        return a->startsAt != b->startsAt ? a->startsAt < b->startsAt : a->id < b->id;
    });
    return out;
}

qint64 HallPlan::chooseSitting(qint64 sessionId, qint64 voteSitting, QDate today) const {
    const QList<const Sitting *> sittings = sittingsOf(sessionId);
    if (sittings.isEmpty())
        return 0;
    auto known = [&](qint64 id) {
        return std::any_of(sittings.begin(), sittings.end(), [id](const Sitting *s) { return s->id == id; });
    };
    if (voteSitting && known(voteSitting))
        return voteSitting;
    if (const Session *s = session(sessionId)) {
        if (const Item *current = item(s->currentItem); current && known(current->sitting))
            return current->sitting;
    }
    const QString day = today.toString(Qt::ISODate);
    for (const Sitting *s : sittings) {
        if (s->date >= day)
            return s->id; // today's, or the next one
    }
    return sittings.last()->id;
}

const HallPlan::Body *HallPlan::body(qint64 id) const {
    return find(m_bodies, id);
}

const HallPlan::Session *HallPlan::session(qint64 id) const {
    return find(m_sessions, id);
}

const HallPlan::Sitting *HallPlan::sitting(qint64 id) const {
    return find(m_sittings, id);
}

const HallPlan::Item *HallPlan::item(qint64 id) const {
    return find(m_items, id);
}

QList<const HallPlan::Item *> HallPlan::itemsOf(qint64 sessionId) const {
    QList<const Item *> out;
    for (const Item &i : m_items) {
        if (i.session == sessionId)
            out << &i;
    }
    std::sort(out.begin(), out.end(), [](const Item *a, const Item *b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    return out;
}

bool HallPlan::displayOnly() const {
    if (m_myFunctions.isEmpty())
        return false;
    return std::all_of(m_myFunctions.cbegin(), m_myFunctions.cend(),
                       [](const QStringList &f) { return f == QStringList{QStringLiteral("display")}; });
}

bool HallPlan::hallStaff() const {
    static const QStringList staff{QStringLiteral("display"), QStringLiteral("chair"),
                                   QStringLiteral("vice_chair"), QStringLiteral("secretary")};
    for (const QStringList &functions : m_myFunctions) {
        for (const QString &f : functions) {
            if (staff.contains(f))
                return true;
        }
    }
    return false;
}

} // namespace council::client
