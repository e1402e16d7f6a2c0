// The document commands of councilctl as operators run them, against the
// real server, the real PDF checker and real LibreOffice: an admin creates the
// trust key, an approver a signing key, the secretary uploads, submits and
// publishes, the approver signs, and a delegate downloads and verifies — each
// user with their own configuration directory (token and trust pins). Checks
// exit codes, stdout, stderr, --json and what the server then holds; then the
// refusals, and a trust key swapped in DATA/council.db while the server was
// down, which the delegate's pin catches.
//
// The test functions are steps on one body and run in declaration order: the
// later ones use the approver key, trust key and document of the workflow.
#include "councilctlprocess.h"
#include "documentkit.h"
#include "testdocuments.h"

#include <QCborArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace council;
using namespace council::testing;
using protocol::Request;

namespace {

const QString kUserPassword = QStringLiteral("mật khẩu thử"); // TestCouncil::setUpBody's accounts
const QString kApproverPassword = QStringLiteral("Mật khẩu người phê duyệt 2024");
const QString kApproverFullName = QStringLiteral("Phạm Thị Duyệt");
const QString kTitle = QStringLiteral("Dự thảo Nghị quyết về dự toán ngân sách tỉnh năm 2025");
const QString kReason = QStringLiteral("Sửa số liệu ở Điều 2 theo ý kiến thẩm tra");

QByteArray stdinLine(const QString &password) {
    return password.toUtf8() + '\n';
}

// A port free now, so that the server can listen on it again after a
// restart: councilctl keeps tokens and trust pins per server URL.
quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString text(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toInteger();
}

QCborMap mapOf(const QCborMap &m, const char *key) {
    return m.value(QLatin1String(key)).toMap();
}

// The numbers of the "tải lên N %" / "upload N%" progress lines on stderr.
QList<int> progressPercents(const QString &err, const QString &label) {
    const QRegularExpression line(QStringLiteral("^%1 (\\d+) ?% \\(").arg(QRegularExpression::escape(label)),
                                  QRegularExpression::MultilineOption);
    QList<int> out;
    for (auto it = line.globalMatch(err); it.hasNext();)
        out << it.next().captured(1).toInt();
    return out;
}

int finalPercent(const QString &err, const QString &label) {
    const QList<int> percents = progressPercents(err, label);
    return percents.isEmpty() ? -1 : percents.last();
}

} // namespace

class tst_CouncilctlDocuments : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fullWorkflowByCliOnly();
    void officeFileIsConverted_data();
    void officeFileIsConverted();
    void delegateCannotUpload();
    void wrongPasswordApprovesNothing();
    void modifiedCopyDoesNotVerify();
    void truncatedPdfIsRefused();
    void englishVerdicts();
    void swappedTrustKeyIsRefusedUntilUnpinned();

private:
    enum Who { Admin, Secretary, Approver, Delegate, WhoCount };
    CtlResult ctl(Who who, const QStringList &args, const QByteArray &input = {});
    QString file(const QString &name) const { return m_files.filePath(name); }
    QCborMap documentAsSecretary(qint64 id); // doc.get: {document, versions}
    qint64 documentCount();                  // what the secretary's doc.list shows for the body
    qint64 uploadByCli(const QString &fileName, const QByteArray &bytes, const QString &title);

    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
    qint64 m_item = 0;
    QString m_approverName;
    qint64 m_approverAccount = 0;
    QTemporaryDir m_config[WhoCount];
    QTemporaryDir m_files;
    // What the workflow leaves for the steps after it.
    QString m_trustFingerprint;
    qint64 m_published = 0;
    QByteArray m_publishedBytes;
    QString m_publishedCopy; // the delegate's download of it
};

CtlResult tst_CouncilctlDocuments::ctl(Who who, const QStringList &args, const QByteArray &input) {
    return runCouncilctl(m_council->server()->url(), m_config[who].path(), args, input, m_files.path());
}

QCborMap tst_CouncilctlDocuments::documentAsSecretary(qint64 id) {
    return onDocument(*m_f.secretary, Request::DocGet, id).body();
}

