#include "documentfiltermodel.h"

namespace council::client {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &DocumentFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &DocumentFilterModel::countChanged);
}

void DocumentFilterModel::setDocuments(DocumentListModel *documents) {
    if (m_documents == documents)
        return;
    m_documents = documents;
    setSourceModel(documents);
    emit documentsChanged();
    emit countChanged();
}

void DocumentFilterModel::setItemId(qint64 id) {
    if (m_itemId == id)
        return;
    m_itemId = id;
    invalidateFilter();
    emit itemIdChanged();
    emit countChanged();
}

void DocumentFilterModel::setPublishedOnly(bool on) {
    if (m_publishedOnly == on)
        return;
    m_publishedOnly = on;
    invalidateFilter();
    emit publishedOnlyChanged();
    emit countChanged();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_documents)
        return true;
    const QModelIndex at = m_documents->index(sourceRow, 0, sourceParent);
    if (m_itemId != 0 && at.data(DocumentListModel::ItemIdRole).toLongLong() != m_itemId)
        return false;
    return !m_publishedOnly || at.data(DocumentListModel::StateRole).toString() == QLatin1String("published");
}

} // namespace council::client
