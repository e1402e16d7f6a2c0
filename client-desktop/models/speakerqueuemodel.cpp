#include "speakerqueuemodel.h"

#include "cborread.h"

#include <algorithm>

namespace council::client {

SpeakerQueueModel::SpeakerQueueModel(QObject *parent)
    : QAbstractListModel(parent) {}

int SpeakerQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return e.fullName;
    case RequestIdRole:
        return e.id;
    case MemberIdRole:
        return e.member;
    case KindRole:
        return e.kind;
    case IsPointOfOrderRole:
        return e.kind == QLatin1String("point_of_order");
    case PlaceRole:
        return index.row() + 1;
    case IsMineRole:
        return m_me != 0 && e.member == m_me;
    default:
        return {};
    }
}

QHash<int, QByteArray> SpeakerQueueModel::roleNames() const {
    return {{RequestIdRole, "requestId"},
            {MemberIdRole, "memberId"},
            {FullNameRole, "fullName"},
            {KindRole, "kind"},
            {PlaceRole, "place"},
            {IsMineRole, "isMine"},
            {IsPointOfOrderRole, "isPointOfOrder"}};
}

void SpeakerQueueModel::setQueue(const QCborArray &queue) {
    QList<Entry> target;
    for (const QCborValue &v : queue) {
        const QCborMap m = v.toMap();
        if (cbor::text(m, "state") != QLatin1String("waiting"))
            continue;
        target << Entry{cbor::integer(m, "id"), cbor::integer(m, "member"), cbor::text(m, "fullName"),
                        cbor::text(m, "kind")};
    }
    // The server's order is by position; keep it even if a list came unsorted.
    QHash<qint64, qint64> position;
    for (const QCborValue &v : queue)
        position.insert(cbor::integer(v.toMap(), "id"), cbor::integer(v.toMap(), "position"));
    std::stable_sort(target.begin(), target.end(), [&](const Entry &a, const Entry &b) {
        return position.value(a.id) < position.value(b.id);
    });

    const int before = int(m_rows.size());
    // 1. Rows that left the queue.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const qint64 id = m_rows.at(i).id;
        if (std::none_of(target.cbegin(), target.cend(), [id](const Entry &e) { return e.id == id; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // 2. Place each target row: already there, further down (move) or new (insert).
    for (int i = 0; i < target.size(); ++i) {
        const Entry &want = target.at(i);
        int at = -1;
        for (int j = i; j < m_rows.size(); ++j) {
            if (m_rows.at(j).id == want.id) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, want);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, at, at, {}, i);
            m_rows.move(at, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == want)) {
            m_rows[i] = want;
            emit dataChanged(index(i), index(i));
        }
    }
    // Places are 1-based row numbers: every row after a change may have a new one.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {PlaceRole});
    if (before != m_rows.size())
        emit countChanged();
}

void SpeakerQueueModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

void SpeakerQueueModel::setMyMemberId(qint64 member) {
    if (m_me == member)
        return;
    m_me = member;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {IsMineRole});
}

int SpeakerQueueModel::placeOf(qint64 member) const {
    if (member == 0)
        return 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).member == member)
            return i + 1;
    }
    return 0;
}

} // namespace council::client