qint64 tst_CouncilctlDocuments::documentCount() {
    const Reply r = m_f.secretary->request(Request::DocList, QCborMap{{QStringLiteral("body"), m_f.body}});
    return r.ok() ? r.value(QStringLiteral("documents")).toArray().size() : -1;
}

// doc upload --json by the secretary; the new document's id, 0 on failure.
qint64 tst_CouncilctlDocuments::uploadByCli(const QString &fileName, const QByteArray &bytes,
                                            const QString &title) {
    if (!writeFile(file(fileName), bytes))
        return 0;
    const CtlResult r =
        ctl(Secretary, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("upload"),
                        QString::number(m_f.body), file(fileName), QStringLiteral("--title"), title});
    if (r.exitCode != 0)
        qWarning("doc upload: %s", qPrintable(r.describe()));
    return r.json()
        .object()
        .value(QStringLiteral("document"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

void tst_CouncilctlDocuments::initTestCase() {
    for (const QTemporaryDir &dir : m_config)
        QVERIFY(dir.isValid());
    m_council = new TestCouncil(this);
    const quint16 port = freePort();
    QVERIFY(port != 0);
    // The later --listen wins over ServerProcess's 127.0.0.1:0, and restart() keeps it.
    QVERIFY2(m_council->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
             qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));

    // An approver: an account with the cheapest Argon2id cost (councilctl
    // derives keys with the cost the server hands out) and the approver function.
    m_approverName = m_council->uniqueName(QStringLiteral("pheduyet"));
    const Reply created = m_council->createUser(m_approverName, kApproverPassword);
    COUNCIL_VERIFY_OK(created);
    m_approverAccount = idOf(created, QStringLiteral("account"));
    COUNCIL_VERIFY_OK(addMember(*m_council->admin(), m_f.body, kApproverFullName,
                                {QStringLiteral("approver")}, m_approverName));
    const Reply item = addItem(*m_f.secretary, m_f.session, QStringLiteral("Dự toán ngân sách năm 2025"));
    COUNCIL_VERIFY_OK(item);
    m_item = idOf(item, QStringLiteral("item"));
    QVERIFY(m_item > 0);

    // Each operator logs in once; the token stays in their configuration directory.
    const struct {
        Who who;
        QString name;
        QString password;
    } logins[] = {{Admin, kAdminName, kAdminPassword},
                  {Secretary, m_f.secretaryName, kUserPassword},
                  {Approver, m_approverName, kApproverPassword},
                  {Delegate, m_f.delegateName, kUserPassword}};
    for (const auto &l : logins) {
        const CtlResult r = ctl(
            l.who,
            {QStringLiteral("login"), QStringLiteral("--user"), l.name, QStringLiteral("--password-stdin")},
            stdinLine(l.password));
        QVERIFY2(r.exitCode == 0, qPrintable(l.name + QStringLiteral(": ") + r.describe()));
    }
}

void tst_CouncilctlDocuments::fullWorkflowByCliOnly() {
    const QString body = QString::number(m_f.body);

    // The admin creates the body's trust key on their computer.
    const CtlResult init = ctl(
        Admin, {QStringLiteral("trust"), QStringLiteral("init"), body, QStringLiteral("--password-stdin")},
        stdinLine(kAdminPassword));
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    static const QRegularExpression fingerprintLine(
        QStringLiteral("^Fingerprint: ([0-9A-F]{4}( [0-9A-F]{4}){7})$"), QRegularExpression::MultilineOption);
    const auto printed = fingerprintLine.match(init.out);
    QVERIFY2(printed.hasMatch(), qPrintable(init.describe()));
    m_trustFingerprint = printed.captured(1);
    const Reply trust =
        m_council->admin()->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), m_f.body}});
    COUNCIL_VERIFY_OK(trust);
    QCOMPARE(trust.value(QStringLiteral("fingerprint")).toString(), m_trustFingerprint);
    QCOMPARE(crypto::keyFingerprint(trust.value(QStringLiteral("publicKey")).toByteArray()),
             m_trustFingerprint);

    // A delegate sees it for the first time: pinned, with a note on stderr.
    const CtlResult shown = ctl(Delegate, {QStringLiteral("trust"), QStringLiteral("show"), body});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QVERIFY2(shown.out.contains(m_trustFingerprint), qPrintable(shown.describe()));
    QVERIFY2(
        shown.err.contains(QStringLiteral("pinned trust key of body %1: %2").arg(body, m_trustFingerprint)),
        qPrintable(shown.describe()));
    QVERIFY2(readFile(m_config[Delegate].filePath(QStringLiteral("trust-pins.json")))
                 .contains(m_trustFingerprint.toUtf8()),
             "no trust-pins.json with the fingerprint");
    // Seen again: the same key, nothing to say.
    const CtlResult again =
        ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("trust"), QStringLiteral("show"), body});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(!again.err.contains(QStringLiteral("pinned")), qPrintable(again.describe()));
    QCOMPARE(again.json().object().value(QStringLiteral("fingerprint")).toString(), m_trustFingerprint);

    // The approver creates a signing key; the admin puts it on the approver list.
    const CtlResult key = ctl(Approver,
                              {QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("init"),
                               QStringLiteral("--password-stdin")},
                              stdinLine(kApproverPassword));
    QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
    const QString approverFingerprint = key.json().object().value(QStringLiteral("fingerprint")).toString();
    QVERIFY2(!approverFingerprint.isEmpty(), qPrintable(key.describe()));
    QCOMPARE(key.json().object().value(QStringLiteral("account")).toInteger(), m_approverAccount);
    const Reply registered = m_council->admin()->request(
        Request::KeyGet, QCborMap{{QStringLiteral("account"), m_approverAccount}});
    COUNCIL_VERIFY_OK(registered);
    QCOMPARE(registered.value(QStringLiteral("fingerprint")).toString(), approverFingerprint);

    const CtlResult added = ctl(Admin,
                                {QStringLiteral("trust"), QStringLiteral("add-approver"), body,
                                 m_approverName, QStringLiteral("--password-stdin")},
                                stdinLine(kAdminPassword));
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QVERIFY2(added.out.contains(QStringLiteral("is now version 1")), qPrintable(added.describe()));
    QVERIFY2(added.out.contains(kApproverFullName) && added.out.contains(approverFingerprint),
             qPrintable(added.describe()));
    const Reply listed =
        m_council->admin()->request(Request::TrustGet, QCborMap{{QStringLiteral("body"), m_f.body}});
    QCOMPARE(listed.value(QStringLiteral("listVersion")).toInteger(), 1);
    const auto list = crypto::ApproverList::decode(listed.value(QStringLiteral("list")).toByteArray());
    QVERIFY(list && list->approvers.size() == 1);
    QCOMPARE(list->approvers.first().account, m_approverAccount);
    QCOMPARE(crypto::keyFingerprint(list->approvers.first().publicKey), approverFingerprint);

    // The secretary uploads a PDF for the agenda item; progress on stderr up to 100 %.
    const QByteArray pdf = vietnamesePdf(2, QStringLiteral("Nghị quyết số 12"));
    QVERIFY(!pdf.isEmpty());
    const QString pdfPath = file(QStringLiteral("Dự thảo NQ 12.pdf"));
    QVERIFY(writeFile(pdfPath, pdf));
    const CtlResult upload =
        ctl(Secretary, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("upload"), body,
                        pdfPath, QStringLiteral("--title"), kTitle, QStringLiteral("--item"),
                        QString::number(m_item), QStringLiteral("--kind"), QStringLiteral("resolution")});
    QVERIFY2(upload.exitCode == 0, qPrintable(upload.describe()));
    const QList<int> percents = progressPercents(upload.err, QStringLiteral("tải lên"));
    QVERIFY2(!percents.isEmpty() && percents.last() == 100, qPrintable(upload.describe()));
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    const QJsonObject createdDoc = upload.json().object().value(QStringLiteral("document")).toObject();
    const qint64 doc = createdDoc.value(QStringLiteral("id")).toInteger();
    QVERIFY2(doc > 0, qPrintable(upload.describe()));
    QCOMPARE(createdDoc.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCborMap stored = mapOf(documentAsSecretary(doc), "document");
    QCOMPARE(text(stored, "title"), kTitle);
    QCOMPARE(integer(stored, "item"), m_item);
    QCOMPARE(integer(stored, "session"), m_f.session);
    QCOMPARE(text(stored, "kind"), QStringLiteral("resolution"));
    QCOMPARE(text(mapOf(stored, "version"), "hash"), blake2bHex(pdf));
    QCOMPARE(text(mapOf(stored, "version"), "fileName"), QStringLiteral("Dự thảo NQ 12.pdf"));
    QCOMPARE(integer(mapOf(stored, "version"), "pages"), 2);

    const CtlResult submit =
        ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("submit"), QString::number(doc)});
    QVERIFY2(submit.exitCode == 0, qPrintable(submit.describe()));
    QVERIFY2(submit.out.contains(QStringLiteral("Version 1 submitted for approval.")),
             qPrintable(submit.describe()));
    QCOMPARE(text(mapOf(mapOf(documentAsSecretary(doc), "document"), "version"), "review"),
             QStringLiteral("submitted"));

    // The approver's device fetches and hashes the bytes, then signs.
    const CtlResult approve = ctl(Approver,
                                  {QStringLiteral("doc"), QStringLiteral("approve"), QString::number(doc),
                                   QStringLiteral("--password-stdin")},
                                  stdinLine(kApproverPassword));
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.describe()));
    QVERIFY2(approve.err.contains(blake2bHex(pdf)), qPrintable(approve.describe())); // what it hashed
    QVERIFY2(approve.out.contains(QStringLiteral("Version 1 approved")) &&
                 approve.out.contains(approverFingerprint),
             qPrintable(approve.describe()));
    stored = mapOf(documentAsSecretary(doc), "document");
    QCOMPARE(text(stored, "state"), QStringLiteral("approved"));
    QCOMPARE(integer(mapOf(stored, "version"), "reviewedBy"), m_approverAccount);
    const auto statement = crypto::ApprovalStatement::decode(
        mapOf(mapOf(stored, "version"), "approval").value(QStringLiteral("statement")).toByteArray());
    QVERIFY(statement);
    QCOMPARE(statement->contentHash.toHex(), blake2bHex(pdf).toLatin1());
    QCOMPARE(statement->approverAccount, m_approverAccount);

    const CtlResult publish =
        ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("publish"), QString::number(doc),
                        QStringLiteral("--scope"), QStringLiteral("item")});
    QVERIFY2(publish.exitCode == 0, qPrintable(publish.describe()));
    QVERIFY2(publish.out.contains(QStringLiteral("published version 1 (item)")),
             qPrintable(publish.describe()));

    // The delegate sees it published, downloads it and checks it.
    const CtlResult list1 =
        ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("list")});
    QVERIFY2(list1.exitCode == 0, qPrintable(list1.describe()));
    const QJsonArray docs = list1.json().object().value(QStringLiteral("documents")).toArray();
    const auto seen = std::find_if(docs.begin(), docs.end(), [doc](const QJsonValue &d) {
        return d.toObject().value(QStringLiteral("id")).toInteger() == doc;
    });
    QVERIFY2(seen != docs.end(), qPrintable(list1.describe()));
    QCOMPARE(seen->toObject().value(QStringLiteral("state")).toString(), QStringLiteral("published"));
    QCOMPARE(seen->toObject().value(QStringLiteral("title")).toString(), kTitle);

    m_publishedCopy = file(QStringLiteral("bản tải về.pdf"));
    const CtlResult get = ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("get"), QString::number(doc),
                                         QStringLiteral("--out"), m_publishedCopy});
    QVERIFY2(get.exitCode == 0, qPrintable(get.describe()));
    QVERIFY2(get.out.startsWith(QStringLiteral("HỢP LỆ: phê duyệt bởi ") + kApproverFullName),
             qPrintable(get.describe()));
    QVERIFY2(get.out.contains(QStringLiteral("Saved ") + m_publishedCopy), qPrintable(get.describe()));
    QVERIFY2(finalPercent(get.err, QStringLiteral("tải về")) == 100, qPrintable(get.describe()));
    QCOMPARE(readFile(m_publishedCopy), pdf);
    QVERIFY(!QFile::exists(m_publishedCopy + QStringLiteral(".part")));

    const CtlResult verify =
        ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("verify"), m_publishedCopy});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QVERIFY2(verify.out.contains(QStringLiteral("HỢP LỆ: phê duyệt bởi %1").arg(kApproverFullName)),
             qPrintable(verify.describe()));
    QVERIFY2(verify.out.contains(QStringLiteral("tài liệu %1 phiên bản 1").arg(doc)),
             qPrintable(verify.describe()));
    const CtlResult verifyJson =
        ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("verify"),
                       m_publishedCopy, QStringLiteral("--body"), body});
    QVERIFY2(verifyJson.exitCode == 0, qPrintable(verifyJson.describe()));
    const QJsonObject verdict = verifyJson.json().object().value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(verdict.value(QStringLiteral("check")).toString(), QStringLiteral("valid"));
    QCOMPARE(verdict.value(QStringLiteral("approver")).toInteger(), m_approverAccount);
    QCOMPARE(verdict.value(QStringLiteral("approverName")).toString(), kApproverFullName);
    QCOMPARE(verifyJson.json().object().value(QStringLiteral("document")).toInteger(), doc);

    // A new version with a reason: the trail shows both; delegates keep the published one.
    const QByteArray pdf2 = vietnamesePdf(3, QStringLiteral("Nghị quyết số 12, bản sửa"));
    QVERIFY(writeFile(file(QStringLiteral("NQ 12 sửa.pdf")), pdf2));
    const CtlResult replace =
        ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("replace"), QString::number(doc),
                        file(QStringLiteral("NQ 12 sửa.pdf")), QStringLiteral("--reason"), kReason});
    QVERIFY2(replace.exitCode == 0, qPrintable(replace.describe()));
    QVERIFY2(replace.out.contains(QStringLiteral("New version stored.")), qPrintable(replace.describe()));
    QCOMPARE(finalPercent(replace.err, QStringLiteral("tải lên")), 100);
    const QCborMap afterReplace = documentAsSecretary(doc);
    QCOMPARE(integer(mapOf(afterReplace, "document"), "current"), 2);
    QCOMPARE(integer(mapOf(afterReplace, "document"), "published"), 1);
    QCOMPARE(afterReplace.value(QStringLiteral("versions")).toArray().size(), 2);
    const Reply delegateView = onDocument(*m_f.delegate, Request::DocGet, doc);
    COUNCIL_VERIFY_OK(delegateView);
    QCOMPARE(text(mapOf(delegateView.map(QStringLiteral("document")), "version"), "hash"), blake2bHex(pdf));

    const CtlResult versions =
        ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("versions"), QString::number(doc)});
    QVERIFY2(versions.exitCode == 0, qPrintable(versions.describe()));
    const QStringList rows = versions.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4); // header, rule, version 1, version 2
    QVERIFY2(rows.at(2).startsWith(QLatin1Char('1')) && rows.at(2).contains(QStringLiteral("approved")) &&
                 rows.at(2).contains(blake2bHex(pdf).left(12)) && rows.at(2).contains(m_approverName),
             qPrintable(versions.describe()));
    QVERIFY2(rows.at(3).startsWith(QLatin1Char('2')) && rows.at(3).contains(kReason) &&
                 rows.at(3).contains(QStringLiteral("draft")) && rows.at(3).contains(m_f.secretaryName),
             qPrintable(versions.describe()));
    const CtlResult versionsJson = ctl(Secretary, {QStringLiteral("--json"), QStringLiteral("doc"),
                                                   QStringLiteral("versions"), QString::number(doc)});
    const QJsonArray trail = versionsJson.json().object().value(QStringLiteral("versions")).toArray();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(1).toObject().value(QStringLiteral("reason")).toString(), kReason);
    QCOMPARE(trail.at(1).toObject().value(QStringLiteral("hash")).toString(), blake2bHex(pdf2));

    m_published = doc;
    m_publishedBytes = pdf;
}

