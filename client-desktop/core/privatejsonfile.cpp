#include "privatejsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace council::client::privatejson {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

std::optional<QJsonObject> read(const QString &path, const QString &what, QString *error) {
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: not a %2 (%3)").arg(path, what, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

bool write(const QString &path, const QJsonObject &root, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Narrow the temporary file before a single byte is in it; QSaveFile
    // would otherwise copy the old file's mode or use the umask.
    if (!file.setPermissions(kOwnerOnly)) {
        *error = QStringLiteral("cannot restrict permissions of %1").arg(path);
        file.cancelWriting();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    // Whatever the rename did, the final file is 0600.
    if (!QFile::setPermissions(path, kOwnerOnly)) {
        *error = QStringLiteral("cannot restrict permissions of %1").arg(path);
        return false;
    }
    return true;
}

} // namespace council::client::privatejson
