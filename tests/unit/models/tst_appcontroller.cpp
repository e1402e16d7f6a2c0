#include "appcontroller.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using council::client::AppController;

class TstAppController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &content) {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("pw%1.txt").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void initTestCase() {
        // Never the user's own settings.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client")).clear();
    }

    void normalizesServerAddresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("host:port") << "127.0.0.1:8765"
                                   << "ws://127.0.0.1:8765";
        QTest::newRow("ws") << " ws://council.local:8765/ "
                            << "ws://council.local:8765/";
        QTest::newRow("wss") << "wss://hdnd.example.vn"
                             << "wss://hdnd.example.vn";
        QTest::newRow("http is not ours") << "http://x:1"
                                          << "";
        QTest::newRow("empty") << "   "
                               << "";
        QTest::newRow("no host") << "ws://:8765"
                                 << "";
    }
    void normalizesServerAddresses() {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(AppController::normalizeServerUrl(text).toString(), url);
    }

    void readsPasswordFiles() {
        QString error;
        QCOMPARE(AppController::passwordFromFile(write("s3cret\n"), QStringLiteral("any"), &error),
                 QStringLiteral("s3cret"));
        const QString demo =
            write("admin\tA1\tadmin\r\ndaibieu\tD2 x\tdelegate\nchutoa\tC3\tchair+delegate\n");
        QCOMPARE(AppController::passwordFromFile(demo, QStringLiteral("daibieu"), &error),
                 QStringLiteral("D2 x"));
        QCOMPARE(AppController::passwordFromFile(demo, QStringLiteral("admin"), &error),
                 QStringLiteral("A1"));
        QVERIFY(AppController::passwordFromFile(demo, QStringLiteral("nobody"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("nobody")));
        error.clear();
        QVERIFY(AppController::passwordFromFile(m_dir.filePath(QStringLiteral("missing")),
                                                QStringLiteral("x"), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void loginChecksItsInputFirst() {
        AppController c;
        c.login(QString(), QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(!c.errorMessage().isEmpty());
        QVERIFY(!c.busy());
        c.login(QStringLiteral("ftp://x"), QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(!c.busy());
        c.login(QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("u"), QString());
        QVERIFY(!c.busy());
        QVERIFY(!c.loggedIn());
    }

    void unreachableServerEndsInAMessage() {
        AppController c;
        c.login(QStringLiteral("ws://127.0.0.1:9"), QStringLiteral("daibieu"), QStringLiteral("x"));
        QVERIFY(c.busy() || !c.errorMessage().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!c.busy(), 25000);
        QVERIFY(!c.errorMessage().isEmpty());
        QVERIFY(!c.loggedIn());
        QCOMPARE(c.connectionStatus(), AppController::ConnectionStatus::Offline);
    }

    void storedTokenLogsInOfflineFirst() {
        {
            QSettings s(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"));
            s.setValue(QStringLiteral("login/server"), QStringLiteral("ws://127.0.0.1:9"));
            s.setValue(QStringLiteral("login/token"), QByteArray(32, 'x').toBase64());
        }
        AppController c;
        QVERIFY(c.restoreLogin());
        QVERIFY(c.loggedIn());
        QVERIFY(c.connectionStatus() == AppController::ConnectionStatus::Connecting);
        c.logout();
        QVERIFY(!c.loggedIn());
        QVERIFY(!QSettings(QStringLiteral("PaperlessCouncil"), QStringLiteral("council-client"))
                     .contains(QStringLiteral("login/token")));
        AppController again;
        QVERIFY(!again.restoreLogin());
    }
};

QTEST_GUILESS_MAIN(TstAppController)
#include "tst_appcontroller.moc"
