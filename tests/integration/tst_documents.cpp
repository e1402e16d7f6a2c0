// Documents from the secretariat's upload to a delegate's screen, on the real
// server with real files: a Vietnamese PDF uploaded in chunks, checked in the
// sandbox, approved with a real signature, published, pushed to delegates and
// downloaded chunk by chunk with the same bytes on a second device, where the
// approval verifies against the pinned trust key. Word, ODT and RTF files go
// through real LibreOffice. Uploads and downloads cut in the middle resume
// where they stopped (also after the server was killed); a replacement reaches
// delegates only once it is approved and published; a withdrawn document
// disappears for them.
#include "documentkit.h"
#include "testdocuments.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace council;
using namespace council::testing;
using protocol::Event;
using protocol::Request;

namespace {

const QString kEveryone = QStringLiteral("everyone");

QString blobPath(const QString &dataDir, const QString &hash) {
    return QDir(dataDir).filePath(QStringLiteral("blobs/%1/%2").arg(hash.left(2), hash.mid(2)));
}

qint64 integer(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toInteger();
}

QString text(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toString();
}

QCborMap mapOf(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toMap();
}

QList<qint64> versionNumbers(const Reply &get) {
    QList<qint64> out;
    for (const QCborValue &v : get.value(QStringLiteral("versions")).toArray())
        out << v.toMap().value(QStringLiteral("version")).toInteger();
    return out;
}

} // namespace

class tst_Documents : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedSecretsOpenOnlyWithThePassword();
    void uploadApprovePublishAndFetch();
    void officeFilesAreConvertedByLibreOffice();
    void interruptedUploadResumes();
    void interruptedDownloadResumes();
    void replacementReachesDelegatesWhenPublished();
    void withdrawnDocumentDisappears();
    void uploadResumesAfterTheServerWasKilled(); // restarts the server: keep last

private:
    QByteArray newPdf(int pages);
    // A published document (scope everyone) of fresh bytes; its staff record.
    QCborMap publishedDocument(const QString &title, QByteArray *bytes);

    TestCouncil m_council;
    TrustedBody m_t;
    QByteArray m_adminSeed;
    qint64 m_item = 0;
    int m_counter = 0;
};

QByteArray tst_Documents::newPdf(int pages) {
    return vietnamesePdf(pages, QStringLiteral("Tài liệu kiểm thử số %1").arg(++m_counter));
}

QCborMap tst_Documents::publishedDocument(const QString &title, QByteArray *bytes) {
    *bytes = newPdf(2);
    const Reply created =
        uploadDocument(*m_t.f.secretary, m_t.f.body, title + QStringLiteral(".pdf"), *bytes, title);
    if (!created.ok()) {
        qWarning() << "doc.create:" << created.describe();
        return {};
    }
    const Reply published =
        submitApprovePublish(m_t, integer(created.map(QStringLiteral("document")), "id"), kEveryone);
    if (!published.ok())
        qWarning() << "submit/approve/publish:" << published.describe();
    return published.map(QStringLiteral("document"));
}

void tst_Documents::initTestCase() {
    QVERIFY2(m_council.start(), qPrintable(m_council.lastError()));
    // The admin's device derives its signing seed from the password it typed.
    m_adminSeed = signingSeedOf(*m_council.admin(), kAdminName, kAdminPassword);
    QCOMPARE(m_adminSeed.size(), 32);
    QString error;
    QVERIFY2(setUpTrustedBody(m_council, m_adminSeed, &m_t, &error), qPrintable(error));
    const Reply item = addItem(*m_t.f.secretary, m_t.f.session, QStringLiteral("Kế hoạch kinh tế – xã hội"));
    COUNCIL_VERIFY_OK(item);
    m_item = idOf(item, QStringLiteral("item"));
    // Live events from here on.
    for (RawClient *c : {m_t.f.delegate, m_t.f.chair, m_t.approver})
        COUNCIL_VERIFY_OK(c->sync(0));
}

