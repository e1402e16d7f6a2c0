// The sessions (kỳ họp) the account may see, kept live from the server's
// snapshot and events. A snapshot replaces everything (model reset); a single
// event touches only its row, so views keep their scroll position and the
// delegate under the user's finger does not jump.
#pragma once

#include "protocol/frame.h"

#include <QAbstractListModel>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class SessionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SessionListModel is owned by AppController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyIdRole,
        BodyNameRole,
        LocationRole,
        StartsOnRole,
        EndsOnRole,
        DatesRole,
        StateRole,
        CurrentItemRole,
    };
    Q_ENUM(Role)

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of a session id, or -1.
    Q_INVOKABLE int rowOf(qint64 id) const;
    // Title of a session id, or an empty string.
    Q_INVOKABLE QString titleOf(qint64 id) const;
    // A session's roles by role name; empty when the id is unknown.
    Q_INVOKABLE QVariantMap get(qint64 id) const;

    // "12/07/2026 – 14/07/2026"; one date when a session lasts one day.
    static QString formatDates(const QString &startsOn, const QString &endsOn);

public slots:
    void applySnapshot(const QCborMap &state);
    void applyEvent(const council::protocol::Frame &event);
    void clear();

signals:
    void countChanged();
    void sessionRemoved(qint64 id);

private:
    struct Session {
        qint64 id = 0;
        qint64 body = 0;
        QString title;
        QString location;
        QString startsOn;
        QString endsOn;
        QString state;
        qint64 currentItem = 0;
    };
    static Session fromCbor(const QCborMap &map);
    static bool before(const Session &a, const Session &b);
    int sortedRowFor(const Session &s, int ignoreRow) const;
    void upsert(const Session &s);
    void remove(qint64 id);
    void bodyChanged(const QCborMap &body);

    QList<Session> m_rows; // sorted by before()
    QHash<qint64, QString> m_bodyNames;
};

} // namespace council::client
