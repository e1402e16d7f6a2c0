#include "attendanceoverridemodel.h"

#include "cborread.h"

#include <QCborArray>

namespace council::client {

using cbor::key;
using protocol::Event;
using protocol::Request;

namespace {

const QStringList &settable() {
    static const QStringList list{QStringLiteral("present"), QStringLiteral("late"), QStringLiteral("absent"),
                                  QStringLiteral("excused")};
    return list;
}

bool holdsDelegate(const QCborMap &member) {
    return cbor::array(member, "functions").contains(QCborValue(QStringLiteral("delegate")));
}

} // namespace

AttendanceOverrideModel::AttendanceOverrideModel(LiveContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
    , m_requests(new RequestStatus(this)) {
    connect(m_requests, &RequestStatus::busyChanged, this, &AttendanceOverrideModel::busyChanged);
    connect(m_requests, &RequestStatus::errorMessageChanged, this,
            &AttendanceOverrideModel::errorMessageChanged);
    connect(m_requests, &RequestStatus::statusMessageChanged, this,
            &AttendanceOverrideModel::statusMessageChanged);
    ServerConnection *connection = context->connection();
    connect(connection, &ServerConnection::snapshotReceived, this, [this](const QCborMap &state, qint64) {
        m_delegate.clear();
        for (const QCborValue &v : cbor::array(state, "members"))
            m_delegate.insert(cbor::integer(v.toMap(), "id"), holdsDelegate(v.toMap()));
    });
    connect(connection, &ServerConnection::eventReceived, this, &AttendanceOverrideModel::onEvent);
    // Device drops are transient events, not replayed: ask again after a reconnect.
    connect(context, &LiveContext::online, this, &AttendanceOverrideModel::reload);
    connect(context, &LiveContext::cleared, this, [this] {
        m_delegate.clear();
        setSittingId(0);
        clearMessages();
    });
}

int AttendanceOverrideModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant AttendanceOverrideModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_order.size())
        return {};
    const Entry &e = m_entries[m_order.at(index.row())];
    switch (role) {
    case MemberIdRole:
        return e.member;
    case Qt::DisplayRole:
    case FullNameRole:
        return e.fullName;
    case SeatRole:
        return e.seat;
    case StatusRole:
        return e.status;
    case StatusTextRole:
        return statusText(e.status);
    case MethodRole:
        return e.method;
    case MethodTextRole:
        if (e.method == QLatin1String("device"))
            return tr("checked in on a device");
        if (e.method == QLatin1String("code"))
            return tr("checked in with the hall code");
        if (e.method == QLatin1String("secretariat"))
            return tr("set by the secretariat");
        return QString();
    case ReasonRole:
        return e.reason;
    case AtRole:
        return e.at;
    case OnlineRole:
        return e.online;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttendanceOverrideModel::roleNames() const {
    return {{MemberIdRole, "memberId"},     {FullNameRole, "fullName"},     {SeatRole, "seat"},
            {StatusRole, "status"},         {StatusTextRole, "statusText"}, {MethodRole, "method"},
            {MethodTextRole, "methodText"}, {ReasonRole, "reason"},         {AtRole, "at"},
            {OnlineRole, "online"}};
}

QString AttendanceOverrideModel::statusText(const QString &status) {
    if (status == QLatin1String("present"))
        return tr("Present");
    if (status == QLatin1String("late"))
        return tr("Late");
    if (status == QLatin1String("absent"))
        return tr("Absent");
    if (status == QLatin1String("excused"))
        return tr("Absent (excused)");
    return tr("Not checked in");
}

void AttendanceOverrideModel::setSittingId(qint64 id) {
    if (id == m_sittingId)
        return;
    m_sittingId = id;
    beginResetModel();
    m_order.clear();
    m_entries.clear();
    endResetModel();
    m_quorum = {};
    m_known = false;
    emit sittingIdChanged();
    emit quorumChanged();
    reload();
}

void AttendanceOverrideModel::reload() {
    if (m_sittingId == 0 || !m_context->isOnline())
        return;
    const quint64 fetch = ++m_fetch;
    const qint64 sitting = m_sittingId;
    m_context->connection()->request(Request::AttendanceList, QCborMap{{key("sitting"), sitting}},
                                     [this, fetch, sitting](const Reply &r) {
                                         if (fetch != m_fetch || sitting != m_sittingId)
                                             return;
                                         if (!r.ok) {
                                             setError(refusalText(r));
                                             return;
                                         }
                                         beginResetModel();
                                         m_order.clear();
                                         m_entries.clear();
                                         for (const QCborValue &v : cbor::array(r.body, "entries")) {
                                             const Entry e = entryFromCbor(v.toMap());
                                             if (e.member == 0 || !isDelegate(e.member))
                                                 continue;
                                             m_order.append(e.member);
                                             m_entries.insert(e.member, e);
                                         }
                                         endResetModel();
                                         m_quorum = cbor::map(r.body, "quorum");
                                         m_known = true;
                                         emit quorumChanged();
                                     });
}

QString AttendanceOverrideModel::problem(const QString &status, const QString &reason) const {
    if (!settable().contains(status))
        return tr("Choose present, late, absent or excused.");
    if (reason.trimmed().isEmpty())
        return tr("Enter the reason for the change (it goes into the minutes).");
    if (reason.trimmed().size() > 300)
        return tr("The reason is too long (at most 300 characters).");
    return {};
}

void AttendanceOverrideModel::setStatus(qint64 member, const QString &status, const QString &reason) {
    setStatusMessage({});
    if (const QString p = problem(status, reason); !p.isEmpty()) {
        setError(p);
        return;
    }
    const QCborMap body{{key("sitting"), m_sittingId},
                        {key("member"), member},
                        {key("status"), status},
                        {key("reason"), reason.trimmed()}};
    m_requests->send(m_context->connection(), Request::AttendanceSet, body, [this](const QCborMap &r) {
        const QCborMap entry = cbor::map(r, "entry");
        if (cbor::integer(entry, "sitting") == m_sittingId) {
            applyEntry(entry);
            m_quorum = cbor::map(r, "quorum");
            emit quorumChanged();
        }
        const Entry e = entryFromCbor(entry);
        setStatusMessage(tr("%1: %2.").arg(e.fullName, statusText(e.status)));
    });
}

void AttendanceOverrideModel::clearMessages() {
    setError({});
    setStatusMessage({});
}

AttendanceOverrideModel::Entry AttendanceOverrideModel::entryFromCbor(const QCborMap &map) {
    Entry e;
    e.member = cbor::integer(map, "member");
    e.fullName = cbor::text(map, "fullName");
    e.seat = cbor::text(map, "seat");
    e.status = cbor::text(map, "status");
    e.method = cbor::text(map, "method");
    e.reason = cbor::text(map, "reason");
    e.at = cbor::integer(map, "at");
    e.online = cbor::field(map, "online").toBool();
    return e;
}

void AttendanceOverrideModel::applyEntry(const QCborMap &map) {
    const Entry e = entryFromCbor(map);
    const int row = int(m_order.indexOf(e.member));
    if (row < 0)
        return; // not a delegate, or the list has not arrived yet (it will hold the change)
    m_entries.insert(e.member, e);
    emit dataChanged(index(row), index(row));
}

void AttendanceOverrideModel::onEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::AttendanceChanged: {
        const QCborMap entry = cbor::map(body, "entry");
        if (m_sittingId == 0 || cbor::integer(entry, "sitting") != m_sittingId)
            return;
        applyEntry(entry);
        m_quorum = cbor::map(body, "quorum");
        emit quorumChanged();
        break;
    }
    case Event::AttendanceDevice: {
        const qint64 member = cbor::integer(body, "member");
        const int row = int(m_order.indexOf(member));
        if (row < 0)
            return;
        m_entries[member].online = cbor::field(body, "online").toBool();
        emit dataChanged(index(row), index(row), {OnlineRole});
        break;
    }
    case Event::MemberChanged: {
        const QCborMap member = cbor::map(body, "member");
        const qint64 id = cbor::integer(member, "id");
        const bool was = isDelegate(id);
        m_delegate.insert(id, holdsDelegate(member));
        if (was != isDelegate(id))
            reload();
        break;
    }
    case Event::MembersImported:
    case Event::MemberRemoved:
        reload();
        break;
    default:
        break;
    }
}

} // namespace council::client
