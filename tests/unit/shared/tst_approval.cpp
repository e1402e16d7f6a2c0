// Approvals and approver lists: their bytes are canonical (one statement has
// exactly one encoding and nothing else decodes), and verifyApproval names the
// first check that fails, for every way a server or a forger could get it wrong.
#include "crypto/approval.h"
#include "crypto/signing.h"
#include "crypto/sodium.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace council::crypto;

class tst_Approval : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void statementRoundtrip();
    void statementIsCanonical();
    void statementRefusesOtherBytes_data();
    void statementRefusesOtherBytes();
    void listRoundtrip();
    void listRefusesOtherBytes_data();
    void listRefusesOtherBytes();
    void entryForRespectsPeriods();
    void verify_data();
    void verify();
    void codesAndMessages();
};

namespace {
constexpr qint64 kBody = 7;
constexpr qint64 kDocument = 42;
constexpr qint64 kVersion = 2;
constexpr qint64 kApprover = 11;
constexpr qint64 kRetired = 12; // an approver whose period ended at kRetiredUntil
constexpr qint64 kApproverFrom = 1000;
constexpr qint64 kRetiredUntil = 5000;
constexpr qint64 kApprovedAt = 10000;

struct Keys {
    SigningKeyPair trust;
    SigningKeyPair otherTrust;
    SigningKeyPair approver;
    SigningKeyPair retired;
    SigningKeyPair stranger;
};

const Keys &keys() {
    static const Keys k{generateSigningKeyPair(), generateSigningKeyPair(), generateSigningKeyPair(),
                        generateSigningKeyPair(), generateSigningKeyPair()};
    return k;
}

QByteArray pdfHash() {
    return genericHash(QByteArrayLiteral("%PDF-1.7 the document's bytes"), 32);
}

ApprovalStatement makeStatement() {
    ApprovalStatement s;
    s.bodyId = kBody;
    s.documentId = kDocument;
    s.version = kVersion;
    s.contentHash = pdfHash();
    s.size = 123456;
    s.title = QStringLiteral("Tờ trình về kế hoạch đầu tư công năm 2027");
    s.sessionId = 3;
    s.itemId = 9;
    s.approverAccount = kApprover;
    s.approvedAtMs = kApprovedAt;
    return s;
}

ApproverList makeList() {
    ApproverList list;
    list.bodyId = kBody;
    list.version = 3;
    list.issuedAtMs = 900;
    list.approvers.append(
        {kApprover, QStringLiteral("Nguyễn Thị Phê Duyệt"), keys().approver.publicKey, kApproverFrom, 0});
    list.approvers.append(
        {kRetired, QStringLiteral("Trần Văn Cũ"), keys().retired.publicKey, 0, kRetiredUntil});
    return list;
}

QCborMap toMap(const QByteArray &cbor) {
    return QCborValue::fromCbor(cbor).toMap();
}

QByteArray toBytes(const QCborMap &map) {
    return QCborValue(map).toCbor();
}

QCborMap reversed(const QCborMap &map) {
    QCborMap out;
    const QList<QCborValue> mapKeys = map.keys();
    for (qsizetype i = mapKeys.size() - 1; i >= 0; --i)
        out.insert(mapKeys.at(i), map.value(mapKeys.at(i)));
    return out;
}

QByteArray withStatementField(const QString &key, const QCborValue &value) {
    QCborMap map = toMap(makeStatement().encode());
    map.insert(key, value); // replaces in place: the order stays canonical
    return toBytes(map);
}

QByteArray withListField(const QString &key, const QCborValue &value) {
    QCborMap map = toMap(makeList().encode());
    map.insert(key, value);
    return toBytes(map);
}

QByteArray withEntryField(const QString &key, const QCborValue &value) {
    QCborMap map = toMap(makeList().encode());
    QCborArray entries = map.value(QStringLiteral("approvers")).toArray();
    QCborMap entry = entries.at(0).toMap();
    if (value.isUndefined())
        entry.remove(key);
    else
        entry.insert(key, value);
    entries[0] = entry;
    map.insert(QStringLiteral("approvers"), entries);
    return toBytes(map);
}

enum class Case {
    Valid,
    ValidRetiredBeforeUntil,
    ServerKeySwapped,
    ServerForgesEverything,
    PinnedKeyMissing,
    NoKeysAtAll,
    ListSignedByOtherKey,
    ListEntryKeySwappedAfterSigning,
    ListSignedWithApprovalContext,
    ListGarbageSigned,
    ListForOtherBody,
    ListNonCanonicalSigned,
    StatementGarbage,
    StatementSignedByStranger,
    StatementSignedWithListContext,
    StatementAlteredAfterSigning,
    ApproverNotInList,
    ApproverRetired,
    ApproverAtUntil,
    ApproverBeforeFrom,
    ContentHashDiffers,
    ContentHashShort,
    VersionDiffers,
    DocumentDiffers,
    TrustMismatchBeforeContent,
    ListSignatureBeforeStatement,
};
} // namespace

