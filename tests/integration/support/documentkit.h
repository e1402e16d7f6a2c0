// What the document tests do again and again, the way a client does it:
// upload in chunks, fetch one chunk at a time, register keys sealed under a
// password, let an admin's device create the trust key and sign the approver
// list, sign approval statements and check them on a delegate's device.
#pragma once

#include "testcouncil.h"

#include "crypto/approval.h"
#include "crypto/signing.h"

#include <QCborArray>

namespace council::testing {

QString blake2bHex(const QByteArray &bytes); // the blob name of these bytes

// doc.upload_begin, for `bytes` or for a declared size and hash of one's choosing.
Reply beginUpload(RawClient &client, qint64 body, const QString &name, const QByteArray &bytes);
Reply beginUpload(RawClient &client, qint64 body, const QString &name, qint64 size, const QString &hash);
// doc.upload_chunk for bytes [from, to), `chunk` bytes each, each one sent
// after the previous was acknowledged. The first error stops; returns the last reply.
Reply sendChunks(RawClient &client, const QString &upload, const QByteArray &bytes, qint64 from, qint64 to,
                 qint64 chunk);
// doc.create / doc.replace of a finished upload (a minute: LibreOffice may run).
Reply createDocument(RawClient &client, qint64 body, const QString &upload, const QString &title,
                     const QCborMap &extra = {}, const QByteArray &op = {});
Reply replaceDocument(RawClient &client, qint64 document, const QString &upload, const QString &reason);
// begin + every chunk + doc.create; the first failing reply otherwise.
Reply uploadDocument(RawClient &client, qint64 body, const QString &fileName, const QByteArray &bytes,
                     const QString &title, const QCborMap &extra = {}, qint64 chunk = 64 * 1024);
Reply uploadReplacement(RawClient &client, qint64 body, qint64 document, const QString &fileName,
                        const QByteArray &bytes, const QString &reason, qint64 chunk = 64 * 1024);

// doc.fetch from `from` to the end (or until `limit` bytes were added),
// `chunk` bytes each, one at a time; appends to *out. Returns the last reply.
Reply fetchInto(RawClient &client, const QString &hash, qint64 from, qint64 chunk, QByteArray *out,
                qint64 limit = -1);

// A request whose body is {document: id} plus `extra`.
Reply onDocument(RawClient &client, protocol::Request type, qint64 document, const QCborMap &extra = {});
// The documents of a doc.list reply, by id.
QList<qint64> documentIds(const Reply &list);

// The wrap key of a password: auth.salt, then the device-derived signingSeed.
QByteArray signingSeedOf(RawClient &client, const QString &username, const QString &password);

// A body whose documents can be approved: the BodyFixture, an approver who
// registered a key sealed under their password, a trust key created by the
// admin and approver list version 1 signed by it, and what a delegate's
// device pinned the first time it saw the body's trust key.
struct TrustedBody {
    BodyFixture f;
    QString approverName;
    QString approverPassword;
    QString approverFullName;
    Login approverLogin;
    RawClient *approver = nullptr;
    qint64 approverAccount = 0;
    crypto::SigningKeyPair approverKey;
    crypto::SigningKeyPair trustKey;
    crypto::ApproverList list;
    QByteArray pinnedTrustKey;

    qint64 secretaryAccount() const {
        return f.secretaryLogin.account.value(QStringLiteral("id")).toInteger();
    }
};
// `adminSeed` seals the trust key's secret half (the admin's signingSeed).
bool setUpTrustedBody(TestCouncil &council, const QByteArray &adminSeed, TrustedBody *t, QString *error);

// The statement an approver's device signs for the current version of
// `document` (a Document record as the staff see it), at `atMs` (0: now).
crypto::ApprovalStatement statementFor(const QCborMap &document, qint64 approver, qint64 atMs = 0);
Reply sendApproval(RawClient &approver, qint64 document, qint64 version, const QByteArray &statement,
                   const QByteArray &signature);
// doc.get by the approver, a statement for what it shows, signed with `secretKey`.
Reply approveCurrent(TrustedBody &t, qint64 document, const QByteArray &secretKey);
// submit, approve with the approver's key and publish; the first failing reply otherwise.
Reply submitApprovePublish(TrustedBody &t, qint64 document, const QString &scope,
                           const QCborArray &groups = {});

// What a delegate's device decides about a version it holds `bytes` of:
// trust.get for the body, then crypto::verifyApproval against the pinned key.
crypto::ApprovalVerdict verifyOnDevice(RawClient &client, qint64 body, const QByteArray &pinnedTrustKey,
                                       qint64 document, const QCborMap &version, const QByteArray &bytes);

// Events of one type pushed to a client so far, and a wait for them.
QList<protocol::Frame> eventsOfType(const RawClient &client, protocol::Event type);
bool waitForEventsOfType(const RawClient &client, protocol::Event type, int count, int timeoutMs = 10000);

// Stored blobs under DATA/blobs, and files under DATA/uploads.
int blobFileCount(const QString &dataDir);
QStringList uploadFiles(const QString &dataDir);

} // namespace council::testing
