// Hostile uploads, forged approvals and a tampered database, against the
// real server: every bad file is refused with its own error code and leaves
// nothing behind; a checker that crashes or hangs costs the server nothing
// but that upload; a delegate can do nothing to a document and sees only what
// was published to them; approvals that are not the approver's, not on the
// signed list or not about these bytes are refused; and keys swapped in
// DATA/council.db are caught by the devices' pinned trust key.
#include "documentkit.h"
#include "testdocuments.h"
#include "testfiles.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace council;
using namespace council::testing;
using protocol::Event;
using protocol::Request;

namespace {

const QString kEveryone = QStringLiteral("everyone");

qint64 integer(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toInteger();
}

QString text(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toString();
}

QCborMap mapOf(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toMap();
}

QString errorDetail(const Reply &r) {
    return r.value(QStringLiteral("detail")).toString();
}

// A process of this group still alive (not a zombie)?
bool groupAlive(qint64 group) {
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(2).toLongLong() == group && fields.at(0) != "Z")
            return true;
    }
    return false;
}

QByteArray plainPdf(const QByteArray &marker) {
    return testfiles::buildPdf(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", "<< /Marker (" + marker + ") >>"});
}

} // namespace

class tst_DocumentSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectedUploadsLeaveNothing_data();
    void rejectedUploadsLeaveNothing();
    void chunksMustFitTheDeclaration();
    void tooLargeIsRefusedBeforeAnyByte();
    void crashingOrHangingCheckerRejectsOnlyThatFile();
    void delegatesCannotActOnDocuments();
    void draftsCannotBeProbedWithReplace();
    void memberOfTwoGroupsIsToldOnce();
    void forgedApprovalsAreRefused();
    void approverListIsGuarded();
    void groupDocumentsStayInTheGroup();
    void otherBodiesSeeNothing();
    void resentCreateGivesTheSameDocument();
    void keysTamperedInTheDatabaseAreCaught(); // stops and restarts the server: keep last

private:
    QByteArray newPdf() { return vietnamesePdf(1, QStringLiteral("Bảo mật số %1").arg(++m_counter)); }
    qint64 draft(const QString &title, QByteArray *bytes = nullptr);
    qint64 documentCount();

    TestCouncil m_council;
    TrustedBody m_t;
    QByteArray m_adminSeed;
    int m_counter = 0;
    // An approver of the body who registered a key but is not on the signed list.
    RawClient *m_outsider = nullptr;
    qint64 m_outsiderAccount = 0;
    crypto::SigningKeyPair m_outsiderKey;
    // A delegate group with one member; m_t.f.delegate is not in it.
    qint64 m_group = 0;
    qint64 m_secondGroup = 0; // the member is in both
    RawClient *m_groupMember = nullptr;
};

qint64 tst_DocumentSecurity::draft(const QString &title, QByteArray *bytes) {
    const QByteArray pdf = newPdf();
    if (bytes)
        *bytes = pdf;
    const Reply r = uploadDocument(*m_t.f.secretary, m_t.f.body, title + QStringLiteral(".pdf"), pdf, title);
    if (!r.ok())
        qWarning() << "doc.create:" << r.describe();
    return integer(r.map(QStringLiteral("document")), "id");
}

qint64 tst_DocumentSecurity::documentCount() {
    const Reply r =
        m_t.f.secretary->request(Request::DocList, QCborMap{{QStringLiteral("body"), m_t.f.body}});
    return r.ok() ? r.value(QStringLiteral("documents")).toArray().size() : -1;
}

void tst_DocumentSecurity::initTestCase() {
    QVERIFY2(m_council.start(), qPrintable(m_council.lastError()));
    m_adminSeed = signingSeedOf(*m_council.admin(), kAdminName, kAdminPassword);
    QString error;
    QVERIFY2(setUpTrustedBody(m_council, m_adminSeed, &m_t, &error), qPrintable(error));
    RawClient &admin = *m_council.admin();
    const QString password = QStringLiteral("mật khẩu thử");

    const QString outsider = m_council.uniqueName(QStringLiteral("pheduyet"));
    COUNCIL_VERIFY_OK(m_council.createUser(outsider, password));
    COUNCIL_VERIFY_OK(
        addMember(admin, m_t.f.body, QStringLiteral("Đỗ Văn Ngoài"), {QStringLiteral("approver")}, outsider));
    Login login;
    m_outsider = m_council.connectAs(outsider, password, &login);
    QVERIFY2(m_outsider, qPrintable(m_council.lastError()));
    m_outsiderAccount = integer(login.account, "id");
    m_outsiderKey = crypto::generateSigningKeyPair();
    const crypto::SealedSecret sealed =
        crypto::sealSecret(m_outsiderKey.secretKey, signingSeedOf(*m_outsider, outsider, password));
    COUNCIL_VERIFY_OK(m_outsider->request(Request::KeyRegister,
                                          QCborMap{{QStringLiteral("publicKey"), m_outsiderKey.publicKey},
                                                   {QStringLiteral("sealedSecret"), sealed.ciphertext},
                                                   {QStringLiteral("nonce"), sealed.nonce}}));

    const QString groupName = QStringLiteral("Tổ đại biểu huyện Mộc Châu");
    const Reply group = m_t.f.secretary->request(
        Request::GroupCreate, QCborMap{{QStringLiteral("body"), m_t.f.body},
                                       {QStringLiteral("name"), groupName},
                                       {QStringLiteral("kind"), QStringLiteral("delegate_group")}});
    COUNCIL_VERIFY_OK(group);
    m_group = idOf(group, QStringLiteral("group"));
    const QString secondName = QStringLiteral("Tổ đại biểu dân tộc thiểu số");
    const Reply second = m_t.f.secretary->request(
        Request::GroupCreate, QCborMap{{QStringLiteral("body"), m_t.f.body},
                                       {QStringLiteral("name"), secondName},
                                       {QStringLiteral("kind"), QStringLiteral("delegate_group")}});
    COUNCIL_VERIFY_OK(second);
    m_secondGroup = idOf(second, QStringLiteral("group"));
    const QString member = m_council.uniqueName(QStringLiteral("daibieu"));
    COUNCIL_VERIFY_OK(m_council.createUser(member, password));
    QCborMap add{{QStringLiteral("body"), m_t.f.body},
                 {QStringLiteral("fullName"), QStringLiteral("Lò Thị Tổ")},
                 {QStringLiteral("functions"), QCborArray{QStringLiteral("delegate")}},
                 {QStringLiteral("groups"), QCborArray{groupName, secondName}},
                 {QStringLiteral("username"), member}};
    COUNCIL_VERIFY_OK(admin.request(Request::MemberAdd, add));
    m_groupMember = m_council.connectAs(member, password);
    QVERIFY2(m_groupMember, qPrintable(m_council.lastError()));

    for (RawClient *c : {m_t.f.delegate, m_t.f.chair, m_t.approver, m_groupMember})
        COUNCIL_VERIFY_OK(c->sync(0));
}

