// The real council-server with its demo data (--demo), and the people who
// run a sitting in it: each a ServerConnection logged in with the password
// from demo-accounts.txt, with a blocking call() for test scripts. The hall
// tests use it to do what the chair, the secretary and delegates do, and
// watch a display account's client follow.
#pragma once

#include "serverconnection.h"
#include "serverprocess.h"

#include <QCborMap>
#include <QHash>
#include <QList>
#include <memory>

namespace council::testing {

class LiveDemo {
public:
    LiveDemo();
    ~LiveDemo();

    // Starts the server with --demo and reads the accounts and the session.
    bool start(QString *error);
    QUrl url() const { return m_server.url(); }
    QString password(const QString &user) const { return m_passwords.value(user); }

    // A logged-in connection of `user` (kept open; events not synced).
    client::ServerConnection *as(const QString &user, QString *error = nullptr);
    // A request of `user`, waited for.
    client::Reply call(const QString &user, protocol::Request type, const QCborMap &body,
                       int timeoutMs = 15000);

    qint64 body() const { return m_body; }
    qint64 session() const { return m_session; }
    const QList<qint64> &items() const { return m_items; }
    const QList<qint64> &sittings() const { return m_sittings; }
    qint64 sittingOfItem(qint64 item) const { return m_sittingOfItem.value(item); }
    // Members of the body that hold the delegate function: the chair and the
    // vice chair first, the delegate "daibieu" last.
    const QList<qint64> &delegates() const { return m_delegates; }
    qint64 memberOf(const QString &username) const { return m_memberOfUser.value(username); }
    QString fullNameOf(qint64 member) const { return m_fullNames.value(member); }

    // A short script of a live sitting, each step as the person who does it.
    bool openSession(QString *error);
    bool setCurrentItem(qint64 item, QString *error);
    bool markPresent(qint64 sitting, int count,
                     QString *error); // the secretary, for the first `count` delegates
    bool show(const QString &mode, QString *error, qint64 round = 0, qint64 document = 0, qint64 page = 0);
    qint64 giveFloorTo(const QString &user, qint64 item, QString *error);
    qint64 openVote(qint64 item, const QString &question, int seconds, QString *error);
    bool cast(const QString &user, qint64 round, const QString &choice, QString *error);
    bool closeVote(qint64 round, QString *error);
    // A document published to the whole body, attached to the session; 0 when none.
    qint64 publishedDocument(QString *title, qint64 *pages);

private:
    bool expectOk(const client::Reply &r, const char *what, QString *error);

    ServerProcess m_server;
    QHash<QString, QString> m_passwords;
    std::map<QString, std::unique_ptr<client::ServerConnection>> m_connections;
    qint64 m_body = 0;
    qint64 m_session = 0;
    QList<qint64> m_items;
    QList<qint64> m_sittings;
    QHash<qint64, qint64> m_sittingOfItem;
    QList<qint64> m_delegates;
    QHash<QString, qint64> m_memberOfUser;
    QHash<qint64, QString> m_fullNames;
};

} // namespace council::testing
