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

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_itemId == 0 || !m_documents)
        return true;
    const QModelIndex at = m_documents->index(sourceRow, 0, sourceParent);
    return at.data(DocumentListModel::ItemIdRole).toLongLong() == m_itemId;
}

} // namespace council::client
