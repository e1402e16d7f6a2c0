// The trust keys this device has pinned, one per (server, body). A body's
// trust key signs its approver list; the first key a client sees for a body
// is pinned, and any other key the server presents later is refused: a
// server (or whoever took it over) cannot swap in a key of its own. Stored
// next to the token file as trust-pins.json, owner-only (0600), replaced
// atomically.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace council::client {

class TrustPins {
public:
    enum class Status {
        NotPinned, // nothing pinned for this body yet
        Matches,   // the pinned key is this one
        Differs,   // another key is pinned: refuse
        Failed,    // the file could not be read or written (errorString())
    };

    // trust-pins.json in the directory of TokenStore::defaultPath().
    static QString defaultPath();

    explicit TrustPins(QString filePath = defaultPath());

    QString filePath() const { return m_path; }

    std::optional<QByteArray> pinned(const QUrl &server, qint64 body) const;
    Status check(const QUrl &server, qint64 body, const QByteArray &key) const;
    // Pins `key` only when nothing is pinned for (server, body): NotPinned
    // means "was not pinned, is now". Matches and Differs leave the file alone.
    Status pin(const QUrl &server, qint64 body, const QByteArray &key);
    // Forgets a pin (after the body's trust key was really replaced, e.g. a
    // server reinstalled from scratch). True also when nothing was pinned.
    bool unpin(const QUrl &server, qint64 body);

    QString errorString() const { return m_error; }

private:
    QJsonObject readAll(bool *ok) const;
    bool writeAll(const QJsonObject &root);

    QString m_path;
    mutable QString m_error;
};

} // namespace council::client