void tst_Documents::sealedSecretsOpenOnlyWithThePassword() {
    // The trust key's secret half comes back to the admin, sealed; it opens
    // with the key derived from the admin's password and with nothing else.
    const Reply trust =
        m_council.admin()->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), m_t.f.body}});
    COUNCIL_VERIFY_OK(trust);
    QCOMPARE(trust.value(QStringLiteral("publicKey")).toByteArray(), m_t.trustKey.publicKey);
    QCOMPARE(trust.value(QStringLiteral("fingerprint")).toString(),
             crypto::keyFingerprint(m_t.trustKey.publicKey));
    QCOMPARE(trust.value(QStringLiteral("listVersion")).toInteger(), 1);
    const crypto::SealedSecret sealed{trust.value(QStringLiteral("nonce")).toByteArray(),
                                      trust.value(QStringLiteral("sealedSecret")).toByteArray()};
    const auto opened =
        crypto::openSealed(sealed, signingSeedOf(*m_council.admin(), kAdminName, kAdminPassword));
    QVERIFY(opened);
    QCOMPARE(*opened, m_t.trustKey.secretKey);
    QVERIFY(
        !crypto::openSealed(sealed, signingSeedOf(*m_council.admin(), kAdminName, QStringLiteral("sai"))));

    // Members see the public half and the list, never the sealed half.
    const Reply seen =
        m_t.f.delegate->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), m_t.f.body}});
    COUNCIL_VERIFY_OK(seen);
    QCOMPARE(seen.value(QStringLiteral("publicKey")).toByteArray(), m_t.trustKey.publicKey);
    QVERIFY(!seen.body().contains(QStringLiteral("sealedSecret")));
    QVERIFY(!seen.body().contains(QStringLiteral("nonce")));
    QCOMPARE(crypto::ApproverList::decode(seen.value(QStringLiteral("list")).toByteArray())->approvers.size(),
             1);

    // The approver's own key: the secret half opens with the approver's password on any device.
    const Reply own = m_t.approver->request(Request::KeyGet);
    COUNCIL_VERIFY_OK(own);
    QCOMPARE(own.value(QStringLiteral("publicKey")).toByteArray(), m_t.approverKey.publicKey);
    const auto secret =
        crypto::openSealed({own.value(QStringLiteral("nonce")).toByteArray(),
                            own.value(QStringLiteral("sealedSecret")).toByteArray()},
                           signingSeedOf(*m_t.approver, m_t.approverName, m_t.approverPassword));
    QVERIFY(secret);
    QCOMPARE(*secret, m_t.approverKey.secretKey);
    QCOMPARE(secret->mid(32), m_t.approverKey.publicKey);

    // Another member sees the approver's public key only.
    const Reply other =
        m_t.f.delegate->request(Request::KeyGet, QCborMap{{QStringLiteral("account"), m_t.approverAccount}});
    COUNCIL_VERIFY_OK(other);
    QCOMPARE(other.value(QStringLiteral("publicKey")).toByteArray(), m_t.approverKey.publicKey);
    QVERIFY(!other.body().contains(QStringLiteral("sealedSecret")));
}

