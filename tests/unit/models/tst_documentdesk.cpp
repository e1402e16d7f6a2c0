// The document desk through the real models against the real council-server
// with its demo data: the secretary (thuky) uploads a real PDF with progress
// and sends it for review; the approver (pheduyet) signs it on his device
// with the key his password opens, and a delegate's device (daibieu's
// DocumentListModel) verifies that signature after the document is
// published to its agenda item; rejecting with a reason shows the reason,
// replacing with a reason makes version 2, withdrawing takes it away from the
// delegate. The server's refusals reach the desk in its own words: a
// delegate's desk action, a file that is no PDF, a wrong approver password
// (which sends no approval at all).
#include "appcontroller.h"
#include "documentdesk.h"
#include "livedemo.h"
#include "testdocuments.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::testing;
using council::client::AppController;
using council::client::DocumentDesk;
using council::client::DocumentDeskModel;
using council::client::DocumentListModel;
using council::protocol::Request;

namespace {

constexpr int kWait = 20000;

QString stateOf(DocumentDesk *desk, qint64 id) {
    return desk->documents()->get(id).value(QStringLiteral("state")).toString();
}

QVariant roleOf(DocumentDesk *desk, qint64 id, const char *role) {
    return desk->documents()->get(id).value(QLatin1String(role));
}

} // namespace

