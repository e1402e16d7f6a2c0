#include "fieldreader.h"

#include "domain/text.h"

#include <QDate>
#include <QTime>

namespace council::server {

using protocol::ErrorCode;

namespace {
QString keyName(const char *key) {
    return QString::fromLatin1(key);
}
} // namespace

void FieldReader::fail(ErrorCode code, const QString &detail) {
    if (!m_error)
        m_error = protocol::Error{code, detail};
}

bool FieldReader::has(const char *key) const {
    const QCborValue v = m_body.value(keyName(key));
    return !v.isUndefined() && !v.isNull();
}

QString FieldReader::text(const char *key, bool required, int maxLength, const QString &fallback) {
    const QCborValue v = m_body.value(keyName(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(ErrorCode::BadRequest, QStringLiteral("missing field '%1'").arg(keyName(key)));
        return fallback;
    }
    if (!v.isString()) {
        fail(ErrorCode::BadRequest, QStringLiteral("field '%1' must be text").arg(keyName(key)));
        return fallback;
    }
    const QString t = domain::normalizedText(v.toString());
    if (t.size() > maxLength) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("field '%1' is longer than %2").arg(keyName(key)).arg(maxLength));
        return fallback;
    }
    if (required && t.isEmpty())
        fail(ErrorCode::InvalidValue, QStringLiteral("field '%1' must not be empty").arg(keyName(key)));
    return t;
}

qint64 FieldReader::integer(const char *key, bool required, qint64 min, qint64 max, qint64 fallback) {
    const QCborValue v = m_body.value(keyName(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(ErrorCode::BadRequest, QStringLiteral("missing field '%1'").arg(keyName(key)));
        return fallback;
    }
    if (!v.isInteger()) {
        fail(ErrorCode::BadRequest, QStringLiteral("field '%1' must be an integer").arg(keyName(key)));
        return fallback;
    }
    const qint64 n = v.toInteger();
    if (n < min || n > max) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("field '%1' must be between %2 and %3").arg(keyName(key)).arg(min).arg(max));
        return fallback;
    }
    return n;
}

std::optional<qint64> FieldReader::optionalInteger(const char *key, qint64 min, qint64 max) {
    if (!has(key))
        return std::nullopt;
    return integer(key, true, min, max);
}

bool FieldReader::boolean(const char *key, bool fallback) {
    const QCborValue v = m_body.value(keyName(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(ErrorCode::BadRequest, QStringLiteral("field '%1' must be true or false").arg(keyName(key)));
        return fallback;
    }
    return v.toBool();
}

QByteArray FieldReader::bytes(const char *key, int minSize, int maxSize, bool required) {
    const QCborValue v = m_body.value(keyName(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(ErrorCode::BadRequest, QStringLiteral("missing field '%1'").arg(keyName(key)));
        return {};
    }
    if (!v.isByteArray()) {
        fail(ErrorCode::BadRequest, QStringLiteral("field '%1' must be bytes").arg(keyName(key)));
        return {};
    }
    const QByteArray b = v.toByteArray();
    if (b.size() < minSize || b.size() > maxSize) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("field '%1' must be %2..%3 bytes").arg(keyName(key)).arg(minSize).arg(maxSize));
        return {};
    }
    return b;
}

QStringList FieldReader::textList(const char *key, int maxItems, int maxLength) {
    const QCborValue v = m_body.value(keyName(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray() || v.toArray().size() > maxItems) {
        fail(ErrorCode::BadRequest,
             QStringLiteral("field '%1' must be a list of at most %2 texts").arg(keyName(key)).arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QCborValue &item : v.toArray()) {
        if (!item.isString() || item.toString().size() > maxLength) {
            fail(ErrorCode::BadRequest, QStringLiteral("field '%1' must hold texts").arg(keyName(key)));
            return {};
        }
        const QString t = domain::normalizedText(item.toString());
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString FieldReader::date(const char *key, bool required) {
    const QString t = text(key, required, 10);
    if (t.isEmpty())
        return t;
    if (!QDate::fromString(t, Qt::ISODate).isValid() || t.size() != 10) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("field '%1' must be a date YYYY-MM-DD").arg(keyName(key)));
        return {};
    }
    return t;
}

QString FieldReader::timeOfDay(const char *key) {
    const QString t = text(key, false, 5);
    if (t.isEmpty())
        return t;
    if (!QTime::fromString(t, QStringLiteral("HH:mm")).isValid()) {
        fail(ErrorCode::InvalidValue, QStringLiteral("field '%1' must be a time HH:MM").arg(keyName(key)));
        return {};
    }
    return t;
}

QString FieldReader::oneOf(const char *key, const QStringList &allowed, const QString &fallback) {
    const QString t = text(key, false, 40, fallback);
    if (!allowed.contains(t)) {
        fail(ErrorCode::InvalidValue, QStringLiteral("field '%1' must be one of: %2")
                                          .arg(keyName(key), allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return t;
}

} // namespace council::server