void tst_Documents::uploadApprovePublishAndFetch() {
    TrustedBody &t = m_t;
    const QByteArray pdf = newPdf(3);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString hash = blake2bHex(pdf);
    const QString fileName = QStringLiteral("Dự thảo nghị quyết kinh tế – xã hội.pdf");
    const QString title =
        QStringLiteral("Dự thảo Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm 2025");
    const qint64 secretary = t.secretaryAccount();
    const int chairChanged = eventsOfType(*t.f.chair, Event::DocChanged).size();
    const int delegateEvents = t.f.delegate->events().size();

    // The secretariat uploads in chunks, each acknowledged before the next.
    const Reply begun = beginUpload(*t.f.secretary, t.f.body, fileName, pdf);
    COUNCIL_VERIFY_OK(begun);
    QCOMPARE(begun.value(QStringLiteral("received")).toInteger(), 0);
    const qint64 chunkBytes = begun.value(QStringLiteral("chunkBytes")).toInteger();
    QCOMPARE(chunkBytes, 512 * 1024);
    QCOMPARE(begun.value(QStringLiteral("maxBytes")).toInteger(), qint64(200) << 20);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    const qint64 chunk = qMin(chunkBytes, qMax<qint64>(1024, pdf.size() / 6));
    int chunks = 0;
    for (qint64 offset = 0; offset < pdf.size(); offset += chunk, ++chunks) {
        const Reply r =
            sendChunks(*t.f.secretary, upload, pdf, offset, qMin(offset + chunk, qint64(pdf.size())), chunk);
        COUNCIL_VERIFY_OK(r);
        QCOMPARE(r.value(QStringLiteral("received")).toInteger(), qMin(offset + chunk, qint64(pdf.size())));
    }
    QVERIFY(chunks >= 6);
    const Reply created = createDocument(*t.f.secretary, t.f.body, upload, title,
                                         QCborMap{{QStringLiteral("kind"), QStringLiteral("resolution")},
                                                  {QStringLiteral("session"), t.f.session},
                                                  {QStringLiteral("item"), m_item}});
    COUNCIL_VERIFY_OK(created);
    QCborMap doc = created.map(QStringLiteral("document"));
    const qint64 id = integer(doc, "id");
    QCOMPARE(text(doc, "state"), QStringLiteral("draft"));
    QCOMPARE(text(doc, "title"), title);
    QCOMPARE(text(doc, "kind"), QStringLiteral("resolution"));
    QCOMPARE(integer(doc, "body"), t.f.body);
    QCOMPARE(integer(doc, "session"), t.f.session);
    QCOMPARE(integer(doc, "item"), m_item);
    QCOMPARE(integer(doc, "current"), 1);
    QCOMPARE(integer(doc, "published"), 0);
    QCOMPARE(integer(doc, "createdBy"), secretary);
    QCborMap v = mapOf(doc, "version");
    QCOMPARE(integer(v, "version"), 1);
    QCOMPARE(text(v, "hash"), hash);
    QCOMPARE(integer(v, "size"), pdf.size());
    QCOMPARE(integer(v, "pages"), 3);
    QVERIFY(v.value(QStringLiteral("hasText")).toBool());
    QVERIFY(!v.value(QStringLiteral("converted")).toBool());
    QCOMPARE(text(v, "fileName"), fileName);
    QCOMPARE(text(v, "sourceHash"), hash);
    QCOMPARE(integer(v, "uploadedBy"), secretary);
    QCOMPARE(text(v, "review"), QStringLiteral("draft"));
    QVERIFY(v.value(QStringLiteral("approval")).isNull());
    const QCborArray sizes = v.value(QStringLiteral("pageSizes")).toArray();
    QCOMPARE(sizes.size(), 3);
    for (const QCborValue &s : sizes) { // A4 in points
        QVERIFY(qAbs(s.toArray().at(0).toDouble() - 595.3) < 1.0);
        QVERIFY(qAbs(s.toArray().at(1).toDouble() - 841.9) < 1.0);
    }
    QVERIFY(QFileInfo::exists(blobPath(m_council.server()->dataDir(), hash)));

    // The staff hears of the draft; delegates neither hear of it nor see it.
    QVERIFY(waitForEventsOfType(*t.f.chair, Event::DocChanged, chairChanged + 1));
    QVERIFY(
        !documentIds(t.f.delegate->request(Request::DocList, QCborMap{{QStringLiteral("body"), t.f.body}}))
             .contains(id));
    COUNCIL_COMPARE_ERROR(onDocument(*t.f.delegate, Request::DocGet, id), "not_found");
    QByteArray none;
    COUNCIL_COMPARE_ERROR(fetchInto(*t.f.delegate, hash, 0, 4096, &none), "not_found");

    const Reply submitted = onDocument(*t.f.secretary, Request::DocSubmit, id);
    COUNCIL_VERIFY_OK(submitted);
    QCOMPARE(text(submitted.map(QStringLiteral("document")), "state"), QStringLiteral("submitted"));

    // The approver's device reads the bytes it approves and signs what it read.
    QByteArray read;
    COUNCIL_VERIFY_OK(fetchInto(*t.approver, hash, 0, 64 * 1024, &read));
    QCOMPARE(read, pdf);
    const crypto::ApprovalStatement statement =
        statementFor(submitted.map(QStringLiteral("document")), t.approverAccount);
    QCOMPARE(statement.contentHash, crypto::genericHash(read, 32));
    const QByteArray statementBytes = statement.encode();
    const QByteArray signature = crypto::signApproval(statementBytes, t.approverKey.secretKey);
    const Reply approved = sendApproval(*t.approver, id, 1, statementBytes, signature);
    COUNCIL_VERIFY_OK(approved);
    doc = approved.map(QStringLiteral("document"));
    QCOMPARE(text(doc, "state"), QStringLiteral("approved"));
    v = mapOf(doc, "version");
    QCOMPARE(text(v, "review"), QStringLiteral("approved"));
    QCOMPARE(integer(v, "reviewedBy"), t.approverAccount);
    QCOMPARE(text(v, "reviewedByName"), t.approverName);
    QCOMPARE(mapOf(v, "approval").value(QStringLiteral("statement")).toByteArray(), statementBytes);
    QCOMPARE(mapOf(v, "approval").value(QStringLiteral("signature")).toByteArray(), signature);
    QCOMPARE(t.f.delegate->events().size(), delegateEvents); // nothing of the review reached a delegate

    const int published = eventsOfType(*t.f.delegate, Event::DocPublished).size();
    const Reply pub = onDocument(*t.f.secretary, Request::DocPublish, id,
                                 QCborMap{{QStringLiteral("scope"), QStringLiteral("item")}});
    COUNCIL_VERIFY_OK(pub);
    QCOMPARE(text(pub.map(QStringLiteral("document")), "state"), QStringLiteral("published"));
    QCOMPARE(integer(pub.map(QStringLiteral("document")), "published"), 1);

    // The delegate is told, and finds it in the body's and the item's lists.
    QVERIFY(waitForEventsOfType(*t.f.delegate, Event::DocPublished, published + 1));
    const QCborMap event = eventsOfType(*t.f.delegate, Event::DocPublished).last().body;
    const QCborMap told = mapOf(event, "document");
    QCOMPARE(integer(told, "id"), id);
    QCOMPARE(text(told, "state"), QStringLiteral("published"));
    QCOMPARE(text(mapOf(told, "version"), "hash"), hash);
    for (const QCborMap &filter :
         {QCborMap{{QStringLiteral("body"), t.f.body}}, QCborMap{{QStringLiteral("item"), m_item}}}) {
        const Reply list = t.f.delegate->request(Request::DocList, filter);
        COUNCIL_VERIFY_OK(list);
        QVERIFY(documentIds(list).contains(id));
    }

    // A second device of the delegate downloads it, one chunk at a time.
    RawClient *second = m_council.connectWithToken(t.f.delegateLogin.token);
    QVERIFY2(second, qPrintable(m_council.lastError()));
    const qint64 fetchChunk = 16 * 1024;
    QByteArray got;
    while (got.size() < pdf.size()) {
        const Reply r = second->request(Request::DocFetch, QCborMap{{QStringLiteral("hash"), hash},
                                                                    {QStringLiteral("offset"), got.size()},
                                                                    {QStringLiteral("length"), fetchChunk}});
        COUNCIL_VERIFY_OK(r);
        QCOMPARE(r.value(QStringLiteral("hash")).toString(), hash);
        QCOMPARE(r.value(QStringLiteral("offset")).toInteger(), got.size());
        QCOMPARE(r.value(QStringLiteral("size")).toInteger(), pdf.size());
        const QByteArray data = r.value(QStringLiteral("data")).toByteArray();
        QVERIFY(!data.isEmpty() && data.size() <= fetchChunk);
        got += data;
    }
    QCOMPARE(got, pdf);
    QCOMPARE(blake2bHex(got), hash);

    // Its device believes the approval: pinned trust key, signed list, signed statement, same bytes.
    const crypto::ApprovalVerdict verdict =
        verifyOnDevice(*second, t.f.body, t.pinnedTrustKey, id, mapOf(told, "version"), got);
    QVERIFY2(verdict.isValid(), qPrintable(crypto::approvalCheckCode(verdict.status)));
    QCOMPARE(verdict.approverName, t.approverFullName);
    QByteArray altered = got;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x01);
    QCOMPARE(verifyOnDevice(*second, t.f.body, t.pinnedTrustKey, id, mapOf(told, "version"), altered).status,
             crypto::ApprovalCheck::ContentMismatch);

    const Reply lookup = second->request(Request::DocLookup, QCborMap{{QStringLiteral("hash"), hash}});
    COUNCIL_VERIFY_OK(lookup);
    QCOMPARE(integer(lookup.map(QStringLiteral("document")), "id"), id);
    QCOMPARE(integer(lookup.map(QStringLiteral("version")), "version"), 1);
}