class TstDocumentDesk : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_files;
    LiveDemo m_demo;
    AppController *m_secretary = nullptr;
    AppController *m_approver = nullptr;
    AppController *m_delegate = nullptr;
    qint64 m_item = 0;
    qint64 m_doc = 0; // uploaded, submitted, approved and published in turn
    int m_counter = 0;

    AppController *loggedIn(const QString &user) {
        auto *app = new AppController(this);
        app->login(m_demo.url().toString(), user, m_demo.password(user));
        return app;
    }
    DocumentDesk *secretary() const { return m_secretary->desk(); }
    DocumentDesk *approver() const { return m_approver->desk(); }
    DocumentDesk *delegate() const { return m_delegate->desk(); }
    // A fresh PDF on disk, with Vietnamese text.
    QString pdfFile(int pages) {
        const QByteArray bytes = vietnamesePdf(pages, QStringLiteral("Bàn tài liệu số %1").arg(++m_counter));
        const QString path = m_files.filePath(QStringLiteral("tai-lieu-%1.pdf").arg(m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // Uploads a PDF through the secretary's desk; 0 when that failed.
    qint64 uploadDraft(const QString &title) {
        QSignalSpy uploaded(secretary(), &DocumentDesk::uploaded);
        secretary()->upload(pdfFile(2), title, m_item, QStringLiteral("report"));
        if (!QTest::qWaitFor([&] { return uploaded.count() == 1; }, 60000)) {
            qWarning() << "upload did not finish:" << secretary()->uploadError();
            return 0;
        }
        secretary()->resetUpload();
        return uploaded.first().first().toLongLong();
    }

private slots:
    void initTestCase();
    void staffSeeEveryStateDelegatesOnlyPublished();
    void uploadShowsProgressAndSubmits();
    void approverSignsOnTheDevice();
    void publishedToAnItemReachesTheDelegateVerified();
    void wrongPasswordSendsNothing();
    void rejectShowsTheReason();
    void replaceWithAReasonMakesVersionTwo();
    void withdrawTakesItFromTheDelegate();
    void serverRefusalsAreShown();
};

void TstDocumentDesk::initTestCase() {
    QVERIFY(m_config.isValid() && m_files.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    qputenv("XDG_DATA_HOME", (m_config.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_config.path() + QStringLiteral("/cache")).toUtf8());
    QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    m_item = m_demo.items().at(1);
    m_secretary = loggedIn(QStringLiteral("thuky"));
    m_approver = loggedIn(QStringLiteral("pheduyet"));
    m_delegate = loggedIn(QStringLiteral("daibieu"));
    for (AppController *app : {m_secretary, m_approver, m_delegate}) {
        QTRY_VERIFY_WITH_TIMEOUT(app->loggedIn() && app->synced(), 30000);
        app->openSession(m_demo.session());
    }
}

void TstDocumentDesk::staffSeeEveryStateDelegatesOnlyPublished() {
    QAbstractItemModelTester tester(secretary()->documents());
    QTRY_VERIFY_WITH_TIMEOUT(secretary()->canPrepare(), kWait);
    QVERIFY(!secretary()->canReview());
    QTRY_VERIFY_WITH_TIMEOUT(approver()->canReview(), kWait);
    QVERIFY(!approver()->canPrepare());
    QTRY_VERIFY_WITH_TIMEOUT(m_delegate->currentSessionId() == m_demo.session(), kWait);
    QVERIFY(!delegate()->canPrepare());
    QVERIFY(!delegate()->canReview());

    // The demo leaves two documents awaiting review and one draft beside the published ones.
    QTRY_VERIFY_WITH_TIMEOUT(secretary()->documents()->countOf(QStringLiteral("published")) >= 30, kWait);
    QCOMPARE(secretary()->documents()->countOf(QStringLiteral("submitted")), 2);
    QCOMPARE(secretary()->documents()->countOf(QStringLiteral("draft")), 1);
    // The approver's queue.
    approver()->shown()->setState(QStringLiteral("submitted"));
    QTRY_COMPARE_WITH_TIMEOUT(approver()->shown()->count(), 2, kWait);
    const QModelIndex first = approver()->shown()->index(0, 0);
    QCOMPARE(first.data(DocumentDeskModel::StateTextRole).toString(), QStringLiteral("Awaiting review"));
    QVERIFY(!first.data(DocumentDeskModel::ItemTitleRole).toString().isEmpty());
    // A delegate's desk shows only what was published to him.
    QTRY_VERIFY_WITH_TIMEOUT(delegate()->documents()->rowCount() > 0, kWait);
    QCOMPARE(delegate()->documents()->countOf(QStringLiteral("submitted")), 0);
    QCOMPARE(delegate()->documents()->countOf(QStringLiteral("draft")), 0);
    // The groups to publish to.
    QTRY_VERIFY_WITH_TIMEOUT(!secretary()->groups().isEmpty(), kWait);
}

void TstDocumentDesk::uploadShowsProgressAndSubmits() {
    const QString path = pdfFile(40);
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    QSignalSpy progress(secretary(), &DocumentDesk::uploadProgressChanged);
    QSignalSpy uploaded(secretary(), &DocumentDesk::uploaded);
    QList<DocumentDesk::UploadState> states;
    connect(secretary(), &DocumentDesk::uploadChanged, this, [&] { states << secretary()->uploadState(); });
    secretary()->upload(QUrl::fromLocalFile(path).toString(),
                        QStringLiteral("Báo cáo kết quả giám sát chuyên đề"), m_item,
                        QStringLiteral("report"));
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 60000);
    disconnect(secretary(), &DocumentDesk::uploadChanged, this, nullptr);
    QVERIFY2(secretary()->uploadError().isEmpty(), qPrintable(secretary()->uploadError()));
    QCOMPARE(secretary()->uploadState(), DocumentDesk::UploadState::Done);
    QVERIFY(states.contains(DocumentDesk::UploadState::Hashing));
    QVERIFY(states.contains(DocumentDesk::UploadState::Sending));
    QVERIFY(states.contains(DocumentDesk::UploadState::Checking));
    QVERIFY(progress.count() >= 2);
    QCOMPARE(secretary()->uploadTotal(), size);
    QCOMPARE(secretary()->uploadSent(), size);
    QCOMPARE(secretary()->uploadFileName(), QFileInfo(path).fileName());
    m_doc = uploaded.first().first().toLongLong();
    QVERIFY(m_doc > 0);
    QCOMPARE(stateOf(secretary(), m_doc), QStringLiteral("draft"));
    QCOMPARE(roleOf(secretary(), m_doc, "version").toLongLong(), 1);
    QCOMPARE(roleOf(secretary(), m_doc, "pages").toLongLong(), 40);
    QCOMPARE(roleOf(secretary(), m_doc, "itemId").toLongLong(), m_item);
    QCOMPARE(roleOf(secretary(), m_doc, "size").toLongLong(), size);
    secretary()->resetUpload();

    // The approver's desk follows live (doc.changed), the delegate's does not see a draft.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(approver(), m_doc), QStringLiteral("draft"), kWait);
    QSignalSpy done(secretary(), &DocumentDesk::actionDone);
    secretary()->submit(m_doc);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QVERIFY2(secretary()->errorMessage().isEmpty(), qPrintable(secretary()->errorMessage()));
    QCOMPARE(stateOf(secretary(), m_doc), QStringLiteral("submitted"));
    QTRY_COMPARE_WITH_TIMEOUT(approver()->shown()->count(), 3, kWait);
    QCOMPARE(delegate()->documents()->rowOf(m_doc), -1);
}

void TstDocumentDesk::approverSignsOnTheDevice() {
    QVERIFY(m_doc > 0);
    QSignalSpy approved(approver(), &DocumentDesk::approved);
    QStringList steps;
    connect(approver(), &DocumentDesk::approvalChanged, this, [&] {
        if (!approver()->approvalStep().isEmpty())
            steps << approver()->approvalStep();
    });
    approver()->approve(m_doc, m_demo.password(QStringLiteral("pheduyet")));
    QTRY_VERIFY_WITH_TIMEOUT(approved.count() == 1 || !approver()->approvalError().isEmpty(), 60000);
    disconnect(approver(), &DocumentDesk::approvalChanged, this, nullptr);
    QVERIFY2(approver()->approvalError().isEmpty(), qPrintable(approver()->approvalError()));
    QCOMPARE(approved.first().first().toLongLong(), m_doc);
    QVERIFY(steps.size() >= 4); // document, key, list, content, signing
    QCOMPARE(stateOf(approver(), m_doc), QStringLiteral("approved"));
    QCOMPARE(approver()->approvingId(), m_doc);
    QVERIFY(approver()->notice().contains(QStringLiteral("Báo cáo kết quả giám sát chuyên đề")));
    // The server stored the signed statement; the secretariat sees it approved.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(secretary(), m_doc), QStringLiteral("approved"), kWait);
    const auto got =
        m_demo.call(QStringLiteral("thuky"), Request::DocGet, QCborMap{{QStringLiteral("document"), m_doc}});
    QVERIFY(got.ok);
    const QCborMap version =
        got.body.value(QStringLiteral("document")).toMap().value(QStringLiteral("version")).toMap();
    QVERIFY(!version.value(QStringLiteral("approval"))
                 .toMap()
                 .value(QStringLiteral("signature"))
                 .toByteArray()
                 .isEmpty());
    QCOMPARE(version.value(QStringLiteral("reviewedByName")).toString().isEmpty(), false);
}

void TstDocumentDesk::publishedToAnItemReachesTheDelegateVerified() {
    QVERIFY(m_doc > 0);
    QSignalSpy done(secretary(), &DocumentDesk::actionDone);
    secretary()->publish(m_doc, QStringLiteral("item"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QVERIFY2(secretary()->errorMessage().isEmpty(), qPrintable(secretary()->errorMessage()));
    QCOMPARE(stateOf(secretary(), m_doc), QStringLiteral("published"));
    QCOMPARE(roleOf(secretary(), m_doc, "scope").toString(), QStringLiteral("item"));
    QCOMPARE(roleOf(secretary(), m_doc, "published").toLongLong(), 1);

    // The delegate's device: it arrives, downloads, and the signature made on the approver's device verifies.
    DocumentListModel *docs = m_delegate->documents();
    QTRY_VERIFY_WITH_TIMEOUT(docs->rowOf(m_doc) >= 0, kWait);
    // The demo's other documents are still coming down: this one first, as when the delegate opens it.
    docs->download(m_doc);
    QTRY_COMPARE_WITH_TIMEOUT(docs->get(m_doc).value(QStringLiteral("approval")).toString(),
                              QStringLiteral("verified"), 60000);
    QCOMPARE(docs->get(m_doc).value(QStringLiteral("approver")).toString(), QStringLiteral("Lê Văn Duyệt"));
    QTRY_VERIFY_WITH_TIMEOUT(delegate()->documents()->rowOf(m_doc) >= 0, kWait);
}

void TstDocumentDesk::wrongPasswordSendsNothing() {
    const qint64 id = uploadDraft(QStringLiteral("Báo cáo thử mật khẩu sai"));
    QVERIFY(id > 0);
    QSignalSpy done(secretary(), &DocumentDesk::actionDone);
    secretary()->submit(id);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(approver(), id), QStringLiteral("submitted"), kWait);

    QSignalSpy approved(approver(), &DocumentDesk::approved);
    approver()->approve(id, QStringLiteral("không phải mật khẩu"));
    QTRY_VERIFY_WITH_TIMEOUT(!approver()->approvalError().isEmpty(), 30000);
    QVERIFY2(approver()->approvalError().contains(QStringLiteral("password is wrong")),
             qPrintable(approver()->approvalError()));
    QVERIFY(approver()->approvalStep().isEmpty());
    QCOMPARE(approved.count(), 0);
    // Nothing reached the server: the version still awaits review, unreviewed.
    QTest::qWait(300);
    const auto got =
        m_demo.call(QStringLiteral("thuky"), Request::DocGet, QCborMap{{QStringLiteral("document"), id}});
    QVERIFY(got.ok);
    const QCborMap version =
        got.body.value(QStringLiteral("document")).toMap().value(QStringLiteral("version")).toMap();
    QCOMPARE(version.value(QStringLiteral("review")).toString(), QStringLiteral("submitted"));
    QCOMPARE(version.value(QStringLiteral("reviewedBy")).toInteger(), 0);
    QVERIFY(version.value(QStringLiteral("approval")).isNull());
    // And the empty password is refused before anything happens.
    approver()->approve(id, QString());
    QVERIFY(approver()->approvalError().contains(QStringLiteral("password")));
}

void TstDocumentDesk::rejectShowsTheReason() {
    approver()->shown()->setState(QStringLiteral("submitted"));
    QTRY_VERIFY_WITH_TIMEOUT(approver()->shown()->count() >= 1, kWait);
    const qint64 id = approver()->shown()->index(0, 0).data(DocumentDeskModel::DocumentIdRole).toLongLong();
    // A reason is required, on the device already.
    approver()->reject(id, QStringLiteral("   "));
    QVERIFY(!approver()->errorMessage().isEmpty());
    QCOMPARE(stateOf(approver(), id), QStringLiteral("submitted"));
    approver()->clearError();
    const QString reason = QStringLiteral("Thiếu phụ lục số liệu quý IV; đề nghị bổ sung");
    QSignalSpy done(approver(), &DocumentDesk::actionDone);
    approver()->reject(id, reason);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QVERIFY2(approver()->errorMessage().isEmpty(), qPrintable(approver()->errorMessage()));
    QCOMPARE(stateOf(approver(), id), QStringLiteral("rejected"));
    // The secretariat sees why, live.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(secretary(), id), QStringLiteral("rejected"), kWait);
    QCOMPARE(roleOf(secretary(), id, "rejectReason").toString(), reason);
    QCOMPARE(roleOf(secretary(), id, "stateText").toString(), QStringLiteral("Rejected"));
}

void TstDocumentDesk::replaceWithAReasonMakesVersionTwo() {
    secretary()->shown()->setState(QStringLiteral("rejected"));
    QTRY_VERIFY_WITH_TIMEOUT(secretary()->shown()->count() >= 1, kWait);
    const qint64 id = secretary()->shown()->index(0, 0).data(DocumentDeskModel::DocumentIdRole).toLongLong();
    secretary()->shown()->setState({});
    // No reason, no replacement.
    secretary()->replace(id, pdfFile(3), QString());
    QCOMPARE(secretary()->uploadState(), DocumentDesk::UploadState::Failed);
    QVERIFY(!secretary()->uploadError().isEmpty());
    secretary()->resetUpload();

    const QString reason = QStringLiteral("Bổ sung phụ lục số liệu quý IV theo ý kiến thẩm định");
    QSignalSpy uploaded(secretary(), &DocumentDesk::uploaded);
    secretary()->replace(id, pdfFile(3), reason);
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 1, 60000);
    QVERIFY2(secretary()->uploadError().isEmpty(), qPrintable(secretary()->uploadError()));
    QCOMPARE(secretary()->uploadTarget(), id);
    QCOMPARE(roleOf(secretary(), id, "version").toLongLong(), 2);
    QCOMPARE(roleOf(secretary(), id, "replaceReason").toString(), reason);
    QCOMPARE(stateOf(secretary(), id), QStringLiteral("draft"));
    QCOMPARE(roleOf(secretary(), id, "pages").toLongLong(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(roleOf(approver(), id, "version").toLongLong(), 2, kWait);
    secretary()->resetUpload();
}

void TstDocumentDesk::withdrawTakesItFromTheDelegate() {
    QVERIFY(m_doc > 0);
    DocumentListModel *docs = m_delegate->documents();
    QTRY_VERIFY_WITH_TIMEOUT(docs->rowOf(m_doc) >= 0, kWait);
    // What the confirmation says.
    const QString effect = secretary()->withdrawEffect(m_doc);
    QVERIFY(effect.contains(QStringLiteral("Báo cáo kết quả giám sát chuyên đề")));
    QVERIFY(effect.contains(QStringLiteral("delete")));
    secretary()->withdraw(m_doc, QString());
    QVERIFY(!secretary()->errorMessage().isEmpty());
    secretary()->clearError();

    QSignalSpy withdrawn(docs, &DocumentListModel::documentWithdrawn);
    QSignalSpy done(secretary(), &DocumentDesk::actionDone);
    secretary()->withdraw(m_doc, QStringLiteral("Số liệu chưa được cập nhật"));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QVERIFY2(secretary()->errorMessage().isEmpty(), qPrintable(secretary()->errorMessage()));
    QCOMPARE(stateOf(secretary(), m_doc), QStringLiteral("withdrawn"));
    QCOMPARE(roleOf(secretary(), m_doc, "withdrawReason").toString(),
             QStringLiteral("Số liệu chưa được cập nhật"));
    QTRY_COMPARE_WITH_TIMEOUT(docs->rowOf(m_doc), -1, kWait);
    QCOMPARE(withdrawn.count(), 1);
    QVERIFY(withdrawn.first().at(1).toString().contains(QStringLiteral("Số liệu chưa được cập nhật")));
    QTRY_COMPARE_WITH_TIMEOUT(delegate()->documents()->rowOf(m_doc), -1, kWait);
    // The staff still have it, and may publish it again.
    QCOMPARE(approver()->documents()->rowOf(m_doc) >= 0, true);
}

void TstDocumentDesk::serverRefusalsAreShown() {
    // A delegate's desk: the server refuses, and says why in its own words.
    QTRY_VERIFY_WITH_TIMEOUT(delegate()->documents()->rowCount() > 0, kWait);
    const qint64 published =
        delegate()->documents()->index(0).data(DocumentDeskModel::DocumentIdRole).toLongLong();
    const auto direct = m_demo.call(
        QStringLiteral("daibieu"), Request::DocWithdraw,
        QCborMap{{QStringLiteral("document"), published}, {QStringLiteral("reason"), QStringLiteral("thử")}});
    QVERIFY(!direct.ok);
    delegate()->withdraw(published, QStringLiteral("thử"));
    QTRY_VERIFY_WITH_TIMEOUT(!delegate()->errorMessage().isEmpty(), kWait);
    QVERIFY2(delegate()->errorMessage().startsWith(direct.errorMessage),
             qPrintable(delegate()->errorMessage()));
    QCOMPARE(direct.errorCode, QStringLiteral("permission_denied"));

    // A file that is no PDF: refused by the server's check, with its message.
    const QString fake = m_files.filePath(QStringLiteral("khong-phai-pdf.pdf"));
    QFile file(fake);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("Đây không phải là tệp PDF.\n").repeated(200));
    file.close();
    secretary()->upload(fake, QStringLiteral("Tệp giả"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(secretary()->uploadState(), DocumentDesk::UploadState::Failed, 60000);
    QVERIFY(!secretary()->uploadError().isEmpty());
    // A title is required.
    secretary()->resetUpload();
    secretary()->upload(pdfFile(1), QStringLiteral("  "), 0);
    QCOMPARE(secretary()->uploadState(), DocumentDesk::UploadState::Failed);
    secretary()->resetUpload();
}

QTEST_MAIN(TstDocumentDesk)
#include "tst_documentdesk.moc"