Q_DECLARE_METATYPE(Case)
Q_DECLARE_METATYPE(ApprovalCheck)

void tst_Approval::initTestCase() {
    QVERIFY(initialize());
    QVERIFY(keys().trust.isValid());
    QVERIFY(keys().stranger.isValid());
}

void tst_Approval::statementRoundtrip() {
    const ApprovalStatement s = makeStatement();
    const std::optional<ApprovalStatement> d = ApprovalStatement::decode(s.encode());
    QVERIFY(d.has_value());
    QCOMPARE(d->bodyId, s.bodyId);
    QCOMPARE(d->documentId, s.documentId);
    QCOMPARE(d->version, s.version);
    QCOMPARE(d->contentHash, s.contentHash);
    QCOMPARE(d->size, s.size);
    QCOMPARE(d->title, s.title);
    QCOMPARE(d->sessionId, s.sessionId);
    QCOMPARE(d->itemId, s.itemId);
    QCOMPARE(d->approverAccount, s.approverAccount);
    QCOMPARE(d->approvedAtMs, s.approvedAtMs);

    ApprovalStatement noSession = s;
    noSession.sessionId = 0;
    noSession.itemId = 0;
    noSession.title.clear();
    QVERIFY(ApprovalStatement::decode(noSession.encode()).has_value());
}

void tst_Approval::statementIsCanonical() {
    const QByteArray bytes = makeStatement().encode();
    QCOMPARE(makeStatement().encode(), bytes);
    QCOMPARE(quint8(bytes.at(0)), quint8(0xab)); // a definite map of 11 pairs
    const QList<QCborValue> mapKeys = toMap(bytes).keys();
    QStringList names;
    for (const QCborValue &k : mapKeys)
        names.append(k.toString());
    QCOMPARE(names, QStringList({"v", "body", "document", "version", "hash", "size", "title", "session",
                                 "item", "approver", "at"}));
    QCOMPARE(toMap(bytes).value(QStringLiteral("v")).toInteger(), 1);
    QVERIFY(toMap(bytes).value(QStringLiteral("hash")).isByteArray());

    ApprovalStatement other = makeStatement();
    other.version += 1;
    QVERIFY(other.encode() != bytes);
}

