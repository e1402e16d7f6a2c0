// Small readers for the server's CBOR objects. The server is trusted to send
// well-formed objects, but a missing or mistyped field must never crash the
// client or show garbage: each reader falls back to an empty value. key()
// names a field of a request body the models build.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace council::client::cbor {

inline QString key(const char *name) {
    return QString::fromLatin1(name);
}

inline QCborValue field(const QCborMap &map, const char *key) {
    return map.value(QLatin1String(key));
}

inline QString text(const QCborMap &map, const char *key) {
    const QCborValue v = field(map, key);
    return v.isString() ? v.toString() : QString();
}

inline qint64 integer(const QCborMap &map, const char *key, qint64 fallback = 0) {
    const QCborValue v = field(map, key);
    return v.isInteger() ? v.toInteger() : fallback;
}

inline QCborMap map(const QCborMap &map, const char *key) {
    return field(map, key).toMap();
}

inline QCborArray array(const QCborMap &map, const char *key) {
    return field(map, key).toArray();
}

// A nullable id (`id|null` in docs/protocol.md); 0 stands for null because
// the server never hands out id 0.
inline qint64 optionalId(const QCborMap &map, const char *key) {
    return integer(map, key, 0);
}

} // namespace council::client::cbor