void tst_Documents::officeFilesAreConvertedByLibreOffice() {
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice is not installed: run tools/install-deps.sh");
    const QString marker = QStringLiteral("chuyển đổi %1").arg(++m_counter);
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("Nghị quyết.rtf"), rtfWithVietnamese(marker)},
        {QStringLiteral("Tờ trình.odt"), odtWithVietnamese(marker)},
        {QStringLiteral("Báo cáo giám sát.docx"), docxWithVietnamese(marker)},
    };
    RawClient &secretary = *m_t.f.secretary;
    QList<QString> uploads;
    for (const auto &[name, bytes] : files) {
        const Reply begun = beginUpload(secretary, m_t.f.body, name, bytes);
        COUNCIL_VERIFY_OK(begun);
        const QString upload = begun.value(QStringLiteral("upload")).toString();
        COUNCIL_VERIFY_OK(sendChunks(secretary, upload, bytes, 0, bytes.size(), 8 * 1024));
        uploads << upload;
    }
    // The three conversions run side by side; the connection is not blocked meanwhile.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> requests;
    for (int i = 0; i < files.size(); ++i)
        requests << secretary.send(Request::DocCreate,
                                   QCborMap{{QStringLiteral("body"), m_t.f.body},
                                            {QStringLiteral("upload"), uploads.at(i)},
                                            {QStringLiteral("title"), files.at(i).first}});
    COUNCIL_VERIFY_OK(secretary.request(Request::Ping));
    for (int i = 0; i < files.size(); ++i) {
        const auto &[name, source] = files.at(i);
        const Reply created = secretary.waitReply(requests.at(i), 120'000);
        COUNCIL_VERIFY_OK(created);
        const QCborMap v = mapOf(created.map(QStringLiteral("document")), "version");
        QVERIFY2(v.value(QStringLiteral("converted")).toBool(), qPrintable(name));
        QCOMPARE(text(v, "fileName"), name);
        QCOMPARE(text(v, "sourceHash"), blake2bHex(source)); // the original is kept, by its hash
        QVERIFY(text(v, "hash") != text(v, "sourceHash"));
        QVERIFY(integer(v, "pages") >= 1);
        QVERIFY2(v.value(QStringLiteral("hasText")).toBool(), qPrintable(name));
        const QString dataDir = m_council.server()->dataDir();
        QVERIFY(QFileInfo::exists(blobPath(dataDir, text(v, "hash"))));
        QVERIFY(QFileInfo::exists(blobPath(dataDir, text(v, "sourceHash"))));
        // What is stored is the checked PDF, and it comes back intact.
        QByteArray pdf;
        COUNCIL_VERIFY_OK(fetchInto(secretary, text(v, "hash"), 0, 64 * 1024, &pdf));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.size(), integer(v, "size"));
        QCOMPARE(blake2bHex(pdf), text(v, "hash"));
    }
    qInfo("three conversions took %lld ms", qint64(clock.elapsed()));
    QVERIFY(uploadFiles(m_council.server()->dataDir()).isEmpty()); // no work folders left behind
}

