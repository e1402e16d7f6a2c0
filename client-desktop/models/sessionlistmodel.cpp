#include "sessionlistmodel.h"

#include "cborread.h"
#include "rowvalues.h"

#include <QDate>
#include <algorithm>

namespace council::client {

using protocol::Event;

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent) {}

int SessionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case IdRole:
        return s.id;
    case BodyIdRole:
        return s.body;
    case BodyNameRole:
        return m_bodyNames.value(s.body);
    case LocationRole:
        return s.location;
    case StartsOnRole:
        return s.startsOn;
    case EndsOnRole:
        return s.endsOn;
    case DatesRole:
        return formatDates(s.startsOn, s.endsOn);
    case StateRole:
        return s.state;
    case CurrentItemRole:
        return s.currentItem;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const {
    return {
        {IdRole, "sessionId"},       {TitleRole, "title"},
        {BodyIdRole, "bodyId"},      {BodyNameRole, "bodyName"},
        {LocationRole, "location"},  {StartsOnRole, "startsOn"},
        {EndsOnRole, "endsOn"},      {DatesRole, "dates"},
        {StateRole, "sessionState"}, {CurrentItemRole, "currentItem"},
    };
}

int SessionListModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString SessionListModel::titleOf(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows.at(row).title;
}

QVariantMap SessionListModel::get(qint64 id) const {
    return rowValues(*this, rowOf(id));
}

QString SessionListModel::formatDates(const QString &startsOn, const QString &endsOn) {
    // Day first, as Vietnamese and most European readers expect; the wire
    // format stays ISO so sorting by text works.
    const auto show = [](const QString &iso) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
    };
    if (endsOn.isEmpty() || endsOn == startsOn)
        return show(startsOn);
    if (startsOn.isEmpty())
        return show(endsOn);
    return show(startsOn) + QStringLiteral(" – ") + show(endsOn);
}

void SessionListModel::applySnapshot(const QCborMap &state) {
    beginResetModel();
    m_bodyNames.clear();
    const QCborArray bodies = cbor::array(state, "bodies");
    for (const QCborValue &b : bodies) {
        const QCborMap body = b.toMap();
        m_bodyNames.insert(cbor::integer(body, "id"), cbor::text(body, "name"));
    }
    m_rows.clear();
    const QCborArray sessions = cbor::array(state, "sessions");
    for (const QCborValue &v : sessions) {
        const Session s = fromCbor(v.toMap());
        if (s.id != 0)
            m_rows.append(s);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    endResetModel();
    emit countChanged();
}

void SessionListModel::applyEvent(const protocol::Frame &event) {
    switch (Event(event.type)) {
    case Event::SessionChanged:
        upsert(fromCbor(cbor::map(event.body, "session")));
        break;
    case Event::SessionRemoved:
        remove(cbor::integer(event.body, "id"));
        break;
    case Event::AgendaCurrentChanged: {
        // Keeps currentItem right between a current_changed event and the
        // session.changed that may or may not follow it.
        const int row = rowOf(cbor::integer(event.body, "session"));
        if (row >= 0) {
            m_rows[row].currentItem = cbor::optionalId(event.body, "item");
            emit dataChanged(index(row), index(row), {CurrentItemRole});
        }
        break;
    }
    case Event::BodyChanged:
        bodyChanged(cbor::map(event.body, "body"));
        break;
    default:
        break;
    }
}

void SessionListModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_bodyNames.clear();
    endResetModel();
    emit countChanged();
}

SessionListModel::Session SessionListModel::fromCbor(const QCborMap &map) {
    Session s;
    s.id = cbor::integer(map, "id");
    s.body = cbor::integer(map, "body");
    s.title = cbor::text(map, "title");
    s.location = cbor::text(map, "location");
    s.startsOn = cbor::text(map, "startsOn");
    s.endsOn = cbor::text(map, "endsOn");
    s.state = cbor::text(map, "state");
    s.currentItem = cbor::optionalId(map, "currentItem");
    return s;
}

bool SessionListModel::before(const Session &a, const Session &b) {
    // Newest first: the session a delegate needs today is at the top, older
    // ones scroll away below.
    if (a.startsOn != b.startsOn)
        return a.startsOn > b.startsOn;
    return a.id > b.id;
}

int SessionListModel::sortedRowFor(const Session &s, int ignoreRow) const {
    int row = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != ignoreRow && before(m_rows.at(i), s))
            ++row;
    }
    return row;
}

void SessionListModel::upsert(const Session &s) {
    if (s.id == 0)
        return;
    const int row = rowOf(s.id);
    if (row < 0) {
        const int at = sortedRowFor(s, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(at, s);
        endInsertRows();
        emit countChanged();
        return;
    }
    m_rows[row] = s;
    emit dataChanged(index(row), index(row));
    const int target = sortedRowFor(s, row);
    if (target != row) {
        // beginMoveRows wants the destination as "insert before" in the old
        // numbering, which is one further when moving down.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
}

void SessionListModel::remove(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit sessionRemoved(id);
}

void SessionListModel::bodyChanged(const QCborMap &body) {
    const qint64 id = cbor::integer(body, "id");
    const QString name = cbor::text(body, "name");
    if (m_bodyNames.value(id) == name)
        return;
    m_bodyNames.insert(id, name);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).body == id)
            emit dataChanged(index(i), index(i), {BodyNameRole});
    }
}

} // namespace council::client
