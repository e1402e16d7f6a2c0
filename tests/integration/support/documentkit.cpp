#include "documentkit.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QTest>

namespace council::testing {

using protocol::Event;
using protocol::Frame;
using protocol::Request;

namespace {
constexpr int kIntakeTimeoutMs = 90'000; // hash, LibreOffice and the sandboxed checker
const QString kApproverPassword = QStringLiteral("Mật khẩu người phê duyệt");
} // namespace

QString blake2bHex(const QByteArray &bytes) {
    return QString::fromLatin1(crypto::genericHash(bytes, 32).toHex());
}

Reply beginUpload(RawClient &client, qint64 body, const QString &name, const QByteArray &bytes) {
    return beginUpload(client, body, name, bytes.size(), blake2bHex(bytes));
}

Reply beginUpload(RawClient &client, qint64 body, const QString &name, qint64 size, const QString &hash) {
    return client.request(Request::DocUploadBegin, QCborMap{{QStringLiteral("body"), body},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("size"), size},
                                                            {QStringLiteral("hash"), hash}});
}

Reply sendChunks(RawClient &client, const QString &upload, const QByteArray &bytes, qint64 from, qint64 to,
                 qint64 chunk) {
    Reply last;
    for (qint64 offset = from; offset < to; offset += chunk) {
        last =
            client.request(Request::DocUploadChunk,
                           QCborMap{{QStringLiteral("upload"), upload},
                                    {QStringLiteral("offset"), offset},
                                    {QStringLiteral("data"), bytes.mid(offset, qMin(chunk, to - offset))}});
        if (!last.ok())
            break;
    }
    return last;
}

Reply createDocument(RawClient &client, qint64 body, const QString &upload, const QString &title,
                     const QCborMap &extra, const QByteArray &op) {
    QCborMap b = extra;
    b.insert(QStringLiteral("body"), body);
    b.insert(QStringLiteral("upload"), upload);
    b.insert(QStringLiteral("title"), title);
    return client.request(Request::DocCreate, b, op, kIntakeTimeoutMs);
}

Reply replaceDocument(RawClient &client, qint64 document, const QString &upload, const QString &reason) {
    return client.request(Request::DocReplace,
                          QCborMap{{QStringLiteral("document"), document},
                                   {QStringLiteral("upload"), upload},
                                   {QStringLiteral("reason"), reason}},
                          {}, kIntakeTimeoutMs);
}

namespace {
// begin + every chunk; the upload id, or the failing reply in *failure.
QString uploadBytes(RawClient &client, qint64 body, const QString &fileName, const QByteArray &bytes,
                    qint64 chunk, Reply *failure) {
    const Reply begun = beginUpload(client, body, fileName, bytes);
    if (!begun.ok()) {
        *failure = begun;
        return {};
    }
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    const qint64 received = begun.value(QStringLiteral("received")).toInteger();
    if (received < bytes.size()) {
        const Reply sent = sendChunks(client, upload, bytes, received, bytes.size(), chunk);
        if (!sent.ok()) {
            *failure = sent;
            return {};
        }
    }
    return upload;
}
} // namespace

Reply uploadDocument(RawClient &client, qint64 body, const QString &fileName, const QByteArray &bytes,
                     const QString &title, const QCborMap &extra, qint64 chunk) {
    Reply failure;
    const QString upload = uploadBytes(client, body, fileName, bytes, chunk, &failure);
    return upload.isEmpty() ? failure : createDocument(client, body, upload, title, extra);
}

Reply uploadReplacement(RawClient &client, qint64 body, qint64 document, const QString &fileName,
                        const QByteArray &bytes, const QString &reason, qint64 chunk) {
    Reply failure;
    const QString upload = uploadBytes(client, body, fileName, bytes, chunk, &failure);
    return upload.isEmpty() ? failure : replaceDocument(client, document, upload, reason);
}

Reply fetchInto(RawClient &client, const QString &hash, qint64 from, qint64 chunk, QByteArray *out,
                qint64 limit) {
    Reply last;
    qint64 offset = from;
    qint64 added = 0;
    for (;;) {
        last = client.request(Request::DocFetch, QCborMap{{QStringLiteral("hash"), hash},
                                                          {QStringLiteral("offset"), offset},
                                                          {QStringLiteral("length"), chunk}});
        if (!last.ok())
            return last;
        const QByteArray data = last.value(QStringLiteral("data")).toByteArray();
        out->append(data);
        offset += data.size();
        added += data.size();
        if (data.isEmpty() || offset >= last.value(QStringLiteral("size")).toInteger() ||
            (limit >= 0 && added >= limit))
            return last;
    }
}

