// login, logout, me, user and token: who may connect, and with which device.
#include "command.h"
#include "context.h"
#include "output.h"
#include "tokenstore.h"

#include "crypto/sodium.h"

#include <QCborArray>
#include <QFutureWatcher>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

// Chooses the Argon2id cost from --kdf; nullopt after a usage error.
std::optional<crypto::KdfParams> kdfFromOption(Context &ctx) {
    const QString kdf = ctx.args().value(QStringLiteral("kdf"), QStringLiteral("interactive"));
    if (kdf == QLatin1String("interactive"))
        return crypto::KdfParams::interactive();
    if (kdf == QLatin1String("min"))
        return crypto::KdfParams::minimum();
    ctx.failUsage(t("--kdf must be interactive or min, not '%1'").arg(kdf));
    return std::nullopt;
}

// Derives a new login key for `password` with a fresh salt on a worker
// thread (Argon2id is slow by design), then hands the fields user.create and
// user.set_password need {salt, ops, mem, loginKey} to `then`.
void deriveNewLoginKey(Context &ctx, const QString &password, const crypto::KdfParams &params,
                       std::function<void(QCborMap)> then) {
    crypto::initialize();
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    auto *watcher = new QFutureWatcher<crypto::DerivedKeys>(&ctx);
    QObject::connect(watcher, &QFutureWatcher<crypto::DerivedKeys>::finished, &ctx,
                     [&ctx, watcher, salt, params, then = std::move(then)] {
                         const crypto::DerivedKeys keys = watcher->result();
                         watcher->deleteLater();
                         if (!keys.ok)
                             return ctx.failClient(ExitServer, QStringLiteral("local_io"),
                                                   t("password key derivation failed"));
                         QCborMap fields;
                         fields.insert(QStringLiteral("salt"), salt);
                         fields.insert(QStringLiteral("ops"), params.opsLimit);
                         fields.insert(QStringLiteral("mem"), params.memLimit);
                         fields.insert(QStringLiteral("loginKey"), keys.loginKey);
                         then(fields);
                     });
    watcher->setFuture(QtConcurrent::run(crypto::deriveKeys, password, salt, params));
}

QString accountLine(const QCborMap &account) {
    return t("%1 (%2, id %3%4)")
        .arg(account.value(QStringLiteral("username")).toString(),
             account.value(QStringLiteral("displayName")).toString())
        .arg(account.value(QStringLiteral("id")).toInteger())
        .arg(account.value(QStringLiteral("admin")).toBool() ? t(", admin") : QString());
}

void login(Context &ctx) {
    const auto user = ctx.requiredOption(QStringLiteral("user"));
    if (!user)
        return;
    if (!ctx.args().flags.contains(QStringLiteral("password-stdin")))
        return ctx.failUsage(t("--password-stdin is required: the password is read from stdin"));
    const QString device = ctx.args().value(QStringLiteral("device"),
                                            QStringLiteral("councilctl@") + QSysInfo::machineHostName());
    auto &conn = ctx.connection();
    QObject::connect(&conn, &client::ServerConnection::loggedIn, &ctx,
                     [&ctx, &conn, device, user = *user](const QByteArray &token, const QCborMap &account) {
                         client::TokenStore store;
                         client::TokenStore::Entry entry{token, conn.tokenId(), user, device};
                         if (!store.save(ctx.options().server, entry))
                             return ctx.failClient(ExitServer, QStringLiteral("local_io"),
                                                   store.errorString());
                         QCborMap out;
                         out.insert(QStringLiteral("account"), account);
                         out.insert(QStringLiteral("tokenId"), conn.tokenId());
                         out.insert(QStringLiteral("device"), device);
                         out.insert(QStringLiteral("file"), store.filePath());
                         ctx.result(out, [&] {
                             ctx.out(t("Logged in as %1.").arg(accountLine(account)));
                             ctx.out(t("Device token %1 (\"%2\") stored in %3")
                                         .arg(conn.tokenId())
                                         .arg(device, store.filePath()));
                         });
                         ctx.finish();
                     });
    conn.login(*user, ctx.commandPassword(), device);
}

