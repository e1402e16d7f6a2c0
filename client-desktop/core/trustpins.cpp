#include "trustpins.h"

#include "privatejsonfile.h"

#include "tokenstore.h"

#include "crypto/signing.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace council::client {

namespace {

const QString kServers = QStringLiteral("servers");
const QString kKey = QStringLiteral("key");

QString encodeKey(const QByteArray &key) {
    return QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray decodeKey(const QString &text) {
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

QString TrustPins::defaultPath() {
    return QFileInfo(TokenStore::defaultPath()).dir().filePath(QStringLiteral("trust-pins.json"));
}

TrustPins::TrustPins(QString filePath)
    : m_path(std::move(filePath)) {}

QJsonObject TrustPins::readAll(bool *ok) const {
    const std::optional<QJsonObject> root =
        privatejson::read(m_path, QStringLiteral("trust pin file"), &m_error);
    *ok = root.has_value();
    return root.value_or(QJsonObject());
}

bool TrustPins::writeAll(const QJsonObject &root) {
    return privatejson::write(m_path, root, &m_error);
}

std::optional<QByteArray> TrustPins::pinned(const QUrl &server, qint64 body) const {
    bool ok = false;
    const QJsonObject root = readAll(&ok);
    if (!ok)
        return std::nullopt;
    const QJsonObject entry = root.value(kServers)
                                  .toObject()
                                  .value(TokenStore::serverKey(server))
                                  .toObject()
                                  .value(QString::number(body))
                                  .toObject();
    const QByteArray key = decodeKey(entry.value(kKey).toString());
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

TrustPins::Status TrustPins::check(const QUrl &server, qint64 body, const QByteArray &key) const {
    bool ok = false;
    readAll(&ok);
    if (!ok)
        return Status::Failed;
    const auto current = pinned(server, body);
    if (!current)
        return Status::NotPinned;
    return *current == key ? Status::Matches : Status::Differs;
}

TrustPins::Status TrustPins::pin(const QUrl &server, qint64 body, const QByteArray &key) {
    if (key.size() != crypto::kSignPublicKeyBytes) {
        m_error = QStringLiteral("a trust key has %1 bytes, not %2")
                      .arg(crypto::kSignPublicKeyBytes)
                      .arg(key.size());
        return Status::Failed;
    }
    bool ok = false;
    QJsonObject root = readAll(&ok);
    if (!ok)
        return Status::Failed; // never overwrite a file we could not understand: it holds other pins
    const QString serverKey = TokenStore::serverKey(server);
    QJsonObject servers = root.value(kServers).toObject();
    QJsonObject bodies = servers.value(serverKey).toObject();
    const QByteArray current =
        decodeKey(bodies.value(QString::number(body)).toObject().value(kKey).toString());
    if (!current.isEmpty())
        return current == key ? Status::Matches : Status::Differs;
    QJsonObject entry;
    entry.insert(kKey, encodeKey(key));
    // For people reading the file: what `councilctl trust show` prints.
    entry.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(key));
    entry.insert(QStringLiteral("pinnedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    bodies.insert(QString::number(body), entry);
    servers.insert(serverKey, bodies);
    root.insert(kServers, servers);
    root.insert(QStringLiteral("version"), 1);
    if (!writeAll(root))
        return Status::Failed;
    return Status::NotPinned;
}

bool TrustPins::unpin(const QUrl &server, qint64 body) {
    bool ok = false;
    QJsonObject root = readAll(&ok);
    if (!ok)
        return false;
    const QString serverKey = TokenStore::serverKey(server);
    QJsonObject servers = root.value(kServers).toObject();
    QJsonObject bodies = servers.value(serverKey).toObject();
    if (!bodies.contains(QString::number(body)))
        return true;
    bodies.remove(QString::number(body));
    if (bodies.isEmpty())
        servers.remove(serverKey);
    else
        servers.insert(serverKey, bodies);
    root.insert(kServers, servers);
    return writeAll(root);
}

} // namespace council::client