void tst_DocumentSecurity::rejectedUploadsLeaveNothing_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("wrongHash");
    QTest::addColumn<QString>("code");
    const QByteArray pdf = vietnamesePdf(2, QStringLiteral("bản gốc để làm hỏng"));
    QTest::newRow("truncated") << QStringLiteral("cắt cụt.pdf") << truncatedPdf(pdf) << false
                               << QStringLiteral("pdf_truncated");
    QTest::newRow("damaged, forged end")
        << QStringLiteral("hỏng.pdf") << halfPdfWithForgedEnd(pdf) << false << QStringLiteral("pdf_corrupt");
    QTest::newRow("zip named .pdf") << QStringLiteral("nghị quyết.pdf") << testfiles::zipArchive() << false
                                    << QStringLiteral("not_pdf");
    QTest::newRow("encrypted") << QStringLiteral("có mật khẩu.pdf") << testfiles::encryptedPdf() << false
                               << QStringLiteral("pdf_encrypted");
    QTest::newRow("program named .xyz") << QStringLiteral("tài liệu.xyz") << windowsExecutable() << false
                                        << QStringLiteral("unsupported_file");
    QTest::newRow("program named .exe")
        << QStringLiteral("setup.exe") << windowsExecutable() << false << QStringLiteral("unsupported_file");
    QTest::newRow("declared hash wrong")
        << QStringLiteral("đúng tệp, sai mã băm.pdf") << newPdf() << true << QStringLiteral("hash_mismatch");
}

void tst_DocumentSecurity::rejectedUploadsLeaveNothing() {
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, wrongHash);
    QFETCH(QString, code);
    const QString dataDir = m_council.server()->dataDir();
    const qint64 documents = documentCount();
    const int blobs = blobFileCount(dataDir);
    const QStringList uploads = uploadFiles(dataDir);

    RawClient &secretary = *m_t.f.secretary;
    const QString declared = wrongHash ? blake2bHex(bytes + "khác") : blake2bHex(bytes);
    const Reply begun = beginUpload(secretary, m_t.f.body, fileName, bytes.size(), declared);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    COUNCIL_VERIFY_OK(sendChunks(secretary, upload, bytes, 0, bytes.size(), 4096));
    const Reply created = createDocument(secretary, m_t.f.body, upload, QStringLiteral("Tệp xấu"));
    QVERIFY2(created.errorCode() == code, qPrintable(created.describe()));
    QVERIFY2(!errorDetail(created).isEmpty(), qPrintable(created.describe())); // says why

    QCOMPARE(documentCount(), documents);
    QCOMPARE(blobFileCount(dataDir), blobs);
    QCOMPARE(uploadFiles(dataDir), uploads);
    // The upload is spent: finishing it again finds nothing to store.
    COUNCIL_COMPARE_ERROR(createDocument(secretary, m_t.f.body, upload, QStringLiteral("Tệp xấu")),
                          "not_found");
    // The server still serves.
    COUNCIL_VERIFY_OK(m_t.f.delegate->request(Request::Ping));
    COUNCIL_VERIFY_OK(secretary.request(Request::DocList, QCborMap{{QStringLiteral("body"), m_t.f.body}}));
}

void tst_DocumentSecurity::chunksMustFitTheDeclaration() {
    RawClient &secretary = *m_t.f.secretary;
    const QByteArray pdf = newPdf();
    const qint64 size = pdf.size();
    const qint64 chunk = size / 4 + 1;
    const QString dataDir = m_council.server()->dataDir();
    const int blobs = blobFileCount(dataDir);

    COUNCIL_COMPARE_ERROR(beginUpload(secretary, m_t.f.body, QStringLiteral("rỗng.pdf"), 0, blake2bHex(pdf)),
                          "invalid_value");
    COUNCIL_COMPARE_ERROR(
        beginUpload(secretary, m_t.f.body, QStringLiteral("a.pdf"), size, QStringLiteral("ABC")),
        "invalid_value");
    COUNCIL_COMPARE_ERROR(beginUpload(secretary, m_t.f.body, QStringLiteral("../../council.db"), pdf),
                          "invalid_value");
    const Reply begun = beginUpload(secretary, m_t.f.body, QStringLiteral("Kế hoạch.pdf"), pdf);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    const qint64 chunkBytes = begun.value(QStringLiteral("chunkBytes")).toInteger();
    COUNCIL_VERIFY_OK(sendChunks(secretary, upload, pdf, 0, chunk, chunk));

    auto sendChunk = [&](RawClient &c, qint64 offset, const QByteArray &data) {
        return c.request(Request::DocUploadChunk, QCborMap{{QStringLiteral("upload"), upload},
                                                           {QStringLiteral("offset"), offset},
                                                           {QStringLiteral("data"), data}});
    };
    // A gap, a chunk past the declared size, a chunk above chunkBytes: refused, nothing written.
    COUNCIL_COMPARE_ERROR(sendChunk(secretary, 2 * chunk, pdf.mid(2 * chunk, chunk)), "invalid_value");
    COUNCIL_COMPARE_ERROR(sendChunk(secretary, chunk, pdf.mid(chunk) + "thừa"), "invalid_value");
    COUNCIL_COMPARE_ERROR(sendChunk(secretary, chunk, QByteArray(chunkBytes + 1, 'x')), "invalid_value");
    // Someone else cannot add to it, not even another member of the staff.
    COUNCIL_COMPARE_ERROR(sendChunk(*m_t.f.chair, chunk, pdf.mid(chunk, chunk)), "not_found");
    // Finishing before every byte arrived is refused and keeps what arrived.
    const Reply early = createDocument(secretary, m_t.f.body, upload, QStringLiteral("Kế hoạch"));
    COUNCIL_COMPARE_ERROR(early, "upload_incomplete");
    const Reply again = beginUpload(secretary, m_t.f.body, QStringLiteral("Kế hoạch.pdf"), pdf);
    QCOMPARE(again.value(QStringLiteral("received")).toInteger(), chunk);
    QCOMPARE(blobFileCount(dataDir), blobs);

    COUNCIL_VERIFY_OK(sendChunks(secretary, upload, pdf, chunk, size, chunk));
    const Reply created = createDocument(secretary, m_t.f.body, upload, QStringLiteral("Kế hoạch"));
    COUNCIL_VERIFY_OK(created);
    QCOMPARE(text(mapOf(created.map(QStringLiteral("document")), "version"), "hash"), blake2bHex(pdf));
}

