// The agenda (chương trình kỳ họp) of one selected session, kept live: the
// chair's "now discussing" item, reordering, new and removed items arrive as
// single events and become single row inserts, removes, moves or changes.
// The model keeps every session's items it has been told about, so choosing
// another session needs no request to the server.
#pragma once

#include "protocol/frame.h"

#include <QAbstractListModel>
#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace council::client {

class AgendaModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AgendaModel is owned by AppController")
    Q_PROPERTY(qint64 sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentChanged)
    Q_PROPERTY(qint64 currentItemId READ currentItemId NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    // The current item's roles by role name (empty when none), for a panel
    // that shows it outside the list.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PositionRole,
        TitleRole,
        PresenterRole,
        PlannedMinutesRole,
        KindRole,
        StateRole,
        IsCurrentRole,
        SittingIdRole,
        SittingTitleRole,
        SittingDateRole,
        SittingSectionRole,
    };
    Q_ENUM(Role)

    explicit AgendaModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 sessionId() const { return m_sessionId; }
    void setSessionId(qint64 id);
    int currentIndex() const;
    qint64 currentItemId() const { return m_currentBySession.value(m_sessionId); }
    QString currentTitle() const;
    QVariantMap current() const;

    Q_INVOKABLE int rowOf(qint64 itemId) const { return int(m_rows.indexOf(itemId)); }

public slots:
    void applySnapshot(const QCborMap &state);
    void applyEvent(const council::protocol::Frame &event);
    void clear();

signals:
    void sessionIdChanged();
    void countChanged();
    void currentChanged();

private:
    struct Item {
        qint64 id = 0;
        qint64 session = 0;
        qint64 sitting = 0;
        qint64 position = 0;
        QString title;
        QString presenter;
        qint64 plannedMinutes = 0;
        QString kind;
        QString state;
    };
    struct Sitting {
        qint64 id = 0;
        qint64 session = 0;
        QString title;
        QString date;
        QString startsAt;
    };
    static Sitting sittingFromCbor(const QCborMap &map);
    QString sittingDate(qint64 sitting) const;
    QString sittingSection(qint64 sitting) const;
    static Item itemFromCbor(const QCborMap &map);
    const Item &itemAt(qint64 id) const;
    bool before(qint64 a, qint64 b) const;
    int sortedRowFor(qint64 id, int ignoreRow) const;
    void rebuildRows();
    void placeRow(int row);
    void itemChanged(const Item &item);
    void itemRemoved(qint64 id);
    void reordered(qint64 session, const QCborArray &order);
    void setCurrent(qint64 session, qint64 item);
    void sittingChanged(const QCborMap &map);
    void sittingRemoved(qint64 id);
    void sessionRemoved(qint64 session);
    void notifyCurrent();
    void rowsChangedWhere(const std::function<bool(const Item &)> &match, const QList<int> &roles);

    QHash<qint64, Item> m_items;              // every known item, by id
    QHash<qint64, Sitting> m_sittings;        // by id
    QHash<qint64, qint64> m_currentBySession; // session id -> current item id
    qint64 m_sessionId = 0;
    QList<qint64> m_rows; // item ids of the selected session, sorted by before()
    // What currentChanged last announced, so it fires only on a real change.
    int m_shownCurrentIndex = -1;
    QVariantMap m_shownCurrent;
};

} // namespace council::client