void tst_Approval::statementRefusesOtherBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray canonical = makeStatement().encode();
    QVERIFY(ApprovalStatement::decode(canonical).has_value());
    const QCborMap map = toMap(canonical);

    QTest::newRow("keys reversed") << toBytes(reversed(map));
    {
        QCborMap swapped;
        swapped.insert(QStringLiteral("v"), 1);
        swapped.insert(QStringLiteral("document"), map.value(QStringLiteral("document")));
        swapped.insert(QStringLiteral("body"), map.value(QStringLiteral("body")));
        for (const QCborValue &k : map.keys()) {
            if (!swapped.contains(k))
                swapped.insert(k, map.value(k));
        }
        QCOMPARE(swapped.size(), map.size());
        QTest::newRow("body and document swapped") << toBytes(swapped);
    }
    {
        QCborMap extra = map;
        extra.insert(QStringLiteral("note"), QStringLiteral("x"));
        QTest::newRow("extra key") << toBytes(extra);
    }
    {
        QCborMap missing = map;
        missing.remove(QStringLiteral("size"));
        QTest::newRow("missing key") << toBytes(missing);
    }
    QTest::newRow("hash 31 bytes") << withStatementField(QStringLiteral("hash"), QByteArray(31, 'h'));
    QTest::newRow("hash 33 bytes") << withStatementField(QStringLiteral("hash"), QByteArray(33, 'h'));
    QTest::newRow("hash as text") << withStatementField(QStringLiteral("hash"),
                                                        QString::fromLatin1(pdfHash().toHex()));
    QTest::newRow("v 2") << withStatementField(QStringLiteral("v"), 2);
    QTest::newRow("v as float") << withStatementField(QStringLiteral("v"), 1.0);
    QTest::newRow("negative document") << withStatementField(QStringLiteral("document"), -42);
    QTest::newRow("document as text") << withStatementField(QStringLiteral("document"), QStringLiteral("42"));
    QTest::newRow("title as bytes") << withStatementField(QStringLiteral("title"), QByteArray("title"));
    QTest::newRow("title null") << withStatementField(QStringLiteral("title"), QCborValue(nullptr));
    QTest::newRow("trailing byte") << canonical + '\0';
    QTest::newRow("truncated") << canonical.chopped(1);
    {
        // The same map as an indefinite-length map: same value, other bytes.
        QByteArray indefinite = canonical;
        indefinite[0] = char(0xbf);
        indefinite.append(char(0xff));
        QVERIFY(QCborValue::fromCbor(indefinite).isMap());
        QTest::newRow("indefinite-length map") << indefinite;
    }
    {
        // An integer in a longer form than needed: same value, other bytes.
        ApprovalStatement small = makeStatement();
        small.approvedAtMs = 23;
        QByteArray longForm = small.encode();
        QVERIFY(ApprovalStatement::decode(longForm).has_value());
        QCOMPARE(longForm.back(), char(0x17));
        longForm.chop(1);
        longForm.append("\x18\x17", 2);
        QCOMPARE(QCborValue::fromCbor(longForm).toMap().value(QStringLiteral("at")).toInteger(), 23);
        QTest::newRow("integer in long form") << longForm;
    }
    {
        QByteArray duplicate = canonical;
        duplicate.replace(QByteArray("\x64item"), QByteArray("\x64"
                                                             "body"));
        QVERIFY(duplicate != canonical);
        QTest::newRow("duplicate key") << duplicate;
    }
    QTest::newRow("tagged map") << QByteArray("\xc1", 1) + canonical;
    QTest::newRow("array") << QCborValue(QCborArray{1, 2, 3}).toCbor();
    QTest::newRow("empty map") << toBytes(QCborMap());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00garbage", 10);
}

void tst_Approval::statementRefusesOtherBytes() {
    QFETCH(QByteArray, bytes);
    QVERIFY(!ApprovalStatement::decode(bytes).has_value());
}