void tst_DocumentSecurity::tooLargeIsRefusedBeforeAnyByte() {
    TestCouncil small;
    QVERIFY2(small.start({QStringLiteral("--max-upload-mib"), QStringLiteral("1")}),
             qPrintable(small.lastError()));
    BodyFixture f;
    QVERIFY2(small.setUpBody(&f), qPrintable(small.lastError()));
    const QString hash = blake2bHex("không cần gửi");
    const Reply refused =
        beginUpload(*f.secretary, f.body, QStringLiteral("Phụ lục lớn.pdf"), qint64(2) << 20, hash);
    COUNCIL_COMPARE_ERROR(refused, "too_large");
    QVERIFY2(errorDetail(refused).contains(QStringLiteral("1 MiB")), qPrintable(refused.describe()));
    QVERIFY(uploadFiles(small.server()->dataDir()).isEmpty()); // not even an empty part file
    const Reply fits = beginUpload(*f.secretary, f.body, QStringLiteral("Vừa đủ.pdf"), qint64(1) << 20, hash);
    COUNCIL_VERIFY_OK(fits);
    QCOMPARE(fits.value(QStringLiteral("maxBytes")).toInteger(), qint64(1) << 20);
    COUNCIL_VERIFY_OK(f.secretary->request(Request::Ping));
}

