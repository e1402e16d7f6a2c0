#include "agendamodel.h"

#include "cborread.h"
#include "rowvalues.h"

#include <QDate>
#include <algorithm>

namespace council::client {

using protocol::Event;

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractListModel(parent) {}

int AgendaModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = itemAt(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case IdRole:
        return item.id;
    case PositionRole:
        return item.position;
    case PresenterRole:
        return item.presenter;
    case PlannedMinutesRole:
        return item.plannedMinutes;
    case KindRole:
        return item.kind;
    case StateRole:
        return item.state;
    case IsCurrentRole:
        return item.id == currentItemId();
    case SittingIdRole:
        return item.sitting;
    case SittingTitleRole:
        return m_sittings.value(item.sitting).title;
    case SittingDateRole:
        return sittingDate(item.sitting);
    case SittingSectionRole:
        return sittingSection(item.sitting);
    default:
        return {};
    }
}

QHash<int, QByteArray> AgendaModel::roleNames() const {
    return {
        {IdRole, "itemId"},
        {PositionRole, "position"},
        {TitleRole, "title"},
        {PresenterRole, "presenter"},
        {PlannedMinutesRole, "plannedMinutes"},
        {KindRole, "kind"},
        {StateRole, "itemState"},
        {IsCurrentRole, "isCurrent"},
        {SittingIdRole, "sittingId"},
        {SittingTitleRole, "sittingTitle"},
        {SittingDateRole, "sittingDate"},
        {SittingSectionRole, "sittingSection"},
    };
}

void AgendaModel::setSessionId(qint64 id) {
    if (id == m_sessionId)
        return;
    // Choosing another session is not an event: a reset is the honest signal.
    beginResetModel();
    m_sessionId = id;
    rebuildRows();
    endResetModel();
    emit sessionIdChanged();
    emit countChanged();
    notifyCurrent();
}

int AgendaModel::currentIndex() const {
    const qint64 id = currentItemId();
    return id == 0 ? -1 : int(m_rows.indexOf(id));
}

QString AgendaModel::currentTitle() const {
    const qint64 id = currentItemId();
    return id == 0 ? QString() : m_items.value(id).title;
}

QVariantMap AgendaModel::current() const {
    return rowValues(*this, currentIndex());
}

void AgendaModel::applySnapshot(const QCborMap &state) {
    beginResetModel();
    m_items.clear();
    m_sittings.clear();
    m_currentBySession.clear();
    for (const QCborValue &v : cbor::array(state, "agenda")) {
        const Item item = itemFromCbor(v.toMap());
        if (item.id != 0)
            m_items.insert(item.id, item);
    }
    for (const QCborValue &v : cbor::array(state, "sittings")) {
        const Sitting s = sittingFromCbor(v.toMap());
        m_sittings.insert(s.id, s);
    }
    for (const QCborValue &v : cbor::array(state, "sessions")) {
        const QCborMap map = v.toMap();
        if (const qint64 current = cbor::optionalId(map, "currentItem"))
            m_currentBySession.insert(cbor::integer(map, "id"), current);
    }
    rebuildRows();
    endResetModel();
    emit countChanged();
    notifyCurrent();
}

void AgendaModel::applyEvent(const protocol::Frame &event) {
    switch (Event(event.type)) {
    case Event::AgendaItemChanged:
        itemChanged(itemFromCbor(cbor::map(event.body, "item")));
        break;
    case Event::AgendaItemRemoved:
        itemRemoved(cbor::integer(event.body, "id"));
        break;
    case Event::AgendaReordered:
        reordered(cbor::integer(event.body, "session"), cbor::array(event.body, "order"));
        break;
    case Event::AgendaCurrentChanged:
        setCurrent(cbor::integer(event.body, "session"), cbor::optionalId(event.body, "item"));
        break;
    case Event::SessionChanged: {
        const QCborMap session = cbor::map(event.body, "session");
        setCurrent(cbor::integer(session, "id"), cbor::optionalId(session, "currentItem"));
        break;
    }
    case Event::SessionRemoved:
        sessionRemoved(cbor::integer(event.body, "id"));
        break;
    case Event::SittingChanged:
        sittingChanged(cbor::map(event.body, "sitting"));
        break;
    case Event::SittingRemoved:
        sittingRemoved(cbor::integer(event.body, "id"));
        break;
    default:
        return;
    }
    notifyCurrent();
}