void tst_Approval::listRoundtrip() {
    const ApproverList list = makeList();
    const QByteArray bytes = list.encode();
    QCOMPARE(makeList().encode(), bytes);
    const std::optional<ApproverList> d = ApproverList::decode(bytes);
    QVERIFY(d.has_value());
    QCOMPARE(d->bodyId, list.bodyId);
    QCOMPARE(d->version, list.version);
    QCOMPARE(d->issuedAtMs, list.issuedAtMs);
    QCOMPARE(d->approvers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(d->approvers[i].account, list.approvers[i].account);
        QCOMPARE(d->approvers[i].name, list.approvers[i].name);
        QCOMPARE(d->approvers[i].publicKey, list.approvers[i].publicKey);
        QCOMPARE(d->approvers[i].fromMs, list.approvers[i].fromMs);
        QCOMPARE(d->approvers[i].untilMs, list.approvers[i].untilMs);
    }

    ApproverList empty;
    empty.bodyId = kBody;
    const std::optional<ApproverList> e = ApproverList::decode(empty.encode());
    QVERIFY(e.has_value());
    QVERIFY(e->approvers.isEmpty());
}

void tst_Approval::listRefusesOtherBytes_data() {
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray canonical = makeList().encode();
    QVERIFY(ApproverList::decode(canonical).has_value());
    const QCborMap map = toMap(canonical);

    QTest::newRow("keys reversed") << toBytes(reversed(map));
    {
        QCborMap extra = map;
        extra.insert(QStringLiteral("note"), 1);
        QTest::newRow("extra key") << toBytes(extra);
    }
    QTest::newRow("v 2") << withListField(QStringLiteral("v"), 2);
    QTest::newRow("negative body") << withListField(QStringLiteral("body"), -1);
    QTest::newRow("approvers not an array") << withListField(QStringLiteral("approvers"), QCborMap());
    QTest::newRow("entry not a map") << withListField(QStringLiteral("approvers"), QCborArray{1});
    QTest::newRow("entry key 31 bytes") << withEntryField(QStringLiteral("key"), QByteArray(31, 'k'));
    QTest::newRow("entry key 64 bytes") << withEntryField(QStringLiteral("key"), keys().approver.secretKey);
    QTest::newRow("entry name as bytes") << withEntryField(QStringLiteral("name"), QByteArray("name"));
    QTest::newRow("entry negative until") << withEntryField(QStringLiteral("until"), -1);
    QTest::newRow("entry extra key") << withEntryField(QStringLiteral("role"), QStringLiteral("chair"));
    QTest::newRow("entry missing key") << withEntryField(QStringLiteral("from"), QCborValue());
    {
        QCborMap m = map;
        QCborArray entries = m.value(QStringLiteral("approvers")).toArray();
        entries[0] = reversed(entries.at(0).toMap());
        m.insert(QStringLiteral("approvers"), entries);
        QTest::newRow("entry keys reversed") << toBytes(m);
    }
    QTest::newRow("trailing byte") << canonical + '\0';
    QTest::newRow("statement instead of list") << makeStatement().encode();
    QTest::newRow("empty") << QByteArray();
}

void tst_Approval::listRefusesOtherBytes() {
    QFETCH(QByteArray, bytes);
    QVERIFY(!ApproverList::decode(bytes).has_value());
}

void tst_Approval::entryForRespectsPeriods() {
    ApproverList list = makeList();
    // The same account with a second key after rotating at 20000.
    list.approvers[0].untilMs = 20000;
    list.approvers.append(
        {kApprover, QStringLiteral("Nguyễn Thị Phê Duyệt"), keys().stranger.publicKey, 20000, 0});

    QVERIFY(!list.entryFor(kApprover, kApproverFrom - 1));
    QCOMPARE(list.entryFor(kApprover, kApproverFrom), &list.approvers[0]); // from is inclusive
    QCOMPARE(list.entryFor(kApprover, 19999), &list.approvers[0]);
    QCOMPARE(list.entryFor(kApprover, 20000), &list.approvers[2]); // until is exclusive
    QCOMPARE(list.entryFor(kApprover, std::numeric_limits<qint64>::max()), &list.approvers[2]);
    QCOMPARE(list.entryFor(kRetired, 0), &list.approvers[1]);
    QCOMPARE(list.entryFor(kRetired, kRetiredUntil - 1), &list.approvers[1]);
    QVERIFY(!list.entryFor(kRetired, kRetiredUntil));
    QVERIFY(!list.entryFor(99, kApprovedAt));
}