void tst_CouncilctlDocuments::officeFileIsConverted_data() {
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("docx") << QStringLiteral("Báo cáo thẩm tra.docx")
                          << docxWithVietnamese(QStringLiteral("Báo cáo số 7"));
    QTest::newRow("odt") << QStringLiteral("Tờ trình.odt")
                         << odtWithVietnamese(QStringLiteral("Tờ trình số 9"));
}

void tst_CouncilctlDocuments::officeFileIsConverted() {
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    const qint64 doc = uploadByCli(fileName, bytes, QStringLiteral("Tài liệu ") + fileName);
    QVERIFY(doc > 0);
    const CtlResult show =
        ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("show"), QString::number(doc)});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    static const QRegularExpression converted(QStringLiteral("^Converted:\\s+yes$"),
                                              QRegularExpression::MultilineOption);
    QVERIFY2(show.out.contains(converted), qPrintable(show.describe()));
    QVERIFY2(show.out.contains(fileName), qPrintable(show.describe()));

    // The server stores a PDF made from it, and remembers the source.
    const QCborMap version = mapOf(mapOf(documentAsSecretary(doc), "document"), "version");
    QCOMPARE(version.value(QStringLiteral("converted")).toBool(), true);
    QCOMPARE(text(version, "sourceHash"), blake2bHex(bytes));
    QVERIFY(text(version, "hash") != blake2bHex(bytes));
    QVERIFY(integer(version, "pages") >= 1);
    const CtlResult get = ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("get"), QString::number(doc),
                                          QStringLiteral("--out"), file(fileName + QStringLiteral(".pdf"))});
    QVERIFY2(get.exitCode == 0, qPrintable(get.describe()));
    QVERIFY(readFile(file(fileName + QStringLiteral(".pdf"))).startsWith("%PDF-"));
}