void AgendaModel::clear() {
    beginResetModel();
    m_items.clear();
    m_sittings.clear();
    m_currentBySession.clear();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    notifyCurrent();
}

AgendaModel::Item AgendaModel::itemFromCbor(const QCborMap &map) {
    Item item;
    item.id = cbor::integer(map, "id");
    item.session = cbor::integer(map, "session");
    item.sitting = cbor::optionalId(map, "sitting");
    item.position = cbor::integer(map, "position");
    item.title = cbor::text(map, "title");
    item.presenter = cbor::text(map, "presenter");
    item.plannedMinutes = cbor::integer(map, "plannedMinutes");
    item.kind = cbor::text(map, "kind");
    item.state = cbor::text(map, "state");
    return item;
}

AgendaModel::Sitting AgendaModel::sittingFromCbor(const QCborMap &map) {
    return {cbor::integer(map, "id"), cbor::integer(map, "session"), cbor::text(map, "title"),
            cbor::text(map, "date"), cbor::text(map, "startsAt")};
}

QString AgendaModel::sittingDate(qint64 sitting) const {
    const QString iso = m_sittings.value(sitting).date;
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString AgendaModel::sittingSection(qint64 sitting) const {
    // One text per sitting for ListView sections, which group by a string;
    // empty for items not yet placed in a sitting.
    const auto it = m_sittings.constFind(sitting);
    if (it == m_sittings.cend())
        return {};
    QStringList parts{it->title};
    const QString date = sittingDate(sitting);
    if (!date.isEmpty())
        parts << date;
    if (!it->startsAt.isEmpty())
        parts << it->startsAt;
    return parts.join(QStringLiteral("  ·  "));
}

const AgendaModel::Item &AgendaModel::itemAt(qint64 id) const {
    static const Item none;
    const auto it = m_items.constFind(id);
    return it == m_items.cend() ? none : *it;
}

bool AgendaModel::before(qint64 a, qint64 b) const {
    const Item &x = itemAt(a);
    const Item &y = itemAt(b);
    if (x.position != y.position)
        return x.position < y.position;
    return x.id < y.id;
}

int AgendaModel::sortedRowFor(qint64 id, int ignoreRow) const {
    int row = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != ignoreRow && before(m_rows.at(i), id))
            ++row;
    }
    return row;
}

void AgendaModel::rebuildRows() {
    m_rows.clear();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it->session == m_sessionId && m_sessionId != 0)
            m_rows.append(it.key());
    }
    std::sort(m_rows.begin(), m_rows.end(), [this](qint64 a, qint64 b) { return before(a, b); });
}

void AgendaModel::placeRow(int row) {
    const int target = sortedRowFor(m_rows.at(row), row);
    if (target == row)
        return;
    // beginMoveRows takes the destination in the numbering before the move.
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
}

void AgendaModel::itemChanged(const Item &item) {
    if (item.id == 0)
        return;
    const int oldRow = int(m_rows.indexOf(item.id));
    const bool shown = item.session == m_sessionId && m_sessionId != 0;
    if (oldRow >= 0 && !shown) {
        beginRemoveRows({}, oldRow, oldRow);
        m_rows.removeAt(oldRow);
        m_items.insert(item.id, item);
        endRemoveRows();
        emit countChanged();
        return;
    }
    m_items.insert(item.id, item);
    if (!shown)
        return;
    if (oldRow < 0) {
        const int at = sortedRowFor(item.id, -1);
        beginInsertRows({}, at, at);
        m_rows.insert(at, item.id);
        endInsertRows();
        emit countChanged();
        return;
    }
    emit dataChanged(index(oldRow), index(oldRow));
    placeRow(oldRow);
}

