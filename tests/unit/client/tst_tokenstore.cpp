// TokenStore keeps device tokens per server in an owner-only file.
#include "tokenstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using council::client::TokenStore;

class tst_TokenStore : public QObject {
    Q_OBJECT

private:
    static int modeOf(const QString &path) {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return static_cast<int>(st.st_mode & 0777);
    }
    static TokenStore::Entry entry(const QByteArray &token, qint64 id) {
        return {token, id, QStringLiteral("thuky"), QStringLiteral("máy tính phòng họp")};
    }

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sub/dir/councilctl.json"));
        QFile::remove(m_path);
    }

    void saveCreatesOwnerOnlyFile() {
        TokenStore store(m_path);
        QVERIFY2(store.save(QUrl(QStringLiteral("ws://127.0.0.1:8765")), entry("\x01\x02secret", 7)),
                 qPrintable(store.errorString()));
        QVERIFY(QFile::exists(m_path));
        QCOMPARE(modeOf(m_path), 0600);
        const auto loaded = store.load(QUrl(QStringLiteral("ws://127.0.0.1:8765")));
        QVERIFY(loaded);
        QCOMPARE(loaded->token, QByteArray("\x01\x02secret"));
        QCOMPARE(loaded->tokenId, 7);
        QCOMPARE(loaded->username, QStringLiteral("thuky"));
        QCOMPARE(loaded->device, QStringLiteral("máy tính phòng họp"));
        // The token is not in the file in clear bytes, only as base64url.
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("secret"));
    }

    void tokensArePerServer() {
        TokenStore store(m_path);
        const QUrl a(QStringLiteral("ws://127.0.0.1:8765"));
        const QUrl b(QStringLiteral("ws://10.0.0.5:8765"));
        QVERIFY(store.save(a, entry("token-a", 1)));
        QVERIFY(store.save(b, entry("token-b", 2)));
        QCOMPARE(store.load(a)->token, QByteArray("token-a"));
        QCOMPARE(store.load(b)->token, QByteArray("token-b"));
        QVERIFY(!store.load(QUrl(QStringLiteral("ws://127.0.0.1:9999"))));
        // A trailing slash and host case do not make another server.
        const auto slash = store.load(QUrl(QStringLiteral("ws://127.0.0.1:8765/")));
        QVERIFY(slash);
        QCOMPARE(slash->token, QByteArray("token-a"));
        QCOMPARE(store.servers().size(), 2);
    }

    void saveOverwritesAndKeepsMode() {
        TokenStore store(m_path);
        const QUrl a(QStringLiteral("ws://127.0.0.1:8765"));
        QVERIFY(store.save(a, entry("old", 1)));
        // Someone widened the file: the next save narrows it again.
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(m_path), 0644);
        QVERIFY(store.save(a, entry("new", 2)));
        QCOMPARE(store.load(a)->token, QByteArray("new"));
        QCOMPARE(store.load(a)->tokenId, 2);
        QCOMPARE(modeOf(m_path), 0600);
        QCOMPARE(store.servers().size(), 1);
    }

    void removeForgetsOneServer() {
        TokenStore store(m_path);
        const QUrl a(QStringLiteral("ws://127.0.0.1:8765"));
        const QUrl b(QStringLiteral("ws://127.0.0.1:8766"));
        QVERIFY(store.save(a, entry("a", 1)));
        QVERIFY(store.save(b, entry("b", 2)));
        QVERIFY(store.remove(a));
        QVERIFY(!store.load(a));
        QCOMPARE(store.load(b)->token, QByteArray("b"));
        QVERIFY(store.remove(a)); // nothing left to remove is fine
        QCOMPARE(modeOf(m_path), 0600);
    }

    void unreadableFileIsNotOverwritten() {
        TokenStore store(m_path);
        QVERIFY(store.save(QUrl(QStringLiteral("ws://a:1")), entry("a", 1)));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("not json {");
        f.close();
        QVERIFY(!store.save(QUrl(QStringLiteral("ws://b:1")), entry("b", 2)));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not json {"));
    }

    void configDirFromEnvironment() {
        const QByteArray old = qgetenv("COUNCIL_CONFIG_DIR");
        qputenv("COUNCIL_CONFIG_DIR", m_dir.path().toUtf8());
        QCOMPARE(TokenStore::defaultPath(), m_dir.filePath(QStringLiteral("councilctl.json")));
        qunsetenv("COUNCIL_CONFIG_DIR");
        QVERIFY(TokenStore::defaultPath().endsWith(QStringLiteral("/paperless-council/councilctl.json")));
        if (!old.isEmpty())
            qputenv("COUNCIL_CONFIG_DIR", old);
    }
};

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