void tst_CouncilctlDocuments::delegateCannotUpload() {
    const QString dataDir = m_council->server()->dataDir();
    const qint64 documents = documentCount();
    const int blobs = blobFileCount(dataDir);
    const QStringList uploads = uploadFiles(dataDir);
    QVERIFY(
        writeFile(file(QStringLiteral("của đại biểu.pdf")), vietnamesePdf(1, QStringLiteral("đại biểu"))));

    const CtlResult r = ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("upload"),
                                       QString::number(m_f.body), file(QStringLiteral("của đại biểu.pdf")),
                                       QStringLiteral("--title"), QStringLiteral("Kiến nghị cử tri")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("lỗi permission_denied: ")), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(documentCount(), documents);
    QCOMPARE(blobFileCount(dataDir), blobs);
    QCOMPARE(uploadFiles(dataDir), uploads);
}

void tst_CouncilctlDocuments::wrongPasswordApprovesNothing() {
    QVERIFY2(m_published > 0, "needs the approver key of fullWorkflowByCliOnly");
    const qint64 doc =
        uploadByCli(QStringLiteral("Tờ trình 15.pdf"), vietnamesePdf(1, QStringLiteral("Tờ trình 15")),
                    QStringLiteral("Tờ trình số 15"));
    QVERIFY(doc > 0);
    QCOMPARE(ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("submit"), QString::number(doc)}).exitCode,
             0);

    const CtlResult wrong = ctl(Approver,
                                {QStringLiteral("doc"), QStringLiteral("approve"), QString::number(doc),
                                 QStringLiteral("--password-stdin")},
                                stdinLine(QStringLiteral("mật khẩu sai")));
    QVERIFY2(wrong.exitCode != 0, qPrintable(wrong.describe()));
    QVERIFY2(wrong.err.contains(QStringLiteral("lỗi cannot_open_key: ")) &&
                 wrong.err.contains(QStringLiteral("password")),
             qPrintable(wrong.describe()));
    QVERIFY2(wrong.out.isEmpty(), qPrintable(wrong.describe()));
    QCborMap version = mapOf(mapOf(documentAsSecretary(doc), "document"), "version");
    QCOMPARE(text(version, "review"), QStringLiteral("submitted"));
    QVERIFY(mapOf(version, "approval").isEmpty());

    // The right password then approves: the refusal was the password's alone.
    const CtlResult right = ctl(Approver,
                                {QStringLiteral("doc"), QStringLiteral("approve"), QString::number(doc),
                                 QStringLiteral("--password-stdin")},
                                stdinLine(kApproverPassword));
    QVERIFY2(right.exitCode == 0, qPrintable(right.describe()));
    version = mapOf(mapOf(documentAsSecretary(doc), "document"), "version");
    QCOMPARE(text(version, "review"), QStringLiteral("approved"));
}

