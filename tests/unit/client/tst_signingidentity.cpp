// The device side of signing keys: a sealed key pair opens only with its
// wrap key, a trust.get list is believed only under the trust key, and the
// next approver list keeps what was signed before valid.
#include "signingidentity.h"

#include "crypto/sodium.h"

#include <QCborMap>
#include <QTest>

using namespace council;
using namespace council::client;

namespace {

QByteArray wrapKey(char fill) {
    return QByteArray(32, fill);
}

// A trust.get reply for `list` signed with `trust`.
QCborMap trustReply(const crypto::ApproverList &list, const crypto::SigningKeyPair &trust) {
    const QByteArray bytes = list.encode();
    return QCborMap{{QStringLiteral("body"), list.bodyId},
                    {QStringLiteral("publicKey"), trust.publicKey},
                    {QStringLiteral("list"), bytes},
                    {QStringLiteral("listSignature"), crypto::signApproverList(bytes, trust.secretKey)},
                    {QStringLiteral("listVersion"), list.version}};
}

crypto::ApproverEntry entry(qint64 account, const QByteArray &key, const QString &name) {
    crypto::ApproverEntry e;
    e.account = account;
    e.publicKey = key;
    e.name = name;
    return e;
}

} // namespace

class tst_SigningIdentity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialize()); }

    void sealedKeyOpensOnlyWithItsWrapKey() {
        const SealedKeyPair k = createSealedKeyPair(wrapKey('w'));
        QVERIFY(k.pair.isValid());
        const QCborMap reply = k.requestFields();
        QCOMPARE(reply.value(QStringLiteral("publicKey")).toByteArray(), k.pair.publicKey);
        QCOMPARE(reply.value(QStringLiteral("nonce")).toByteArray().size(), crypto::kSealNonceBytes);
        QVERIFY(!reply.value(QStringLiteral("sealedSecret")).toByteArray().contains(k.pair.secretKey));

        const UnsealedKey opened = openSealedKey(reply, wrapKey('w'));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QCOMPARE(opened.secretKey, k.pair.secretKey);

        QCOMPARE(openSealedKey(reply, wrapKey('x')).problem, UnsealedKey::Problem::WrongPassword);
        QVERIFY(!openSealedKey(reply, wrapKey('x')).errorMessage().isEmpty());

        // The server shows another public key than the sealed secret's.
        QCborMap swapped = reply;
        swapped.insert(QStringLiteral("publicKey"), crypto::generateSigningKeyPair().publicKey);
        QCOMPARE(openSealedKey(swapped, wrapKey('w')).problem, UnsealedKey::Problem::KeyMismatch);

        // key.get of someone else: no sealed half.
        QCOMPARE(
            openSealedKey(QCborMap{{QStringLiteral("publicKey"), k.pair.publicKey}}, wrapKey('w')).problem,
            UnsealedKey::Problem::NoSealedSecret);
    }

    void wrapKeyIsTheSigningSeedOfThePassword() {
        const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
        const crypto::KdfParams params = crypto::KdfParams::minimum();
        const QCborMap saltReply{{QStringLiteral("salt"), salt},
                                 {QStringLiteral("ops"), params.opsLimit},
                                 {QStringLiteral("mem"), params.memLimit}};
        QObject context;
        std::optional<WrapKey> got;
        deriveWrapKeyFromSalt(saltReply, QStringLiteral("mật khẩu"), &context,
                              [&](const WrapKey &k) { got = k; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->key, crypto::deriveKeys(QStringLiteral("mật khẩu"), salt, params).signingSeed);

        // A server asking for absurd costs is refused before any work.
        QCborMap absurd = saltReply;
        absurd.insert(QStringLiteral("mem"), qint64(1) << 40);
        std::optional<WrapKey> refused;
        deriveWrapKeyFromSalt(absurd, QStringLiteral("x"), &context, [&](const WrapKey &k) { refused = k; });
        QVERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        QCOMPARE(refused->errorCode, QStringLiteral("bad_reply"));
    }

    void approverListIsBelievedOnlyUnderTheTrustKey() {
        const crypto::SigningKeyPair trust = crypto::generateSigningKeyPair();
        const crypto::SigningKeyPair other = crypto::generateSigningKeyPair();

        // Right after trust.init: no list yet, an empty one of version 0.
        const QCborMap fresh{{QStringLiteral("publicKey"), trust.publicKey},
                             {QStringLiteral("list"), QByteArray()},
                             {QStringLiteral("listSignature"), QByteArray()},
                             {QStringLiteral("listVersion"), 0}};
        const ApproverListCheck empty = verifiedApproverList(fresh, 4, trust.publicKey);
        QVERIFY2(empty.list, qPrintable(empty.error));
        QCOMPARE(empty.list->version, 0);
        QCOMPARE(empty.list->bodyId, 4);
        QVERIFY(empty.list->approvers.isEmpty());

        crypto::ApproverList list;
        list.bodyId = 4;
        list.version = 1;
        list.issuedAtMs = 1000;
        list.approvers << entry(7, crypto::generateSigningKeyPair().publicKey, QStringLiteral("Lê Văn Bình"));
        const QCborMap reply = trustReply(list, trust);
        const ApproverListCheck ok = verifiedApproverList(reply, 4, trust.publicKey);
        QVERIFY2(ok.list, qPrintable(ok.error));
        QCOMPARE(ok.list->approvers.size(), 1);
        QCOMPARE(ok.list->approvers.at(0).name, QStringLiteral("Lê Văn Bình"));

        QVERIFY(!verifiedApproverList(reply, 4, other.publicKey).list); // not the pinned key
        QVERIFY(!verifiedApproverList(reply, 5, trust.publicKey).list); // another body's list
        QVERIFY(!verifiedApproverList(trustReply(list, other), 4, trust.publicKey).list);
        QCborMap lying = reply;
        lying.insert(QStringLiteral("listVersion"), 2);
        QVERIFY(!verifiedApproverList(lying, 4, trust.publicKey).list);
        // An unsigned "empty" list is only accepted as version 0.
        QCborMap unsigned1 = fresh;
        unsigned1.insert(QStringLiteral("listVersion"), 1);
        QVERIFY(!verifiedApproverList(unsigned1, 4, trust.publicKey).list);
    }

    void addingAndRemovingKeepEarlierApprovalsValid() {
        const crypto::SigningKeyPair trust = crypto::generateSigningKeyPair();
        const crypto::SigningKeyPair approver = crypto::generateSigningKeyPair();
        crypto::ApproverList v0;
        v0.bodyId = 3;

        const ApproverListEdit added =
            withApproverAdded(v0, entry(9, approver.publicKey, QStringLiteral("An")), 1000);
        QVERIFY2(added.list, qPrintable(added.error));
        QCOMPARE(added.list->version, 1);
        QCOMPARE(added.list->issuedAtMs, 1000);
        QCOMPARE(added.list->approvers.size(), 1);
        QCOMPARE(added.list->approvers.at(0).fromMs, 1000);
        QCOMPARE(added.list->approvers.at(0).untilMs, 0);
        QVERIFY(openEntry(*added.list, 9, 1500));
        // The same key twice is refused.
        QVERIFY(
            !withApproverAdded(*added.list, entry(9, approver.publicKey, QStringLiteral("An")), 1200).list);

        // An approval signed while an approver ...
        crypto::ApprovalStatement s;
        s.bodyId = 3;
        s.documentId = 11;
        s.version = 2;
        s.contentHash = QByteArray(32, '\x5a');
        s.size = 1234;
        s.title = QStringLiteral("Dự thảo Nghị quyết");
        s.approverAccount = 9;
        s.approvedAtMs = 2000;
        const QByteArray statement = s.encode();
        const QByteArray signature = crypto::signApproval(statement, approver.secretKey);

        // ... stays valid after removal, whose list is signed by the trust key.
        const ApproverListEdit removed = withApproverRemoved(*added.list, 9, 3000);
        QVERIFY2(removed.list, qPrintable(removed.error));
        QCOMPARE(removed.list->version, 2);
        QCOMPARE(removed.list->approvers.at(0).untilMs, 3000);
        QVERIFY(!openEntry(*removed.list, 9, 3000));
        QVERIFY(!withApproverRemoved(*removed.list, 9, 3500).list); // no longer an approver

        const QCborMap reply = trustReply(*removed.list, trust);
        QVERIFY(verifiedApproverList(reply, 3, trust.publicKey).list);
        crypto::ApprovalEvidence evidence{trust.publicKey,
                                          trust.publicKey,
                                          reply.value(QStringLiteral("list")).toByteArray(),
                                          reply.value(QStringLiteral("listSignature")).toByteArray(),
                                          statement,
                                          signature};
        QCOMPARE(crypto::verifyApproval(evidence, s.contentHash, 11, 2).status, crypto::ApprovalCheck::Valid);

        // Signed after the removal: not an approver then.
        s.approvedAtMs = 3000;
        evidence.statementBytes = s.encode();
        evidence.statementSignature = crypto::signApproval(evidence.statementBytes, approver.secretKey);
        QCOMPARE(crypto::verifyApproval(evidence, s.contentHash, 11, 2).status,
                 crypto::ApprovalCheck::NotAnApprover);
    }

    void aNewKeyClosesTheOldEntry() {
        const QByteArray oldKey = crypto::generateSigningKeyPair().publicKey;
        const QByteArray newKey = crypto::generateSigningKeyPair().publicKey;
        crypto::ApproverList v0;
        v0.bodyId = 1;
        const auto v1 = withApproverAdded(v0, entry(5, oldKey, QStringLiteral("Hoa")), 100).list;
        QVERIFY(v1);
        const auto v2 = withApproverAdded(*v1, entry(5, newKey, QStringLiteral("Hoa")), 200).list;
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QCOMPARE(v2->approvers.size(), 2);
        QCOMPARE(v2->approvers.at(0).untilMs, 200);
        QCOMPARE(v2->entryFor(5, 150)->publicKey, oldKey);
        QCOMPARE(v2->entryFor(5, 250)->publicKey, newKey);
        QVERIFY(!withApproverAdded(*v2, entry(6, QByteArray(5, 'x'), QStringLiteral("?")), 300).list);
    }
};

QTEST_GUILESS_MAIN(tst_SigningIdentity)
#include "tst_signingidentity.moc"
