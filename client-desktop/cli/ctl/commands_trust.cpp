// key and trust: the signing keys behind document approvals. Every secret
// half is created and opened here, on the device, with a wrap key derived
// from the owner's password; the server only ever holds it sealed. A body's
// trust key is pinned on first sight and signs the list of approver keys.
#include "command.h"
#include "context.h"
#include "output.h"
#include "signingidentity.h"
#include "trustpins.h"

#include "crypto/sodium.h"
#include "protocol/errors.h"

#include <QCborArray>
#include <QDateTime>
#include <memory>

namespace council::ctl {

namespace {

using protocol::Request;

QString t(const char *text) {
    return QCoreApplication::translate("councilctl", text);
}

bool vietnamese() {
    return client::Reply::uiLanguage() != QLatin1String("en");
}

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

void failNotFound(Context &ctx, const QString &detail) {
    ctx.fail(ExitServer, protocol::errorWireCode(protocol::ErrorCode::NotFound),
             client::Reply::messageFor(protocol::Error{protocol::ErrorCode::NotFound, {}}.toCbor()), detail);
}

bool requirePasswordFlag(Context &ctx) {
    if (ctx.args().flags.contains(QStringLiteral("password-stdin")))
        return true;
    ctx.failUsage(t("--password-stdin is required: your password is read from stdin to open your key"));
    return false;
}

struct AccountRef {
    qint64 id = 0;
    QString username;
    QString displayName;
};

// An account given as its id or its user name. A user name (or needNames)
// takes user.list, which only admins may call.
void resolveAccount(Context &ctx, const QString &arg, bool needNames,
                    std::function<void(const AccountRef &)> then) {
    bool numeric = false;
    const qint64 id = arg.toLongLong(&numeric);
    if (numeric && id <= 0)
        return ctx.failUsage(t("an account id must be a positive number, not '%1'").arg(arg));
    if (numeric && !needNames)
        return then(AccountRef{id, {}, {}});
    ctx.call(Request::UserList, {}, [&ctx, arg, numeric, id, then](const QCborMap &body) {
        for (const QCborValue &v : body.value(QStringLiteral("accounts")).toArray()) {
            const QCborMap a = v.toMap();
            const qint64 aid = a.value(QStringLiteral("id")).toInteger();
            const QString name = a.value(QStringLiteral("username")).toString();
            if (numeric ? aid == id : name == arg)
                return then(AccountRef{aid, name, a.value(QStringLiteral("displayName")).toString()});
        }
        failNotFound(ctx, t("no account '%1'").arg(arg));
    });
}

QCborArray approverRows(const crypto::ApproverList &list) {
    QCborArray rows;
    for (const crypto::ApproverEntry &e : list.approvers) {
        rows.append(QCborMap{
            {QStringLiteral("account"), e.account},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("fingerprint"), crypto::keyFingerprint(e.publicKey)},
            {QStringLiteral("publicKey"), e.publicKey},
            {QStringLiteral("from"), e.fromMs},
            {QStringLiteral("until"), e.untilMs == 0 ? QCborValue(nullptr) : QCborValue(e.untilMs)}});
    }
    return rows;
}

QString approverTable(const crypto::ApproverList &list) {
    auto instant = [](const char *key) {
        return [key](const QCborMap &m) { return instantText(m.value(QLatin1String(key))); };
    };
    return table({field(t("account"), QStringLiteral("account")),
                  field(t("name"), QStringLiteral("name")),
                  field(t("key fingerprint"), QStringLiteral("fingerprint")),
                  {t("from"), instant("from")},
                  {t("until"), instant("until")}},
                 approverRows(list));
}

// ---------------------------------------------------------------------------
// key

void keyInit(Context &ctx) {
    if (!requirePasswordFlag(ctx))
        return;
    const bool replace = ctx.args().flags.contains(QStringLiteral("replace"));
    withOwnWrapKey(ctx, [&ctx, replace](const QCborMap &account, const QByteArray &wrapKey) {
        const client::SealedKeyPair key = client::createSealedKeyPair(wrapKey);
        QCborMap b = key.requestFields();
        if (replace)
            b.insert(QStringLiteral("replace"), true);
        const QString fingerprint = crypto::keyFingerprint(key.pair.publicKey);
        ctx.call(Request::KeyRegister, b, [&ctx, account, fingerprint](const QCborMap &body) {
            if (body.value(QStringLiteral("fingerprint")).toString() != fingerprint)
                ctx.note(t("warning: the server reports fingerprint %1 for the key registered here (%2)")
                             .arg(body.value(QStringLiteral("fingerprint")).toString(), fingerprint));
            QCborMap out = body;
            out.insert(QStringLiteral("account"), account.value(QStringLiteral("id")));
            out.insert(QStringLiteral("fingerprint"), fingerprint);
            ctx.result(out, [&] {
                ctx.out(t("Signing key of %1 registered.")
                            .arg(account.value(QStringLiteral("username")).toString()));
                ctx.out(t("Fingerprint: %1").arg(fingerprint));
                ctx.out(t("Read it to your administrator, who must see the same before adding you as an "
                          "approver."));
            });
            ctx.finish();
        });
    });
}

void keyShow(Context &ctx) {
    auto show = [&ctx](const QCborMap &request) {
        ctx.call(Request::KeyGet, request, [&ctx](const QCborMap &body) {
            QCborMap out = body;
            // The sealed half is useless to anyone but its owner's password; do not print it.
            const bool sealed = out.contains(QStringLiteral("sealedSecret"));
            out.remove(QStringLiteral("sealedSecret"));
            out.remove(QStringLiteral("nonce"));
            ctx.result(out, [&] {
                ctx.out(t("Account %1").arg(body.value(QStringLiteral("account")).toInteger()));
                ctx.out(t("Fingerprint: %1").arg(body.value(QStringLiteral("fingerprint")).toString()));
                ctx.out(t("Public key:  %1")
                            .arg(QString::fromLatin1(
                                body.value(QStringLiteral("publicKey")).toByteArray().toHex())));
                if (sealed)
                    ctx.out(t("The secret key is stored sealed under your password; only you can open it."));
            });
            ctx.finish();
        });
    };
    if (ctx.args().positional.isEmpty())
        return show({});
    resolveAccount(ctx, ctx.args().positional.at(0), false, [show](const AccountRef &who) {
        show(QCborMap{{QStringLiteral("account"), who.id}});
    });
}

// ---------------------------------------------------------------------------
// trust

void trustInit(Context &ctx) {
    const auto body = ctx.idAt(0, t("body id"));
    if (!body || !requirePasswordFlag(ctx))
        return;
    withOwnWrapKey(ctx, [&ctx, body = *body](const QCborMap &, const QByteArray &wrapKey) {
        const client::SealedKeyPair key = client::createSealedKeyPair(wrapKey);
        QCborMap b = key.requestFields();
        b.insert(QStringLiteral("body"), body);
        const QByteArray publicKey = key.pair.publicKey;
        ctx.call(Request::TrustInit, b, [&ctx, body, publicKey](const QCborMap &reply) {
            const QString fingerprint = crypto::keyFingerprint(publicKey);
            // The key was made on this device and the server had none before:
            // it is the one to trust, even over a pin left by an older install.
            client::TrustPins pins;
            client::TrustPins::Status status = pins.pin(ctx.options().server, body, publicKey);
            if (status == client::TrustPins::Status::Differs) {
                ctx.note(t("replacing the trust key pinned earlier for body %1").arg(body));
                if (pins.unpin(ctx.options().server, body))
                    status = pins.pin(ctx.options().server, body, publicKey);
            }
            if (status == client::TrustPins::Status::Failed)
                return ctx.failClient(ExitServer, QStringLiteral("local_io"), pins.errorString());
            ctx.note(t("pinned trust key of body %1: %2").arg(body).arg(fingerprint));
            QCborMap out = reply;
            out.insert(QStringLiteral("body"), body);
            out.insert(QStringLiteral("fingerprint"), fingerprint);
            ctx.result(out, [&] {
                ctx.out(t("Trust key of body %1 created.").arg(body));
                ctx.out(t("Fingerprint: %1").arg(fingerprint));
                ctx.out(t("Announce it to the members: their devices pin it the first time they see it."));
            });
            ctx.finish();
        });
    });
}

void trustShow(Context &ctx) {
    const auto body = ctx.idAt(0, t("body id"));
    if (!body)
        return;
    withTrustKey(ctx, *body, true, [&ctx, body = *body](const QCborMap &trust, const QByteArray &pinned) {
        const client::ApproverListCheck check = client::verifiedApproverList(trust, body, pinned);
        if (!check.list)
            return ctx.fail(
                ExitServer, QStringLiteral("bad_list_signature"),
                crypto::approvalCheckMessage(crypto::ApprovalCheck::BadListSignature, vietnamese()),
                check.error);
        const crypto::ApproverList &list = *check.list;
        QCborMap out{{QStringLiteral("body"), body},
                     {QStringLiteral("publicKey"), pinned},
                     {QStringLiteral("fingerprint"), crypto::keyFingerprint(pinned)},
                     {QStringLiteral("listVersion"), list.version},
                     {QStringLiteral("issuedAt"), list.issuedAtMs},
                     {QStringLiteral("approvers"), approverRows(list)}};
        ctx.result(out, [&] {
            ctx.out(t("Trust key of body %1: %2 (pinned on this device)")
                        .arg(body)
                        .arg(crypto::keyFingerprint(pinned)));
            if (list.version == 0)
                ctx.out(t("Approver list: none signed yet"));
            else
                ctx.out(t("Approver list version %1, signed %2; the signature verifies")
                            .arg(list.version)
                            .arg(instantText(list.issuedAtMs)));
            ctx.out(approverTable(list));
        });
        ctx.finish();
    });
}

// What add-approver and remove-approver share: the current list verified
// under the pinned key, an edit of it, the trust key's secret half opened with
// the admin's password, and the signed result sent.
struct ApproverChange {
    qint64 body = 0;
    AccountRef who;
    QString memberName;
    QByteArray approverKey; // add only
    bool add = true;
};

void signAndSendList(Context &ctx, const std::shared_ptr<ApproverChange> &change) {
    withTrustKey(ctx, change->body, true, [&ctx, change](const QCborMap &trust, const QByteArray &pinned) {
        const client::ApproverListCheck check = client::verifiedApproverList(trust, change->body, pinned);
        if (!check.list)
            return ctx.fail(
                ExitServer, QStringLiteral("bad_list_signature"),
                crypto::approvalCheckMessage(crypto::ApprovalCheck::BadListSignature, vietnamese()),
                check.error);
        const qint64 now = nowMs();
        client::ApproverListEdit edit;
        if (change->add) {
            crypto::ApproverEntry entry;
            entry.account = change->who.id;
            entry.name = change->memberName;
            entry.publicKey = change->approverKey;
            edit = client::withApproverAdded(*check.list, entry, now);
        } else {
            edit = client::withApproverRemoved(*check.list, change->who.id, now);
        }
        if (!edit.list)
            return ctx.fail(
                ExitServer, protocol::errorWireCode(protocol::ErrorCode::Conflict),
                client::Reply::messageFor(protocol::Error{protocol::ErrorCode::Conflict, {}}.toCbor()),
                edit.error);
        const QByteArray listBytes = edit.list->encode();
        const qint64 version = edit.list->version;
        withOwnWrapKey(ctx, [&ctx, change, trust, listBytes, version](const QCborMap &,
                                                                      const QByteArray &wrapKey) {
            const client::UnsealedKey trustKey = client::openSealedKey(trust, wrapKey);
            if (!trustKey.ok())
                return ctx.fail(ExitServer, QStringLiteral("cannot_open_key"), trustKey.errorMessage(),
                                t("the trust key of body %1 is sealed under the password of the admin who "
                                  "created it")
                                    .arg(change->body));
            const QByteArray signature = crypto::signApproverList(listBytes, trustKey.secretKey);
            const QCborMap b{{QStringLiteral("body"), change->body},
                             {QStringLiteral("list"), listBytes},
                             {QStringLiteral("signature"), signature}};
            ctx.call(Request::TrustSetApprovers, b, [&ctx, change, version](const QCborMap &reply) {
                QCborMap out = reply;
                out.insert(QStringLiteral("body"), change->body);
                out.insert(QStringLiteral("account"), change->who.id);
                out.insert(QStringLiteral("change"),
                           change->add ? QStringLiteral("added") : QStringLiteral("removed"));
                if (change->add)
                    out.insert(QStringLiteral("fingerprint"), crypto::keyFingerprint(change->approverKey));
                ctx.result(out, [&] {
                    const qint64 v = reply.value(QStringLiteral("listVersion")).toInteger(version);
                    if (change->add)
                        ctx.out(
                            t("Approver list of body %1 is now version %2: added %3 (account %4, key %5).")
                                .arg(change->body)
                                .arg(v)
                                .arg(change->memberName)
                                .arg(change->who.id)
                                .arg(crypto::keyFingerprint(change->approverKey)));
                    else
                        ctx.out(
                            t("Approver list of body %1 is now version %2: account %3 no longer approves; "
                              "what it approved before stays valid.")
                                .arg(change->body)
                                .arg(v)
                                .arg(change->who.id));
                });
                ctx.finish();
            });
        });
    });
}

void trustAddApprover(Context &ctx) {
    const auto body = ctx.idAt(0, t("body id"));
    if (!body || !requirePasswordFlag(ctx))
        return;
    auto change = std::make_shared<ApproverChange>();
    change->body = *body;
    change->add = true;
    resolveAccount(ctx, ctx.args().positional.at(1), true, [&ctx, change](const AccountRef &who) {
        change->who = who;
        const QCborMap listRequest{{QStringLiteral("body"), change->body}};
        ctx.call(Request::MemberList, listRequest, [&ctx, change](const QCborMap &members) {
            const QCborArray list = members.value(QStringLiteral("members")).toArray();
            const auto it = std::find_if(list.begin(), list.end(), [&](const QCborValue &m) {
                return m.toMap().value(QStringLiteral("username")).toString() == change->who.username;
            });
            if (it == list.end())
                return failNotFound(
                    ctx, t("%1 is not a member of body %2").arg(change->who.username).arg(change->body));
            const QCborMap member = (*it).toMap();
            QStringList functions;
            for (const QCborValue &f : member.value(QStringLiteral("functions")).toArray())
                functions << f.toString();
            if (!functions.contains(QStringLiteral("approver")))
                return ctx.fail(
                    ExitServer, protocol::errorWireCode(protocol::ErrorCode::NotAnApprover),
                    client::Reply::messageFor(
                        protocol::Error{protocol::ErrorCode::NotAnApprover, {}}.toCbor()),
                    t("%1 does not hold the approver function in body %2; give it with member update")
                        .arg(change->who.username)
                        .arg(change->body));
            change->memberName = member.value(QStringLiteral("fullName")).toString();
            const QCborMap keyRequest{{QStringLiteral("account"), change->who.id}};
            ctx.callRaw(Request::KeyGet, keyRequest, [&ctx, change](const client::Reply &r) {
                if (!r.ok && r.errorCode == protocol::errorWireCode(protocol::ErrorCode::NotFound))
                    return failNotFound(ctx,
                                        t("%1 has no signing key yet; they must run: councilctl key init "
                                          "--password-stdin")
                                            .arg(change->who.username));
                if (!r.ok)
                    return ctx.failServer(r);
                change->approverKey = r.body.value(QStringLiteral("publicKey")).toByteArray();
                ctx.note(t("key of %1 (%2): %3 — compare it with the one they read to you")
                             .arg(change->memberName, change->who.username,
                                  crypto::keyFingerprint(change->approverKey)));
                signAndSendList(ctx, change);
            });
        });
    });
}

void trustRemoveApprover(Context &ctx) {
    const auto body = ctx.idAt(0, t("body id"));
    if (!body || !requirePasswordFlag(ctx))
        return;
    auto change = std::make_shared<ApproverChange>();
    change->body = *body;
    change->add = false;
    resolveAccount(ctx, ctx.args().positional.at(1), false, [&ctx, change](const AccountRef &who) {
        change->who = who;
        signAndSendList(ctx, change);
    });
}

void trustUnpin(Context &ctx) {
    const auto body = ctx.idAt(0, t("body id"));
    if (!body)
        return;
    client::TrustPins pins;
    const auto old = pins.pinned(ctx.options().server, *body);
    if (!pins.unpin(ctx.options().server, *body))
        return ctx.failClient(ExitServer, QStringLiteral("local_io"), pins.errorString());
    QCborMap out{{QStringLiteral("body"), *body},
                 {QStringLiteral("fingerprint"),
                  old ? QCborValue(crypto::keyFingerprint(*old)) : QCborValue(nullptr)}};
    ctx.result(out, [&] {
        if (old)
            ctx.out(t("Forgot the trust key %1 pinned for body %2; the next one seen will be pinned.")
                        .arg(crypto::keyFingerprint(*old))
                        .arg(*body));
        else
            ctx.out(t("No trust key was pinned for body %1.").arg(*body));
    });
    ctx.finish();
}

} // namespace

