// The waiting requests to speak (đăng ký phát biểu) of one agenda item, in
// the order the chair will give the floor: points of order first. The server
// sends the whole queue after every change; the model turns that into the
// row inserts, removes and moves a view can animate.
#pragma once

#include <QAbstractListModel>
#include <QCborArray>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class SpeakerQueueModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SpeakerQueueModel is owned by SpeakerController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        MemberIdRole,
        FullNameRole,
        KindRole,
        IsPointOfOrderRole,
        PlaceRole, // 1-based place in the queue
        IsMineRole,
    };
    Q_ENUM(Role)

    struct Entry {
        qint64 id = 0;
        qint64 member = 0;
        QString fullName;
        QString kind;
        bool operator==(const Entry &o) const {
            return id == o.id && member == o.member && fullName == o.fullName && kind == o.kind;
        }
    };

    explicit SpeakerQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the queue with the server's list of waiting SpeakRequests.
    void setQueue(const QCborArray &queue);
    void clear();
    void setMyMemberId(qint64 member);
    const QList<Entry> &entries() const { return m_rows; }
    // 1-based place of the member's waiting request; 0 when it has none.
    int placeOf(qint64 member) const;

signals:
    void countChanged();

private:
    QList<Entry> m_rows;
    qint64 m_me = 0;
};

} // namespace council::client
