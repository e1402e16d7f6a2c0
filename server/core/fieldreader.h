// Reads the fields of a request body without trusting them: types, ranges and
// lengths are checked, text is NFC-normalised, and the first problem is kept
// so a handler can answer with one clear bad_request/invalid_value error.
#pragma once

#include "protocol/errors.h"

#include <QCborArray>
#include <QCborMap>
#include <QStringList>
#include <optional>

namespace council::server {

class FieldReader {
public:
    explicit FieldReader(const QCborMap &body)
        : m_body(body) {}

    bool has(const char *key) const;
    // Absent optional fields return the fallback; null counts as absent.
    QString text(const char *key, bool required = true, int maxLength = 500, const QString &fallback = {});
    qint64 integer(const char *key, bool required = true, qint64 min = 0, qint64 max = (qint64(1) << 53),
                   qint64 fallback = 0);
    std::optional<qint64> optionalInteger(const char *key, qint64 min = 0, qint64 max = (qint64(1) << 53));
    bool boolean(const char *key, bool fallback = false);
    QByteArray bytes(const char *key, int minSize, int maxSize, bool required = true);
    QStringList textList(const char *key, int maxItems = 64, int maxLength = 200);
    QString date(const char *key, bool required = true); // YYYY-MM-DD
    QString timeOfDay(const char *key);                  // HH:MM or empty
    QString oneOf(const char *key, const QStringList &allowed, const QString &fallback);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<protocol::Error> &error() const { return m_error; }

private:
    void fail(protocol::ErrorCode code, const QString &detail);
    QCborMap m_body;
    std::optional<protocol::Error> m_error;
};

} // namespace council::server