void tst_Documents::interruptedUploadResumes() {
    const QByteArray pdf = newPdf(4);
    const QString name = QStringLiteral("Tờ trình dự toán ngân sách.pdf");
    const qint64 chunk = pdf.size() / 8 + 1;
    const qint64 half = 4 * chunk;

    RawClient *first = m_council.connectWithToken(m_t.f.secretaryLogin.token);
    QVERIFY2(first, qPrintable(m_council.lastError()));
    const Reply begun = beginUpload(*first, m_t.f.body, name, pdf);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    const Reply sent = sendChunks(*first, upload, pdf, 0, half, chunk);
    COUNCIL_VERIFY_OK(sent);
    QCOMPARE(sent.value(QStringLiteral("received")).toInteger(), half);
    first->abort(); // the network goes away mid-transfer
    QVERIFY(first->waitDisconnected());

    // Another connection of the same account begins the same file again.
    RawClient *second = m_council.connectWithToken(m_t.f.secretaryLogin.token);
    QVERIFY2(second, qPrintable(m_council.lastError()));
    const Reply again = beginUpload(*second, m_t.f.body, name, pdf);
    COUNCIL_VERIFY_OK(again);
    QCOMPARE(again.value(QStringLiteral("upload")).toString(), upload);
    QCOMPARE(again.value(QStringLiteral("received")).toInteger(), half);
    // A chunk that would leave a gap is refused; a repeated one (a lost acknowledgement) is harmless.
    COUNCIL_COMPARE_ERROR(sendChunks(*second, upload, pdf, half + chunk, half + 2 * chunk, chunk),
                          "invalid_value");
    const Reply repeated = sendChunks(*second, upload, pdf, half - chunk, half, chunk);
    COUNCIL_VERIFY_OK(repeated);
    QCOMPARE(repeated.value(QStringLiteral("received")).toInteger(), half);

    COUNCIL_VERIFY_OK(sendChunks(*second, upload, pdf, half, pdf.size(), chunk));
    const Reply created = createDocument(*second, m_t.f.body, upload, QStringLiteral("Tờ trình dự toán"));
    COUNCIL_VERIFY_OK(created);
    const QCborMap v = mapOf(created.map(QStringLiteral("document")), "version");
    QCOMPARE(text(v, "hash"), blake2bHex(pdf));
    QCOMPARE(integer(v, "size"), pdf.size());
    QByteArray back;
    COUNCIL_VERIFY_OK(fetchInto(*second, text(v, "hash"), 0, 32 * 1024, &back));
    QCOMPARE(back, pdf);
    QVERIFY(uploadFiles(m_council.server()->dataDir()).isEmpty());
}

