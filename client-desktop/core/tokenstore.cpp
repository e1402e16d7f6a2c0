#include "tokenstore.h"

#include "privatejsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace council::client {

namespace {

const QString kServers = QStringLiteral("servers");

QString encodeToken(const QByteArray &token) {
    return QString::fromLatin1(
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString TokenStore::defaultPath() {
    const QString dir = qEnvironmentVariable("COUNCIL_CONFIG_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("councilctl.json"));
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/paperless-council/councilctl.json");
}

TokenStore::TokenStore(QString filePath)
    : m_path(std::move(filePath)) {}

QString TokenStore::serverKey(const QUrl &server) {
    QUrl key = server.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps a lone "/", yet ws://h:1/ and ws://h:1 are the same endpoint.
    if (key.path() == QLatin1String("/"))
        key.setPath(QString());
    return key.toString();
}

QJsonObject TokenStore::readAll(bool *ok) const {
    const std::optional<QJsonObject> root = privatejson::read(m_path, QStringLiteral("token file"), &m_error);
    *ok = root.has_value();
    return root.value_or(QJsonObject());
}

bool TokenStore::writeAll(const QJsonObject &root) {
    return privatejson::write(m_path, root, &m_error);
}

std::optional<TokenStore::Entry> TokenStore::load(const QUrl &server) const {
    bool ok = false;
    const QJsonObject root = readAll(&ok);
    const QJsonObject o = root.value(kServers).toObject().value(serverKey(server)).toObject();
    const QByteArray token = QByteArray::fromBase64(o.value(QStringLiteral("token")).toString().toLatin1(),
                                                    QByteArray::Base64UrlEncoding);
    if (!ok || token.isEmpty())
        return std::nullopt;
    Entry e;
    e.token = token;
    e.tokenId = o.value(QStringLiteral("tokenId")).toInteger();
    e.username = o.value(QStringLiteral("username")).toString();
    e.device = o.value(QStringLiteral("device")).toString();
    return e;
}

bool TokenStore::save(const QUrl &server, const Entry &entry) {
    bool ok = false;
    QJsonObject root = readAll(&ok);
    if (!ok)
        return false; // never overwrite a file we could not understand: it may hold other tokens
    QJsonObject servers = root.value(kServers).toObject();
    QJsonObject o;
    o.insert(QStringLiteral("token"), encodeToken(entry.token));
    o.insert(QStringLiteral("tokenId"), entry.tokenId);
    o.insert(QStringLiteral("username"), entry.username);
    o.insert(QStringLiteral("device"), entry.device);
    servers.insert(serverKey(server), o);
    root.insert(kServers, servers);
    root.insert(QStringLiteral("version"), 1);
    return writeAll(root);
}

bool TokenStore::remove(const QUrl &server) {
    bool ok = false;
    QJsonObject root = readAll(&ok);
    if (!ok)
        return false;
    QJsonObject servers = root.value(kServers).toObject();
    if (!servers.contains(serverKey(server)))
        return true;
    servers.remove(serverKey(server));
    root.insert(kServers, servers);
    return writeAll(root);
}

QStringList TokenStore::servers() const {
    bool ok = false;
    return readAll(&ok).value(kServers).toObject().keys();
}

} // namespace council::client
