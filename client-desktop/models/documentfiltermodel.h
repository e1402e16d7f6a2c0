// The documents of one agenda item (or of the whole session): a filter over
// DocumentListModel that QML creates where it needs one, e.g. in an agenda
// item's card: DocumentFilterModel { documents: controller.documents; itemId: 12 }.
#pragma once

#include "documentlistmodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class DocumentFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(council::client::DocumentListModel *documents READ documents WRITE setDocuments NOTIFY
                   documentsChanged)
    // The agenda item whose documents to keep; 0: every document of the session.
    Q_PROPERTY(qint64 itemId READ itemId WRITE setItemId NOTIFY itemIdChanged)
    // Keep only published documents (staff also see drafts and documents in
    // review; only published ones can be shown to the hall).
    Q_PROPERTY(bool publishedOnly READ publishedOnly WRITE setPublishedOnly NOTIFY publishedOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    DocumentListModel *documents() const { return m_documents; }
    void setDocuments(DocumentListModel *documents);
    qint64 itemId() const { return m_itemId; }
    void setItemId(qint64 id);
    bool publishedOnly() const { return m_publishedOnly; }
    void setPublishedOnly(bool on);
    int count() const { return rowCount(); }

signals:
    void documentsChanged();
    void itemIdChanged();
    void publishedOnlyChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<DocumentListModel> m_documents;
    qint64 m_itemId = 0;
    bool m_publishedOnly = false;
};

} // namespace council::client
