// The command table of councilctl: every NOUN VERB with its arguments, its
// help line and the function that runs it. Each commands_*.cpp contributes
// the commands of a few nouns; app.cpp parses the command line against it.
#pragma once

#include "protocol/messages.h"

#include <QByteArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace council::ctl {

class Context;

enum ExitCode { ExitOk = 0, ExitServer = 1, ExitUsage = 2, ExitConnection = 3 };

struct Options {
    QUrl server;
    bool json = false;
    QString user;               // --user before NOUN: log in for this call only
    bool passwordStdin = false; // --password-stdin before NOUN
};

struct Args {
    QStringList positional;
    QHash<QString, QString> values; // --name value
    QSet<QString> flags;            // --admin

    bool has(const QString &option) const { return values.contains(option) || flags.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const {
        return values.value(option, fallback);
    }
};

struct Command {
    enum class Auth {
        Session, // stored token, or --user/--password-stdin for this call
        Own,     // the command logs in by itself (login)
    };

    QString noun;
    QString verb;        // empty: the noun alone is the command (login, logout, watch, me)
    QString synopsis;    // arguments as shown in help
    const char *summary; // English source; translated when printed
    QStringList valueOptions;
    QStringList flagOptions;
    int minPositional = 0;
    int maxPositional = 0;
    Auth auth = Auth::Session;
    bool sync = false; // receives events (watch)
    std::function<void(Context &)> run;

    QString usageLine() const;
    bool readsPassword() const { return flagOptions.contains(QLatin1String("password-stdin")); }
};

QList<Command> accountCommands(); // login, logout, me, user, token
QList<Command> bodyCommands();    // body, member, group
QList<Command> sessionCommands(); // session, sitting, agenda
QList<Command> auditCommands();   // audit, watch
QList<Command> speakCommands();   // speak
QList<Command> attendCommands();  // attend
QList<Command> voteCommands();    // vote
QList<Command> trustCommands();   // key, trust
QList<Command> docCommands();     // doc
QList<Command> allCommands();

// Parses the words after NOUN [VERB] against the command's options. On a
// usage error returns nullopt and sets *problem.
std::optional<Args> parseArgs(const Command &command, const QStringList &words, Options &global,
                              QString *problem);

QString helpText();

// "ID" -> {id} request whose reply is {}: the remove/revoke commands. `done`
// is an English source text with %1 for the id.
void removeById(Context &ctx, protocol::Request request, const QString &what, const char *done);

// Shared by the key, trust and doc commands (commands_trust.cpp).
//
// trust.get for `body`, with the key checked against this device's pin; on
// first sight the key is pinned, with a note on stderr. When another key is
// pinned, `strict` ends the run with an error; otherwise `then` receives the
// pinned key, so that verifyApproval() reports the mismatch. `cleanup` runs
// before the run ends on any error (e.g. to delete a file not yet trusted).
void withTrustKey(Context &ctx, qint64 body, bool strict,
                  std::function<void(const QCborMap &trust, const QByteArray &pinnedKey)> then,
                  std::function<void()> cleanup = {});
// me, auth.salt, then Argon2id off the event loop: the wrap key of the
// logged-in account's password, read from stdin by the command's --password-stdin.
void withOwnWrapKey(Context &ctx,
                    std::function<void(const QCborMap &account, const QByteArray &wrapKey)> then);
// --lang vi|en: the language of progress lines and approval verdicts; false after a usage error.
bool applyLanguageOption(Context &ctx);

} // namespace council::ctl