void tst_Documents::interruptedDownloadResumes() {
    QByteArray pdf;
    const QCborMap doc = publishedDocument(QStringLiteral("Báo cáo thẩm tra"), &pdf);
    QVERIFY(!doc.isEmpty());
    const QString hash = text(mapOf(doc, "version"), "hash");
    const qint64 chunk = pdf.size() / 8 + 1;

    RawClient *first = m_council.connectWithToken(m_t.f.delegateLogin.token);
    QVERIFY2(first, qPrintable(m_council.lastError()));
    QByteArray got;
    COUNCIL_VERIFY_OK(fetchInto(*first, hash, 0, chunk, &got, pdf.size() / 2));
    QVERIFY(got.size() >= pdf.size() / 2 && got.size() < pdf.size());
    first->abort();
    QVERIFY(first->waitDisconnected());

    // The device keeps what it has and continues from there on a new connection.
    RawClient *second = m_council.connectWithToken(m_t.f.delegateLogin.token);
    QVERIFY2(second, qPrintable(m_council.lastError()));
    const qint64 resumedAt = got.size();
    COUNCIL_VERIFY_OK(fetchInto(*second, hash, resumedAt, chunk, &got));
    QCOMPARE(got.size(), pdf.size());
    QCOMPARE(blake2bHex(got), hash);
    QCOMPARE(got, pdf);
    // Past the end is refused; the end itself gives nothing more.
    COUNCIL_COMPARE_ERROR(
        second->request(Request::DocFetch, QCborMap{{QStringLiteral("hash"), hash},
                                                    {QStringLiteral("offset"), pdf.size() + 1},
                                                    {QStringLiteral("length"), chunk}}),
        "invalid_value");
    const Reply end = second->request(Request::DocFetch, QCborMap{{QStringLiteral("hash"), hash},
                                                                  {QStringLiteral("offset"), pdf.size()},
                                                                  {QStringLiteral("length"), chunk}});
    COUNCIL_VERIFY_OK(end);
    QVERIFY(end.value(QStringLiteral("data")).toByteArray().isEmpty());
}

