#include "documentdeskmodel.h"

#include "cborread.h"
#include "rowvalues.h"

#include <QDateTime>
#include <QLocale>

namespace council::client {

namespace {

QCborMap versionOf(const QCborMap &record) {
    return cbor::map(record, "version");
}

QString formatInstant(qint64 ms) {
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

DocumentDeskModel::DocumentDeskModel(QObject *parent)
    : QAbstractListModel(parent) {}

int DocumentDeskModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DocumentDeskModel::stateText(const QString &state) {
    if (state == QLatin1String("draft"))
        return tr("Draft");
    if (state == QLatin1String("submitted"))
        return tr("Awaiting review");
    if (state == QLatin1String("approved"))
        return tr("Approved");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("published"))
        return tr("Published");
    if (state == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return state;
}

QString DocumentDeskModel::kindText(const QString &kind) {
    if (kind == QLatin1String("resolution"))
        return tr("Draft resolution");
    if (kind == QLatin1String("submission"))
        return tr("Submission");
    if (kind == QLatin1String("report"))
        return tr("Report");
    return tr("Document");
}

QVariant DocumentDeskModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QCborMap &r = m_rows.at(index.row()).record;
    const QCborMap v = versionOf(r);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return cbor::text(r, "title");
    case DocumentIdRole:
        return cbor::integer(r, "id");
    case KindRole:
        return cbor::text(r, "kind");
    case KindTextRole:
        return kindText(cbor::text(r, "kind"));
    case StateRole:
        return cbor::text(r, "state");
    case StateTextRole:
        return stateText(cbor::text(r, "state"));
    case ItemIdRole:
        return cbor::optionalId(r, "item");
    case ItemTitleRole: {
        const qint64 item = cbor::optionalId(r, "item");
        return item > 0 && m_itemTitle ? m_itemTitle(item) : QString();
    }
    case VersionRole:
        return cbor::integer(v, "version");
    case PublishedRole:
        return cbor::integer(r, "published");
    case PagesRole:
        return cbor::integer(v, "pages");
    case SizeRole:
        return cbor::integer(v, "size");
    case SizeTextRole:
        return QLocale().formattedDataSize(cbor::integer(v, "size"), 1, QLocale::DataSizeTraditionalFormat);
    case HashRole:
        return cbor::text(v, "hash");
    case FileNameRole:
        return cbor::text(v, "fileName");
    case RejectReasonRole:
        return cbor::text(v, "review") == QLatin1String("rejected") ? cbor::text(v, "rejectReason")
                                                                    : QString();
    case ReplaceReasonRole:
        return cbor::integer(v, "version") > 1 ? cbor::text(v, "reason") : QString();
    case WithdrawReasonRole:
        return cbor::text(r, "state") == QLatin1String("withdrawn") ? cbor::text(r, "withdrawReason")
                                                                    : QString();
    case ScopeRole:
        return cbor::text(r, "scope");
    case GroupsRole: {
        QVariantList ids;
        for (const QCborValue &g : cbor::array(r, "groups"))
            ids << g.toInteger();
        return ids;
    }
    case UploadedByRole:
        return cbor::text(v, "uploadedByName");
    case UpdatedAtRole:
        return formatInstant(cbor::integer(r, "updatedAt"));
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentDeskModel::roleNames() const {
    return {
        {DocumentIdRole, "documentId"},
        {TitleRole, "title"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {StateRole, "state"},
        {StateTextRole, "stateText"},
        {ItemIdRole, "itemId"},
        {ItemTitleRole, "itemTitle"},
        {VersionRole, "version"},
        {PublishedRole, "published"},
        {PagesRole, "pages"},
        {SizeRole, "size"},
        {SizeTextRole, "sizeText"},
        {HashRole, "hash"},
        {FileNameRole, "fileName"},
        {RejectReasonRole, "rejectReason"},
        {ReplaceReasonRole, "replaceReason"},
        {WithdrawReasonRole, "withdrawReason"},
        {ScopeRole, "scope"},
        {GroupsRole, "groups"},
        {UploadedByRole, "uploadedBy"},
        {UpdatedAtRole, "updatedAt"},
    };
}

int DocumentDeskModel::rowOf(qint64 documentId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == documentId)
            return i;
    return -1;
}

QVariantMap DocumentDeskModel::get(qint64 documentId) const {
    return rowValues(*this, rowOf(documentId));
}

int DocumentDeskModel::countOf(const QString &state) const {
    if (state.isEmpty())
        return int(m_rows.size());
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const Row &r) { return cbor::text(r.record, "state") == state; }));
}

QCborMap DocumentDeskModel::record(qint64 documentId) const {
    const int row = rowOf(documentId);
    return row < 0 ? QCborMap() : m_rows.at(row).record;
}

void DocumentDeskModel::setSession(qint64 sessionId) {
    if (m_session == sessionId)
        return;
    m_session = sessionId;
    clear();
}

void DocumentDeskModel::replaceAll(const QList<QCborMap> &records) {
    QList<qint64> keep;
    for (const QCborMap &r : records)
        keep << cbor::integer(r, "id");
    QList<qint64> gone;
    for (const Row &row : std::as_const(m_rows))
        if (!keep.contains(row.id))
            gone << row.id;
    for (qint64 id : std::as_const(gone))
        remove(id);
    for (const QCborMap &r : records)
        upsert(r);
}

void DocumentDeskModel::upsert(const QCborMap &record) {
    const qint64 id = cbor::integer(record, "id");
    if (id <= 0)
        return;
    if (m_session != 0 && cbor::optionalId(record, "session") != m_session) {
        remove(id); // moved to another session, or never ours
        return;
    }
    const int row = rowOf(id);
    if (row >= 0) {
        const bool stateChanged = cbor::text(m_rows.at(row).record, "state") != cbor::text(record, "state");
        m_rows[row].record = record;
        emit dataChanged(index(row), index(row));
        if (stateChanged)
            emit statesChanged();
        return;
    }
    // Newest first: ids grow with creation.
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).id > id)
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, Row{id, record});
    endInsertRows();
    emit countChanged();
    emit statesChanged();
}

void DocumentDeskModel::remove(qint64 documentId) {
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
    emit statesChanged();
}

void DocumentDeskModel::clear() {
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    emit statesChanged();
}

void DocumentDeskModel::refreshItemTitles() {
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ItemTitleRole});
}

// --- the filter --------------------------------------------------------------

DocumentDeskFilter::DocumentDeskFilter(DocumentDeskModel *source, QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSourceModel(source);
    setDynamicSortFilter(true);
    // A row whose state changes may leave or enter the filter.
    setFilterRole(DocumentDeskModel::StateRole);
    connect(this, &QAbstractItemModel::rowsInserted, this, &DocumentDeskFilter::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &DocumentDeskFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DocumentDeskFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &DocumentDeskFilter::countChanged);
}

void DocumentDeskFilter::setState(const QString &state) {
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
    emit stateChanged();
    emit countChanged();
}

bool DocumentDeskFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_state.isEmpty())
        return true;
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    return at.data(DocumentDeskModel::StateRole).toString() == m_state;
}

} // namespace council::client