void tst_CouncilctlDocuments::modifiedCopyDoesNotVerify() {
    QVERIFY2(m_published > 0, "needs the document of fullWorkflowByCliOnly");
    // One changed byte in the middle, as an edited copy would have.
    QByteArray changed = m_publishedBytes;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x20);
    const QString path = file(QStringLiteral("bản đã sửa.pdf"));
    QVERIFY(writeFile(path, changed));

    const CtlResult r = ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("verify"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral(
                 "KHÔNG HỢP LỆ: không có tài liệu nào (mà bạn được xem) có đúng nội dung này")),
             qPrintable(r.describe()));
    const CtlResult json =
        ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("doc"), QStringLiteral("verify"), path});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject verdict = json.json().object().value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(verdict.value(QStringLiteral("check")).toString(), QStringLiteral("unknown_content"));
    QCOMPARE(json.json().object().value(QStringLiteral("hash")).toString(), blake2bHex(changed));
    // The original still verifies.
    QCOMPARE(ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("verify"), m_publishedCopy}).exitCode, 0);
}

void tst_CouncilctlDocuments::truncatedPdfIsRefused() {
    const QString dataDir = m_council->server()->dataDir();
    const qint64 documents = documentCount();
    const int blobs = blobFileCount(dataDir);
    const QStringList uploads = uploadFiles(dataDir);
    const QByteArray cut = truncatedPdf(vietnamesePdf(3, QStringLiteral("bị cắt")));
    QVERIFY(writeFile(file(QStringLiteral("cắt cụt.pdf")), cut));

    const CtlResult r = ctl(Secretary, {QStringLiteral("doc"), QStringLiteral("upload"),
                                        QString::number(m_f.body), file(QStringLiteral("cắt cụt.pdf")),
                                        QStringLiteral("--title"), QStringLiteral("Tệp hỏng")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("lỗi pdf_truncated: ")), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(documentCount(), documents);
    QCOMPARE(blobFileCount(dataDir), blobs);
    QCOMPARE(uploadFiles(dataDir), uploads);
}

void tst_CouncilctlDocuments::englishVerdicts() {
    QVERIFY2(m_published > 0, "needs the document of fullWorkflowByCliOnly");
    const CtlResult valid = ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("verify"), m_publishedCopy,
                                           QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(valid.exitCode, 0);
    QVERIFY2(valid.out.startsWith(QStringLiteral("VALID: approved by %1 at ").arg(kApproverFullName)),
             qPrintable(valid.describe()));
    QVERIFY2(valid.out.contains(QStringLiteral("document %1 version 1").arg(m_published)),
             qPrintable(valid.describe()));

    const CtlResult get =
        ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("get"), QString::number(m_published),
                       QStringLiteral("--out"), file(QStringLiteral("english.pdf")), QStringLiteral("--lang"),
                       QStringLiteral("en")});
    QCOMPARE(get.exitCode, 0);
    QVERIFY2(get.out.startsWith(QStringLiteral("VALID: approved by ")), qPrintable(get.describe()));
    QCOMPARE(finalPercent(get.err, QStringLiteral("download")), 100);

    QVERIFY(writeFile(file(QStringLiteral("other.pdf")), m_publishedBytes + "\n% appended\n"));
    const CtlResult invalid =
        ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("verify"), file(QStringLiteral("other.pdf")),
                       QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(
        invalid.out.startsWith(QStringLiteral("NOT VALID: no document you may see has exactly these bytes")),
        qPrintable(invalid.describe()));
}

