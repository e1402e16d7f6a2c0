// TrustPins: the first trust key seen for a (server, body) is pinned once,
// another key is reported, and the file stays owner-only.
#include "trustpins.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using council::client::TrustPins;

class tst_TrustPins : public QObject {
    Q_OBJECT

private:
    static int modeOf(const QString &path) {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        return static_cast<int>(st.st_mode & 0777);
    }
    static QByteArray key(char fill) { return QByteArray(32, fill); }

    QTemporaryDir m_dir;
    QString m_path;
    const QUrl m_server{QStringLiteral("ws://127.0.0.1:8765")};

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cfg/trust-pins.json"));
        QFile::remove(m_path);
    }

    void pinsOnlyOnce() {
        TrustPins pins(m_path);
        QVERIFY(!pins.pinned(m_server, 1));
        QCOMPARE(pins.check(m_server, 1, key('a')), TrustPins::Status::NotPinned);
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::NotPinned); // pinned now
        QCOMPARE(pins.pinned(m_server, 1).value_or(QByteArray()), key('a'));
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::Matches);
        QCOMPARE(pins.check(m_server, 1, key('a')), TrustPins::Status::Matches);
        // Another key is reported and never replaces the pin.
        QCOMPARE(pins.pin(m_server, 1, key('b')), TrustPins::Status::Differs);
        QCOMPARE(pins.check(m_server, 1, key('b')), TrustPins::Status::Differs);
        QCOMPARE(pins.pinned(m_server, 1).value_or(QByteArray()), key('a'));
        // A new instance reads the same file.
        QCOMPARE(TrustPins(m_path).check(m_server, 1, key('b')), TrustPins::Status::Differs);
    }

    void pinsArePerServerAndBody() {
        TrustPins pins(m_path);
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::NotPinned);
        QCOMPARE(pins.pin(m_server, 2, key('b')), TrustPins::Status::NotPinned);
        const QUrl other(QStringLiteral("ws://10.0.0.5:8765"));
        QCOMPARE(pins.pin(other, 1, key('c')), TrustPins::Status::NotPinned);
        QCOMPARE(pins.pinned(m_server, 2).value_or(QByteArray()), key('b'));
        QCOMPARE(pins.pinned(other, 1).value_or(QByteArray()), key('c'));
        // Spelled differently, the same endpoint (as TokenStore::serverKey sees it).
        QCOMPARE(pins.check(QUrl(QStringLiteral("ws://127.0.0.1:8765/")), 1, key('a')),
                 TrustPins::Status::Matches);
    }

    void fileIsOwnerOnly() {
        TrustPins pins(m_path);
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::NotPinned);
        QCOMPARE(modeOf(m_path), 0600);
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(modeOf(m_path), 0644);
        QCOMPARE(pins.pin(m_server, 2, key('b')), TrustPins::Status::NotPinned);
        QCOMPARE(modeOf(m_path), 0600);
    }

    void unpinForgets() {
        TrustPins pins(m_path);
        QVERIFY(pins.unpin(m_server, 1)); // nothing pinned: fine
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::NotPinned);
        QCOMPARE(pins.pin(m_server, 2, key('b')), TrustPins::Status::NotPinned);
        QVERIFY(pins.unpin(m_server, 1));
        QVERIFY(!pins.pinned(m_server, 1));
        QCOMPARE(pins.pinned(m_server, 2).value_or(QByteArray()), key('b'));
        QCOMPARE(pins.pin(m_server, 1, key('c')), TrustPins::Status::NotPinned);
    }

    void refusesBadKeysAndForeignFiles() {
        TrustPins pins(m_path);
        QCOMPARE(pins.pin(m_server, 1, QByteArray(31, 'a')), TrustPins::Status::Failed);
        QVERIFY(!pins.errorString().isEmpty());
        QVERIFY(!QFile::exists(m_path));
        // A file it cannot understand is left alone: it may hold pins of another version.
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
        f.close();
        QCOMPARE(pins.pin(m_server, 1, key('a')), TrustPins::Status::Failed);
        QCOMPARE(pins.check(m_server, 1, key('a')), TrustPins::Status::Failed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not json"));
    }

    void defaultPathIsNextToTheTokens() {
        qputenv("COUNCIL_CONFIG_DIR", QFile::encodeName(m_dir.path()));
        QCOMPARE(TrustPins::defaultPath(), m_dir.filePath(QStringLiteral("trust-pins.json")));
        qunsetenv("COUNCIL_CONFIG_DIR");
    }
};

QTEST_GUILESS_MAIN(tst_TrustPins)
#include "tst_trustpins.moc"
