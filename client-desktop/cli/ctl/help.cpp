// The text of `councilctl help`: the whole command-line contract in one
// place, with the command list generated from the command table so that the
// two cannot drift apart.
#include "command.h"

namespace council::ctl {

namespace {

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

} // namespace

QString helpText() {
    QStringList lines;
    lines << t("councilctl — command-line client of Paperless Council") << QString();
    lines << t("Usage:")
          << QStringLiteral(
                 "  councilctl [--server ws://HOST:PORT] [--json] [--user NAME --password-stdin] NOUN VERB "
                 "[ARGS]")
          << QString();
    lines << t("Global options (before NOUN):")
          << t("  --server URL       server to use; default $COUNCIL_SERVER, else ws://127.0.0.1:8765")
          << t("  --json             print each result as JSON on stdout (bytes as base64url text)")
          << t("  --user NAME --password-stdin")
          << t("                     log in for this call only: the password is the first line of stdin;")
          << t("                     the temporary token is revoked when the call ends, nothing is stored")
          << t("  --help, --version") << QString();
    lines << t("Authentication:")
          << t("  `councilctl login` stores a device token per server (file mode 0600) in")
          << t("  $COUNCIL_CONFIG_DIR/councilctl.json, else ~/.config/paperless-council/councilctl.json;")
          << t("  later calls use it until `councilctl logout` revokes and forgets it.")
          << t("  Passwords are read from stdin, one per line: first the one for a global --user,")
          << t("  then the one a command asks for (user create, user passwd, key init, trust init,")
          << t("  trust add-approver, trust remove-approver, doc approve). They never leave this")
          << t("  computer: only a key derived from them (Argon2id) is sent.") << QString();
    lines << t("Commands:");
    QString noun;
    for (const Command &c : allCommands()) {
        if (c.noun != noun && !noun.isEmpty())
            lines << QString();
        noun = c.noun;
        lines << QStringLiteral("  ") + c.usageLine().mid(QStringLiteral("councilctl ").size());
        lines << QStringLiteral("      ") + QCoreApplication::translate("councilctl", c.summary);
    }
    lines << QString();
    lines << t("Notes:")
          << t("  Ids are the numbers shown by the list commands. Agenda positions count from 1.")
          << t("  --functions takes delegate, chair, vice_chair, secretary, approver, display (or the")
          << t("  Vietnamese names), separated by commas; --groups takes names separated by ; or ,.")
          << t("  --kdf min makes user create/passwd use the cheapest Argon2id cost: for tests only.")
          << t("  Sittings (phiên họp) have their own noun: sitting add|update|open|close|remove.")
          << t("  watch syncs from 0, ignores the snapshot, then prints {seq, type, body} per line.")
          << t("  vote results print in Vietnamese unless --lang en; vote cast resends the same ballot id")
          << t("  after a lost connection, so a ballot is never counted twice.")
          << t("  Signing keys: key init creates yours on this computer; its secret half goes to the server")
          << t("  only sealed under your password. trust init creates a body's trust key (admin); trust")
          << t("  show, doc get and doc verify pin it on first sight in trust-pins.json next to the token")
          << t("  file and refuse any other key later. Compare fingerprints by voice before trusting them.")
          << t("  doc upload and doc get move files in chunks and resume after a cut; doc get keeps an")
          << t("  approved version only if its approval verifies. doc verify exits 0 when the file is")
          << t("  the approved text, 1 when not. Progress (stderr) and verdicts follow --lang vi|en.")
          << QString();
    lines << t("Output and exit codes:")
          << t("  Results go to stdout; errors to stderr as \"lỗi <code>: <message> (<detail>)\";")
          << t("  progress and warnings to stderr.")
          << t("  0 success, 1 error from the server (or a broken audit chain, or a local file),")
          << t("  2 usage error, 3 cannot connect or no answer (connection timeout 10 s).") << QString();
    lines << t("Examples:")
          << QStringLiteral("  echo \"$PW\" | councilctl login --user admin --password-stdin")
          << QStringLiteral("  councilctl body create --name \"HĐND tỉnh\" --kind hdnd --seats 50")
          << QStringLiteral(
                 "  councilctl member add 1 --name \"Nguyễn Văn An\" --functions delegate,chair --seat A12")
          << QStringLiteral("  printf '%s\\n%s\\n' \"$ADMIN_PW\" \"$NEW_PW\" | councilctl --user admin "
                            "--password-stdin \\")
          << QStringLiteral("      user create lan --display \"Trần Thị Lan\" --password-stdin")
          << QStringLiteral("  councilctl --json session show 3 | jq .agenda")
          << QStringLiteral("  councilctl attend checkin 4 --code 123456")
          << QStringLiteral(
                 "  councilctl vote open 17 --question \"Thông qua Nghị quyết số 12\" --seconds 60")
          << QStringLiteral("  councilctl vote cast 9 tan-thanh");
    lines << QStringLiteral(
                 "  councilctl doc upload 1 nq12.docx --title \"Dự thảo Nghị quyết số 12\" --kind resolution")
          << QStringLiteral("  echo \"$PW\" | councilctl doc approve 7 --password-stdin")
          << QStringLiteral("  councilctl doc verify nq12.pdf --lang en") << QString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace council::ctl
