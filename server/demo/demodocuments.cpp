#include "demodocuments.h"

#include "crypto/approval.h"
#include "crypto/signing.h"
#include "crypto/sodium.h"
#include "network/councilserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace council::server {

namespace {

qint64 now() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString failure(const Outcome &o, const QString &what) {
    return QStringLiteral("%1: %2 %3").arg(what, protocol::errorWireCode(o.error->code), o.error->detail);
}

struct Person {
    Caller caller;
    crypto::DerivedKeys keys;
};

// What a device does after the user typed the password: Argon2id with the
// account's salt and cost, then the sub-keys.
std::optional<Person> deviceOf(Database &db, const QString &username, const QString &password) {
    QSqlQuery q = db.query(
        QStringLiteral("SELECT id, is_admin, salt, kdf_ops, kdf_mem FROM accounts WHERE username = ?"),
        {username});
    if (!q.next())
        return std::nullopt;
    Person p;
    p.caller = {q.value(0).toLongLong(), q.value(1).toBool(), username};
    p.keys = crypto::deriveKeys(password, q.value(2).toByteArray(),
                                {q.value(3).toLongLong(), q.value(4).toLongLong()});
    if (!p.keys.ok)
        return std::nullopt;
    return p;
}

struct Planned {
    qint64 itemId = 0;
    QString kind;
    QString title;
    int pages = 0;
    QString file;
    // How far the workflow goes: "draft", "submitted" or "published" (approved and published).
    QString stop = QStringLiteral("published");
};

} // namespace

QString DemoDocuments::generatorPath() {
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("council-demodocs"));
}

