// Device tokens of councilctl, one per server URL, in a small JSON file that
// only its owner can read (mode 0600). A token is as good as a password for
// its device, so the file is replaced atomically (QSaveFile) and never
// widened in permissions.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace council::client {

class TokenStore {
public:
    struct Entry {
        QByteArray token;
        qint64 tokenId = 0;
        QString username;
        QString device;
    };

    // Default: $COUNCIL_CONFIG_DIR/councilctl.json when that variable is set,
    // else <GenericConfigLocation>/paperless-council/councilctl.json.
    static QString defaultPath();

    explicit TokenStore(QString filePath = defaultPath());

    QString filePath() const { return m_path; }

    std::optional<Entry> load(const QUrl &server) const;
    bool save(const QUrl &server, const Entry &entry);
    bool remove(const QUrl &server); // true also when there was nothing to remove
    QStringList servers() const;

    QString errorString() const { return m_error; }

    // The key a URL is stored under: ws://Host:8765/ and ws://host:8765 are one server.
    static QString serverKey(const QUrl &server);

private:
    QJsonObject readAll(bool *ok) const;
    bool writeAll(const QJsonObject &root);

    QString m_path;
    mutable QString m_error;
};

} // namespace council::client
