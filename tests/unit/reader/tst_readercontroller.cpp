// ReaderController over a real five-page Vietnamese PDF: it opens, turns
// pages within bounds, finds "ngân sách" when "ngan sach" is typed (also in
// capitals and across a line break) with rectangles to highlight, walks the
// hits from the page being read, and follows the hall's page while "follow
// the presenter" is on, until the reader turns away.
#include "documentlistmodel.h"
#include "pdffixtures.h"
#include "readercontroller.h"

#include <QCborMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using council::client::DocumentListModel;
using council::client::ReaderController;

namespace {

constexpr qint64 kSession = 7;
constexpr qint64 kBody = 1;
constexpr qint64 kDocument = 42;

council::protocol::Frame hallChanged(const QString &mode, qint64 document, int page) {
    council::protocol::Frame f;
    f.kind = council::protocol::FrameKind::Event;
    f.type = qint64(council::protocol::Event::HallChanged);
    f.body.insert(QStringLiteral("body"), kBody);
    f.body.insert(QStringLiteral("mode"), mode);
    f.body.insert(QStringLiteral("document"), document);
    f.body.insert(QStringLiteral("page"), page);
    return f;
}

} // namespace

class TstReaderController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;

    bool openSample(ReaderController &reader) {
        reader.openFile(m_pdf);
        return QTest::qWaitFor([&] { return reader.status() == ReaderController::Status::Ready; }, 10000);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY(pdffixtures::writeSample(m_pdf));
    }

    void opensAndTurnsPagesWithinBounds() {
        ReaderController reader;
        QSignalSpy opened(&reader, &ReaderController::documentOpened);
        QVERIFY(openSample(reader));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(reader.pageCount(), pdffixtures::kSamplePages);
        QCOMPARE(reader.currentPage(), 0);
        QVERIFY(reader.pageSize(0).width() > 500);                         // A4: 595 points
        QVERIFY(reader.pageSize(3).width() > reader.pageSize(3).height()); // the A5 landscape page

        QSignalSpy turned(&reader, &ReaderController::currentPageChanged);
        reader.nextPage();
        reader.nextPage();
        QCOMPARE(reader.currentPage(), 2);
        reader.previousPage();
        QCOMPARE(reader.currentPage(), 1);
        reader.previousPage();
        reader.previousPage(); // not before the first page
        QCOMPARE(reader.currentPage(), 0);
        reader.setCurrentPage(99);
        QCOMPARE(reader.currentPage(), pdffixtures::kSamplePages - 1);
        reader.nextPage(); // nor after the last
        QCOMPARE(reader.currentPage(), pdffixtures::kSamplePages - 1);
        QCOMPARE(turned.count(), 5);
    }

    void searchIgnoresDiacriticsAndWalksTheHits() {
        ReaderController reader;
        QVERIFY(openSample(reader));
        reader.setCurrentPage(2);
        reader.search(QStringLiteral("ngan sach"));
        QTRY_VERIFY_WITH_TIMEOUT(!reader.searching(), 10000);
        // Page 0 (title), page 1 (across a line break: one hit per line), page 3 (capitals).
        QCOMPARE(reader.hitPages(), (QList<int>{0, 1, 3}));
        QVERIFY(reader.hitCount() >= 4);
        // The first hit from the page being read on: page 3, not back at page 0.
        QCOMPARE(reader.currentPage(), 3);
        const QVariantMap current = reader.currentHitRect();
        QCOMPARE(current.value(QStringLiteral("page")).toInt(), 3);
        QVERIFY(current.value(QStringLiteral("width")).toDouble() > 20);
        const QVariantList onPage = reader.hitsOnPage(3);
        QCOMPARE(onPage.size(), 1);
        QVERIFY(onPage.at(0).toMap().value(QStringLiteral("current")).toBool());
        const QSizeF size = reader.pageSize(3);
        const QRectF rect(current.value(QStringLiteral("x")).toDouble(),
                          current.value(QStringLiteral("y")).toDouble(),
                          current.value(QStringLiteral("width")).toDouble(),
                          current.value(QStringLiteral("height")).toDouble());
        QVERIFY(QRectF(QPointF(0, 0), size).contains(rect));

        // Next from the last hit wraps to the first; previous comes back.
        reader.nextHit();
        QCOMPARE(reader.currentPage(), 0);
        QCOMPARE(reader.currentHit(), 0);
        reader.previousHit();
        QCOMPARE(reader.currentPage(), 3);
        reader.nextHit();
        reader.nextHit();
        QCOMPARE(reader.currentPage(), 1);

        reader.search(QStringLiteral("khong co tu nay"));
        QTRY_VERIFY_WITH_TIMEOUT(!reader.searching(), 10000);
        QCOMPARE(reader.hitCount(), 0);
        QCOMPARE(reader.currentHit(), -1);
        reader.clearSearch();
        QVERIFY(reader.searchText().isEmpty());
    }

    void followsThePresenterUntilTheReaderTurnsAway() {
        DocumentListModel documents(nullptr);
        documents.setSession(kSession, kBody);
        ReaderController reader;
        reader.setDocuments(&documents);
        reader.setDocumentId(kDocument);
        QVERIFY(openSample(reader));
        QVERIFY(!reader.presenterHere());

        documents.applyEvent(hallChanged(QStringLiteral("document"), kDocument, 3));
        QVERIFY(reader.presenterHere());
        QCOMPARE(reader.presenterPage(), 2);
        QCOMPARE(reader.currentPage(), 0); // not following yet

        reader.setFollowPresenter(true);
        QCOMPARE(reader.currentPage(), 2);
        documents.applyEvent(hallChanged(QStringLiteral("document"), kDocument, 5));
        QCOMPARE(reader.currentPage(), 4);
        // Another document in the hall: this reader stays where it is.
        documents.applyEvent(hallChanged(QStringLiteral("document"), kDocument + 1, 1));
        QVERIFY(!reader.presenterHere());
        QCOMPARE(reader.currentPage(), 4);
        documents.applyEvent(hallChanged(QStringLiteral("document"), kDocument, 2));
        QCOMPARE(reader.currentPage(), 1);

        // The reader turns away: following stops, the hall no longer turns the page.
        reader.setCurrentPage(3);
        QVERIFY(!reader.followPresenter());
        documents.applyEvent(hallChanged(QStringLiteral("document"), kDocument, 1));
        QCOMPARE(reader.currentPage(), 3);
        documents.applyEvent(hallChanged(QStringLiteral("agenda"), 0, 0));
        QVERIFY(!reader.presenterHere());
    }

    void closesWhenTheDocumentIsWithdrawn() {
        DocumentListModel documents(nullptr);
        documents.setSession(kSession, kBody);
        QCborMap record;
        record.insert(QStringLiteral("id"), kDocument);
        record.insert(QStringLiteral("body"), kBody);
        record.insert(QStringLiteral("session"), kSession);
        record.insert(QStringLiteral("title"), QStringLiteral("Dự thảo Nghị quyết về ngân sách"));
        record.insert(QStringLiteral("kind"), QStringLiteral("resolution"));
        record.insert(QStringLiteral("state"), QStringLiteral("published"));
        record.insert(QStringLiteral("published"), 1);
        record.insert(QStringLiteral("version"),
                      QCborMap{{QStringLiteral("version"), 1}, {QStringLiteral("pages"), 5}});
        council::protocol::Frame published;
        published.kind = council::protocol::FrameKind::Event;
        published.type = qint64(council::protocol::Event::DocPublished);
        published.body.insert(QStringLiteral("document"), record);
        documents.applyEvent(published);
        QCOMPARE(documents.rowCount(), 1);

        ReaderController reader;
        reader.setDocuments(&documents);
        reader.setDocumentId(kDocument);
        QCOMPARE(reader.info().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Dự thảo Nghị quyết về ngân sách"));
        QVERIFY(openSample(reader));

        council::protocol::Frame withdrawn;
        withdrawn.kind = council::protocol::FrameKind::Event;
        withdrawn.type = qint64(council::protocol::Event::DocWithdrawn);
        withdrawn.body.insert(QStringLiteral("document"), kDocument);
        withdrawn.body.insert(QStringLiteral("body"), kBody);
        withdrawn.body.insert(QStringLiteral("reason"), QStringLiteral("Phát hành nhầm"));
        documents.applyEvent(withdrawn);
        QCOMPARE(documents.rowCount(), 0);
        QCOMPARE(reader.status(), ReaderController::Status::Withdrawn);
        QVERIFY(reader.errorString().contains(QStringLiteral("Phát hành nhầm")));
        QCOMPARE(reader.pageCount(), 0); // not even the copy in memory stays
        QVERIFY(reader.info().isEmpty());
    }
};

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstReaderController test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readercontroller.moc"