void tst_Documents::replacementReachesDelegatesWhenPublished() {
    TrustedBody &t = m_t;
    QByteArray v1Bytes;
    const QCborMap first = publishedDocument(QStringLiteral("Nghị quyết về biên chế"), &v1Bytes);
    QVERIFY(!first.isEmpty());
    const qint64 id = integer(first, "id");
    const QCborMap v1 = mapOf(first, "version");
    const QCborMap v1Approval = mapOf(v1, "approval");

    const QByteArray v2Bytes = newPdf(2);
    const QString reason = QStringLiteral("Sửa số liệu biên chế tại Điều 2 theo ý kiến thẩm tra");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply replaced = uploadReplacement(
        *t.f.secretary, t.f.body, id, QStringLiteral("Nghị quyết biên chế (sửa).pdf"), v2Bytes, reason);
    COUNCIL_VERIFY_OK(replaced);
    QCborMap doc = replaced.map(QStringLiteral("document"));
    QCOMPARE(integer(doc, "current"), 2);
    QCOMPARE(integer(doc, "published"), 1);
    QCOMPARE(text(doc, "state"), QStringLiteral("draft"));
    QCOMPARE(text(mapOf(doc, "version"), "reason"), reason);
    const QString v2Hash = text(mapOf(doc, "version"), "hash");
    QCOMPARE(v2Hash, blake2bHex(v2Bytes));

    // Delegates still see version 1, and only it.
    Reply seen = onDocument(*t.f.delegate, Request::DocGet, id);
    COUNCIL_VERIFY_OK(seen);
    QCOMPARE(versionNumbers(seen), QList<qint64>{1});
    QCOMPARE(integer(seen.map(QStringLiteral("document")), "current"), 1);
    QCOMPARE(text(mapOf(seen.map(QStringLiteral("document")), "version"), "hash"), text(v1, "hash"));
    QByteArray none;
    COUNCIL_COMPARE_ERROR(fetchInto(*t.f.delegate, v2Hash, 0, 4096, &none), "not_found");
    QByteArray v1Again;
    COUNCIL_VERIFY_OK(fetchInto(*t.f.delegate, text(v1, "hash"), 0, 64 * 1024, &v1Again));
    QCOMPARE(v1Again, v1Bytes);

    // The staff see the whole trail: who replaced it, when and why.
    const Reply trail = onDocument(*t.f.chair, Request::DocGet, id);
    COUNCIL_VERIFY_OK(trail);
    QCOMPARE(versionNumbers(trail), (QList<qint64>{1, 2}));
    const QCborMap v2 = trail.value(QStringLiteral("versions")).toArray().at(1).toMap();
    QCOMPARE(integer(v2, "uploadedBy"), t.secretaryAccount());
    QCOMPARE(text(v2, "uploadedByName"), t.f.secretaryName);
    QVERIFY(integer(v2, "uploadedAt") >= before);
    QCOMPARE(text(v2, "reason"), reason);
    QCOMPARE(text(v2, "review"), QStringLiteral("draft"));

    COUNCIL_VERIFY_OK(onDocument(*t.f.secretary, Request::DocSubmit, id));
    // Version 1's approval is not an approval of version 2 ...
    COUNCIL_COMPARE_ERROR(sendApproval(*t.approver, id, 2,
                                       v1Approval.value(QStringLiteral("statement")).toByteArray(),
                                       v1Approval.value(QStringLiteral("signature")).toByteArray()),
                          "invalid_value");
    // ... nor is a statement for version 2 that names version 1's bytes.
    const Reply current = onDocument(*t.approver, Request::DocGet, id);
    crypto::ApprovalStatement wrong =
        statementFor(current.map(QStringLiteral("document")), t.approverAccount);
    wrong.contentHash = QByteArray::fromHex(text(v1, "hash").toLatin1());
    wrong.size = integer(v1, "size");
    COUNCIL_COMPARE_ERROR(sendApproval(*t.approver, id, 2, wrong.encode(),
                                       crypto::signApproval(wrong.encode(), t.approverKey.secretKey)),
                          "invalid_value");
    QCOMPARE(text(onDocument(*t.approver, Request::DocGet, id).map(QStringLiteral("document")), "state"),
             QStringLiteral("submitted"));
    COUNCIL_VERIFY_OK(approveCurrent(t, id, t.approverKey.secretKey));
    QCOMPARE(versionNumbers(onDocument(*t.f.delegate, Request::DocGet, id)), QList<qint64>{1}); // not yet

    const int publishedEvents = eventsOfType(*t.f.delegate, Event::DocPublished).size();
    const int replacedEvents = eventsOfType(*t.f.delegate, Event::DocReplaced).size();
    COUNCIL_VERIFY_OK(
        onDocument(*t.f.secretary, Request::DocPublish, id, QCborMap{{QStringLiteral("scope"), kEveryone}}));
    QVERIFY(waitForEventsOfType(*t.f.delegate, Event::DocReplaced, replacedEvents + 1));
    const QCborMap event = eventsOfType(*t.f.delegate, Event::DocReplaced).last().body;
    QCOMPARE(integer(event, "previous"), 1);
    QCOMPARE(integer(mapOf(event, "document"), "id"), id);
    QCOMPARE(integer(mapOf(mapOf(event, "document"), "version"), "version"), 2);
    QCOMPARE(text(mapOf(mapOf(event, "document"), "version"), "hash"), v2Hash);
    QCOMPARE(eventsOfType(*t.f.delegate, Event::DocPublished).size(), publishedEvents);

    seen = onDocument(*t.f.delegate, Request::DocGet, id);
    COUNCIL_VERIFY_OK(seen);
    QCOMPARE(versionNumbers(seen), (QList<qint64>{1, 2}));
    const QCborMap shown = mapOf(seen.map(QStringLiteral("document")), "version");
    QCOMPARE(integer(shown, "version"), 2);
    QCOMPARE(text(seen.value(QStringLiteral("versions")).toArray().at(1).toMap(), "reason"), reason);
    QByteArray got;
    COUNCIL_VERIFY_OK(fetchInto(*t.f.delegate, v2Hash, 0, 16 * 1024, &got));
    QCOMPARE(got, v2Bytes);
    const crypto::ApprovalVerdict verdict =
        verifyOnDevice(*t.f.delegate, t.f.body, t.pinnedTrustKey, id, shown, got);
    QVERIFY2(verdict.isValid(), qPrintable(crypto::approvalCheckCode(verdict.status)));
    // Version 1's approval, shown with version 2's bytes, does not pass on the device.
    QCOMPARE(verifyOnDevice(*t.f.delegate, t.f.body, t.pinnedTrustKey, id, v1, got).status,
             crypto::ApprovalCheck::ContentMismatch);
}