void tst_CouncilctlDocuments::swappedTrustKeyIsRefusedUntilUnpinned() {
    QVERIFY2(m_published > 0, "needs the pinned trust key and document of fullWorkflowByCliOnly");
    const QString body = QString::number(m_f.body);
    const QByteArray swapped = crypto::generateSigningKeyPair().publicKey;
    const QString swappedFingerprint = crypto::keyFingerprint(swapped);

    // Whoever holds the server swaps the body's trust key while it is down, and re-signs nothing.
    QVERIFY2(m_council->server()->stop(), qPrintable(m_council->server()->lastError()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("swap-trust-key"));
        db.setDatabaseName(m_council->server()->databasePath());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE trust_keys SET public_key = ? WHERE body_id = ?"));
        q.addBindValue(swapped);
        q.addBindValue(m_f.body);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("swap-trust-key"));
    QVERIFY2(m_council->restart(), qPrintable(m_council->lastError()));
    m_f.secretary = m_council->connectWithToken(m_f.secretaryLogin.token);
    QVERIFY2(m_f.secretary, qPrintable(m_council->lastError()));

    // doc get downloads, finds the approval not trusted, and keeps nothing.
    const QString target = file(QStringLiteral("sau khi đổi khóa.pdf"));
    const CtlResult get = ctl(Delegate, {QStringLiteral("doc"), QStringLiteral("get"),
                                         QString::number(m_published), QStringLiteral("--out"), target});
    QCOMPARE(get.exitCode, 1);
    const QString mismatch = crypto::approvalCheckMessage(crypto::ApprovalCheck::TrustKeyMismatch, true);
    QVERIFY2(get.out.contains(QStringLiteral("KHÔNG HỢP LỆ: ") + mismatch), qPrintable(get.describe()));
    QVERIFY2(get.err.contains(QStringLiteral("deleted ")), qPrintable(get.describe()));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    const CtlResult verify = ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("doc"),
                                            QStringLiteral("verify"), m_publishedCopy});
    QCOMPARE(verify.exitCode, 1);
    QJsonObject verdict = verify.json().object().value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(verdict.value(QStringLiteral("check")).toString(), QStringLiteral("trust_key_mismatch"));
    QVERIFY2(verdict.value(QStringLiteral("message")).toString().contains(mismatch),
             qPrintable(verify.describe()));

    // trust show names both keys and the way out, and pins nothing.
    const CtlResult show = ctl(Delegate, {QStringLiteral("trust"), QStringLiteral("show"), body});
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.err.contains(QStringLiteral("lỗi trust_key_mismatch: ")) &&
                 show.err.contains(m_trustFingerprint) && show.err.contains(swappedFingerprint) &&
                 show.err.contains(QStringLiteral("councilctl trust unpin %1").arg(body)),
             qPrintable(show.describe()));
    const QString pins = m_config[Delegate].filePath(QStringLiteral("trust-pins.json"));
    QVERIFY(readFile(pins).contains(m_trustFingerprint.toUtf8()));

    // The operator's explicit choice: forget the old key; the next sight pins the new one.
    const CtlResult unpin = ctl(Delegate, {QStringLiteral("trust"), QStringLiteral("unpin"), body});
    QCOMPARE(unpin.exitCode, 0);
    QVERIFY2(unpin.out.contains(m_trustFingerprint), qPrintable(unpin.describe()));
    QVERIFY(!readFile(pins).contains(m_trustFingerprint.toUtf8()));

    const CtlResult repin = ctl(Delegate, {QStringLiteral("trust"), QStringLiteral("show"), body});
    QVERIFY2(
        repin.err.contains(QStringLiteral("pinned trust key of body %1: %2").arg(body, swappedFingerprint)),
        qPrintable(repin.describe()));
    QVERIFY(readFile(pins).contains(swappedFingerprint.toUtf8()));
    // Nothing was re-signed with the new key, so its approver list does not verify.
    QCOMPARE(repin.exitCode, 1);
    QVERIFY2(repin.err.contains(QStringLiteral("lỗi bad_list_signature: ")), qPrintable(repin.describe()));
    const CtlResult after = ctl(Delegate, {QStringLiteral("--json"), QStringLiteral("doc"),
                                           QStringLiteral("verify"), m_publishedCopy});
    QCOMPARE(after.exitCode, 1);
    verdict = after.json().object().value(QStringLiteral("verdict")).toObject();
    QCOMPARE(verdict.value(QStringLiteral("check")).toString(), QStringLiteral("bad_list_signature"));
}

QTEST_MAIN(tst_CouncilctlDocuments)
#include "tst_councilctl_documents.moc"