void withTrustKey(Context &ctx, qint64 body, bool strict,
                  std::function<void(const QCborMap &trust, const QByteArray &pinnedKey)> then,
                  std::function<void()> cleanup) {
    auto failWith = [&ctx, cleanup](int exitCode, const QString &code, const QString &message,
                                    const QString &detail) {
        if (cleanup)
            cleanup();
        ctx.fail(exitCode, code, message, detail);
    };
    ctx.callRaw(
        Request::TrustGet, QCborMap{{QStringLiteral("body"), body}},
        [&ctx, body, strict, then, cleanup, failWith](const client::Reply &r) {
            if (!r.ok) {
                if (cleanup)
                    cleanup();
                return ctx.failServer(r);
            }
            const QByteArray key = r.body.value(QStringLiteral("publicKey")).toByteArray();
            if (key.size() != crypto::kSignPublicKeyBytes)
                return failWith(ExitServer, QStringLiteral("bad_reply"),
                                t("the server's trust key is not a 32-byte key"), {});
            client::TrustPins pins;
            switch (pins.pin(ctx.options().server, body, key)) {
            case client::TrustPins::Status::NotPinned:
                ctx.note(t("pinned trust key of body %1: %2").arg(body).arg(crypto::keyFingerprint(key)));
                return then(r.body, key);
            case client::TrustPins::Status::Matches:
                return then(r.body, key);
            case client::TrustPins::Status::Differs: {
                const QByteArray pinned = pins.pinned(ctx.options().server, body).value_or(QByteArray());
                if (!strict)
                    return then(r.body, pinned);
                return failWith(
                    ExitServer, QStringLiteral("trust_key_mismatch"),
                    crypto::approvalCheckMessage(crypto::ApprovalCheck::TrustKeyMismatch, vietnamese()),
                    t("body %1: pinned %2, the server presents %3; only if the body's trust key was "
                      "really replaced: councilctl trust unpin %1")
                        .arg(body)
                        .arg(crypto::keyFingerprint(pinned), crypto::keyFingerprint(key)));
            }
            case client::TrustPins::Status::Failed:
                if (cleanup)
                    cleanup();
                return ctx.failClient(ExitServer, QStringLiteral("local_io"), pins.errorString());
            }
        });
}

