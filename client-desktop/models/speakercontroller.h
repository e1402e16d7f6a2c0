// The speaker queue (đăng ký phát biểu) of the item under discussion, from a
// delegate's seat: ask to speak or raise a point of order, see one's place,
// withdraw, and see who has the floor with the time left. The countdown runs
// locally from the server's start time and limit (on the server's clock) and
// is corrected by the server's speaking-time warnings; it is not cut off at
// zero but counts the time over.
#pragma once

#include "livecontext.h"
#include "speakerqueuemodel.h"

#include <QCborMap>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace council::client {

class SpeakerController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SpeakerController is owned by AppController")
    Q_PROPERTY(qint64 itemId READ itemId NOTIFY itemChanged)
    Q_PROPERTY(council::client::SpeakerQueueModel *queue READ queue CONSTANT)
    Q_PROPERTY(bool isDelegate READ isDelegate NOTIFY stateChanged)
    // A request may be sent now: an item is under discussion, the account is
    // a delegate, and it has no waiting request and is not speaking.
    Q_PROPERTY(bool canRequest READ canRequest NOTIFY stateChanged)
    Q_PROPERTY(bool hasRequest READ hasRequest NOTIFY stateChanged)
    Q_PROPERTY(int myPlace READ myPlace NOTIFY stateChanged) // 1-based; 0 = not waiting
    Q_PROPERTY(bool myRequestIsPointOfOrder READ myRequestIsPointOfOrder NOTIFY stateChanged)
    // A request or withdrawal was pressed and not yet acknowledged (also while offline).
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)

    Q_PROPERTY(bool floorTaken READ floorTaken NOTIFY floorChanged)
    Q_PROPERTY(QString speakerName READ speakerName NOTIFY floorChanged)
    Q_PROPERTY(bool speakerIsPointOfOrder READ speakerIsPointOfOrder NOTIFY floorChanged)
    Q_PROPERTY(bool iHaveTheFloor READ iHaveTheFloor NOTIFY floorChanged)
    Q_PROPERTY(int limitSeconds READ limitSeconds NOTIFY floorChanged)
    // Seconds left of the speaking time; negative once the time is over.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY clockChanged)
    Q_PROPERTY(QString timeLeftText READ timeLeftText NOTIFY clockChanged)
    // The warning time before the limit was reached (the server said so, or the clock shows it).
    Q_PROPERTY(bool warning READ warning NOTIFY clockChanged)
    Q_PROPERTY(bool timeUp READ timeUp NOTIFY clockChanged)
public:
    explicit SpeakerController(LiveContext *context, QObject *parent = nullptr);

    qint64 itemId() const { return m_itemId; }
    SpeakerQueueModel *queue() const { return m_queue; }
    bool isDelegate() const { return m_context->isDelegate(); }
    bool canRequest() const;
    bool hasRequest() const { return myPlace() > 0; }
    int myPlace() const { return m_queue->placeOf(m_context->myMemberId()); }
    bool myRequestIsPointOfOrder() const;
    bool busy() const { return m_busy > 0; }
    QString errorString() const { return m_error; }

    bool floorTaken() const { return m_floorId != 0; }
    // The speak request that has the floor now; 0 when nobody speaks.
    qint64 floorRequestId() const { return m_floorId; }
    QString speakerName() const { return m_floorName; }
    bool speakerIsPointOfOrder() const { return m_floorKind == QLatin1String("point_of_order"); }
    bool iHaveTheFloor() const { return m_floorId != 0 && m_floorMember == m_context->myMemberId(); }
    int limitSeconds() const { return m_limitSeconds; }
    int secondsLeft() const;
    QString timeLeftText() const;
    bool warning() const;
    bool timeUp() const { return floorTaken() && (m_timeUpSignalled || secondsLeft() <= 0); }

    Q_INVOKABLE void requestToSpeak(bool pointOfOrder = false);
    Q_INVOKABLE void withdraw();
    // Ends the own speech (the speaker may end it; the chair usually does).
    Q_INVOKABLE void finishSpeaking();
    Q_INVOKABLE void clearError();
    // Asks the server for the item's queue and floor again.
    Q_INVOKABLE void reload();

signals:
    void itemChanged();
    void stateChanged();
    void floorChanged();
    void clockChanged();

private:
    void onItemChanged();
    void onEvent(const protocol::Frame &event);
    void setFloor(const QCborMap &request);
    void send(protocol::Request type, const QCborMap &body);
    void setError(const QString &message);
    void updateTicker();

    LiveContext *m_context;
    SpeakerQueueModel *m_queue;
    QTimer m_ticker;
    qint64 m_itemId = 0;
    quint64 m_generation = 0;
    int m_busy = 0;
    QString m_error;

    qint64 m_floorId = 0;
    qint64 m_floorMember = 0;
    QString m_floorName;
    QString m_floorKind;
    qint64 m_floorStartedAt = 0; // server clock, ms
    int m_limitSeconds = 0;
    qint64 m_correctionMs = 0; // from the server's warnings: their moment is exact
    bool m_warningSignalled = false;
    bool m_timeUpSignalled = false;
    int m_shownSeconds = 0;
};

} // namespace council::client
