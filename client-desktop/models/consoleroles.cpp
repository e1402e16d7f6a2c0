#include "consoleroles.h"

#include "hallmodel.h"
#include "livecontext.h"
#include "serverconnection.h"

namespace council::client {

namespace {

const QString kDelegate = QStringLiteral("delegate");
const QString kChair = QStringLiteral("chair");
const QString kSecretary = QStringLiteral("secretary");
const QString kDocuments = QStringLiteral("documents");
const QString kHall = QStringLiteral("hall");

} // namespace

ConsoleRoles::ConsoleRoles(LiveContext *context, HallModel *hall, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_hall(hall) {
    connect(context, &LiveContext::sessionChanged, this, &ConsoleRoles::refresh);
    connect(context, &LiveContext::snapshotApplied, this, &ConsoleRoles::refresh);
    connect(context, &LiveContext::rulesChanged, this, &ConsoleRoles::refresh);
    connect(context, &LiveContext::cleared, this, [this] {
        m_chosen.clear();
        refresh();
    });
    // A member's functions can change while the session is open (the
    // secretariat edits the member list); LiveContext has applied the event
    // by the time this runs, as it was connected first.
    connect(context->connection(), &ServerConnection::eventReceived, this,
            [this](const protocol::Frame &event) {
                const auto type = protocol::Event(event.type);
                if (type == protocol::Event::MemberChanged || type == protocol::Event::MemberRemoved)
                    refresh();
            });
    connect(hall, &HallModel::rolesChanged, this, &ConsoleRoles::refresh);
    refresh();
}

QStringList ConsoleRoles::consolesFor(const QStringList &functions, bool hasSession, bool hallStaff) {
    QStringList out;
    if (hasSession) {
        if (functions.contains(kDelegate))
            out << kDelegate;
        if (functions.contains(kChair) || functions.contains(QStringLiteral("vice_chair")))
            out << kChair;
        if (functions.contains(kSecretary))
            out << kSecretary;
        if (functions.contains(kSecretary) || functions.contains(QStringLiteral("approver")))
            out << kDocuments;
    }
    if (hallStaff && !out.isEmpty())
        out << kHall;
    return out;
}

QString ConsoleRoles::defaultConsole(const QStringList &consoles) {
    for (const QString &key : consoles) {
        if (key != kHall)
            return key;
    }
    return kDelegate;
}

void ConsoleRoles::setCurrent(const QString &key) {
    if (key == kHall || (!m_consoles.contains(key) && key != kDelegate))
        return;
    if (key == kDelegate && !m_consoles.contains(key) && !m_consoles.isEmpty())
        return;
    m_chosen = key;
    if (m_current == key)
        return;
    m_current = key;
    emit currentChanged();
}

void ConsoleRoles::refresh() {
    const QStringList consoles =
        consolesFor(m_context->myFunctions(), m_context->sessionId() != 0, m_hall->hallStaff());
    if (consoles != m_consoles) {
        m_consoles = consoles;
        emit consolesChanged();
    }
    const QString current =
        m_consoles.contains(m_chosen) && m_chosen != kHall ? m_chosen : defaultConsole(m_consoles);
    if (current != m_current) {
        m_current = current;
        emit currentChanged();
    }
}

} // namespace council::client