QString DemoDocuments::seed(const QString &dataDir, qint64 bodyId, qint64 sessionId,
                            const QHash<QString, QString> &passwords) {
    ServiceContext ctx = m_server.context();
    const auto admin = deviceOf(ctx.db, QStringLiteral("admin"), passwords.value(QStringLiteral("admin")));
    const auto approver =
        deviceOf(ctx.db, QStringLiteral("pheduyet"), passwords.value(QStringLiteral("pheduyet")));
    QSqlQuery sec = ctx.db.query(QStringLiteral("SELECT id FROM accounts WHERE username = 'thuky'"));
    if (!admin || !approver || !sec.next())
        return QStringLiteral("the demo accounts are missing");
    const Caller secretary{sec.value(0).toLongLong(), false, QStringLiteral("thuky")};

    // The admin's device makes the body's trust key; the approver's device its signing key.
    const crypto::SigningKeyPair trustKey = crypto::generateSigningKeyPair();
    const crypto::SealedSecret trustSealed = crypto::sealSecret(trustKey.secretKey, admin->keys.signingSeed);
    QCborMap ti;
    ti.insert(QStringLiteral("body"), bodyId);
    ti.insert(QStringLiteral("publicKey"), trustKey.publicKey);
    ti.insert(QStringLiteral("sealedSecret"), trustSealed.ciphertext);
    ti.insert(QStringLiteral("nonce"), trustSealed.nonce);
    Outcome o = ctx.commits.run([&] { return m_server.trust().init(admin->caller, ti); });
    if (!o.isOk())
        return failure(o, QStringLiteral("trust key"));
    const crypto::SigningKeyPair approverKey = crypto::generateSigningKeyPair();
    const crypto::SealedSecret approverSealed =
        crypto::sealSecret(approverKey.secretKey, approver->keys.signingSeed);
    QCborMap kr;
    kr.insert(QStringLiteral("publicKey"), approverKey.publicKey);
    kr.insert(QStringLiteral("sealedSecret"), approverSealed.ciphertext);
    kr.insert(QStringLiteral("nonce"), approverSealed.nonce);
    o = ctx.commits.run([&] { return m_server.trust().registerKey(approver->caller, kr); });
    if (!o.isOk())
        return failure(o, QStringLiteral("approver key"));
    crypto::ApproverList list;
    list.bodyId = bodyId;
    list.version = 1;
    list.issuedAtMs = now();
    list.approvers.append({approver->caller.accountId, QStringLiteral("Lê Văn Duyệt"), approverKey.publicKey,
                           now() - 60'000, 0});
    const QByteArray listBytes = list.encode();
    QCborMap sa;
    sa.insert(QStringLiteral("body"), bodyId);
    sa.insert(QStringLiteral("list"), listBytes);
    sa.insert(QStringLiteral("signature"), crypto::signApproverList(listBytes, trustKey.secretKey));
    o = ctx.commits.run([&] { return m_server.trust().setApprovers(admin->caller, sa); });
    if (!o.isOk())
        return failure(o, QStringLiteral("approver list"));

    // Which documents: a submission and a draft resolution per resolution item, the reports.
    QList<Planned> plan;
    QSqlQuery items = ctx.db.query(
        QStringLiteral("SELECT id, kind, title FROM agenda_items WHERE session_id = ? ORDER BY position"),
        {sessionId});
    const QString prefix = QStringLiteral("Tờ trình và dự thảo Nghị quyết ");
    int n = 0;
    qint64 opening = 0, streetNames = 0, publicInvestment = 0;
    while (items.next()) {
        const qint64 item = items.value(0).toLongLong();
        const QString kind = items.value(1).toString();
        const QString title = items.value(2).toString();
        ++n;
        if (opening == 0)
            opening = item;
        if (title.contains(QStringLiteral("đặt tên đường")))
            streetNames = item;
        if (title.contains(QStringLiteral("đầu tư công năm")))
            publicInvestment = item;
        if (kind == QLatin1String("resolution")) {
            const QString subject = title.startsWith(prefix) ? title.mid(prefix.size()) : title;
            // The budget items are long, as they are in real sessions.
            const bool big = subject.contains(QStringLiteral("ngân sách"));
            plan.append({item, QStringLiteral("submission"), QStringLiteral("Tờ trình ") + subject,
                         big ? 24 : 3 + n % 5, QStringLiteral("to-trinh-%1.pdf").arg(item)});
            plan.append({item, QStringLiteral("resolution"), QStringLiteral("Dự thảo Nghị quyết ") + subject,
                         big ? 12 : 2 + n % 3, QStringLiteral("du-thao-nq-%1.pdf").arg(item)});
        } else if (kind == QLatin1String("report")) {
            plan.append({item, QStringLiteral("report"), title, 18 + n % 7,
                         QStringLiteral("bao-cao-%1.pdf").arg(item)});
        }
    }

    // Work still in hand, so the approver's queue and the secretariat's drafts are not empty.
    if (streetNames != 0)
        plan.append(
            {streetNames, QStringLiteral("report"),
             QStringLiteral("Báo cáo thẩm tra của Ban Văn hóa - Xã hội về đặt tên đường và công trình "
                            "công cộng năm 2026"),
             5, QStringLiteral("bao-cao-tham-tra-%1.pdf").arg(streetNames), QStringLiteral("submitted")});
    if (publicInvestment != 0)
        plan.append({publicInvestment, QStringLiteral("submission"),
                     QStringLiteral("Tờ trình bổ sung danh mục dự án đầu tư công năm 2027"), 4,
                     QStringLiteral("to-trinh-bo-sung-%1.pdf").arg(publicInvestment),
                     QStringLiteral("submitted")});
    if (opening != 0)
        plan.append({opening, QStringLiteral("report"),
                     QStringLiteral("Báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp"), 6,
                     QStringLiteral("y-kien-cu-tri-%1.pdf").arg(opening), QStringLiteral("draft")});

    QTemporaryDir work(QDir(dataDir).filePath(QStringLiteral("demo-docs-XXXXXX")));
    if (!work.isValid())
        return QStringLiteral("cannot create a work folder in %1").arg(dataDir);
    QJsonArray docs;
    int seed = 1;
    for (const Planned &p : plan) {
        QJsonObject d;
        d.insert(QStringLiteral("file"), p.file);
        d.insert(QStringLiteral("kind"), p.kind);
        d.insert(QStringLiteral("title"), p.title);
        // Draft resolutions are the council's; submissions and reports come from the city's People's
        // Committee.
        if (p.kind == QLatin1String("resolution"))
            d.insert(QStringLiteral("issuer"), QStringLiteral("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ BÌNH MINH"));
        d.insert(QStringLiteral("pages"), p.pages);
        d.insert(QStringLiteral("seed"), seed++);
        docs.append(d);
    }
    QFile spec(work.filePath(QStringLiteral("spec.json")));
    if (!spec.open(QIODevice::WriteOnly) ||
        spec.write(QJsonDocument(QJsonObject{{QStringLiteral("documents"), docs}}).toJson()) <= 0)
        return QStringLiteral("cannot write the document list");
    spec.close();
    // Seeding runs before the server listens: waiting here keeps no one waiting.
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    generator.start(generatorPath(),
                    {QStringLiteral("--out"), work.path(), QStringLiteral("--spec"), spec.fileName()});
    if (!generator.waitForFinished(300'000) || generator.exitStatus() != QProcess::NormalExit ||
        generator.exitCode() != 0)
        return QStringLiteral("council-demodocs failed (%1)").arg(generator.errorString());

    for (const Planned &p : plan) {
        // The same intake as an upload: the sandboxed checker, then the store.
        DocumentIntake::Result result = protocol::Error{protocol::ErrorCode::Internal, {}};
        QEventLoop loop;
        m_server.intake().ingestFile(work.filePath(p.file), [&](const DocumentIntake::Result &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        if (auto *e = std::get_if<protocol::Error>(&result))
            return QStringLiteral("%1: %2 %3").arg(p.file, protocol::errorWireCode(e->code), e->detail);
        const StoredDocument file = std::get<StoredDocument>(result);

        DocumentService::NewDocument nd;
        nd.bodyId = bodyId;
        nd.sessionId = sessionId;
        nd.itemId = p.itemId;
        nd.title = p.title;
        nd.kind = p.kind;
        o = ctx.commits.run([&] { return m_server.documents().create(secretary, nd, file); });
        if (!o.isOk())
            return failure(o, p.file);
        const qint64 docId =
            o.body.value(QStringLiteral("document")).toMap().value(QStringLiteral("id")).toInteger();
        if (p.stop == QLatin1String("draft"))
            continue;
        QCborMap sub;
        sub.insert(QStringLiteral("document"), docId);
        o = ctx.commits.run([&] { return m_server.documents().submit(secretary, sub); });
        if (!o.isOk())
            return failure(o, p.file + QStringLiteral(" submit"));
        if (p.stop == QLatin1String("submitted"))
            continue;

        crypto::ApprovalStatement st;
        st.bodyId = bodyId;
        st.documentId = docId;
        st.version = 1;
        st.contentHash = QByteArray::fromHex(file.hash.toLatin1());
        st.size = file.size;
        st.title = p.title;
        st.sessionId = sessionId;
        st.itemId = p.itemId;
        st.approverAccount = approver->caller.accountId;
        st.approvedAtMs = now();
        const QByteArray statement = st.encode();
        QCborMap ap;
        ap.insert(QStringLiteral("document"), docId);
        ap.insert(QStringLiteral("version"), 1);
        ap.insert(QStringLiteral("statement"), statement);
        ap.insert(QStringLiteral("signature"), crypto::signApproval(statement, approverKey.secretKey));
        o = ctx.commits.run([&] { return m_server.documents().approve(approver->caller, ap); });
        if (!o.isOk())
            return failure(o, p.file + QStringLiteral(" approve"));
        QCborMap pub;
        pub.insert(QStringLiteral("document"), docId);
        pub.insert(QStringLiteral("scope"), QStringLiteral("item"));
        o = ctx.commits.run([&] { return m_server.documents().publish(secretary, pub); });
        if (!o.isOk())
            return failure(o, p.file + QStringLiteral(" publish"));
    }
    if (!ctx.commits.commitNow())
        return QStringLiteral("cannot commit the demo documents");
    return {};
}

} // namespace council::server