void withOwnWrapKey(Context &ctx,
                    std::function<void(const QCborMap &account, const QByteArray &wrapKey)> then) {
    ctx.call(Request::Me, {}, [&ctx, then](const QCborMap &me) {
        const QCborMap account = me.value(QStringLiteral("account")).toMap();
        const QCborMap saltRequest{{QStringLiteral("username"), account.value(QStringLiteral("username"))}};
        ctx.call(Request::AuthSalt, saltRequest, [&ctx, account, then](const QCborMap &salt) {
            client::deriveWrapKeyFromSalt(
                salt, ctx.commandPassword(), &ctx, [&ctx, account, then](const client::WrapKey &key) {
                    if (ctx.finished())
                        return;
                    if (!key.ok())
                        return ctx.fail(ExitServer, key.errorCode, key.errorMessage);
                    then(account, key.key);
                });
        });
    });
}

bool applyLanguageOption(Context &ctx) {
    if (!ctx.args().values.contains(QStringLiteral("lang")))
        return true;
    const QString lang = ctx.args().value(QStringLiteral("lang"));
    if (lang != QLatin1String("vi") && lang != QLatin1String("en")) {
        ctx.failUsage(t("--lang must be vi or en, not '%1'").arg(lang));
        return false;
    }
    client::Reply::setUiLanguage(lang);
    return true;
}