void tst_DocumentSecurity::crashingOrHangingCheckerRejectsOnlyThatFile() {
    // The server runs the checker that sits next to its binary: a copy of the
    // server beside a stand-in that dies of SIGSEGV, or hangs on marked files.
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString server = bin.filePath(QStringLiteral("council-server"));
    const QString checker = bin.filePath(QStringLiteral("council-pdfcheck"));
    QVERIFY(QFile::copy(ServerProcess::binary(), server));
    QVERIFY(QFile::setPermissions(server, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QVERIFY(testfiles::writeScript(checker, "if grep -q COUNCIL-HANG \"$1\"; then sleep 100 & sleep 100; fi\n"
                                            "kill -SEGV $$\n"));
    const QByteArray previous = qgetenv("COUNCIL_SERVER_BIN");
    qputenv("COUNCIL_SERVER_BIN", QFile::encodeName(server));
    TestCouncil hostile;
    const bool started = hostile.start();
    qputenv("COUNCIL_SERVER_BIN", previous);
    QVERIFY2(started, qPrintable(hostile.lastError()));
    BodyFixture f;
    QVERIFY2(hostile.setUpBody(&f), qPrintable(hostile.lastError()));
    const QString dataDir = hostile.server()->dataDir();

    const Reply crashed = uploadDocument(*f.secretary, f.body, QStringLiteral("làm sập.pdf"),
                                         plainPdf("CRASH"), QStringLiteral("Làm sập"));
    COUNCIL_COMPARE_ERROR(crashed, "pdf_checker_crashed");

    // A hang: the request waits for the time limit, everything else goes on.
    const QByteArray hang = plainPdf("COUNCIL-HANG");
    const Reply begun = beginUpload(*f.secretary, f.body, QStringLiteral("treo.pdf"), hang);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    COUNCIL_VERIFY_OK(sendChunks(*f.secretary, upload, hang, 0, hang.size(), 4096));
    QElapsedTimer clock;
    clock.start();
    const qint64 id =
        f.secretary->send(Request::DocCreate, QCborMap{{QStringLiteral("body"), f.body},
                                                       {QStringLiteral("upload"), upload},
                                                       {QStringLiteral("title"), QStringLiteral("Treo")}});
    qint64 group = 0;
    QTRY_VERIFY_WITH_TIMEOUT((group = testfiles::groupOfProcessWith(checker)) > 0, 10'000);
    QElapsedTimer answer;
    answer.start();
    COUNCIL_VERIFY_OK(f.delegate->request(Request::Ping));
    COUNCIL_VERIFY_OK(f.secretary->request(Request::DocList, QCborMap{{QStringLiteral("body"), f.body}}));
    QVERIFY(answer.elapsed() < 2000);
    const Reply timedOut = f.secretary->waitReply(id, 60'000);
    COUNCIL_COMPARE_ERROR(timedOut, "pdf_checker_timeout");
    QVERIFY(clock.elapsed() >= 15'000);                 // the server's limit is 20 s
    QTRY_VERIFY_WITH_TIMEOUT(!groupAlive(group), 5000); // the checker and its children are gone
    QCOMPARE(blobFileCount(dataDir), 0);
    QVERIFY(uploadFiles(dataDir).isEmpty());
    COUNCIL_VERIFY_OK(f.secretary->request(Request::Ping));
}

void tst_DocumentSecurity::delegatesCannotActOnDocuments() {
    TrustedBody &t = m_t;
    const qint64 hidden = draft(QStringLiteral("Dự thảo chưa duyệt"));
    QVERIFY(hidden > 0);
    QByteArray bytes;
    const qint64 shown = draft(QStringLiteral("Nghị quyết đã công bố"), &bytes);
    QVERIFY(shown > 0);
    COUNCIL_VERIFY_OK(submitApprovePublish(t, shown, kEveryone));
    const Reply before = onDocument(*t.f.secretary, Request::DocGet, shown);
    const Reply hiddenBefore = onDocument(*t.f.secretary, Request::DocGet, hidden);
    const qint64 documents = documentCount();
    RawClient &delegate = *t.f.delegate;

    COUNCIL_COMPARE_ERROR(beginUpload(delegate, t.f.body, QStringLiteral("của tôi.pdf"), bytes),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(createDocument(delegate, t.f.body, QStringLiteral("00"), QStringLiteral("Của tôi")),
                          "permission_denied");
    const QCborMap reason{{QStringLiteral("reason"), QStringLiteral("tự ý")}};
    const QCborMap replaceBody{{QStringLiteral("upload"), QStringLiteral("00")},
                               {QStringLiteral("reason"), QStringLiteral("tự ý")}};
    const struct {
        Request request;
        QCborMap extra;
    } actions[] = {
        {Request::DocSubmit, {}},
        {Request::DocApprove,
         {{QStringLiteral("version"), 1},
          {QStringLiteral("statement"), QByteArray("x")},
          {QStringLiteral("signature"), QByteArray(64, 'x')}}},
        {Request::DocReject, reason},
        {Request::DocPublish, {{QStringLiteral("scope"), kEveryone}}},
        {Request::DocWithdraw, reason},
    };
    for (const auto &a : actions) {
        // On what they can see: not theirs to do. On a draft: it does not exist for them.
        COUNCIL_COMPARE_ERROR(onDocument(delegate, a.request, shown, a.extra), "permission_denied");
        COUNCIL_COMPARE_ERROR(onDocument(delegate, a.request, hidden, a.extra), "not_found");
    }
    COUNCIL_COMPARE_ERROR(onDocument(delegate, Request::DocReplace, shown, replaceBody), "permission_denied");
    COUNCIL_COMPARE_ERROR(onDocument(delegate, Request::DocGet, hidden), "not_found");
    const QString hiddenHash = text(mapOf(hiddenBefore.map(QStringLiteral("document")), "version"), "hash");
    QByteArray none;
    COUNCIL_COMPARE_ERROR(fetchInto(delegate, hiddenHash, 0, 4096, &none), "not_found");
    COUNCIL_COMPARE_ERROR(
        delegate.request(Request::DocLookup, QCborMap{{QStringLiteral("hash"), hiddenHash}}), "not_found");

    // Each role keeps to its own step: the secretariat does not approve, the
    // approver does not publish or upload, the chair does neither.
    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocSubmit, hidden));
    COUNCIL_COMPARE_ERROR(onDocument(*t.f.secretary, Request::DocApprove, hidden, actions[1].extra),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(onDocument(*t.f.chair, Request::DocApprove, hidden, actions[1].extra),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(onDocument(*t.approver, Request::DocPublish, shown, actions[3].extra),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(beginUpload(*t.approver, t.f.body, QStringLiteral("x.pdf"), bytes),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(beginUpload(*t.f.chair, t.f.body, QStringLiteral("x.pdf"), bytes),
                          "permission_denied");

    // Nothing changed.
    QCOMPARE(onDocument(*t.f.secretary, Request::DocGet, shown).body(), before.body());
    QCOMPARE(documentCount(), documents);
}

void tst_DocumentSecurity::draftsCannotBeProbedWithReplace() {
    // Every other request answers not_found for a draft a delegate may not
    // see; doc.replace must too, or a delegate learns which ids are drafts.
    const qint64 hidden = draft(QStringLiteral("Dự thảo kín"));
    QVERIFY(hidden > 0);
    const QCborMap replaceBody{{QStringLiteral("upload"), QStringLiteral("00")},
                               {QStringLiteral("reason"), QStringLiteral("dò tìm")}};
    COUNCIL_COMPARE_ERROR(onDocument(*m_t.f.delegate, Request::DocReplace, hidden, replaceBody), "not_found");
}

void tst_DocumentSecurity::memberOfTwoGroupsIsToldOnce() {
    // A document published to two groups: each member and each of the staff
    // hears of it once, as of any other publication or withdrawal.
    TrustedBody &t = m_t;
    const qint64 id = draft(QStringLiteral("Tài liệu cho hai tổ"));
    QVERIFY(id > 0);
    auto countFor = [id](const RawClient &c, Event type) {
        int n = 0;
        for (const protocol::Frame &f : eventsOfType(c, type)) {
            const QCborValue d = f.body.value(QStringLiteral("document"));
            if ((d.isMap() ? d.toMap().value(QStringLiteral("id")).toInteger() : d.toInteger()) == id)
                ++n;
        }
        return n;
    };
    COUNCIL_VERIFY_OK(
        submitApprovePublish(t, id, QStringLiteral("groups"), QCborArray{m_group, m_secondGroup}));
    QTRY_VERIFY(countFor(*m_groupMember, Event::DocPublished) >= 1);
    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocWithdraw, id,
                                 QCborMap{{QStringLiteral("reason"), QStringLiteral("Thử")}}));
    QTRY_VERIFY(countFor(*m_groupMember, Event::DocWithdrawn) >= 1);
    for (RawClient *c : {m_groupMember, t.f.chair})
        COUNCIL_VERIFY_OK(c->request(Request::Ping)); // whatever was sent has arrived
    QCOMPARE(countFor(*m_groupMember, Event::DocPublished), 1);
    QCOMPARE(countFor(*t.f.chair, Event::DocPublished), 1);
    QCOMPARE(countFor(*m_groupMember, Event::DocWithdrawn), 1);
    QCOMPARE(countFor(*t.f.chair, Event::DocWithdrawn), 1);
}

void tst_DocumentSecurity::forgedApprovalsAreRefused() {
    TrustedBody &t = m_t;
    const qint64 id = draft(QStringLiteral("Nghị quyết cần chữ ký"));
    QVERIFY(id > 0);
    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocSubmit, id));
    const QCborMap doc = onDocument(*t.approver, Request::DocGet, id).map(QStringLiteral("document"));
    auto state = [&] {
        return text(onDocument(*t.f.secretary, Request::DocGet, id).map(QStringLiteral("document")), "state");
    };
    auto signedBy = [&](const crypto::ApprovalStatement &s, const QByteArray &secretKey, RawClient &who) {
        const QByteArray bytes = s.encode();
        return sendApproval(who, id, s.version, bytes, crypto::signApproval(bytes, secretKey));
    };
    const crypto::ApprovalStatement good = statementFor(doc, t.approverAccount);

    // A key that is not the approver's.
    const crypto::SigningKeyPair random = crypto::generateSigningKeyPair();
    COUNCIL_COMPARE_ERROR(signedBy(good, random.secretKey, *t.approver), "bad_signature");
    // An approver of the body with a registered key, absent from the signed list.
    COUNCIL_COMPARE_ERROR(
        signedBy(statementFor(doc, m_outsiderAccount), m_outsiderKey.secretKey, *m_outsider),
        "not_an_approver");
    // A statement in someone else's name, one too old, one from before the approver was listed.
    COUNCIL_COMPARE_ERROR(
        signedBy(statementFor(doc, m_outsiderAccount), t.approverKey.secretKey, *t.approver),
        "invalid_value");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    COUNCIL_COMPARE_ERROR(signedBy(statementFor(doc, t.approverAccount, now - 11 * 60'000),
                                   t.approverKey.secretKey, *t.approver),
                          "invalid_value");
    const qint64 listedFrom = t.list.approvers.first().fromMs;
    COUNCIL_COMPARE_ERROR(signedBy(statementFor(doc, t.approverAccount, listedFrom - 1000),
                                   t.approverKey.secretKey, *t.approver),
                          "not_an_approver");
    // The signature of another statement.
    crypto::ApprovalStatement other = good;
    other.title = QStringLiteral("Tiêu đề khác");
    COUNCIL_COMPARE_ERROR(sendApproval(*t.approver, id, 1, good.encode(),
                                       crypto::signApproval(other.encode(), t.approverKey.secretKey)),
                          "bad_signature");
    // Not a statement at all.
    COUNCIL_COMPARE_ERROR(
        sendApproval(*t.approver, id, 1, QByteArray("không phải CBOR"), QByteArray(64, '\0')),
        "invalid_value");
    QCOMPARE(state(), QStringLiteral("submitted"));

    // The approver registers a new key: until the list names it, it approves nothing ...
    const crypto::SigningKeyPair newer = crypto::generateSigningKeyPair();
    const QByteArray seed = signingSeedOf(*t.approver, t.approverName, t.approverPassword);
    auto registerKey = [&](const crypto::SigningKeyPair &pair) {
        const crypto::SealedSecret sealed = crypto::sealSecret(pair.secretKey, seed);
        return t.approver->request(Request::KeyRegister,
                                   QCborMap{{QStringLiteral("publicKey"), pair.publicKey},
                                            {QStringLiteral("sealedSecret"), sealed.ciphertext},
                                            {QStringLiteral("nonce"), sealed.nonce},
                                            {QStringLiteral("replace"), true}});
    };
    COUNCIL_VERIFY_OK(registerKey(newer));
    COUNCIL_COMPARE_ERROR(signedBy(good, newer.secretKey, *t.approver), "not_an_approver");
    QCOMPARE(state(), QStringLiteral("submitted"));
    // ... while the key on the signed list still does.
    COUNCIL_VERIFY_OK(signedBy(good, t.approverKey.secretKey, *t.approver));
    QCOMPARE(state(), QStringLiteral("approved"));
    COUNCIL_VERIFY_OK(registerKey(t.approverKey)); // back as it was for the tests that follow
}

void tst_DocumentSecurity::approverListIsGuarded() {
    TrustedBody &t = m_t;
    RawClient &admin = *m_council.admin();
    auto setList = [&](RawClient &who, const crypto::ApproverList &list, const QByteArray &secretKey) {
        const QByteArray bytes = list.encode();
        return who.request(
            Request::TrustSetApprovers,
            QCborMap{{QStringLiteral("body"), t.f.body},
                     {QStringLiteral("list"), bytes},
                     {QStringLiteral("signature"), crypto::signApproverList(bytes, secretKey)}});
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    crypto::ApproverList next = t.list;
    next.version = 2;
    next.issuedAtMs = now;
    next.approvers.append(
        {m_outsiderAccount, QStringLiteral("Đỗ Văn Ngoài"), m_outsiderKey.publicKey, now - 1000, 0});

    COUNCIL_COMPARE_ERROR(setList(*t.f.secretary, next, t.trustKey.secretKey), "permission_denied");
    COUNCIL_COMPARE_ERROR(setList(admin, next, crypto::generateSigningKeyPair().secretKey), "bad_signature");
    COUNCIL_COMPARE_ERROR(setList(admin, t.list, t.trustKey.secretKey), "conflict"); // version 1 again
    crypto::ApproverList delegateListed = next;
    delegateListed.approvers.append({integer(t.f.delegateLogin.account, "id"),
                                     QStringLiteral("Nguyễn Văn Biểu"),
                                     crypto::generateSigningKeyPair().publicKey, now - 1000, 0});
    COUNCIL_COMPARE_ERROR(setList(admin, delegateListed, t.trustKey.secretKey), "invalid_value");
    crypto::ApproverList otherKey = next;
    otherKey.approvers.last().publicKey = crypto::generateSigningKeyPair().publicKey;
    COUNCIL_COMPARE_ERROR(setList(admin, otherKey, t.trustKey.secretKey), "invalid_value");
    COUNCIL_COMPARE_ERROR(
        admin.request(Request::TrustInit,
                      QCborMap{{QStringLiteral("body"), t.f.body},
                               {QStringLiteral("publicKey"), crypto::generateSigningKeyPair().publicKey},
                               {QStringLiteral("sealedSecret"), QByteArray(80, 'x')},
                               {QStringLiteral("nonce"), QByteArray(24, 'x')}}),
        "conflict");
    const Reply unchanged =
        t.f.delegate->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), t.f.body}});
    QCOMPARE(unchanged.value(QStringLiteral("listVersion")).toInteger(), 1);
    QCOMPARE(unchanged.value(QStringLiteral("publicKey")).toByteArray(), t.pinnedTrustKey);

    // A proper version 2 is taken, announced, and makes the newcomer an approver.
    const int changed = eventsOfType(*t.f.delegate, Event::TrustChanged).size();
    const Reply taken = setList(admin, next, t.trustKey.secretKey);
    COUNCIL_VERIFY_OK(taken);
    QCOMPARE(taken.value(QStringLiteral("listVersion")).toInteger(), 2);
    QVERIFY(waitForEventsOfType(*t.f.delegate, Event::TrustChanged, changed + 1));
    QCOMPARE(integer(eventsOfType(*t.f.delegate, Event::TrustChanged).last().body, "listVersion"), 2);
    t.list = next;
    const qint64 id = draft(QStringLiteral("Tờ trình do người mới duyệt"));
    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocSubmit, id));
    const QCborMap doc = onDocument(*m_outsider, Request::DocGet, id).map(QStringLiteral("document"));
    const QByteArray statement = statementFor(doc, m_outsiderAccount).encode();
    COUNCIL_VERIFY_OK(sendApproval(*m_outsider, id, 1, statement,
                                   crypto::signApproval(statement, m_outsiderKey.secretKey)));
}

