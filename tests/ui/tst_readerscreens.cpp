// The documents and the reader with the demo session's real documents: the
// real `council-server --demo`, a delegate (daibieu) logged in, every
// published document downloaded (sealed) and its signature verified, then
// the agenda with each item's documents, the session's document list and
// the reader (page, thumbnails, search hits for "ngan sach", approval and
// versions, follow the presenter) rendered offscreen at 1280×800, 800×1280
// and 1920×1080. Each PNG is checked the way a person looks at it: the key
// elements are there, inside the window, not on top of each other, and no
// text is cut off.
#include "appcontroller.h"
#include "pagechecks.h"
#include "serverconnection.h"
#include "uitestsupport.h"

#include <QQmlApplicationEngine>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>
#include <memory>
#include <utility>

Q_IMPORT_QML_PLUGIN(PaperlessCouncilPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(PaperlessCouncil_ReaderPlugin)

using council::client::AppController;
using council::client::DocumentListModel;
using council::client::ServerConnection;
using namespace council::uitest;

namespace {

void settle(int ms = 800) {
    QTest::qWait(ms);
}

QRectF sceneRect(const QQuickItem *item) {
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// No two of these visible items cover each other (more than a pixel's seam).
QStringList checkNoOverlap(QQuickWindow *window, const QStringList &names) {
    QStringList problems;
    for (int i = 0; i < names.size(); ++i) {
        for (int j = i + 1; j < names.size(); ++j) {
            QQuickItem *a = findVisible(window, names.at(i));
            QQuickItem *b = findVisible(window, names.at(j));
            if (!a || !b)
                continue; // checkShownInside reports what is missing
            const QRectF overlap = sceneRect(a).adjusted(1, 1, -1, -1) & sceneRect(b).adjusted(1, 1, -1, -1);
            if (!overlap.isEmpty())
                problems << QStringLiteral("%1 and %2 overlap (%3x%4 px)")
                                .arg(names.at(i), names.at(j))
                                .arg(overlap.width())
                                .arg(overlap.height());
        }
    }
    return problems;
}

// The first descendant of `root` with this objectName.
QQuickItem *descendant(QQuickItem *root, const QString &name) {
    if (!root)
        return nullptr;
    for (QQuickItem *child : root->childItems()) {
        if (child->objectName() == name && child->isVisible())
            return child;
        if (QQuickItem *found = descendant(child, name))
            return found;
    }
    return nullptr;
}

// These very items are on screen: visible, with a size, inside the window.
QStringList checkItemsInside(QQuickWindow *window, const QList<QPair<QString, QQuickItem *>> &items) {
    QStringList problems;
    const QRectF windowRect = QRectF(0, 0, window->width(), window->height()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const auto &[name, item] : items) {
        if (!item || !item->isVisible())
            problems << QStringLiteral("%1: not found or not visible").arg(name);
        else if (!windowRect.contains(sceneRect(item)) || item->width() < 1 || item->height() < 1)
            problems << QStringLiteral("%1: not inside the window").arg(name);
    }
    return problems;
}

} // namespace

class TstReaderScreens : public QObject {
    Q_OBJECT

public:
    static void initMain() { prepareScreenTestProcess(); }

private slots:
    void initTestCase();
    void cleanup();
    void documentsAndReader();
    void cleanupTestCase();

private:
    void check(QQuickWindow *window, const QStringList &shown, const QStringList &apart = {});
    QQuickItem *top(QQuickWindow *window) const;
    bool resize(QQuickWindow *window, QSize size);

    QTranslator m_translator;
    DemoServerProcess m_server;
    QHash<QString, QString> m_passwords; // user name -> password
};

void TstReaderScreens::initTestCase() {
    startRecordingQmlWarnings();
    QVERIFY(useMaterialInVietnamese(m_translator));

    if (DemoServerProcess::binary().isEmpty())
        QSKIP("council-server is not built; set COUNCIL_SERVER_BIN");
    QString error;
    QVERIFY2(m_server.start(120000, &error), qPrintable(error)); // the demo makes its PDFs first

    QList<DemoAccount> accounts;
    QVERIFY(readDemoAccounts(m_server.dataDir(), &accounts));
    for (const DemoAccount &account : std::as_const(accounts))
        m_passwords.insert(account.username, account.password);
    QVERIFY2(m_passwords.contains(QStringLiteral("daibieu")), "no daibieu in demo-accounts.txt");
}

void TstReaderScreens::cleanup() {
    verifyNoQmlWarnings();
}

void TstReaderScreens::check(QQuickWindow *window, const QStringList &shown, const QStringList &apart) {
    const QStringList problems =
        checkShownInside(window, shown) + checkTexts(window) + checkNoOverlap(window, apart);
    for (const QString &p : problems)
        qWarning().noquote() << p;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QQuickItem *TstReaderScreens::top(QQuickWindow *window) const {
    QQuickItem *stack = findVisible(window, QStringLiteral("stack"));
    return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
}

bool TstReaderScreens::resize(QQuickWindow *window, QSize size) {
    window->resize(size);
    settle(900);
    return window->width() == size.width() && window->height() == size.height();
}

void TstReaderScreens::documentsAndReader() {
    AppController controller;
    QQmlApplicationEngine engine;
    QQuickWindow *window = showMainWindow(engine, &controller, QSize(1280, 800));
    QVERIFY(window);

    controller.login(m_server.url(), QStringLiteral("daibieu"), m_passwords.value(QStringLiteral("daibieu")));
    QTRY_VERIFY_WITH_TIMEOUT(controller.loggedIn() && controller.synced(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(controller.connectionStatus(), AppController::ConnectionStatus::Online, 10000);

    // The demo session with documents.
    DocumentListModel *documents = controller.documents();
    for (int row = 0; row < controller.sessions()->rowCount() && documents->rowCount() == 0; ++row) {
        controller.openSession(
            controller.sessions()
                ->data(controller.sessions()->index(row), council::client::SessionListModel::IdRole)
                .toLongLong());
        if (QTest::qWaitFor([&] { return documents->rowCount() > 0; }, 5000))
            break;
    }
    QVERIFY2(documents->rowCount() > 0, "no session of the demo has documents");
    // Every published document comes onto the device by itself, and checks out.
    QTRY_COMPARE_WITH_TIMEOUT(documents->readyCount(), documents->rowCount(), 90000);
    for (int row = 0; row < documents->rowCount(); ++row)
        QTRY_COMPARE_WITH_TIMEOUT(
            documents->data(documents->index(row), DocumentListModel::ApprovalRole).toString(),
            QStringLiteral("verified"), 10000);

    // The agenda: each item's documents in its card.
    for (const QSize size : kScreenSizes) {
        QVERIFY(resize(window, size));
        QQuickItem *list = findVisible(window, QStringLiteral("agendaList"));
        QVERIFY(list);
        // The first item with documents at the top of the list.
        int first = -1;
        for (int row = 0; row < controller.agenda()->rowCount() && first < 0; ++row) {
            const qint64 item =
                controller.agenda()
                    ->data(controller.agenda()->index(row), council::client::AgendaModel::IdRole)
                    .toLongLong();
            for (int d = 0; d < documents->rowCount(); ++d)
                if (documents->data(documents->index(d), DocumentListModel::ItemIdRole).toLongLong() == item)
                    first = row;
        }
        QVERIFY(first >= 0);
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, first),
                                  Q_ARG(int, 1 /* Beginning */));
        settle(300);
        // Scroll on so that the card's documents sit at the top of the list.
        QQuickItem *card = findVisible(window, QStringLiteral("agendaItem%1").arg(first));
        QQuickItem *docs = descendant(card, QStringLiteral("itemDocuments"));
        QVERIFY(docs);
        const qreal shift = sceneRect(docs).top() - sceneRect(list).top() - 8;
        list->setProperty("contentY", list->property("contentY").toReal() + shift);
        settle();
        saveShot(window, QStringLiteral("documents-agenda-") + sizeName(size));
        QQuickItem *row = descendant(docs, QStringLiteral("documentRow0"));
        QQuickItem *chip = descendant(row, QStringLiteral("approvalChip"));
        const QStringList problems =
            checkShownInside(window,
                             {QStringLiteral("sessionHeading"), QStringLiteral("sessionDocumentsButton")}) +
            checkTexts(window) +
            checkItemsInside(window,
                             {{QStringLiteral("documentRow0"), row}, {QStringLiteral("approvalChip"), chip}});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QCOMPARE(chip->property("text").toString(), QStringLiteral("\u2713 Đã xác thực chữ ký"));
    }

    // The session's whole list.
    QVERIFY(resize(window, QSize(1280, 800)));
    documents->showList();
    settle();
    QCOMPARE(top(window)->objectName(), QStringLiteral("documentsPage"));
    saveShot(window, QStringLiteral("documents-list-1280x800"));
    check(window,
          {QStringLiteral("documentsBack"), QStringLiteral("documentsHeading"),
           QStringLiteral("documentsSummary"), QStringLiteral("documentRow0"),
           QStringLiteral("documentRow1")},
          {QStringLiteral("documentsHeading"), QStringLiteral("documentsSummary"),
           QStringLiteral("documentRow0")});
    QTest::keyClick(window, Qt::Key_Escape);
    settle();
    QCOMPARE(top(window)->objectName(), QStringLiteral("agendaPage"));

    // The reader, on the longest document (the budget submission of the demo).
    qint64 longest = 0;
    qint64 pages = 0;
    for (int row = 0; row < documents->rowCount(); ++row) {
        const QModelIndex at = documents->index(row);
        if (at.data(DocumentListModel::PagesRole).toLongLong() > pages) {
            pages = at.data(DocumentListModel::PagesRole).toLongLong();
            longest = at.data(DocumentListModel::DocumentIdRole).toLongLong();
        }
    }
    documents->open(longest);
    settle();
    QQuickItem *reader = top(window);
    QVERIFY(reader);
    QCOMPARE(reader->objectName(), QStringLiteral("readerPage"));
    auto *controllerOfPage = reader->property("readerController").value<QObject *>();
    QVERIFY(controllerOfPage);
    QTRY_VERIFY_WITH_TIMEOUT(reader->property("ready").toBool(), 20000);
    QCOMPARE(controllerOfPage->property("pageCount").toLongLong(), pages);
    QTRY_VERIFY_WITH_TIMEOUT(
        findVisible(window, QStringLiteral("pageItem")) &&
            findVisible(window, QStringLiteral("pageItem"))->property("hasImage").toBool(),
        20000);

    // Typed without accents, as on a tablet keyboard.
    QQuickItem *search = findVisible(window, QStringLiteral("readerSearch"));
    QVERIFY(search);
    search->forceActiveFocus();
    for (const char c : QByteArrayLiteral("ngan sach"))
        QTest::keyClick(window, c);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controllerOfPage->property("hitCount").toInt() > 0 &&
                                 !controllerOfPage->property("searching").toBool(),
                             20000);
    QVERIFY(controllerOfPage->property("currentHit").toInt() >= 0);

    for (const QSize size : kScreenSizes) {
        QVERIFY(resize(window, size));
        QMetaObject::invokeMethod(findVisible(window, QStringLiteral("pageView")), "showCurrentHit");
        QTRY_VERIFY_WITH_TIMEOUT(
            findVisible(window, QStringLiteral("pageItem"))->property("hasImage").toBool(), 10000);
        settle(1200); // thumbnails and the sharper page after the resize
        const bool wide = size.width() >= 1100;
        saveShot(window, QStringLiteral("reader-") + sizeName(size));
        QStringList shown{
            QStringLiteral("readerBack"),  QStringLiteral("readerTitle"),  QStringLiteral("readerSearch"),
            QStringLiteral("searchCount"), QStringLiteral("pageLabel"),    QStringLiteral("followSwitch"),
            QStringLiteral("pageView"),    QStringLiteral("currentHit"),   QStringLiteral("thumbnailStrip"),
            QStringLiteral("thumbnail0"),  QStringLiteral("approvalState")};
        QStringList apart{QStringLiteral("readerTitle"), QStringLiteral("readerSearch"),
                          QStringLiteral("pageLabel"),   QStringLiteral("followSwitch"),
                          QStringLiteral("pageView"),    QStringLiteral("thumbnailStrip")};
        if (wide) {
            shown << QStringLiteral("approverLabel") << QStringLiteral("approvedAtLabel")
                  << QStringLiteral("versionEntry0");
            apart << QStringLiteral("readerSide");
        } else {
            shown << QStringLiteral("approvalBanner") << QStringLiteral("versionsButton");
            apart << QStringLiteral("approvalBanner");
        }
        check(window, shown, apart);
        QCOMPARE(findVisible(window, QStringLiteral("approvalState"))->property("text").toString().left(21),
                 QStringLiteral("\u2713  Đã xác thực chữ ký"));
        QVERIFY(findVisible(window, QStringLiteral("thumbnail0")));
    }

    // Turning pages: the page keys, then a swipe to the left and one to the right.
    QVERIFY(resize(window, QSize(1280, 800)));
    controllerOfPage->setProperty("currentPage", 0);
    QTest::keyClick(window, Qt::Key_PageDown);
    QTRY_COMPARE(controllerOfPage->property("currentPage").toInt(), 1);
    QTest::keyClick(window, Qt::Key_PageUp);
    QTRY_COMPARE(controllerOfPage->property("currentPage").toInt(), 0);
    QQuickItem *pageView = findVisible(window, QStringLiteral("pageView"));
    QVERIFY(pageView);
    const auto swipe = [&](int dx) {
        const QPoint from =
            pageView->mapToScene(QPointF(pageView->width() / 2, pageView->height() / 2)).toPoint();
        QTest::mousePress(window, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 12; ++step)
            QTest::mouseMove(window, from + QPoint(dx * step / 12, 0), 16);
        QTest::mouseRelease(window, Qt::LeftButton, {}, from + QPoint(dx, 0), 16);
    };
    swipe(-300);
    QTRY_COMPARE(controllerOfPage->property("currentPage").toInt(), 1);
    settle(600);
    swipe(300);
    QTRY_COMPARE(controllerOfPage->property("currentPage").toInt(), 0);
    settle(600);

    // Follow the presenter: the chair shows page 3 in the hall.
    QVERIFY(resize(window, QSize(1280, 800)));
    ServerConnection chair;
    chair.setServerUrl(QUrl(m_server.url()));
    chair.setSyncEnabled(false);
    QString chairError;
    connect(&chair, &ServerConnection::authFailed, this, [&](const QString &code, const QString &message) {
        chairError = code + QLatin1Char(' ') + message;
    });
    connect(&chair, &ServerConnection::errorOccurred, this,
            [&](const QString &message) { chairError = message; });
    chair.login(QStringLiteral("chutoa"), m_passwords.value(QStringLiteral("chutoa")),
                QStringLiteral("test chair"));
    QTRY_VERIFY_WITH_TIMEOUT(chair.state() == ServerConnection::State::Online || !chairError.isEmpty(),
                             30000);
    QVERIFY2(chairError.isEmpty(), qPrintable(chairError));
    QCborMap show;
    const qint64 body = controller.sessions()
                            ->get(controller.currentSessionId())
                            .value(QStringLiteral("bodyId"))
                            .toLongLong();
    show.insert(QStringLiteral("body"), body);
    show.insert(QStringLiteral("mode"), QStringLiteral("document"));
    show.insert(QStringLiteral("document"), longest);
    show.insert(QStringLiteral("page"), 3);
    QString error;
    bool answered = false;
    chair.request(council::protocol::Request::HallShow, show, [&](const council::client::Reply &r) {
        answered = true;
        error = r.ok ? QString() : r.errorCode + QLatin1Char(' ') + r.errorMessage;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(controllerOfPage->property("presenterHere").toBool(), 10000);
    QQuickItem *follow = findVisible(window, QStringLiteral("followSwitch"));
    QVERIFY(follow);
    QTest::mouseClick(window, Qt::LeftButton, {},
                      follow->mapToScene(QPointF(24, follow->height() / 2)).toPoint());
    QTRY_COMPARE_WITH_TIMEOUT(controllerOfPage->property("currentPage").toInt(), 2, 5000);
    QVERIFY(controllerOfPage->property("followPresenter").toBool());
    settle();
    saveShot(window, QStringLiteral("reader-follow-1280x800"));
    check(window,
          {QStringLiteral("followSwitch"), QStringLiteral("presenterHint"), QStringLiteral("pageLabel")},
          {QStringLiteral("followSwitch"), QStringLiteral("presenterHint"), QStringLiteral("pageLabel")});
    QCOMPARE(findVisible(window, QStringLiteral("pageLabel"))->property("text").toString(),
             QStringLiteral("Trang 3/%1").arg(pages));
    chair.close();

    // Back to the agenda with Escape.
    QTest::keyClick(window, Qt::Key_Escape);
    settle();
    QCOMPARE(top(window)->objectName(), QStringLiteral("agendaPage"));
}

void TstReaderScreens::cleanupTestCase() {
    m_server.stop();
}

QTEST_MAIN(TstReaderScreens)

#include "tst_readerscreens.moc"