void AgendaModel::itemRemoved(qint64 id) {
    const int row = int(m_rows.indexOf(id));
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_items.remove(id);
        endRemoveRows();
        emit countChanged();
    } else {
        m_items.remove(id);
    }
}

void AgendaModel::reordered(qint64 session, const QCborArray &order) {
    // The order is authoritative: positions follow it. Items it does not name
    // (not expected) keep their relative order after the named ones.
    QHash<qint64, qint64> newPosition;
    for (qsizetype i = 0; i < order.size(); ++i)
        newPosition.insert(order.at(i).toInteger(), i);
    qint64 next = order.size();
    QList<qint64> others;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (it->session == session && !newPosition.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end(), [this](qint64 a, qint64 b) { return before(a, b); });
    for (qint64 id : others)
        newPosition.insert(id, next++);

    for (auto it = newPosition.cbegin(); it != newPosition.cend(); ++it) {
        auto item = m_items.find(it.key());
        if (item == m_items.end() || item->session != session || item->position == it.value())
            continue;
        item->position = it.value();
    }
    if (session != m_sessionId)
        return;
    // Selection sort by moves: at most one move per row, each announced, so a
    // view animates the change instead of rebuilding itself.
    for (int target = 0; target < m_rows.size(); ++target) {
        int best = target;
        for (int i = target + 1; i < m_rows.size(); ++i) {
            if (before(m_rows.at(i), m_rows.at(best)))
                best = i;
        }
        if (best != target) {
            beginMoveRows({}, best, best, {}, target);
            m_rows.move(best, target);
            endMoveRows();
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {PositionRole});
}

void AgendaModel::setCurrent(qint64 session, qint64 item) {
    const qint64 previous = m_currentBySession.value(session);
    if (previous == item)
        return;
    if (item == 0)
        m_currentBySession.remove(session);
    else
        m_currentBySession.insert(session, item);
    if (session != m_sessionId)
        return;
    for (qint64 id : {previous, item}) {
        const int row = int(m_rows.indexOf(id));
        if (id != 0 && row >= 0)
            emit dataChanged(index(row), index(row), {IsCurrentRole});
    }
}

void AgendaModel::sittingChanged(const QCborMap &map) {
    const Sitting s = sittingFromCbor(map);
    if (s.id == 0)
        return;
    m_sittings.insert(s.id, s);
    rowsChangedWhere([&](const Item &item) { return item.sitting == s.id; },
                     {SittingTitleRole, SittingDateRole, SittingSectionRole});
}

void AgendaModel::sittingRemoved(qint64 id) {
    m_sittings.remove(id);
    // The server keeps the items, unassigned; say so before its own
    // item_changed events arrive.
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it->sitting == id)
            it->sitting = 0;
    }
    rowsChangedWhere([&](const Item &item) { return item.sitting == 0; },
                     {SittingIdRole, SittingTitleRole, SittingDateRole, SittingSectionRole});
}

void AgendaModel::sessionRemoved(qint64 session) {
    m_currentBySession.remove(session);
    if (session == m_sessionId && !m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
        emit countChanged();
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (it->session == session)
            it = m_items.erase(it);
        else
            ++it;
    }
    for (auto it = m_sittings.begin(); it != m_sittings.end();) {
        if (it->session == session)
            it = m_sittings.erase(it);
        else
            ++it;
    }
}

void AgendaModel::notifyCurrent() {
    const int row = currentIndex();
    const QVariantMap shown = current();
    if (row == m_shownCurrentIndex && shown == m_shownCurrent)
        return;
    m_shownCurrentIndex = row;
    m_shownCurrent = shown;
    emit currentChanged();
}

void AgendaModel::rowsChangedWhere(const std::function<bool(const Item &)> &match, const QList<int> &roles) {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (match(itemAt(m_rows.at(i))))
            emit dataChanged(index(i), index(i), roles);
    }
}

} // namespace council::client