void logout(Context &ctx) {
    if (!ctx.options().user.isEmpty())
        return ctx.failUsage(t("logout revokes the stored token; it takes no --user"));
    // A token the server no longer accepts is forgotten too: it is useless.
    QObject::connect(&ctx.connection(), &client::ServerConnection::authFailed, &ctx,
                     [&ctx] { client::TokenStore().remove(ctx.options().server); });
    ctx.call(Request::AuthLogout, {}, [&ctx](const QCborMap &body) {
        client::TokenStore store;
        if (!store.remove(ctx.options().server))
            return ctx.failClient(ExitServer, QStringLiteral("local_io"), store.errorString());
        ctx.result(body, [&] { ctx.out(t("Logged out: the device token is revoked and forgotten.")); });
        ctx.finish();
    });
}

void me(Context &ctx) {
    ctx.call(Request::Me, {}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(accountLine(body.value(QStringLiteral("account")).toMap()));
            const QList<Column> columns{
                {t("body"),
                 [](const QCborMap &m) {
                     const QCborMap b = m.value(QStringLiteral("body")).toMap();
                     return QStringLiteral("%1 %2")
                         .arg(b.value(QStringLiteral("id")).toInteger())
                         .arg(b.value(QStringLiteral("name")).toString());
                 }},
                {t("member"),
                 [](const QCborMap &m) {
                     return cellText(
                         m.value(QStringLiteral("member")).toMap().value(QStringLiteral("fullName")));
                 }},
                {t("functions"),
                 [](const QCborMap &m) {
                     return cellText(
                         m.value(QStringLiteral("member")).toMap().value(QStringLiteral("functions")));
                 }},
            };
            ctx.out(table(columns, body.value(QStringLiteral("memberships")).toArray()));
        });
        ctx.finish();
    });
}

void userCreate(Context &ctx) {
    const auto display = ctx.requiredOption(QStringLiteral("display"));
    if (!display)
        return;
    if (!ctx.args().flags.contains(QStringLiteral("password-stdin")))
        return ctx.failUsage(t("--password-stdin is required: the new user's password is read from stdin"));
    const auto params = kdfFromOption(ctx);
    if (!params)
        return;
    const QString username = ctx.args().positional.at(0);
    const bool admin = ctx.args().flags.contains(QStringLiteral("admin"));
    deriveNewLoginKey(
        ctx, ctx.commandPassword(), *params, [&ctx, username, display = *display, admin](QCborMap b) {
            b.insert(QStringLiteral("username"), username);
            b.insert(QStringLiteral("displayName"), display);
            b.insert(QStringLiteral("admin"), admin);
            ctx.call(Request::UserCreate, b, [&ctx](const QCborMap &body) {
                ctx.result(body, [&] {
                    ctx.out(t("Created account %1.")
                                .arg(accountLine(body.value(QStringLiteral("account")).toMap())));
                });
                ctx.finish();
            });
        });
}

void userList(Context &ctx) {
    ctx.call(Request::UserList, {}, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            ctx.out(table({field(t("id"), QStringLiteral("id")), field(t("user"), QStringLiteral("username")),
                           field(t("name"), QStringLiteral("displayName")),
                           field(t("admin"), QStringLiteral("admin"))},
                          body.value(QStringLiteral("accounts")).toArray()));
        });
        ctx.finish();
    });
}

void userPasswd(Context &ctx) {
    if (!ctx.args().flags.contains(QStringLiteral("password-stdin")))
        return ctx.failUsage(t("--password-stdin is required: the new password is read from stdin"));
    const auto params = kdfFromOption(ctx);
    if (!params)
        return;
    const QString username = ctx.args().positional.at(0);
    deriveNewLoginKey(ctx, ctx.commandPassword(), *params, [&ctx, username](QCborMap b) {
        b.insert(QStringLiteral("username"), username);
        ctx.call(Request::UserSetPassword, b, [&ctx, username](const QCborMap &body) {
            ctx.result(body, [&] { ctx.out(t("Password of %1 changed.").arg(username)); });
            ctx.finish();
        });
    });
}