void tst_DocumentSecurity::groupDocumentsStayInTheGroup() {
    TrustedBody &t = m_t;
    RawClient &outsider = *t.f.delegate;
    QByteArray bytes;
    const qint64 id = draft(QStringLiteral("Tài liệu riêng của tổ"), &bytes);
    QVERIFY(id > 0);
    const int memberPublished = eventsOfType(*m_groupMember, Event::DocPublished).size();
    const int outsiderEvents = outsider.events().size();
    const Reply pub = submitApprovePublish(t, id, QStringLiteral("groups"), QCborArray{m_group});
    COUNCIL_VERIFY_OK(pub);
    const QString hash = text(mapOf(pub.map(QStringLiteral("document")), "version"), "hash");
    const QCborMap listBody{{QStringLiteral("body"), t.f.body}};

    // The group's member is told, lists it and downloads it.
    QVERIFY(waitForEventsOfType(*m_groupMember, Event::DocPublished, memberPublished + 1));
    QCOMPARE(integer(mapOf(eventsOfType(*m_groupMember, Event::DocPublished).last().body, "document"), "id"),
             id);
    QVERIFY(documentIds(m_groupMember->request(Request::DocList, listBody)).contains(id));
    QByteArray got;
    COUNCIL_VERIFY_OK(fetchInto(*m_groupMember, hash, 0, 64 * 1024, &got));
    QCOMPARE(got, bytes);
    // The staff see it too.
    QVERIFY(documentIds(t.f.chair->request(Request::DocList, listBody)).contains(id));
    QVERIFY(documentIds(t.approver->request(Request::DocList, listBody)).contains(id));

    // A delegate outside the group: no event (a reply after it proves none is on its way), no trace.
    COUNCIL_VERIFY_OK(outsider.request(Request::Ping));
    QCOMPARE(outsider.events().size(), outsiderEvents);
    QVERIFY(!documentIds(outsider.request(Request::DocList, listBody)).contains(id));
    COUNCIL_COMPARE_ERROR(onDocument(outsider, Request::DocGet, id), "not_found");
    QByteArray none;
    COUNCIL_COMPARE_ERROR(fetchInto(outsider, hash, 0, 4096, &none), "not_found");
    COUNCIL_COMPARE_ERROR(outsider.request(Request::DocLookup, QCborMap{{QStringLiteral("hash"), hash}}),
                          "not_found");

    // Withdrawn: the group hears of it, the outsider still hears nothing.
    const int memberWithdrawn = eventsOfType(*m_groupMember, Event::DocWithdrawn).size();
    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocWithdraw, id,
                                 QCborMap{{QStringLiteral("reason"), QStringLiteral("Nhầm phạm vi")}}));
    QVERIFY(waitForEventsOfType(*m_groupMember, Event::DocWithdrawn, memberWithdrawn + 1));
    COUNCIL_VERIFY_OK(outsider.request(Request::Ping));
    QCOMPARE(outsider.events().size(), outsiderEvents);
}