void tst_Approval::verify_data() {
    QTest::addColumn<Case>("which");
    QTest::addColumn<ApprovalCheck>("expected");

    QTest::newRow("valid") << Case::Valid << ApprovalCheck::Valid;
    QTest::newRow("retired approver, signed in time")
        << Case::ValidRetiredBeforeUntil << ApprovalCheck::Valid;
    QTest::newRow("server trust key swapped") << Case::ServerKeySwapped << ApprovalCheck::TrustKeyMismatch;
    QTest::newRow("server forges list and key")
        << Case::ServerForgesEverything << ApprovalCheck::TrustKeyMismatch;
    QTest::newRow("nothing pinned") << Case::PinnedKeyMissing << ApprovalCheck::TrustKeyMismatch;
    QTest::newRow("no keys at all") << Case::NoKeysAtAll << ApprovalCheck::TrustKeyMismatch;
    QTest::newRow("list signed by another key")
        << Case::ListSignedByOtherKey << ApprovalCheck::BadListSignature;
    QTest::newRow("list entry key swapped after signing")
        << Case::ListEntryKeySwappedAfterSigning << ApprovalCheck::BadListSignature;
    QTest::newRow("list signed in the approval context")
        << Case::ListSignedWithApprovalContext << ApprovalCheck::BadListSignature;
    QTest::newRow("signed garbage list") << Case::ListGarbageSigned << ApprovalCheck::MalformedList;
    QTest::newRow("list for another body") << Case::ListForOtherBody << ApprovalCheck::MalformedList;
    QTest::newRow("signed non-canonical list")
        << Case::ListNonCanonicalSigned << ApprovalCheck::MalformedList;
    QTest::newRow("garbage statement") << Case::StatementGarbage << ApprovalCheck::MalformedStatement;
    QTest::newRow("statement signed by a key not in the list")
        << Case::StatementSignedByStranger << ApprovalCheck::BadSignature;
    QTest::newRow("statement signed in the list context")
        << Case::StatementSignedWithListContext << ApprovalCheck::BadSignature;
    QTest::newRow("statement altered after signing")
        << Case::StatementAlteredAfterSigning << ApprovalCheck::BadSignature;
    QTest::newRow("approver not in the list") << Case::ApproverNotInList << ApprovalCheck::NotAnApprover;
    QTest::newRow("approver retired before signing") << Case::ApproverRetired << ApprovalCheck::NotAnApprover;
    QTest::newRow("approver signed at until") << Case::ApproverAtUntil << ApprovalCheck::NotAnApprover;
    QTest::newRow("approver signed before from") << Case::ApproverBeforeFrom << ApprovalCheck::NotAnApprover;
    QTest::newRow("content hash differs") << Case::ContentHashDiffers << ApprovalCheck::ContentMismatch;
    QTest::newRow("content hash short") << Case::ContentHashShort << ApprovalCheck::ContentMismatch;
    QTest::newRow("version differs") << Case::VersionDiffers << ApprovalCheck::ContentMismatch;
    QTest::newRow("document differs") << Case::DocumentDiffers << ApprovalCheck::ContentMismatch;
    QTest::newRow("trust key checked before content")
        << Case::TrustMismatchBeforeContent << ApprovalCheck::TrustKeyMismatch;
    QTest::newRow("list signature checked before statement")
        << Case::ListSignatureBeforeStatement << ApprovalCheck::BadListSignature;
}

