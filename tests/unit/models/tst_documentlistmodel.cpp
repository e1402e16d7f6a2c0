// DocumentListModel against the real council-server: a document the
// secretariat uploads, an approver signs and publishes appears on a
// delegate's device, downloads by itself, is sealed at rest (no "%PDF" on
// disk, mode 0600) and shows as approved with the approver's name from the
// signed list. A second start reads it from the device without a single
// doc.fetch, also offline; a withdrawn document disappears (and leaves the
// device), a replacement switches the version; a device that pinned another
// trust key refuses to call anything approved.
#include "documentfiltermodel.h"
#include "documentkit.h"
#include "documentlistmodel.h"
#include "serverconnection.h"
#include "testdocuments.h"
#include "trustpins.h"

#include "crypto/approval.h"
#include "crypto/signing.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using council::client::DocumentCache;
using council::client::DocumentFilterModel;
using council::client::DocumentListModel;
using council::client::ServerConnection;
using council::client::TrustPins;
using namespace council::testing;
using council::protocol::Request;

namespace {

const QString kEveryone = QStringLiteral("everyone");

QVariant role(const DocumentListModel &m, qint64 id, DocumentListModel::Role r) {
    const int row = m.rowOf(id);
    return row < 0 ? QVariant() : m.data(m.index(row), r);
}

QString downloadOf(const DocumentListModel &m, qint64 id) {
    return role(m, id, DocumentListModel::DownloadRole).toString();
}

QString approvalOf(const DocumentListModel &m, qint64 id) {
    return role(m, id, DocumentListModel::ApprovalRole).toString();
}

QStringList sealedFiles(const QString &root) {
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.sealed")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class TstDocumentListModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedDocumentDownloadsSealedAndVerified();
    void secondStartReadsFromTheDevice();
    void offlineShowsWhatTheDeviceHolds();
    void newPublicationsAndReplacementsFollowLive();
    void withdrawnDocumentDisappearsAndLeavesTheDevice();
    void anotherPinnedTrustKeyIsNeverApproved();
    void itemFilterKeepsOneItem();
    void cutDownloadResumesSealed();

private:
    // A device: a logged-in connection of the delegate and a model over it,
    // keeping its files under `storage`.
    struct Device {
        std::unique_ptr<ServerConnection> connection;
        std::unique_ptr<DocumentListModel> model;
    };
    Device device(const QString &storage, bool online = true);
    qint64 publish(const QString &title, QByteArray *bytes, qint64 item);

    TestCouncil m_council;
    TrustedBody m_t;
    QTemporaryDir m_storage;
    qint64 m_item = 0;
    qint64 m_otherItem = 0;
    qint64 m_first = 0;
    QByteArray m_firstBytes;
    int m_counter = 0;
};

TstDocumentListModel::Device TstDocumentListModel::device(const QString &storage, bool online) {
    Device d;
    d.connection = std::make_unique<ServerConnection>();
    d.connection->setServerUrl(m_council.server()->url());
    d.connection->setToken(m_t.f.delegateLogin.token);
    d.model = std::make_unique<DocumentListModel>(d.connection.get());
    d.model->setStorage(QDir(storage).filePath(QStringLiteral("documents")),
                        QDir(storage).filePath(QStringLiteral("config/document-cache.key")),
                        QDir(storage).filePath(QStringLiteral("config/trust-pins.json")));
    if (online) {
        d.connection->open();
        if (!QTest::qWaitFor([&] { return d.connection->state() == ServerConnection::State::Online; }, 15000))
            qWarning("the delegate's connection did not come online");
    }
    d.model->setSession(m_t.f.session, m_t.f.body);
    return d;
}

qint64 TstDocumentListModel::publish(const QString &title, QByteArray *bytes, qint64 item) {
    *bytes = vietnamesePdf(2, QStringLiteral("Tài liệu của mô hình số %1").arg(++m_counter));
    const Reply created =
        uploadDocument(*m_t.f.secretary, m_t.f.body, title + QStringLiteral(".pdf"), *bytes, title,
                       QCborMap{{QStringLiteral("kind"), QStringLiteral("submission")},
                                {QStringLiteral("session"), m_t.f.session},
                                {QStringLiteral("item"), item}});
    if (!created.ok()) {
        qWarning() << "doc.create:" << created.describe();
        return 0;
    }
    const qint64 id = created.map(QStringLiteral("document")).value(QStringLiteral("id")).toInteger();
    const Reply published = submitApprovePublish(m_t, id, kEveryone);
    if (!published.ok()) {
        qWarning() << "submit/approve/publish:" << published.describe();
        return 0;
    }
    return id;
}

void TstDocumentListModel::initTestCase() {
    QVERIFY(m_storage.isValid());
    QVERIFY2(m_council.start(), qPrintable(m_council.lastError()));
    const QByteArray adminSeed = signingSeedOf(*m_council.admin(), kAdminName, kAdminPassword);
    QCOMPARE(adminSeed.size(), 32);
    QString error;
    QVERIFY2(setUpTrustedBody(m_council, adminSeed, &m_t, &error), qPrintable(error));
    int n = 0;
    for (qint64 *item : {&m_item, &m_otherItem}) {
        const Reply r = addItem(*m_t.f.secretary, m_t.f.session, QStringLiteral("Nội dung %1").arg(++n));
        COUNCIL_VERIFY_OK(r);
        *item = idOf(r, QStringLiteral("item"));
    }
    m_first = publish(QStringLiteral("Tờ trình về dự toán ngân sách"), &m_firstBytes, m_item);
    QVERIFY(m_first > 0);
}

void TstDocumentListModel::publishedDocumentDownloadsSealedAndVerified() {
    Device d = device(m_storage.path());
    DocumentListModel &m = *d.model;
    QAbstractItemModelTester tester(&m);
    QTRY_VERIFY_WITH_TIMEOUT(m.rowOf(m_first) >= 0, 10000);
    QCOMPARE(role(m, m_first, DocumentListModel::TitleRole).toString(),
             QStringLiteral("Tờ trình về dự toán ngân sách"));
    QCOMPARE(role(m, m_first, DocumentListModel::KindRole).toString(), QStringLiteral("submission"));
    QCOMPARE(role(m, m_first, DocumentListModel::ItemIdRole).toLongLong(), m_item);
    QCOMPARE(role(m, m_first, DocumentListModel::VersionRole).toLongLong(), 1);
    QCOMPARE(role(m, m_first, DocumentListModel::PagesRole).toLongLong(), 2);

    // Nobody asked: published documents come onto the device by themselves.
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, m_first), QStringLiteral("ready"), 15000);
    QCOMPARE(role(m, m_first, DocumentListModel::ProgressRole).toDouble(), 1.0);
    QVERIFY(m.fetchRequests() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(approvalOf(m, m_first), QStringLiteral("verified"), 10000);
    QCOMPARE(role(m, m_first, DocumentListModel::ApproverRole).toString(), m_t.approverFullName);
    QVERIFY(!role(m, m_first, DocumentListModel::ApprovedAtRole).toString().isEmpty());

    // Sealed at rest: neither the PDF's bytes nor its title on the disk, owner-only files.
    QTRY_COMPARE_WITH_TIMEOUT(sealedFiles(m_storage.path()).size(), 2,
                              5000); // the document and the offline index
    const QStringList files = sealedFiles(m_storage.path());
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.startsWith("%PDF"), qPrintable(path));
        QVERIFY(!content.contains("%PDF"));
        QVERIFY(!content.contains(QStringLiteral("dự toán").toUtf8()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
    const QString key = QDir(m_storage.path()).filePath(QStringLiteral("config/document-cache.key"));
    QCOMPARE(QFileInfo(key).size(), 32);
    QCOMPARE(QFile::permissions(key) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    // The pin was taken on first sight.
    const auto pinned = TrustPins(QDir(m_storage.path()).filePath(QStringLiteral("config/trust-pins.json")))
                            .pinned(m_council.server()->url(), m_t.f.body);
    QVERIFY(pinned.has_value());
    QCOMPARE(*pinned, m_t.trustKey.publicKey);

    // The reader gets the very bytes the secretariat uploaded, decrypted in memory.
    QSignalSpy bytes(&m, &DocumentListModel::bytesReady);
    m.requestBytes(m_first);
    QTRY_COMPARE_WITH_TIMEOUT(bytes.count(), 1, 10000);
    QCOMPARE(bytes.at(0).at(0).toLongLong(), m_first);
    QCOMPARE(bytes.at(0).at(1).toByteArray(), m_firstBytes);
}

void TstDocumentListModel::secondStartReadsFromTheDevice() {
    Device d = device(m_storage.path());
    DocumentListModel &m = *d.model;
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, m_first), QStringLiteral("ready"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(approvalOf(m, m_first), QStringLiteral("verified"), 10000);
    // Wait for the list from the server too: still nothing fetched.
    QTRY_VERIFY_WITH_TIMEOUT(!m.loading(), 10000);
    QTest::qWait(300);
    QCOMPARE(m.fetchRequests(), quint64(0));
}

void TstDocumentListModel::offlineShowsWhatTheDeviceHolds() {
    // No connection at all: the sealed index and copies are enough to read
    // and to check the signature against the pinned key and the kept list.
    Device d = device(m_storage.path(), false);
    DocumentListModel &m = *d.model;
    QVERIFY(m.rowOf(m_first) >= 0);
    QCOMPARE(downloadOf(m, m_first), QStringLiteral("ready"));
    QCOMPARE(approvalOf(m, m_first), QStringLiteral("verified"));
    QSignalSpy bytes(&m, &DocumentListModel::bytesReady);
    m.requestBytes(m_first);
    QTRY_COMPARE_WITH_TIMEOUT(bytes.count(), 1, 10000);
    QCOMPARE(bytes.at(0).at(1).toByteArray(), m_firstBytes);
}

void TstDocumentListModel::newPublicationsAndReplacementsFollowLive() {
    Device d = device(m_storage.path());
    DocumentListModel &m = *d.model;
    QAbstractItemModelTester tester(&m);
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, m_first), QStringLiteral("ready"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m.loading(), 10000);
    const int before = m.rowCount();

    QByteArray bytes;
    const qint64 second = publish(QStringLiteral("Báo cáo thẩm tra"), &bytes, m_otherItem);
    QVERIFY(second > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m.rowOf(second) >= 0, 10000);
    QCOMPARE(m.rowCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, second), QStringLiteral("ready"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(approvalOf(m, second), QStringLiteral("verified"), 10000);

    // A replacement, approved and published again: the delegate's row
    // switches to version 2, fetches it and checks the new signature.
    QSignalSpy replaced(&m, &DocumentListModel::documentReplaced);
    const QByteArray v2 = vietnamesePdf(3, QStringLiteral("Bản sửa %1").arg(++m_counter));
    const Reply r = uploadReplacement(*m_t.f.secretary, m_t.f.body, second, QStringLiteral("bao-cao-sua.pdf"),
                                      v2, QStringLiteral("Cập nhật số liệu quý IV"));
    COUNCIL_VERIFY_OK(r);
    COUNCIL_VERIFY_OK(submitApprovePublish(m_t, second, kEveryone));
    QTRY_COMPARE_WITH_TIMEOUT(role(m, second, DocumentListModel::VersionRole).toLongLong(), 2, 10000);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(role(m, second, DocumentListModel::PagesRole).toLongLong(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, second), QStringLiteral("ready"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(approvalOf(m, second), QStringLiteral("verified"), 10000);
    QSignalSpy got(&m, &DocumentListModel::bytesReady);
    m.requestBytes(second);
    QTRY_COMPARE_WITH_TIMEOUT(got.count(), 1, 10000);
    QCOMPARE(got.at(0).at(1).toByteArray(), v2);

    // The trail, newest first: the reason of the replacement and its approver.
    QSignalSpy versions(&m, &DocumentListModel::versionsReady);
    m.requestVersions(second);
    QTRY_COMPARE_WITH_TIMEOUT(versions.count(), 1, 10000);
    const QVariantList trail = versions.at(0).at(1).toList();
    QCOMPARE(trail.size(), 2);
    const QVariantMap newest = trail.at(0).toMap();
    QCOMPARE(newest.value(QStringLiteral("version")).toLongLong(), 2);
    QCOMPARE(newest.value(QStringLiteral("reason")).toString(), QStringLiteral("Cập nhật số liệu quý IV"));
    QCOMPARE(newest.value(QStringLiteral("review")).toString(), QStringLiteral("approved"));
    QVERIFY(!newest.value(QStringLiteral("reviewedBy")).toString().isEmpty());
    QVERIFY(newest.value(QStringLiteral("shown")).toBool());
    QVERIFY(!trail.at(1).toMap().value(QStringLiteral("shown")).toBool());
}

void TstDocumentListModel::withdrawnDocumentDisappearsAndLeavesTheDevice() {
    Device d = device(m_storage.path());
    DocumentListModel &m = *d.model;
    QByteArray bytes;
    const qint64 id = publish(QStringLiteral("Tài liệu sẽ rút lại"), &bytes, m_item);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, id), QStringLiteral("ready"), 15000);
    const QString hash = blake2bHex(bytes);
    QVERIFY(QFile::exists(QDir(m.cacheFolder()).filePath(hash + QStringLiteral(".sealed"))));

    QAbstractItemModelTester tester(&m);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    COUNCIL_VERIFY_OK(onDocument(*m_t.f.secretary, Request::DocWithdraw, id,
                                 QCborMap{{QStringLiteral("reason"), QStringLiteral("Phát hành nhầm")}}));
    QTRY_COMPARE_WITH_TIMEOUT(m.rowOf(id), -1, 10000);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!QFile::exists(QDir(m.cacheFolder()).filePath(hash + QStringLiteral(".sealed"))));
    QVERIFY(m.rowOf(m_first) >= 0);
}

void TstDocumentListModel::anotherPinnedTrustKeyIsNeverApproved() {
    // This device met the council earlier with another trust key: whatever
    // the server presents now, nothing shows as approved.
    QTemporaryDir storage;
    QVERIFY(storage.isValid());
    TrustPins pins(QDir(storage.path()).filePath(QStringLiteral("config/trust-pins.json")));
    QCOMPARE(
        pins.pin(m_council.server()->url(), m_t.f.body, council::crypto::generateSigningKeyPair().publicKey),
        TrustPins::Status::NotPinned);

    Device d = device(storage.path());
    DocumentListModel &m = *d.model;
    QTRY_COMPARE_WITH_TIMEOUT(downloadOf(m, m_first), QStringLiteral("ready"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(approvalOf(m, m_first), QStringLiteral("unverified"), 10000);
    QCOMPARE(role(m, m_first, DocumentListModel::ApprovalReasonRole).toString(),
             council::crypto::approvalCheckMessage(council::crypto::ApprovalCheck::TrustKeyMismatch, true));
    QVERIFY(role(m, m_first, DocumentListModel::ApproverRole).toString().isEmpty());
    QVERIFY(role(m, m_first, DocumentListModel::ApprovedAtRole).toString().isEmpty());
    QCOMPARE(role(m, m_first, DocumentListModel::ApprovalTextRole).toString(),
             QStringLiteral("Signature not verified"));
}

void TstDocumentListModel::itemFilterKeepsOneItem() {
    Device d = device(m_storage.path());
    DocumentListModel &m = *d.model;
    QTRY_VERIFY_WITH_TIMEOUT(m.rowOf(m_first) >= 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m.loading(), 10000);
    DocumentFilterModel filter;
    QAbstractItemModelTester tester(&filter);
    filter.setDocuments(&m);
    QCOMPARE(filter.count(), m.rowCount());
    QSignalSpy count(&filter, &DocumentFilterModel::countChanged);
    filter.setItemId(m_item);
    QVERIFY(count.count() > 0);
    QVERIFY(filter.count() >= 1);
    QVERIFY(filter.count() < m.rowCount());
    for (int r = 0; r < filter.rowCount(); ++r)
        QCOMPARE(filter.index(r, 0).data(DocumentListModel::ItemIdRole).toLongLong(), m_item);
}

void TstDocumentListModel::cutDownloadResumesSealed() {
    // A download cut in the middle (the app closed, the Wi-Fi gone) goes on
    // from the sealed part it left: only the missing chunks are fetched.
    QTemporaryDir storage;
    QVERIFY(storage.isValid());
    QString error;
    const auto cache = DocumentCache::open(QDir(storage.path()).filePath(QStringLiteral("docs")),
                                           QDir(storage.path()).filePath(QStringLiteral("key")), &error);
    QVERIFY2(cache, qPrintable(error));
    ServerConnection connection;
    connection.setServerUrl(m_council.server()->url());
    connection.setToken(m_t.f.delegateLogin.token);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ServerConnection::State::Online, 15000);
    const QString hash = blake2bHex(m_firstBytes);
    const qint64 size = m_firstBytes.size();
    constexpr int kChunk = 1024;
    QVERIFY(size > 6 * kChunk);

    council::client::SealedDownloader first(&connection);
    first.setChunkBytes(kChunk);
    QSignalSpy progress(&first, &council::client::SealedDownloader::progress);
    first.start(*cache, hash, size);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() >= 3 * kChunk, 10000);
    first.cancel();
    const qint64 kept = progress.last().at(0).toLongLong();
    QVERIFY(QFile::exists(cache->partPathFor(hash)));
    QVERIFY(!cache->contains(hash));
    // A torn last write, as a killed process leaves it: the part still resumes.
    {
        QFile part(cache->partPathFor(hash));
        QVERIFY(part.open(QIODevice::Append));
        part.write("\x10\x00\x00\x00torn");
    }

    council::client::SealedDownloader second(&connection);
    second.setChunkBytes(kChunk);
    QSignalSpy finished(&second, &council::client::SealedDownloader::finished);
    QSignalSpy failed(&second, &council::client::SealedDownloader::failed);
    second.start(*cache, hash, size);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(qint64(second.fetchRequests()), (size - kept + kChunk - 1) / kChunk);
    QVERIFY(!QFile::exists(cache->partPathFor(hash)));
    const auto read = cache->read(hash, size);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.data, m_firstBytes);

    // Once there, never again.
    council::client::SealedDownloader third(&connection);
    QSignalSpy again(&third, &council::client::SealedDownloader::finished);
    third.start(*cache, hash, size);
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 5000);
    QVERIFY(!again.at(0).at(0).toBool());
    QCOMPARE(third.fetchRequests(), quint64(0));
}

int main(int argc, char *argv[]) {
    // QPdfWriter draws the test documents: a GUI application, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstDocumentListModel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentlistmodel.moc"