void tst_DocumentSecurity::otherBodiesSeeNothing() {
    // "Everyone" means every member of this body: a delegate of another body
    // (its own secretariat included) neither hears of the document nor reads it.
    BodyFixture other;
    QVERIFY2(m_council.setUpBody(&other), qPrintable(m_council.lastError()));
    COUNCIL_VERIFY_OK(other.delegate->sync(0));
    COUNCIL_VERIFY_OK(other.secretary->sync(0));
    QByteArray bytes;
    const qint64 id = draft(QStringLiteral("Nghị quyết công khai trong hội đồng"), &bytes);
    QVERIFY(id > 0);
    const int published = eventsOfType(*m_t.f.delegate, Event::DocPublished).size();
    const Reply pub = submitApprovePublish(m_t, id, kEveryone);
    COUNCIL_VERIFY_OK(pub);
    QVERIFY(waitForEventsOfType(*m_t.f.delegate, Event::DocPublished, published + 1));
    const QString hash = blake2bHex(bytes);
    for (RawClient *c : {other.delegate, other.secretary}) {
        COUNCIL_VERIFY_OK(c->request(Request::Ping));
        QVERIFY(eventsOfType(*c, Event::DocPublished).isEmpty());
        QVERIFY(!documentIds(c->request(Request::DocList)).contains(id));
        COUNCIL_COMPARE_ERROR(c->request(Request::DocList, QCborMap{{QStringLiteral("body"), m_t.f.body}}),
                              "not_found");
        COUNCIL_COMPARE_ERROR(onDocument(*c, Request::DocGet, id), "not_found");
        QByteArray none;
        COUNCIL_COMPARE_ERROR(fetchInto(*c, hash, 0, 4096, &none), "not_found");
        COUNCIL_COMPARE_ERROR(c->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), m_t.f.body}}),
                              "not_found");
        COUNCIL_COMPARE_ERROR(
            c->request(Request::KeyGet, QCborMap{{QStringLiteral("account"), m_t.approverAccount}}),
            "not_found");
    }
    // Nor can its secretariat attach a document to this body's session.
    COUNCIL_COMPARE_ERROR(uploadDocument(*other.secretary, other.body, QStringLiteral("lạc.pdf"), newPdf(),
                                         QStringLiteral("Lạc hội đồng"),
                                         QCborMap{{QStringLiteral("session"), m_t.f.session}}),
                          "not_found");
}

