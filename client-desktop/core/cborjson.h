// CBOR -> JSON for printing protocol bodies (councilctl --json, logs). JSON
// has no byte strings, so bytes become base64url text without padding, and
// integer map keys become their decimal text.
#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonValue>

namespace council::client {

QJsonValue cborToJson(const QCborValue &value);
// A compact (one line) or indented JSON text of a CBOR value.
QByteArray cborToJsonText(const QCborValue &value, bool indented = false);

} // namespace council::client