void tokenList(Context &ctx) {
    QCborMap b;
    if (ctx.args().values.contains(QStringLiteral("user")))
        b.insert(QStringLiteral("username"), ctx.args().value(QStringLiteral("user")));
    ctx.call(Request::TokenList, b, [&ctx](const QCborMap &body) {
        ctx.result(body, [&] {
            auto instant = [](const char *key) {
                return [key](const QCborMap &m) { return instantText(m.value(QLatin1String(key))); };
            };
            ctx.out(table({field(t("id"), QStringLiteral("id")),
                           field(t("user"), QStringLiteral("username")),
                           field(t("device"), QStringLiteral("device")),
                           {t("created"), instant("created")},
                           {t("last used"), instant("lastUsed")},
                           {t("revoked"), instant("revoked")}},
                          body.value(QStringLiteral("tokens")).toArray()));
        });
        ctx.finish();
    });
}

void tokenRevoke(Context &ctx) {
    const auto id = ctx.idAt(0, t("token id"));
    if (!id)
        return;
    ctx.call(Request::TokenRevoke, QCborMap{{QStringLiteral("id"), *id}}, [&ctx, id](const QCborMap &body) {
        ctx.result(body, [&] { ctx.out(t("Token %1 revoked.").arg(*id)); });
        ctx.finish();
    });
}

} // namespace

QList<Command> accountCommands() {
    const QStringList kdf{QStringLiteral("kdf")};
    return {
        {QStringLiteral("login"),
         {},
         QStringLiteral("--user NAME --password-stdin [--device NAME]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "log in and store this device's token for the server (file mode 0600)"),
         {QStringLiteral("user"), QStringLiteral("device")},
         {QStringLiteral("password-stdin")},
         0,
         0,
         Command::Auth::Own,
         false,
         login},
        {QStringLiteral("logout"),
         {},
         {},
         QT_TRANSLATE_NOOP("councilctl", "revoke the stored token on the server and forget it"),
         {},
         {},
         0,
         0,
         Command::Auth::Session,
         false,
         logout},
        {QStringLiteral("me"),
         {},
         {},
         QT_TRANSLATE_NOOP("councilctl", "show the account and its memberships"),
         {},
         {},
         0,
         0,
         Command::Auth::Session,
         false,
         me},
        {QStringLiteral("user"),
         QStringLiteral("create"),
         QStringLiteral("NAME --display \"Full Name\" --password-stdin [--admin] [--kdf interactive|min]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "create an account (admin); the password is turned into a login key here"),
         {QStringLiteral("display"), QStringLiteral("kdf")},
         {QStringLiteral("password-stdin"), QStringLiteral("admin")},
         1,
         1,
         Command::Auth::Session,
         false,
         userCreate},
        {QStringLiteral("user"),
         QStringLiteral("list"),
         {},
         QT_TRANSLATE_NOOP("councilctl", "list accounts (admin)"),
         {},
         {},
         0,
         0,
         Command::Auth::Session,
         false,
         userList},
        {QStringLiteral("user"),
         QStringLiteral("passwd"),
         QStringLiteral("NAME --password-stdin [--kdf interactive|min]"),
         QT_TRANSLATE_NOOP("councilctl", "set a new password (admin, or your own)"),
         kdf,
         {QStringLiteral("password-stdin")},
         1,
         1,
         Command::Auth::Session,
         false,
         userPasswd},
        {QStringLiteral("token"),
         QStringLiteral("list"),
         QStringLiteral("[--user NAME]"),
         QT_TRANSLATE_NOOP("councilctl", "list device tokens (admin: anyone's; else your own)"),
         {QStringLiteral("user")},
         {},
         0,
         0,
         Command::Auth::Session,
         false,
         tokenList},
        {QStringLiteral("token"),
         QStringLiteral("revoke"),
         QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("councilctl", "revoke a device token; its connections are closed"),
         {},
         {},
         1,
         1,
         Command::Auth::Session,
         false,
         tokenRevoke},
    };
}

} // namespace council::ctl
