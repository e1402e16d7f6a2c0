#include "secretariatcontroller.h"

#include "cborread.h"

#include <QCborArray>
#include <QDate>

namespace council::client {

using protocol::Event;
using protocol::Request;

SecretariatController::SecretariatController(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_editor(new SessionEditor(context, this))
    , m_members(new MemberImportModel(context, this))
    , m_attendance(new AttendanceOverrideModel(context, this))
    , m_handCount(new HandCountForm(context, this)) {
    connect(context, &LiveContext::online, this, &SecretariatController::reload);
    connect(context, &LiveContext::sessionChanged, this, &SecretariatController::followApp);
    connect(context, &LiveContext::currentSittingChanged, this, &SecretariatController::pickSitting);
    connect(context, &LiveContext::cleared, this, [this] {
        m_bodies.clear();
        m_bodyId = 0;
        m_followedSession = 0;
        emit bodiesChanged();
        emit bodyIdChanged();
        emit sessionIdChanged();
    });
    connect(m_editor, &SessionEditor::sessionIdChanged, this, [this] {
        m_handCount->setSessionId(m_editor->sessionId());
        emit sessionIdChanged();
    });
    connect(m_editor, &SessionEditor::sessionChanged, this, [this] {
        if (m_editor->sessionBody() > 0)
            setBodyId(m_editor->sessionBody());
    });
    connect(m_editor, &SessionEditor::sittingsChanged, this, &SecretariatController::pickSitting);
    // A function given or taken away (a member import, an edit) may change the councils.
    connect(context->connection(), &ServerConnection::eventReceived, this, [this](const protocol::Frame &e) {
        const auto type = Event(e.type);
        if (type == Event::MembersImported || type == Event::MemberChanged || type == Event::MemberRemoved ||
            type == Event::BodyChanged)
            reload();
    });
}

void SecretariatController::reload() {
    if (!m_context->isOnline())
        return;
    const quint64 fetch = ++m_fetch;
    m_context->connection()->request(Request::Me, {}, [this, fetch](const Reply &r) {
        if (!r.ok || fetch != m_fetch)
            return;
        QVariantList bodies;
        for (const QCborValue &v : cbor::array(r.body, "memberships")) {
            const QCborMap body = cbor::map(v.toMap(), "body");
            const QCborMap member = cbor::map(v.toMap(), "member");
            if (!cbor::array(member, "functions").contains(QCborValue(QStringLiteral("secretary"))))
                continue;
            bodies.append(QVariantMap{{QStringLiteral("id"), cbor::integer(body, "id")},
                                      {QStringLiteral("name"), cbor::text(body, "name")}});
        }
        if (bodies != m_bodies) {
            m_bodies = bodies;
            emit bodiesChanged();
        }
        if (m_bodyId == 0 && !m_bodies.isEmpty())
            setBodyId(m_bodies.first().toMap().value(QStringLiteral("id")).toLongLong());
        followApp();
    });
}

void SecretariatController::setBodyId(qint64 id) {
    if (id == m_bodyId)
        return;
    m_bodyId = id;
    m_members->setBodyId(id);
    emit bodyIdChanged();
}

void SecretariatController::setSessionId(qint64 id) {
    m_editor->setSessionId(id);
}

void SecretariatController::followApp() {
    // The session open in the app is the one the secretary works on, until
    // another is chosen here; opening another one in the app moves here too.
    const qint64 appSession = m_context->sessionId();
    if (appSession != 0 && appSession != m_followedSession)
        m_editor->setSessionId(appSession);
    m_followedSession = appSession;
    pickSitting();
}

void SecretariatController::pickSitting() {
    // The sitting whose attendance is corrected: the app's current one when
    // the same session is open there, else today's, else the next one, else
    // the last one held. The page may choose another.
    const qint64 session = m_editor->sessionId();
    const QVariantList sittings = m_editor->sittings();
    qint64 chosen = m_attendance->sittingId();
    bool stillThere = false;
    for (const QVariant &v : sittings)
        stillThere = stillThere || v.toMap().value(QStringLiteral("id")).toLongLong() == chosen;
    if (stillThere)
        return;
    chosen = 0;
    if (session != 0 && session == m_context->sessionId())
        chosen = m_context->currentSittingId();
    if (chosen == 0 && !sittings.isEmpty()) {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QVariant &v : sittings) {
            if (v.toMap().value(QStringLiteral("date")).toString() >= today) {
                chosen = v.toMap().value(QStringLiteral("id")).toLongLong();
                break;
            }
        }
        if (chosen == 0)
            chosen = sittings.last().toMap().value(QStringLiteral("id")).toLongLong();
    }
    m_attendance->setSittingId(chosen);
}

} // namespace council::client