Reply onDocument(RawClient &client, Request type, qint64 document, const QCborMap &extra) {
    QCborMap b = extra;
    b.insert(QStringLiteral("document"), document);
    return client.request(type, b);
}

QList<qint64> documentIds(const Reply &list) {
    QList<qint64> out;
    for (const QCborValue &d : list.value(QStringLiteral("documents")).toArray())
        out << d.toMap().value(QStringLiteral("id")).toInteger();
    return out;
}

QByteArray signingSeedOf(RawClient &client, const QString &username, const QString &password) {
    const Reply s = client.salt(username);
    if (!s.ok())
        return {};
    const crypto::KdfParams params{s.value(QStringLiteral("ops")).toInteger(),
                                   s.value(QStringLiteral("mem")).toInteger()};
    return crypto::deriveKeys(password, s.value(QStringLiteral("salt")).toByteArray(), params).signingSeed;
}

bool setUpTrustedBody(TestCouncil &council, const QByteArray &adminSeed, TrustedBody *t, QString *error) {
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    if (!council.setUpBody(&t->f))
        return fail(council.lastError());
    RawClient &admin = *council.admin();

    t->approverName = council.uniqueName(QStringLiteral("pheduyet"));
    t->approverPassword = kApproverPassword;
    t->approverFullName = QStringLiteral("Phạm Thị Duyệt");
    if (const Reply r = council.createUser(t->approverName, t->approverPassword); !r.ok())
        return fail(QStringLiteral("user.create: ") + r.describe());
    if (const Reply r =
            addMember(admin, t->f.body, t->approverFullName, {QStringLiteral("approver")}, t->approverName);
        !r.ok())
        return fail(QStringLiteral("member.add approver: ") + r.describe());
    t->approver = council.connectAs(t->approverName, t->approverPassword, &t->approverLogin);
    if (!t->approver)
        return fail(council.lastError());
    t->approverAccount = t->approverLogin.account.value(QStringLiteral("id")).toInteger();

    // The approver's device: a key pair, its secret half sealed under the password.
    t->approverKey = crypto::generateSigningKeyPair();
    const QByteArray approverSeed = signingSeedOf(*t->approver, t->approverName, t->approverPassword);
    const crypto::SealedSecret sealed = crypto::sealSecret(t->approverKey.secretKey, approverSeed);
    if (const Reply r = t->approver->request(Request::KeyRegister,
                                             QCborMap{{QStringLiteral("publicKey"), t->approverKey.publicKey},
                                                      {QStringLiteral("sealedSecret"), sealed.ciphertext},
                                                      {QStringLiteral("nonce"), sealed.nonce}});
        !r.ok())
        return fail(QStringLiteral("key.register: ") + r.describe());

    // The admin's device: the body's trust key, sealed under the admin's password.
    t->trustKey = crypto::generateSigningKeyPair();
    const crypto::SealedSecret trustSealed = crypto::sealSecret(t->trustKey.secretKey, adminSeed);
    if (const Reply r = admin.request(Request::TrustInit,
                                      QCborMap{{QStringLiteral("body"), t->f.body},
                                               {QStringLiteral("publicKey"), t->trustKey.publicKey},
                                               {QStringLiteral("sealedSecret"), trustSealed.ciphertext},
                                               {QStringLiteral("nonce"), trustSealed.nonce}});
        !r.ok())
        return fail(QStringLiteral("trust.init: ") + r.describe());

    // A delegate's device sees the trust key for the first time and pins it.
    const Reply seen =
        t->f.delegate->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), t->f.body}});
    if (!seen.ok())
        return fail(QStringLiteral("trust.get: ") + seen.describe());
    t->pinnedTrustKey = seen.value(QStringLiteral("publicKey")).toByteArray();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    t->list.bodyId = t->f.body;
    t->list.version = 1;
    t->list.issuedAtMs = now;
    t->list.approvers = {
        {t->approverAccount, t->approverFullName, t->approverKey.publicKey, now - 60'000, 0}};
    const QByteArray listBytes = t->list.encode();
    if (const Reply r = admin.request(Request::TrustSetApprovers,
                                      QCborMap{{QStringLiteral("body"), t->f.body},
                                               {QStringLiteral("list"), listBytes},
                                               {QStringLiteral("signature"),
                                                crypto::signApproverList(listBytes, t->trustKey.secretKey)}});
        !r.ok())
        return fail(QStringLiteral("trust.set_approvers: ") + r.describe());
    return true;
}

crypto::ApprovalStatement statementFor(const QCborMap &document, qint64 approver, qint64 atMs) {
    const QCborMap version = document.value(QStringLiteral("version")).toMap();
    crypto::ApprovalStatement s;
    s.bodyId = document.value(QStringLiteral("body")).toInteger();
    s.documentId = document.value(QStringLiteral("id")).toInteger();
    s.version = version.value(QStringLiteral("version")).toInteger();
    s.contentHash = QByteArray::fromHex(version.value(QStringLiteral("hash")).toString().toLatin1());
    s.size = version.value(QStringLiteral("size")).toInteger();
    s.title = document.value(QStringLiteral("title")).toString();
    s.sessionId = document.value(QStringLiteral("session")).toInteger();
    s.itemId = document.value(QStringLiteral("item")).toInteger();
    s.approverAccount = approver;
    s.approvedAtMs = atMs > 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
    return s;
}

Reply sendApproval(RawClient &approver, qint64 document, qint64 version, const QByteArray &statement,
                   const QByteArray &signature) {
    return approver.request(Request::DocApprove, QCborMap{{QStringLiteral("document"), document},
                                                          {QStringLiteral("version"), version},
                                                          {QStringLiteral("statement"), statement},
                                                          {QStringLiteral("signature"), signature}});
}

Reply approveCurrent(TrustedBody &t, qint64 document, const QByteArray &secretKey) {
    const Reply got = onDocument(*t.approver, Request::DocGet, document);
    if (!got.ok())
        return got;
    const crypto::ApprovalStatement s = statementFor(got.map(QStringLiteral("document")), t.approverAccount);
    const QByteArray bytes = s.encode();
    return sendApproval(*t.approver, document, s.version, bytes, crypto::signApproval(bytes, secretKey));
}

Reply submitApprovePublish(TrustedBody &t, qint64 document, const QString &scope, const QCborArray &groups) {
    if (const Reply r = onDocument(*t.f.secretary, Request::DocSubmit, document); !r.ok())
        return r;
    if (const Reply r = approveCurrent(t, document, t.approverKey.secretKey); !r.ok())
        return r;
    QCborMap extra{{QStringLiteral("scope"), scope}};
    if (!groups.isEmpty())
        extra.insert(QStringLiteral("groups"), groups);
    return onDocument(*t.f.secretary, Request::DocPublish, document, extra);
}

crypto::ApprovalVerdict verifyOnDevice(RawClient &client, qint64 body, const QByteArray &pinnedTrustKey,
                                       qint64 document, const QCborMap &version, const QByteArray &bytes) {
    const Reply trust = client.request(Request::TrustGet, QCborMap{{QStringLiteral("body"), body}});
    const QCborMap approval = version.value(QStringLiteral("approval")).toMap();
    crypto::ApprovalEvidence e;
    e.pinnedTrustKey = pinnedTrustKey;
    e.serverTrustKey = trust.value(QStringLiteral("publicKey")).toByteArray();
    e.listBytes = trust.value(QStringLiteral("list")).toByteArray();
    e.listSignature = trust.value(QStringLiteral("listSignature")).toByteArray();
    e.statementBytes = approval.value(QStringLiteral("statement")).toByteArray();
    e.statementSignature = approval.value(QStringLiteral("signature")).toByteArray();
    return crypto::verifyApproval(e, crypto::genericHash(bytes, 32), document,
                                  version.value(QStringLiteral("version")).toInteger());
}

QList<Frame> eventsOfType(const RawClient &client, Event type) {
    QList<Frame> out;
    for (const Frame &f : client.events())
        if (f.type == qint64(type))
            out << f;
    return out;
}

bool waitForEventsOfType(const RawClient &client, Event type, int count, int timeoutMs) {
    return QTest::qWaitFor([&] { return eventsOfType(client, type).size() >= count; }, timeoutMs);
}

int blobFileCount(const QString &dataDir) {
    int n = 0;
    QDirIterator it(QDir(dataDir).filePath(QStringLiteral("blobs")), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QStringList uploadFiles(const QString &dataDir) {
    QStringList out;
    const QString root = QDir(dataDir).filePath(QStringLiteral("uploads"));
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace council::testing