void tst_Documents::withdrawnDocumentDisappears() {
    TrustedBody &t = m_t;
    QByteArray pdf;
    const QCborMap doc = publishedDocument(QStringLiteral("Tờ trình về giá đất"), &pdf);
    QVERIFY(!doc.isEmpty());
    const qint64 id = integer(doc, "id");
    const QString hash = text(mapOf(doc, "version"), "hash");
    const QCborMap listBody{{QStringLiteral("body"), t.f.body}};
    QVERIFY(documentIds(t.f.delegate->request(Request::DocList, listBody)).contains(id));

    const int withdrawn = eventsOfType(*t.f.delegate, Event::DocWithdrawn).size();
    const QString reason = QStringLiteral("Rút để bổ sung ý kiến của Sở Tài chính");
    const Reply r =
        onDocument(*t.f.secretary, Request::DocWithdraw, id, QCborMap{{QStringLiteral("reason"), reason}});
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(text(r.map(QStringLiteral("document")), "state"), QStringLiteral("withdrawn"));
    QCOMPARE(text(r.map(QStringLiteral("document")), "withdrawReason"), reason);

    QVERIFY(waitForEventsOfType(*t.f.delegate, Event::DocWithdrawn, withdrawn + 1));
    const QCborMap event = eventsOfType(*t.f.delegate, Event::DocWithdrawn).last().body;
    QCOMPARE(integer(event, "document"), id);
    QCOMPARE(integer(event, "body"), t.f.body);
    QCOMPARE(text(event, "title"), QStringLiteral("Tờ trình về giá đất"));
    QCOMPARE(text(event, "reason"), reason);

    // Gone for the delegate: not listed, not readable, its bytes not served.
    QVERIFY(!documentIds(t.f.delegate->request(Request::DocList, listBody)).contains(id));
    COUNCIL_COMPARE_ERROR(onDocument(*t.f.delegate, Request::DocGet, id), "not_found");
    QByteArray none;
    COUNCIL_COMPARE_ERROR(fetchInto(*t.f.delegate, hash, 0, 4096, &none), "not_found");
    COUNCIL_COMPARE_ERROR(t.f.delegate->request(Request::DocLookup, QCborMap{{QStringLiteral("hash"), hash}}),
                          "not_found");
    // The secretariat still has it, with the reason; withdrawing twice is refused.
    const Reply staff = onDocument(*t.f.secretary, Request::DocGet, id);
    COUNCIL_VERIFY_OK(staff);
    QCOMPARE(text(staff.map(QStringLiteral("document")), "state"), QStringLiteral("withdrawn"));
    COUNCIL_COMPARE_ERROR(
        onDocument(*t.f.secretary, Request::DocWithdraw, id, QCborMap{{QStringLiteral("reason"), reason}}),
        "wrong_state");

    // Published again, it comes back.
    const int published = eventsOfType(*t.f.delegate, Event::DocPublished).size();
    COUNCIL_VERIFY_OK(
        onDocument(*t.f.secretary, Request::DocPublish, id, QCborMap{{QStringLiteral("scope"), kEveryone}}));
    QVERIFY(waitForEventsOfType(*t.f.delegate, Event::DocPublished, published + 1));
    QVERIFY(documentIds(t.f.delegate->request(Request::DocList, listBody)).contains(id));
    QByteArray got;
    COUNCIL_VERIFY_OK(fetchInto(*t.f.delegate, hash, 0, 64 * 1024, &got));
    QCOMPARE(got, pdf);
}

void tst_Documents::uploadResumesAfterTheServerWasKilled() {
    const QByteArray pdf = newPdf(3);
    const QString name = QStringLiteral("Báo cáo tài chính.pdf");
    const qint64 chunk = pdf.size() / 6 + 1;
    const qint64 half = 3 * chunk;
    const Reply begun = beginUpload(*m_t.f.secretary, m_t.f.body, name, pdf);
    COUNCIL_VERIFY_OK(begun);
    const QString upload = begun.value(QStringLiteral("upload")).toString();
    COUNCIL_VERIFY_OK(sendChunks(*m_t.f.secretary, upload, pdf, 0, half, chunk));

    m_council.server()->kill(); // a power cut of the server process
    QVERIFY2(m_council.restart(), qPrintable(m_council.lastError()));
    RawClient *secretary = m_council.connectWithToken(m_t.f.secretaryLogin.token);
    QVERIFY2(secretary, qPrintable(m_council.lastError()));
    const Reply again = beginUpload(*secretary, m_t.f.body, name, pdf);
    COUNCIL_VERIFY_OK(again);
    QCOMPARE(again.value(QStringLiteral("upload")).toString(), upload);
    QCOMPARE(again.value(QStringLiteral("received")).toInteger(), half);
    COUNCIL_VERIFY_OK(sendChunks(*secretary, upload, pdf, half, pdf.size(), chunk));
    const Reply created = createDocument(*secretary, m_t.f.body, upload, QStringLiteral("Báo cáo tài chính"));
    COUNCIL_VERIFY_OK(created);
    QCOMPARE(text(mapOf(created.map(QStringLiteral("document")), "version"), "hash"), blake2bHex(pdf));
}

QTEST_MAIN(tst_Documents)
#include "tst_documents.moc"
