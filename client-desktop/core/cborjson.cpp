#include "cborjson.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace council::client {

namespace {

QString keyText(const QCborValue &key) {
    if (key.isString())
        return key.toString();
    if (key.isInteger())
        return QString::number(key.toInteger());
    // Any other key type is unusual in our protocol; its diagnostic form at
    // least keeps distinct keys distinct.
    return key.toDiagnosticNotation(QCborValue::Compact);
}

} // namespace

QJsonValue cborToJson(const QCborValue &value) {
    switch (value.type()) {
    case QCborValue::Integer:
        return QJsonValue(value.toInteger());
    case QCborValue::Double: {
        const double d = value.toDouble();
        // JSON has no NaN or infinities.
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case QCborValue::True:
        return true;
    case QCborValue::False:
        return false;
    case QCborValue::Null:
    case QCborValue::Undefined:
    case QCborValue::Invalid:
        return QJsonValue(QJsonValue::Null);
    case QCborValue::String:
        return value.toString();
    case QCborValue::ByteArray:
        return QString::fromLatin1(
            value.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    case QCborValue::Array: {
        QJsonArray out;
        for (const QCborValue &v : value.toArray())
            out.append(cborToJson(v));
        return out;
    }
    case QCborValue::Map: {
        QJsonObject out;
        const QCborMap m = value.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            out.insert(keyText(it.key()), cborToJson(it.value()));
        return out;
    }
    default:
        break;
    }
    // Tags and Qt's extended types (date-time, URL, UUID...) print as their
    // tagged content: the reader gets the data, not Qt's object model.
    if (value.isTag() || value.isDateTime() || value.isUrl() || value.isRegularExpression() || value.isUuid())
        return cborToJson(value.taggedValue());
    if (value.isSimpleType())
        return QJsonValue(static_cast<int>(value.toSimpleType()));
    return QJsonValue(QJsonValue::Null);
}

QByteArray cborToJsonText(const QCborValue &value, bool indented) {
    const QJsonValue json = cborToJson(value);
    const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(format).trimmed();
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(format).trimmed();
    // QJsonDocument only holds objects and arrays: wrap a scalar and cut it out.
    const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace council::client