void tst_Approval::verify() {
    QFETCH(Case, which);
    QFETCH(ApprovalCheck, expected);
    const Keys &k = keys();

    ApproverList list = makeList();
    ApprovalStatement statement = makeStatement();
    QByteArray listSigner = k.trust.secretKey;
    QByteArray statementSigner = k.approver.secretKey;
    QByteArray heldHash = pdfHash();
    qint64 shownDocument = kDocument;
    qint64 shownVersion = kVersion;

    // Changes made before anything is signed.
    switch (which) {
    case Case::ValidRetiredBeforeUntil:
        statement.approverAccount = kRetired;
        statement.approvedAtMs = kRetiredUntil - 1;
        statementSigner = k.retired.secretKey;
        break;
    case Case::ServerForgesEverything:
        listSigner = k.otherTrust.secretKey;
        list.approvers[0].publicKey = k.stranger.publicKey;
        statementSigner = k.stranger.secretKey;
        break;
    case Case::ListSignedByOtherKey:
    case Case::ListSignatureBeforeStatement:
        listSigner = k.otherTrust.secretKey;
        break;
    case Case::ListForOtherBody:
        list.bodyId = kBody + 1;
        break;
    case Case::StatementSignedByStranger:
        statementSigner = k.stranger.secretKey;
        break;
    case Case::ApproverNotInList:
        statement.approverAccount = 99;
        break;
    case Case::ApproverRetired:
        statement.approverAccount = kRetired;
        statementSigner = k.retired.secretKey;
        break;
    case Case::ApproverAtUntil:
        statement.approverAccount = kRetired;
        statement.approvedAtMs = kRetiredUntil;
        statementSigner = k.retired.secretKey;
        break;
    case Case::ApproverBeforeFrom:
        statement.approvedAtMs = kApproverFrom - 1;
        break;
    default:
        break;
    }

    ApprovalEvidence evidence;
    evidence.pinnedTrustKey = k.trust.publicKey;
    evidence.serverTrustKey = k.trust.publicKey;
    evidence.listBytes = list.encode();
    evidence.listSignature = signApproverList(evidence.listBytes, listSigner);
    evidence.statementBytes = statement.encode();
    evidence.statementSignature = signApproval(evidence.statementBytes, statementSigner);

    // Changes made to what was signed, or to what the client holds.
    switch (which) {
    case Case::ServerKeySwapped:
        evidence.serverTrustKey = k.otherTrust.publicKey;
        break;
    case Case::ServerForgesEverything:
        evidence.serverTrustKey = k.otherTrust.publicKey;
        break;
    case Case::PinnedKeyMissing:
        evidence.pinnedTrustKey.clear();
        break;
    case Case::NoKeysAtAll:
        evidence.pinnedTrustKey.clear();
        evidence.serverTrustKey.clear();
        break;
    case Case::ListEntryKeySwappedAfterSigning:
        list.approvers[0].publicKey = k.stranger.publicKey;
        evidence.listBytes = list.encode();
        evidence.statementSignature = signApproval(evidence.statementBytes, k.stranger.secretKey);
        break;
    case Case::ListSignedWithApprovalContext:
        evidence.listSignature = signApproval(evidence.listBytes, k.trust.secretKey);
        break;
    case Case::ListGarbageSigned:
        evidence.listBytes = QByteArrayLiteral("not a list at all");
        evidence.listSignature = signApproverList(evidence.listBytes, k.trust.secretKey);
        break;
    case Case::ListNonCanonicalSigned:
        evidence.listBytes.append('\0');
        evidence.listSignature = signApproverList(evidence.listBytes, k.trust.secretKey);
        break;
    case Case::StatementGarbage:
    case Case::ListSignatureBeforeStatement:
        evidence.statementBytes = QByteArrayLiteral("\xa1\x61v\x01");
        evidence.statementSignature = signApproval(evidence.statementBytes, statementSigner);
        break;
    case Case::StatementSignedWithListContext:
        evidence.statementSignature = signApproverList(evidence.statementBytes, statementSigner);
        break;
    case Case::StatementAlteredAfterSigning:
        statement.version += 1;
        evidence.statementBytes = statement.encode();
        shownVersion = statement.version;
        break;
    case Case::ContentHashDiffers:
        heldHash[0] = char(heldHash[0] ^ 0x01);
        break;
    case Case::ContentHashShort:
        heldHash.chop(1);
        break;
    case Case::VersionDiffers:
        shownVersion = kVersion + 1;
        break;
    case Case::DocumentDiffers:
        shownDocument = kDocument + 1;
        break;
    case Case::TrustMismatchBeforeContent:
        evidence.serverTrustKey = k.otherTrust.publicKey;
        heldHash = QByteArray(32, '\0');
        break;
    default:
        break;
    }

    const ApprovalVerdict verdict = verifyApproval(evidence, heldHash, shownDocument, shownVersion);
    QCOMPARE(approvalCheckCode(verdict.status), approvalCheckCode(expected));
    QCOMPARE(verdict.isValid(), expected == ApprovalCheck::Valid);
    if (expected == ApprovalCheck::Valid) {
        QCOMPARE(verdict.approverName, which == Case::Valid ? QStringLiteral("Nguyễn Thị Phê Duyệt")
                                                            : QStringLiteral("Trần Văn Cũ"));
    } else {
        QVERIFY(verdict.approverName.isEmpty());
    }
    if (expected == ApprovalCheck::Valid || expected == ApprovalCheck::ContentMismatch ||
        expected == ApprovalCheck::BadSignature || expected == ApprovalCheck::NotAnApprover) {
        QCOMPARE(verdict.statement.documentId, kDocument);
        QCOMPARE(verdict.statement.contentHash, pdfHash());
        QCOMPARE(verdict.statement.approverAccount, statement.approverAccount);
    }
}

