#include "pendingballots.h"

#include "privatejsonfile.h"
#include "tokenstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace council::client {

namespace {

QJsonObject toJson(const PendingBallots::Entry &e) {
    QJsonObject o;
    o.insert(QStringLiteral("round"), e.round);
    o.insert(QStringLiteral("ballotId"), QString::fromLatin1(e.ballotId.toBase64()));
    o.insert(QStringLiteral("choice"), e.choice);
    o.insert(QStringLiteral("castAt"), e.castAt);
    return o;
}

PendingBallots::Entry fromJson(const QJsonObject &o) {
    PendingBallots::Entry e;
    e.round = o.value(QStringLiteral("round")).toInteger();
    e.ballotId = QByteArray::fromBase64(o.value(QStringLiteral("ballotId")).toString().toLatin1());
    e.choice = o.value(QStringLiteral("choice")).toString();
    e.castAt = o.value(QStringLiteral("castAt")).toInteger();
    return e;
}

} // namespace

QString PendingBallots::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("pending-ballots.json"));
}

PendingBallots::PendingBallots(QString filePath)
    : m_path(std::move(filePath)) {}

QString PendingBallots::accountKey(const QUrl &server, const QString &username) {
    if (server.isEmpty() || username.isEmpty())
        return {};
    return TokenStore::serverKey(server) + QLatin1Char('|') + username;
}

QList<PendingBallots::Entry> PendingBallots::load(const QString &account) const {
    QList<Entry> out;
    if (account.isEmpty())
        return out;
    const std::optional<QJsonObject> root =
        privatejson::read(m_path, QStringLiteral("pending ballot file"), &m_error);
    if (!root)
        return out;
    for (const QJsonValue &v : root->value(account).toArray()) {
        const Entry e = fromJson(v.toObject());
        if (e.round != 0 && !e.ballotId.isEmpty() && !e.choice.isEmpty())
            out.append(e);
    }
    return out;
}

bool PendingBallots::add(const QString &account, const Entry &entry) {
    if (account.isEmpty())
        return false;
    std::optional<QJsonObject> root =
        privatejson::read(m_path, QStringLiteral("pending ballot file"), &m_error);
    if (!root)
        root = QJsonObject(); // an unreadable file must not stop a new ballot from being kept
    QJsonArray list = root->value(account).toArray();
    list.append(toJson(entry));
    root->insert(account, list);
    return privatejson::write(m_path, *root, &m_error);
}

bool PendingBallots::remove(const QString &account, const QByteArray &ballotId) {
    std::optional<QJsonObject> root =
        privatejson::read(m_path, QStringLiteral("pending ballot file"), &m_error);
    if (!root || !root->contains(account))
        return root.has_value();
    const QJsonArray list = root->value(account).toArray();
    QJsonArray kept;
    for (const QJsonValue &v : list) {
        if (fromJson(v.toObject()).ballotId != ballotId)
            kept.append(v);
    }
    if (kept.size() == list.size())
        return true;
    if (kept.isEmpty())
        root->remove(account);
    else
        root->insert(account, kept);
    if (root->isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    return privatejson::write(m_path, *root, &m_error);
}

bool PendingBallots::clear() {
    if (!QFile::exists(m_path))
        return true;
    return QFile::remove(m_path);
}

} // namespace council::client
