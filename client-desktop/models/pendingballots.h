// Ballots this device has sent and the server has not answered yet, kept on
// disk so that quitting the app (or a flat battery) while the link is down
// does not lose them: at the next start of the same account on the same
// server they are sent again with the same ballot id, and the server counts
// each once. One small owner-only JSON file in the app's data directory,
// keyed by server and user name; an explicit logout empties it, so another
// account never sends someone else's ballot.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace council::client {

class PendingBallots {
public:
    struct Entry {
        qint64 round = 0;
        QByteArray ballotId;
        QString choice;
        qint64 castAt = 0; // ms since the epoch, device clock
    };

    // <AppDataLocation>/pending-ballots.json.
    static QString defaultPath();

    explicit PendingBallots(QString filePath = defaultPath());

    QString filePath() const { return m_path; }

    // The key a server and account are stored under; empty when either is unknown.
    static QString accountKey(const QUrl &server, const QString &username);

    // The account's ballots, oldest first.
    QList<Entry> load(const QString &account) const;
    bool add(const QString &account, const Entry &entry);
    bool remove(const QString &account, const QByteArray &ballotId);
    // Forgets every stored ballot (logout).
    bool clear();

    QString errorString() const { return m_error; }

private:
    QString m_path;
    mutable QString m_error;
};

} // namespace council::client