QList<Command> trustCommands() {
    const QString key = QStringLiteral("key");
    const QString trust = QStringLiteral("trust");
    const QString pw = QStringLiteral("password-stdin");
    const auto S = Command::Auth::Session;
    return {
        {key,
         QStringLiteral("init"),
         QStringLiteral("--password-stdin [--replace]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "create your signing key here; its secret half is sent sealed under your "
                           "password; prints the fingerprint"),
         {},
         {pw, QStringLiteral("replace")},
         0,
         0,
         S,
         false,
         keyInit},
        {key,
         QStringLiteral("show"),
         QStringLiteral("[USER_OR_ACCOUNT]"),
         QT_TRANSLATE_NOOP("councilctl",
                           "the fingerprint of your signing key, or of someone's (a user name needs admin)"),
         {},
         {},
         0,
         1,
         S,
         false,
         keyShow},
        {trust,
         QStringLiteral("init"),
         QStringLiteral("BODY --password-stdin"),
         QT_TRANSLATE_NOOP("councilctl",
                           "create the body's trust key here and pin it (admin); prints the fingerprint"),
         {},
         {pw},
         1,
         1,
         S,
         false,
         trustInit},
        {trust,
         QStringLiteral("show"),
         QStringLiteral("BODY"),
         QT_TRANSLATE_NOOP("councilctl",
                           "the body's trust key (pinned on first sight, refused if it changes) and "
                           "its signed approver list"),
         {},
         {},
         1,
         1,
         S,
         false,
         trustShow},
        {trust,
         QStringLiteral("add-approver"),
         QStringLiteral("BODY USER_OR_ACCOUNT --password-stdin"),
         QT_TRANSLATE_NOOP("councilctl",
                           "add a member's registered key to the approver list, signed with the trust "
                           "key (the admin who created it)"),
         {},
         {pw},
         2,
         2,
         S,
         false,
         trustAddApprover},
        {trust,
         QStringLiteral("remove-approver"),
         QStringLiteral("BODY USER_OR_ACCOUNT --password-stdin"),
         QT_TRANSLATE_NOOP("councilctl", "end an approver's entry from now on; earlier approvals stay valid"),
         {},
         {pw},
         2,
         2,
         S,
         false,
         trustRemoveApprover},
        {trust,
         QStringLiteral("unpin"),
         QStringLiteral("BODY"),
         QT_TRANSLATE_NOOP("councilctl",
                           "forget the trust key pinned on this device for a body (only after it was "
                           "really replaced)"),
         {},
         {},
         1,
         1,
         S,
         false,
         trustUnpin},
    };
}

} // namespace council::ctl