void tst_DocumentSecurity::resentCreateGivesTheSameDocument() {
    RawClient &secretary = *m_t.f.secretary;
    const QString dataDir = m_council.server()->dataDir();
    const qint64 documents = documentCount();
    const int blobs = blobFileCount(dataDir);
    const QByteArray pdf = newPdf();
    const Reply begun = beginUpload(secretary, m_t.f.body, QStringLiteral("Gửi lại.pdf"), pdf);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    COUNCIL_VERIFY_OK(sendChunks(secretary, upload, pdf, 0, pdf.size(), 8192));

    // The same operation twice while the first is still being checked, then once more after.
    const QByteArray op = RawClient::newOp();
    const QCborMap body{{QStringLiteral("body"), m_t.f.body},
                        {QStringLiteral("upload"), upload},
                        {QStringLiteral("title"), QStringLiteral("Gửi lại")}};
    const qint64 first = secretary.send(Request::DocCreate, body, op);
    const qint64 second = secretary.send(Request::DocCreate, body, op);
    const Reply a = secretary.waitReply(first, 60'000);
    const Reply b = secretary.waitReply(second, 60'000);
    COUNCIL_VERIFY_OK(a);
    COUNCIL_VERIFY_OK(b);
    const Reply c = createDocument(secretary, m_t.f.body, upload, QStringLiteral("Gửi lại"), {}, op);
    COUNCIL_VERIFY_OK(c);
    QCOMPARE(b.body(), a.body());
    QCOMPARE(c.body(), a.body());
    QCOMPARE(documentCount(), documents + 1);
    QCOMPARE(blobFileCount(dataDir), blobs + 1);
    // A new operation on the spent upload creates nothing.
    COUNCIL_COMPARE_ERROR(createDocument(secretary, m_t.f.body, upload, QStringLiteral("Gửi lại")),
                          "not_found");
    QCOMPARE(documentCount(), documents + 1);
}

void tst_DocumentSecurity::keysTamperedInTheDatabaseAreCaught() {
    // Three bodies, each with a published, approved document and one waiting for approval.
    struct Case {
        TrustedBody t;
        qint64 published = 0;
        qint64 waiting = 0;
        QByteArray bytes;
        QCborMap version; // of the published document, as delegates get it
    };
    Case cases[3];
    for (Case &c : cases) {
        QString error;
        QVERIFY2(setUpTrustedBody(m_council, m_adminSeed, &c.t, &error), qPrintable(error));
        c.bytes = newPdf();
        const Reply created = uploadDocument(*c.t.f.secretary, c.t.f.body, QStringLiteral("Nghị quyết.pdf"),
                                             c.bytes, QStringLiteral("Nghị quyết đã ký"));
        COUNCIL_VERIFY_OK(created);
        c.published = integer(created.map(QStringLiteral("document")), "id");
        const Reply pub = submitApprovePublish(c.t, c.published, kEveryone);
        COUNCIL_VERIFY_OK(pub);
        c.version = mapOf(pub.map(QStringLiteral("document")), "version");
        const Reply waiting = uploadDocument(*c.t.f.secretary, c.t.f.body, QStringLiteral("Chờ duyệt.pdf"),
                                             newPdf(), QStringLiteral("Chờ duyệt"));
        COUNCIL_VERIFY_OK(waiting);
        c.waiting = integer(waiting.map(QStringLiteral("document")), "id");
        COUNCIL_VERIFY_OK(onDocument(*c.t.f.secretary, Request::DocSubmit, c.waiting));
        const crypto::ApprovalVerdict before =
            verifyOnDevice(*c.t.f.delegate, c.t.f.body, c.t.pinnedTrustKey, c.published, c.version, c.bytes);
        QVERIFY2(before.isValid(), qPrintable(crypto::approvalCheckCode(before.status)));
    }
    Case &listSwap = cases[0];
    Case &trustSwap = cases[1];
    Case &signingSwap = cases[2];
    const crypto::SigningKeyPair attacker =
        crypto::generateSigningKeyPair(); // an approver key of the attacker
    const crypto::SigningKeyPair attackerTrust =
        crypto::generateSigningKeyPair(); // a trust key of the attacker

    QVERIFY2(m_council.server()->stop(), qPrintable(m_council.server()->lastError()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(m_council.server()->databasePath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        auto exec = [&db](const QString &sql, const QVariantList &binds) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            const bool ok = q.exec() && q.numRowsAffected() == 1;
            if (!ok)
                qWarning() << sql << q.lastError().text();
            return ok;
        };
        auto listOf = [&db](qint64 body) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT list FROM trust_keys WHERE body_id = ?"));
            q.addBindValue(body);
            return q.exec() && q.next() ? crypto::ApproverList::decode(q.value(0).toByteArray())
                                        : std::nullopt;
        };

        // (a) The approver's key inside the signed list, swapped for the attacker's.
        std::optional<crypto::ApproverList> list = listOf(listSwap.t.f.body);
        QVERIFY(list && list->approvers.size() == 1);
        list->approvers.first().publicKey = attacker.publicKey;
        QVERIFY(exec(QStringLiteral("UPDATE trust_keys SET list = ? WHERE body_id = ?"),
                     {list->encode(), listSwap.t.f.body}));

        // (b) The whole chain rebuilt under the attacker's trust key: a list
        // naming the attacker's key for the approver, and the stored approval
        // signed again with it. Everything verifies — except the pin.
        list = listOf(trustSwap.t.f.body);
        QVERIFY(list);
        list->approvers.first().publicKey = attacker.publicKey;
        const QByteArray forgedList = list->encode();
        QVERIFY(
            exec(QStringLiteral(
                     "UPDATE trust_keys SET public_key = ?, list = ?, list_signature = ? WHERE body_id = ?"),
                 {attackerTrust.publicKey, forgedList,
                  crypto::signApproverList(forgedList, attackerTrust.secretKey), trustSwap.t.f.body}));
        const QByteArray statement =
            mapOf(trustSwap.version, "approval").value(QStringLiteral("statement")).toByteArray();
        QVERIFY(exec(QStringLiteral(
                         "UPDATE document_versions SET signature = ? WHERE document_id = ? AND version = 1"),
                     {crypto::signApproval(statement, attacker.secretKey), trustSwap.published}));

        // (c) The approver's registered public key swapped for the attacker's.
        QVERIFY(exec(QStringLiteral("UPDATE signing_keys SET public_key = ? WHERE account_id = ?"),
                     {attacker.publicKey, signingSwap.t.approverAccount}));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QVERIFY2(m_council.restart(), qPrintable(m_council.lastError()));
    for (Case &c : cases) {
        c.t.f.delegate = m_council.connectWithToken(c.t.f.delegateLogin.token);
        c.t.approver = m_council.connectWithToken(c.t.approverLogin.token);
        QVERIFY2(c.t.f.delegate && c.t.approver, qPrintable(m_council.lastError()));
    }
    auto onDevice = [](Case &c) {
        return verifyOnDevice(*c.t.f.delegate, c.t.f.body, c.t.pinnedTrustKey, c.published, c.version,
                              c.bytes)
            .status;
    };

    // (a) The list no longer verifies under the pinned key; the server, which
    // checks the list on every use, approves nothing with it.
    QCOMPARE(onDevice(listSwap), crypto::ApprovalCheck::BadListSignature);
    COUNCIL_COMPARE_ERROR(approveCurrent(listSwap.t, listSwap.waiting, attacker.secretKey),
                          "not_an_approver");
    COUNCIL_COMPARE_ERROR(approveCurrent(listSwap.t, listSwap.waiting, listSwap.t.approverKey.secretKey),
                          "not_an_approver");

    // (b) The device sees another trust key than the one it pinned and refuses,
    // although the forged chain is complete and consistent.
    QCOMPARE(onDevice(trustSwap), crypto::ApprovalCheck::TrustKeyMismatch);
    const QByteArray presented =
        trustSwap.t.f.delegate
            ->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), trustSwap.t.f.body}})
            .value(QStringLiteral("publicKey"))
            .toByteArray();
    QCOMPARE(presented, attackerTrust.publicKey);
    QVERIFY(verifyOnDevice(*trustSwap.t.f.delegate, trustSwap.t.f.body, presented, trustSwap.published,
                           onDocument(*trustSwap.t.f.delegate, Request::DocGet, trustSwap.published)
                               .map(QStringLiteral("document"))
                               .value(QStringLiteral("version"))
                               .toMap(),
                           trustSwap.bytes)
                .isValid()); // only the pin tells the forgery apart

    // (c) Approvals rest on the signed list, not on the registered key: what
    // was approved still verifies, the attacker's key approves nothing, and
    // the approver's real key still works.
    QCOMPARE(onDevice(signingSwap), crypto::ApprovalCheck::Valid);
    const Reply shownKey = signingSwap.t.approver->request(Request::KeyGet);
    COUNCIL_VERIFY_OK(shownKey);
    QCOMPARE(shownKey.value(QStringLiteral("publicKey")).toByteArray(), attacker.publicKey);
    // The approver's device can tell: its sealed secret does not belong to the key shown.
    const auto secret = crypto::openSealed(
        {shownKey.value(QStringLiteral("nonce")).toByteArray(),
         shownKey.value(QStringLiteral("sealedSecret")).toByteArray()},
        signingSeedOf(*signingSwap.t.approver, signingSwap.t.approverName, signingSwap.t.approverPassword));
    QVERIFY(secret);
    QCOMPARE(secret->mid(32), signingSwap.t.approverKey.publicKey);
    QVERIFY(secret->mid(32) != shownKey.value(QStringLiteral("publicKey")).toByteArray());
    COUNCIL_COMPARE_ERROR(approveCurrent(signingSwap.t, signingSwap.waiting, attacker.secretKey),
                          "not_an_approver");
    COUNCIL_VERIFY_OK(
        approveCurrent(signingSwap.t, signingSwap.waiting, signingSwap.t.approverKey.secretKey));
    // Re-signing the list with the approver's real key is refused while the
    // registered key is wrong: the swap blocks, it cannot forge.
    crypto::ApproverList next = signingSwap.t.list;
    next.version = 2;
    const QByteArray nextBytes = next.encode();
    COUNCIL_COMPARE_ERROR(
        m_council.admin()->request(
            Request::TrustSetApprovers,
            QCborMap{{QStringLiteral("body"), signingSwap.t.f.body},
                     {QStringLiteral("list"), nextBytes},
                     {QStringLiteral("signature"),
                      crypto::signApproverList(nextBytes, signingSwap.t.trustKey.secretKey)}}),
        "invalid_value");
}

QTEST_MAIN(tst_DocumentSecurity)
#include "tst_documentsecurity.moc"
