// A small JSON object in a file only its owner may read or write (0600),
// replaced atomically: the device tokens and the pinned trust keys. Whoever
// can write such a file can log in as this device or decide which approvals
// it believes, so the mode is set before a byte is written and again after.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace council::client::privatejson {

// A missing file is an empty object. nullopt with *error when the file
// cannot be read or is not a JSON object (`what` names it in the error).
std::optional<QJsonObject> read(const QString &path, const QString &what, QString *error);
bool write(const QString &path, const QJsonObject &root, QString *error);

} // namespace council::client::privatejson