void tst_Approval::codesAndMessages() {
    const QList<QPair<ApprovalCheck, QString>> expected = {
        {ApprovalCheck::Valid, "valid"},
        {ApprovalCheck::TrustKeyMismatch, "trust_key_mismatch"},
        {ApprovalCheck::BadListSignature, "bad_list_signature"},
        {ApprovalCheck::MalformedList, "malformed_list"},
        {ApprovalCheck::MalformedStatement, "malformed_statement"},
        {ApprovalCheck::BadSignature, "bad_signature"},
        {ApprovalCheck::NotAnApprover, "not_an_approver"},
        {ApprovalCheck::ContentMismatch, "content_mismatch"},
    };
    QSet<QString> vi;
    QSet<QString> en;
    for (const auto &[check, code] : expected) {
        QCOMPARE(approvalCheckCode(check), code);
        const QString v = approvalCheckMessage(check);
        const QString e = approvalCheckMessage(check, false);
        QVERIFY(!v.isEmpty());
        QVERIFY(!e.isEmpty());
        QVERIFY(v != e);
        QCOMPARE(approvalCheckMessage(check, true), v);
        // Vietnamese with its diacritics, in NFC; English in plain ASCII apart from punctuation.
        QVERIFY2(v.contains(QRegularExpression(QStringLiteral("[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]"))),
                 qPrintable(v));
        QCOMPARE(v.normalized(QString::NormalizationForm_C), v);
        QVERIFY2(!e.contains(QRegularExpression(QStringLiteral("[à-ỹ]"))), qPrintable(e));
        vi.insert(v);
        en.insert(e);
    }
    QCOMPARE(vi.size(), expected.size());
    QCOMPARE(en.size(), expected.size());
    QCOMPARE(approvalCheckMessage(ApprovalCheck::TrustKeyMismatch),
             QStringLiteral(
                 "Khóa tin cậy của máy chủ khác với khóa đã ghim trên thiết bị này — không tin tài liệu."));
    QCOMPARE(
        approvalCheckMessage(ApprovalCheck::TrustKeyMismatch, false),
        QStringLiteral("The server's trust key differs from the one pinned on this device — the document is "
                       "not trusted."));
}

QTEST_APPLESS_MAIN(tst_Approval)
#include "tst_approval.moc"
