#include "sessioneditor.h"

#include "cborread.h"
#include "rowvalues.h"

#include <QCborArray>
#include <QDate>
#include <QTime>
#include <algorithm>

namespace council::client {

using cbor::key;
using protocol::Event;
using protocol::Request;

namespace {

QDate isoDate(const QString &text) {
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

constexpr int kMaxMinutes = 24 * 60; // the server's limit of plannedMinutes

const QStringList &kinds() {
    static const QStringList list{QStringLiteral("resolution"), QStringLiteral("submission"),
                                  QStringLiteral("report"), QStringLiteral("procedural"),
                                  QStringLiteral("other")};
    return list;
}

} // namespace

SessionEditor::SessionEditor(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_requests(new RequestStatus(this))
    , m_agenda(new AgendaModel(this)) {
    connect(m_requests, &RequestStatus::busyChanged, this, &SessionEditor::busyChanged);
    connect(m_requests, &RequestStatus::errorMessageChanged, this, &SessionEditor::errorMessageChanged);
    connect(m_requests, &RequestStatus::statusMessageChanged, this, &SessionEditor::statusMessageChanged);
    ServerConnection *connection = context->connection();
    connect(connection, &ServerConnection::snapshotReceived, m_agenda,
            [this](const QCborMap &state, qint64) { m_agenda->applySnapshot(state); });
    connect(connection, &ServerConnection::eventReceived, m_agenda, &AgendaModel::applyEvent);
    connect(connection, &ServerConnection::eventReceived, this, &SessionEditor::onEvent);
    // What a reconnect may have missed is in the snapshot or the replayed events,
    // except the sittings list this editor keeps itself: ask again.
    connect(context, &LiveContext::online, this, &SessionEditor::reload);
    connect(context, &LiveContext::cleared, this, [this] {
        m_agenda->clear();
        setSessionId(0);
        clearMessages();
    });
}

void SessionEditor::setSessionId(qint64 id) {
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    m_agenda->setSessionId(id);
    m_session.clear();
    m_sittings.clear();
    emit sessionIdChanged();
    emit sessionChanged();
    emit sittingsChanged();
    reload();
}

void SessionEditor::reload() {
    if (m_sessionId == 0 || !m_context->isOnline())
        return;
    const quint64 fetch = ++m_fetch;
    const qint64 id = m_sessionId;
    m_context->connection()->request(Request::SessionGet, QCborMap{{key("id"), id}},
                                     [this, fetch, id](const Reply &r) {
                                         if (fetch != m_fetch || id != m_sessionId)
                                             return;
                                         if (!r.ok) {
                                             setError(refusalText(r));
                                             return;
                                         }
                                         applySession(cbor::map(r.body, "session"));
                                         applySittings(cbor::array(r.body, "sittings"));
                                     });
}

// --- checks before sending --------------------------------------------------

QString SessionEditor::sessionProblem(const QString &title, const QString &startsOn,
                                      const QString &endsOn) const {
    if (title.trimmed().isEmpty())
        return tr("Enter the session's title.");
    const QDate from = isoDate(startsOn);
    const QDate to = isoDate(endsOn);
    if (!from.isValid())
        return tr("Enter the first day as YYYY-MM-DD, e.g. 2025-07-08.");
    if (!to.isValid())
        return tr("Enter the last day as YYYY-MM-DD, e.g. 2025-07-10.");
    if (to < from)
        return tr("The last day cannot be before the first day.");
    return {};
}

QString SessionEditor::sittingProblem(const QString &title, const QString &date,
                                      const QString &startsAt) const {
    if (title.trimmed().isEmpty())
        return tr("Enter the sitting's title.");
    const QDate day = isoDate(date);
    if (!day.isValid())
        return tr("Enter the sitting's date as YYYY-MM-DD.");
    const QDate from = isoDate(m_session.value(QStringLiteral("startsOn")).toString());
    const QDate to = isoDate(m_session.value(QStringLiteral("endsOn")).toString());
    if (from.isValid() && to.isValid() && (day < from || day > to))
        return tr("The date is outside the session (%1 to %2).")
            .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
    if (!startsAt.trimmed().isEmpty() &&
        !QTime::fromString(startsAt.trimmed(), QStringLiteral("HH:mm")).isValid())
        return tr("Enter the starting time as HH:MM, e.g. 08:00, or leave it empty.");
    return {};
}

QString SessionEditor::itemProblem(const QString &title, int plannedMinutes) const {
    if (title.trimmed().isEmpty())
        return tr("Enter the item's title.");
    if (plannedMinutes < 0 || plannedMinutes > kMaxMinutes)
        return tr("The planned time must be between 0 and %1 minutes.").arg(kMaxMinutes);
    return {};
}

// --- changes ----------------------------------------------------------------

void SessionEditor::send(Request type, const QCborMap &body, const QString &doneText,
                         std::function<void(const QCborMap &)> done) {
    clearMessages();
    m_requests->send(m_context->connection(), type, body, [this, done, doneText](const QCborMap &r) {
        setStatus(doneText);
        if (done)
            done(r);
    });
}

void SessionEditor::createSession(qint64 body, const QString &title, const QString &location,
                                  const QString &startsOn, const QString &endsOn) {
    if (const QString problem = sessionProblem(title, startsOn, endsOn); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    if (body <= 0) {
        setError(tr("Choose the council the session belongs to."));
        return;
    }
    QCborMap b{{key("body"), body},
               {key("title"), title.trimmed()},
               {key("startsOn"), startsOn.trimmed()},
               {key("endsOn"), endsOn.trimmed()}};
    if (!location.trimmed().isEmpty())
        b.insert(key("location"), location.trimmed());
    send(Request::SessionCreate, b, tr("The session was created."), [this](const QCborMap &r) {
        const QCborMap session = cbor::map(r, "session");
        const qint64 id = cbor::integer(session, "id");
        if (id == 0)
            return;
        setSessionId(id);
        applySession(session);
        emit sessionCreated(id);
    });
}

void SessionEditor::updateSession(const QString &title, const QString &location, const QString &startsOn,
                                  const QString &endsOn) {
    if (const QString problem = sessionProblem(title, startsOn, endsOn); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    const QCborMap b{{key("id"), m_sessionId},
                     {key("title"), title.trimmed()},
                     {key("location"), location.trimmed()},
                     {key("startsOn"), startsOn.trimmed()},
                     {key("endsOn"), endsOn.trimmed()}};
    send(Request::SessionUpdate, b, tr("The session was saved."),
         [this](const QCborMap &r) { applySession(cbor::map(r, "session")); });
}

void SessionEditor::setSessionState(const QString &state) {
    send(Request::SessionUpdate, QCborMap{{key("id"), m_sessionId}, {key("state"), state}},
         tr("The session's state was changed."),
         [this](const QCborMap &r) { applySession(cbor::map(r, "session")); });
}

void SessionEditor::addSitting(const QString &title, const QString &date, const QString &startsAt) {
    if (const QString problem = sittingProblem(title, date, startsAt); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    QCborMap b{{key("session"), m_sessionId}, {key("title"), title.trimmed()}, {key("date"), date.trimmed()}};
    if (!startsAt.trimmed().isEmpty())
        b.insert(key("startsAt"), startsAt.trimmed());
    send(Request::SittingAdd, b, tr("The sitting was added."));
}

void SessionEditor::updateSitting(qint64 id, const QString &title, const QString &date,
                                  const QString &startsAt) {
    if (const QString problem = sittingProblem(title, date, startsAt); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    const QCborMap b{{key("id"), id},
                     {key("title"), title.trimmed()},
                     {key("date"), date.trimmed()},
                     {key("startsAt"), startsAt.trimmed()}};
    send(Request::SittingUpdate, b, tr("The sitting was saved."));
}

void SessionEditor::removeSitting(qint64 id) {
    send(Request::SittingRemove, QCborMap{{key("id"), id}}, tr("The sitting was removed."));
}

void SessionEditor::addItem(const QString &title, qint64 sitting, const QString &presenter,
                            int plannedMinutes, const QString &kind) {
    sendItem(Request::AgendaAdd, QCborMap{{key("session"), m_sessionId}}, title, sitting, presenter,
             plannedMinutes, kind, tr("The item was added to the agenda."));
}

void SessionEditor::updateItem(qint64 id, const QString &title, qint64 sitting, const QString &presenter,
                               int plannedMinutes, const QString &kind) {
    sendItem(Request::AgendaUpdate, QCborMap{{key("id"), id}}, title, sitting, presenter, plannedMinutes,
             kind, tr("The item was saved."));
}

void SessionEditor::sendItem(Request type, QCborMap b, const QString &title, qint64 sitting,
                             const QString &presenter, int plannedMinutes, const QString &kind,
                             const QString &doneText) {
    if (const QString problem = itemProblem(title, plannedMinutes); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    b.insert(key("title"), title.trimmed());
    b.insert(key("presenter"), presenter.trimmed());
    b.insert(key("plannedMinutes"), plannedMinutes);
    if (sitting > 0)
        b.insert(key("sitting"), sitting);
    if (kinds().contains(kind))
        b.insert(key("kind"), kind);
    send(type, b, doneText);
}

void SessionEditor::moveItem(qint64 id, int position) {
    const int rows = m_agenda->rowCount();
    if (rows == 0)
        return;
    position = std::clamp(position, 0, rows - 1);
    if (m_agenda->rowOf(id) == position)
        return;
    send(Request::AgendaMove, QCborMap{{key("id"), id}, {key("position"), position}},
         tr("The agenda was reordered."));
}

void SessionEditor::removeItem(qint64 id) {
    send(Request::AgendaRemove, QCborMap{{key("id"), id}}, tr("The item was removed from the agenda."));
}

QVariantMap SessionEditor::item(qint64 id) const {
    return rowValues(*m_agenda, m_agenda->rowOf(id));
}

QStringList SessionEditor::itemKinds() const {
    return kinds();
}

void SessionEditor::clearMessages() {
    setError({});
    setStatus({});
}

// --- what the server says ---------------------------------------------------

void SessionEditor::onEvent(const protocol::Frame &event) {
    if (m_sessionId == 0)
        return;
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::SessionChanged: {
        const QCborMap session = cbor::map(body, "session");
        if (cbor::integer(session, "id") == m_sessionId)
            applySession(session);
        break;
    }
    case Event::SessionRemoved:
        if (cbor::integer(body, "id") == m_sessionId)
            setSessionId(0);
        break;
    case Event::SittingChanged: {
        const QCborMap sitting = cbor::map(body, "sitting");
        if (cbor::integer(sitting, "session") != m_sessionId)
            return;
        QCborArray all;
        const qint64 id = cbor::integer(sitting, "id");
        bool replaced = false;
        for (const QVariant &v : std::as_const(m_sittings)) {
            if (v.toMap().value(QStringLiteral("id")).toLongLong() == id) {
                all.append(sitting);
                replaced = true;
            } else {
                all.append(QCborMap::fromVariantMap(v.toMap()));
            }
        }
        if (!replaced)
            all.append(sitting);
        applySittings(all);
        break;
    }
    case Event::SittingRemoved: {
        if (cbor::integer(body, "session") != m_sessionId)
            return;
        const qint64 id = cbor::integer(body, "id");
        QCborArray rest;
        for (const QVariant &v : std::as_const(m_sittings))
            if (v.toMap().value(QStringLiteral("id")).toLongLong() != id)
                rest.append(QCborMap::fromVariantMap(v.toMap()));
        applySittings(rest);
        break;
    }
    default:
        break;
    }
}

void SessionEditor::applySession(const QCborMap &session) {
    if (cbor::integer(session, "id") != m_sessionId)
        return;
    QVariantMap map;
    map.insert(QStringLiteral("id"), cbor::integer(session, "id"));
    map.insert(QStringLiteral("body"), cbor::integer(session, "body"));
    for (const char *field : {"title", "location", "startsOn", "endsOn", "state"})
        map.insert(key(field), cbor::text(session, field));
    if (map == m_session)
        return;
    m_session = map;
    emit sessionChanged();
}

void SessionEditor::applySittings(const QCborArray &sittings) {
    QList<QVariantMap> list;
    for (const QCborValue &v : sittings) {
        const QCborMap s = v.toMap();
        QVariantMap m;
        m.insert(QStringLiteral("id"), cbor::integer(s, "id"));
        for (const char *field : {"title", "date", "startsAt"})
            m.insert(key(field), cbor::text(s, field));
        list.append(m);
    }
    std::sort(list.begin(), list.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const auto order = [](const QVariantMap &m) {
            return std::tuple(m.value(QStringLiteral("date")).toString(),
                              m.value(QStringLiteral("startsAt")).toString(),
                              m.value(QStringLiteral("id")).toLongLong());
        };
        return order(a) < order(b);
    });
    QVariantList out;
    for (const QVariantMap &m : list)
        out.append(m);
    if (out == m_sittings)
        return;
    m_sittings = out;
    emit sittingsChanged();
}

} // namespace council::client
