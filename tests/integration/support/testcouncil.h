// A running council-server for one test class: its own data directory, an
// administrator created with --create-admin and logged in once (the token is
// reused), helpers to create accounts with the cheapest Argon2id cost, to
// connect clients, and to build a body with a secretary, a chair and delegates.
#pragma once

#include "crypto/auditchain.h"
#include "rawclient.h"
#include "serverprocess.h"

#include <QObject>

// A reply that must be a result; on failure the test prints what came instead.
#define COUNCIL_VERIFY_OK(reply)                                                                             \
    do {                                                                                                     \
        const auto &reply_ = (reply);                                                                        \
        QVERIFY2(reply_.ok(), qPrintable(reply_.describe()));                                                \
    } while (false)

// A reply that must be the error `code`.
#define COUNCIL_COMPARE_ERROR(reply, code)                                                                   \
    do {                                                                                                     \
        const auto &reply_ = (reply);                                                                        \
        QVERIFY2(reply_.errorCode() == QStringLiteral(code), qPrintable(reply_.describe()));                 \
    } while (false)

namespace council::testing {

inline const QString kAdminName = QStringLiteral("quantri");
inline const QString kAdminPassword = QStringLiteral("Mật khẩu quản trị 2024");

// Bodies, members, sessions and agenda items as the requests create them.
Reply createBody(RawClient &client, const QString &name, int seats = 50);
Reply addMember(RawClient &client, qint64 body, const QString &fullName, const QStringList &functions,
                const QString &username = {});
Reply createSession(RawClient &client, qint64 body, const QString &title);
Reply addSitting(RawClient &client, qint64 session, const QString &title, const QString &date);
Reply addItem(RawClient &client, qint64 session, const QString &title, const QByteArray &op = {});
Reply getSession(RawClient &client, qint64 session);
qint64 idOf(const Reply &reply, const QString &key); // reply.body[key].id
// The entries of an audit.list reply as the shared chain verifier takes them.
QList<crypto::AuditEntry> auditEntries(const Reply &auditList);

// One body ready for a session: accounts and clients for each role.
struct BodyFixture {
    qint64 body = 0;
    qint64 session = 0;
    QString secretaryName, chairName, delegateName;
    Login secretaryLogin, chairLogin, delegateLogin;
    RawClient *secretary = nullptr; // logged in, not synced
    RawClient *chair = nullptr;
    RawClient *delegate = nullptr;
};

class TestCouncil : public QObject {
    Q_OBJECT
public:
    explicit TestCouncil(QObject *parent = nullptr);

    // Creates the administrator, starts the server and logs the admin in.
    bool start(const QStringList &extraArgs = {});
    // After a kill or stop: start again on the same data and log the admin
    // back in with its token.
    bool restart();
    ServerProcess *server() const { return m_server; }
    RawClient *admin() const { return m_admin; }
    QByteArray adminToken() const { return m_adminLogin.token; }
    QString lastError() const { return m_error; }

    // A unique, valid user name for this server ("prefix" + counter).
    QString uniqueName(const QString &prefix);
    // user.create with the minimum Argon2id cost (fast), by the admin.
    Reply createUser(const QString &username, const QString &password, bool admin = false);

    // New clients, children of this object. nullptr (and lastError) on failure.
    RawClient *connectAnonymous(); // open + hello
    RawClient *connectAs(const QString &username, const QString &password, Login *login = nullptr);
    RawClient *connectWithToken(const QByteArray &token);

    // A body with a session, a secretary, a chair (also delegate) and one
    // delegate, each with an account and a logged-in client.
    bool setUpBody(BodyFixture *fixture, const QString &bodyName = {});

private:
    bool fail(const QString &why);
    ServerProcess *m_server;
    RawClient *m_admin = nullptr;
    Login m_adminLogin;
    int m_counter = 0;
    QString m_error;
};

} // namespace council::testing
