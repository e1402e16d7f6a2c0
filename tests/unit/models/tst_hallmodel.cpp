// HallModel against the real council-server with its demo data: the demo's
// display account logs in through AppController, lands on the hall, and
// follows what the chair and the secretariat do from their own devices —
// hall.show, the current item, attendance with the rotating check-in code,
// the floor, a vote's progress and result, a presented document. The join
// code it shows logs a new device in and pins the trust key.
#include "appcontroller.h"
#include "joincode.h"
#include "livedemo.h"
#include "tokenstore.h"
#include "trustpins.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using council::client::AppController;
using council::client::HallModel;
using council::client::JoinCode;
using council::client::TokenStore;
using council::client::TrustPins;
using council::protocol::Request;
using council::testing::LiveDemo;

namespace {

QCborMap fields(std::initializer_list<std::pair<const char *, QCborValue>> list) {
    QCborMap m;
    for (const auto &[key, value] : list)
        m.insert(QLatin1String(key), value);
    return m;
}

} // namespace

class TstHallModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;
    LiveDemo m_demo;
    std::unique_ptr<AppController> m_display;
    QString m_joinCode;

    HallModel *hall() { return m_display->hall(); }

private slots:
    void initTestCase() {
        // Never the user's own settings, tokens or pinned keys.
        qputenv("XDG_CONFIG_HOME", m_config.filePath(QStringLiteral("config")).toUtf8());
        qputenv("COUNCIL_CONFIG_DIR", m_config.filePath(QStringLiteral("council")).toUtf8());
        QString error;
        if (!m_demo.start(&error))
            QSKIP(qPrintable(QStringLiteral("no demo server: ") + error));
    }

    void displayAccountLandsOnTheHall() {
        m_display = std::make_unique<AppController>();
        m_display->login(m_demo.url().toString(), QStringLiteral("manhinh"),
                         m_demo.password(QStringLiteral("manhinh")));
        QTRY_VERIFY_WITH_TIMEOUT(m_display->loggedIn() && m_display->synced(), 30000);
        QTRY_COMPARE(m_display->connectionStatus(), AppController::ConnectionStatus::Online);
        QVERIFY(hall()->displayOnly());
        QVERIFY(hall()->hallStaff());
        QVERIFY(m_display->hallShown());
        QCOMPARE(hall()->bodyId(), m_demo.body());
        QCOMPARE(hall()->sessionId(), m_demo.session());
        QVERIFY(!hall()->bodyName().isEmpty());
        QVERIFY(!hall()->sessionTitle().isEmpty());
        QCOMPARE(hall()->mode(), QStringLiteral("agenda"));
        QVERIFY(hall()->currentItem().isEmpty()); // the demo session has not started
        QCOMPARE(hall()->upcoming().size(), 3);

        // The join code: this server and the body's trust key, as trust.get has it.
        QTRY_VERIFY(!hall()->joinCode().isEmpty());
        const auto code = JoinCode::parse(hall()->joinCode());
        QVERIFY(code);
        QCOMPARE(TokenStore::serverKey(code->server), TokenStore::serverKey(m_demo.url()));
        QCOMPARE(code->body, m_demo.body());
        const auto trust =
            m_demo.call(QStringLiteral("thuky"), Request::TrustGet, fields({{"body", m_demo.body()}}));
        QVERIFY(trust.ok);
        QCOMPARE(code->trustKey, trust.body.value(QStringLiteral("publicKey")).toByteArray());
        QCOMPARE(hall()->trustFingerprint(), trust.body.value(QStringLiteral("fingerprint")).toString());
        QVERIFY(hall()->joinQrSize() >= 21);
        QCOMPARE(hall()->joinQr().size(), hall()->joinQrSize() * hall()->joinQrSize());
        m_joinCode = hall()->joinCode();

        // The next start of the app: logged in with the device token, on the
        // hall at once (before the server answers), following it once synced.
        AppController restarted;
        QVERIFY(restarted.restoreLogin());
        QVERIFY(restarted.loggedIn());
        QVERIFY(restarted.hallShown());
        QTRY_VERIFY_WITH_TIMEOUT(restarted.synced(), 20000);
        QVERIFY(restarted.hall()->displayOnly());
        QTRY_COMPARE(restarted.hall()->joinCode(), m_joinCode);
    }

    void followsTheCurrentItemAndTheFloor() {
        if (!m_display)
            QSKIP("needs the display");
        QString error;
        QVERIFY2(m_demo.openSession(&error), qPrintable(error));
        const qint64 item = m_demo.items().at(2);
        QVERIFY2(m_demo.setCurrentItem(item, &error), qPrintable(error));
        QTRY_COMPARE(hall()->currentItem().value(QStringLiteral("itemId")).toLongLong(), item);
        QCOMPARE(hall()->currentItem().value(QStringLiteral("number")).toInt(), 3);
        QCOMPARE(hall()->sittingId(), m_demo.sittingOfItem(item));
        QCOMPARE(hall()->upcoming().first().toMap().value(QStringLiteral("number")).toInt(), 4);

        QVERIFY2(m_demo.giveFloorTo(QStringLiteral("daibieu"), item, &error), qPrintable(error));
        const QString name = m_demo.fullNameOf(m_demo.memberOf(QStringLiteral("daibieu")));
        QTRY_COMPARE(hall()->speaker().value(QStringLiteral("name")).toString(), name);
        QCOMPARE(hall()->speaker().value(QStringLiteral("limitSeconds")).toInt(), 300);
        QVERIFY2(hall()->speakerSecondsLeft() > 290 && hall()->speakerSecondsLeft() <= 300,
                 qPrintable(QString::number(hall()->speakerSecondsLeft())));
        QSignalSpy ticks(hall(), &HallModel::clockChanged);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.count() >= 1, 3000); // the clock runs on its own
    }

    void followsAttendanceAndTheCheckInCode() {
        if (!m_display)
            QSKIP("needs the display");
        QString error;
        const qint64 sitting = hall()->sittingId();
        QVERIFY(sitting);
        QTRY_VERIFY(!hall()->quorum().isEmpty());
        QCOMPARE(hall()->quorum().value(QStringLiteral("total")).toInt(), m_demo.delegates().size());
        QCOMPARE(hall()->quorum().value(QStringLiteral("present")).toInt(), 0);

        QVERIFY2(m_demo.markPresent(sitting, 27, &error), qPrintable(error));
        QTRY_COMPARE(hall()->quorum().value(QStringLiteral("present")).toInt(), 27);
        QCOMPARE(hall()->quorum().value(QStringLiteral("required")).toInt(), 27);
        QVERIFY(hall()->quorum().value(QStringLiteral("reached")).toBool());

        QVERIFY(hall()->checkInCode().isEmpty()); // asked for only when shown
        QVERIFY2(m_demo.show(QStringLiteral("attendance"), &error), qPrintable(error));
        QTRY_COMPARE(hall()->mode(), QStringLiteral("attendance"));
        QTRY_COMPARE(hall()->checkInCode().size(), 6);
        QVERIFY(hall()->checkInQrSize() >= 21);
        QVERIFY(hall()->checkInSecondsLeft() > 0 && hall()->checkInSecondsLeft() <= 30);

        // The digits on the screen check a delegate in.
        const auto r = m_demo.call(QStringLiteral("daibieu"), Request::AttendanceCheckIn,
                                   fields({{"sitting", sitting}, {"code", hall()->checkInCode()}}));
        QVERIFY2(r.ok, qPrintable(r.errorCode));
        QTRY_COMPARE(hall()->quorum().value(QStringLiteral("present")).toInt(), 28);
    }

    void followsAVoteAndShowsItsResult() {
        if (!m_display)
            QSKIP("needs the display");
        QString error;
        QVERIFY2(m_demo.show(QStringLiteral("agenda"), &error), qPrintable(error));
        QTRY_COMPARE(hall()->mode(), QStringLiteral("agenda"));
        const qint64 item = hall()->currentItem().value(QStringLiteral("itemId")).toLongLong();
        const qint64 round = m_demo.openVote(item, QStringLiteral("Thông qua báo cáo thẩm tra"), 120, &error);
        QVERIFY2(round, qPrintable(error));
        QTRY_COMPARE(hall()->vote().value(QStringLiteral("roundId")).toLongLong(), round);
        QCOMPARE(hall()->vote().value(QStringLiteral("voted")).toInt(), 0);
        QVERIFY2(hall()->voteSecondsLeft() > 100 && hall()->voteSecondsLeft() <= 120,
                 qPrintable(QString::number(hall()->voteSecondsLeft())));

        // Two delegates with accounts who were marked present vote; progress arrives live.
        for (const QString &user : {QStringLiteral("chutoa"), QStringLiteral("phochutoa")}) {
            QVERIFY2(m_demo.cast(user, round, QStringLiteral("approve"), &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(hall()->vote().value(QStringLiteral("voted")).toInt(), 2, 5000);
        QVERIFY2(m_demo.cast(QStringLiteral("daibieu"), round, QStringLiteral("disapprove"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(hall()->vote().value(QStringLiteral("voted")).toInt(), 3, 5000);

        QVERIFY2(m_demo.closeVote(round, &error), qPrintable(error));
        QTRY_VERIFY(hall()->vote().isEmpty());
        // In agenda mode the item's last result is at hand.
        QTRY_COMPARE(hall()->result().value(QStringLiteral("roundId")).toLongLong(), round);

        QVERIFY2(m_demo.show(QStringLiteral("result"), &error, round), qPrintable(error));
        QTRY_COMPARE(hall()->mode(), QStringLiteral("result"));
        const QVariantMap result = hall()->result();
        QCOMPARE(result.value(QStringLiteral("roundId")).toLongLong(), round);
        QCOMPARE(result.value(QStringLiteral("approve")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("disapprove")).toInt(), 1);
        QCOMPARE(result.value(QStringLiteral("total")).toInt(), m_demo.delegates().size());
        QCOMPARE(result.value(QStringLiteral("approvePercent")).toDouble(), 500 / 100.0); // 2 of 40
        QCOMPARE(result.value(QStringLiteral("didNotVote")).toInt(), m_demo.delegates().size() - 3);
        QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
        QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInt(),
                 m_demo.delegates().size() / 2 + 1);
        QCOMPARE(result.value(QStringLiteral("rule")).toString(), QStringLiteral("more_than_half_of_total"));
    }

    void followsAPresentedDocument() {
        if (!m_display)
            QSKIP("needs the display");
        QString title;
        qint64 pages = 0;
        const qint64 document = m_demo.publishedDocument(&title, &pages);
        if (!document)
            QSKIP("the demo has no document published to the whole body");
        QString error;
        QVERIFY2(m_demo.show(QStringLiteral("document"), &error, 0, document, std::min<qint64>(2, pages)),
                 qPrintable(error));
        QTRY_COMPARE(hall()->mode(), QStringLiteral("document"));
        QTRY_COMPARE(hall()->document().value(QStringLiteral("title")).toString(), title);
        QCOMPARE(hall()->document().value(QStringLiteral("page")).toLongLong(), std::min<qint64>(2, pages));
        QCOMPARE(hall()->document().value(QStringLiteral("pages")).toLongLong(), pages);
        QVERIFY2(m_demo.show(QStringLiteral("agenda"), &error), qPrintable(error));
        QTRY_COMPARE(hall()->mode(), QStringLiteral("agenda"));
        QVERIFY(hall()->document().isEmpty());
    }

    void joinCodeLogsInAndPinsTheKey() {
        if (m_joinCode.isEmpty())
            QSKIP("needs the display's join code");
        const auto code = JoinCode::parse(m_joinCode);
        QVERIFY(code);
        TrustPins pins;
        QVERIFY(pins.unpin(code->server, code->body));

        AppController delegate;
        QVERIFY(delegate.useJoinCode(QStringLiteral("  ") + m_joinCode + QStringLiteral("\n")));
        QCOMPARE(delegate.serverUrl(), code->server.toString());
        QCOMPARE(delegate.joinFingerprint(), code->fingerprint());
        delegate.login(delegate.serverUrl(), QStringLiteral("daibieu"),
                       m_demo.password(QStringLiteral("daibieu")));
        QTRY_VERIFY_WITH_TIMEOUT(delegate.loggedIn() && delegate.synced(), 30000);
        QCOMPARE(pins.pinned(code->server, code->body).value_or(QByteArray()), code->trustKey);
        QVERIFY(delegate.joinFingerprint().isEmpty()); // used up
        QVERIFY(!delegate.hallShown());                // a delegate is not a display
        QVERIFY(!delegate.hall()->displayOnly());
        delegate.logout();

        // A forged code: same server and body, another key. The pin refuses it before any login.
        JoinCode forged = *code;
        forged.trustKey = QByteArray(32, '\x5a');
        AppController victim;
        QVERIFY(victim.useJoinCode(forged.format()));
        victim.login(forged.format(), QStringLiteral("daibieu"), m_demo.password(QStringLiteral("daibieu")));
        QVERIFY(!victim.busy());
        QVERIFY(!victim.loggedIn());
        QVERIFY2(victim.errorMessage().contains(code->server.toString()), qPrintable(victim.errorMessage()));

        // Not a join code at all: a clear word, nothing changes.
        QVERIFY(!victim.useJoinCode(QStringLiteral("council:checkin?sitting=1&code=123456")));
        QVERIFY(!victim.errorMessage().isEmpty());
    }

    void revokedDisplayGoesBackToLogin() {
        if (!m_display)
            QSKIP("needs the display");
        const auto tokens = m_demo.call(QStringLiteral("admin"), Request::TokenList,
                                        fields({{"username", QStringLiteral("manhinh")}}));
        QVERIFY(tokens.ok);
        for (const QCborValue &t : tokens.body.value(QStringLiteral("tokens")).toArray()) {
            const QCborMap token = t.toMap();
            if (!token.value(QStringLiteral("revoked")).isNull())
                continue;
            const auto r = m_demo.call(QStringLiteral("admin"), Request::TokenRevoke,
                                       fields({{"id", token.value(QStringLiteral("id")).toInteger()}}));
            QVERIFY2(r.ok, qPrintable(r.errorCode));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_display->loggedIn(), 10000);
        QVERIFY(!m_display->hallShown());
        QVERIFY(!m_display->errorMessage().isEmpty());
        QVERIFY(hall()->sessionId() == 0 && hall()->joinCode().isEmpty());
        QVERIFY(!QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"))
                     .contains(QStringLiteral("login/token")));
    }
};

QTEST_GUILESS_MAIN(TstHallModel)
#include "tst_hallmodel.moc"
