// The speaker queue of an agenda item: delegates ask to speak or raise a
// point of order (which goes first), the chair reorders, gives the floor and
// ends it; the speaking time of the body is enforced with a warning before it
// runs out, and the time used is recorded.
#pragma once

#include "servicecontext.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace council::server {

class SpeakerService : public QObject {
    Q_OBJECT
public:
    explicit SpeakerService(ServiceContext ctx, QObject *parent = nullptr);

    Outcome request(const Caller &caller, const QCborMap &body);   // {item, kind} -> {request}
    Outcome withdraw(const Caller &caller, const QCborMap &body);  // {id} -> {request}
    Outcome reorder(const Caller &caller, const QCborMap &body);   // {item, order} -> {queue}
    Outcome giveFloor(const Caller &caller, const QCborMap &body); // {id} -> {request}
    Outcome end(const Caller &caller, const QCborMap &body);       // {id} -> {request}
    Outcome queue(const Caller &caller, const QCborMap &body);     // {item} -> {queue, floor, done}

private:
    // What a speaking request's clock needs; the row itself stays in the database.
    struct Clock {
        qint64 bodyId = 0;
        qint64 itemId = 0;
        qint64 startedAt = 0;
        qint64 limitSeconds = 0;
        qint64 warningSeconds = 0;
        bool warned = false;
        QTimer *timer = nullptr; // child of this
    };

    QCborMap requestObject(qint64 id);
    QList<qint64> waitingIds(qint64 itemId);
    bool renumber(const QList<qint64> &order);
    QCborArray waitingQueue(qint64 itemId);
    QCborValue floorOf(qint64 itemId);
    // Publishes speak.queue_changed (and speak.floor when `floorChanged`).
    bool publishChange(qint64 actor, qint64 bodyId, qint64 itemId, bool floorChanged);
    // Ends a speaking request inside the running change: done, time recorded.
    bool finishSpeaking(qint64 id);
    bool isSpeaking(qint64 id);

    // After a restart the clocks of whoever holds the floor run on from when
    // they started, so the time-up warning still comes.
    void restoreClocks();
    void startClock(qint64 id, const Clock &clock);
    void stopClock(qint64 id);
    void armClock(qint64 id);
    void tick(qint64 id);

    ServiceContext m;
    QHash<qint64, Clock> m_clocks; // by request id
};

} // namespace council::server
