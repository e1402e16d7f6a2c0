// Every document of the open session as the secretariat and the approvers
// see it (doc.list answers them drafts, submissions, rejections and
// withdrawn documents too, each with its current version), kept live from
// doc.changed and, for an account that is not staff, doc.published /
// doc.replaced / doc.withdrawn. DocumentDeskFilter narrows it to one state
// ("submitted" is the approver's queue). What may be done with a row is the
// server's decision; the model only shows what it answered.
#pragma once

#include "protocol/frame.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QList>
#include <QSortFilterProxyModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace council::client {

class DocumentDeskModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentDeskModel is owned by DocumentDesk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        KindTextRole,
        StateRole,     // draft | submitted | approved | rejected | published | withdrawn
        StateTextRole, // the same in words
        ItemIdRole,
        ItemTitleRole,
        VersionRole,   // the current version's number
        PublishedRole, // the version delegates see (0: none)
        PagesRole,
        SizeRole,
        SizeTextRole,
        HashRole, // of the current version, 64 hex digits
        FileNameRole,
        RejectReasonRole,   // of the current version, when rejected
        ReplaceReasonRole,  // why the current version replaced the one before
        WithdrawReasonRole, // when withdrawn
        ScopeRole,          // everyone | session | item | groups (when published)
        GroupsRole,         // ids, for scope groups
        UploadedByRole,     // the name of who uploaded the current version
        UpdatedAtRole,      // "dd/MM/yyyy HH:mm", local time
    };
    Q_ENUM(Role)

    explicit DocumentDeskModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE int rowOf(qint64 documentId) const;
    // The row by role name ({} when the document is not listed).
    Q_INVOKABLE QVariantMap get(qint64 documentId) const;
    // How many documents are in `state` ("" : all).
    Q_INVOKABLE int countOf(const QString &state) const;
    // The Document record as the server last sent it ({} when not listed).
    QCborMap record(qint64 documentId) const;

    // The session whose documents are listed; rows of other sessions are dropped.
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_session; }
    // Item titles come from whoever knows the agenda.
    void setItemTitles(std::function<QString(qint64)> titles) { m_itemTitle = std::move(titles); }

    // doc.list's documents replace the rows.
    void replaceAll(const QList<QCborMap> &records);
    // A Document record (doc.changed, a reply) adds or updates a row.
    void upsert(const QCborMap &record);
    void remove(qint64 documentId);
    void clear();
    // Item titles may have changed (the agenda arrived later than the list).
    void refreshItemTitles();

    static QString stateText(const QString &state);
    static QString kindText(const QString &kind);

signals:
    void countChanged();
    // Any row's state changed, or rows came or went: the per-state counts changed.
    void statesChanged();

private:
    struct Row {
        qint64 id = 0;
        QCborMap record;
    };
    QList<Row> m_rows; // newest document first
    qint64 m_session = 0;
    std::function<QString(qint64)> m_itemTitle;
};

// The desk's list through a state filter ("" shows all).
class DocumentDeskFilter : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DocumentDeskFilter is owned by DocumentDesk")
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY stateChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit DocumentDeskFilter(DocumentDeskModel *source, QObject *parent = nullptr);

    QString state() const { return m_state; }
    void setState(const QString &state);
    int count() const { return rowCount(); }

signals:
    void stateChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_state;
};

} // namespace council::client
