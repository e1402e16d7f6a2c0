// Builders for the server's events and objects, as docs/protocol.md shows
// them, so each test reads like the sequence of frames it simulates.
#pragma once

#include "protocol/frame.h"

#include <QCborArray>
#include <QCborMap>

namespace council::testing {

inline protocol::Frame pushed(protocol::Event type, QCborMap body, qint64 seq = 1) {
    return protocol::Frame::event(type, seq, std::move(body));
}

inline QCborMap map(std::initializer_list<std::pair<const char *, QCborValue>> fields) {
    QCborMap m;
    for (const auto &[key, value] : fields)
        m.insert(QLatin1String(key), value);
    return m;
}

inline QCborMap agendaItem(qint64 id, qint64 session, qint64 position, const QString &title,
                           qint64 sitting = 0) {
    return map({{"id", id},
                {"session", session},
                {"sitting", sitting ? QCborValue(sitting) : QCborValue(QCborValue::Null)},
                {"position", position},
                {"title", title},
                {"presenter", QStringLiteral("Presenter")},
                {"plannedMinutes", 10},
                {"kind", QStringLiteral("resolution")},
                {"state", QStringLiteral("pending")}});
}

inline QCborMap session(qint64 id, const QString &title, const QString &startsOn, qint64 currentItem = 0) {
    return map({{"id", id},
                {"body", 1},
                {"title", title},
                {"location", QStringLiteral("Hall")},
                {"startsOn", startsOn},
                {"endsOn", startsOn},
                {"state", QStringLiteral("scheduled")},
                {"currentItem", currentItem ? QCborValue(currentItem) : QCborValue(QCborValue::Null)}});
}

} // namespace council::testing
