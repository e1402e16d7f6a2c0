// The sealed files documents are kept in on a device: what goes in comes
// back out with the key and the name it was sealed under, and with nothing
// else; a changed byte, a cut end, bytes added after the end, another key or
// another associated value all fail; the device key and every sealed file
// are readable by their owner only.
#include "documentcache.h"
#include "documenttransfer.h"
#include "sealedfile.h"

#include "crypto/sodium.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace council::client;

namespace {

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void overwrite(const QString &path, const QByteArray &content) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

constexpr QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

} // namespace

class TstSealedFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_key;
    QByteArray m_plain;

    QString sealed(const QString &name, const QByteArray &associated = "ad") {
        const QString path = m_dir.filePath(name);
        sealed::Writer w;
        if (!w.open(path, m_key, associated))
            return {};
        for (qsizetype at = 0; at < m_plain.size(); at += 100000)
            w.append(m_plain.mid(at, 100000));
        return w.finish() ? path : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_key = sealed::loadOrCreateKey(m_dir.filePath(QStringLiteral("keys/device.key")), &error);
        QVERIFY2(m_key.size() == sealed::kKeyBytes, qPrintable(error));
        m_plain = "%PDF-1.7\n" + council::crypto::randomBytes(350000) + "\n%%EOF\n";
    }

    void keyIsMadeOnceAndKeptPrivate() {
        const QString path = m_dir.filePath(QStringLiteral("keys/device.key"));
        QString error;
        QCOMPARE(sealed::loadOrCreateKey(path, &error), m_key);
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        // Widened by someone: narrowed again when read.
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
        QCOMPARE(sealed::loadOrCreateKey(path, &error), m_key);
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        overwrite(m_dir.filePath(QStringLiteral("short.key")), "too short");
        QVERIFY(sealed::loadOrCreateKey(m_dir.filePath(QStringLiteral("short.key")), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void roundTripIsPrivateAndNotPlaintext() {
        const QString path = sealed(QStringLiteral("doc.sealed"));
        QVERIFY(!path.isEmpty());
        const QByteArray onDisk = bytesOf(path);
        QVERIFY(!onDisk.contains("%PDF"));
        QVERIFY(!onDisk.contains(m_plain.mid(1000, 64)));
        QCOMPARE(QFile::permissions(path) & kOthers, QFileDevice::Permissions());
        const sealed::ReadResult r = sealed::readAll(path, m_key, "ad", m_plain.size());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.data, m_plain);
        // A size limit below the content refuses rather than allocates.
        QVERIFY(!sealed::readAll(path, m_key, "ad", m_plain.size() - 1).ok);
    }

    void anyChangeFails_data() {
        QTest::addColumn<QString>("change");
        QTest::newRow("a flipped byte") << "flip";
        QTest::newRow("cut short") << "cut";
        QTest::newRow("bytes after the end") << "append";
        QTest::newRow("another key") << "key";
        QTest::newRow("another name") << "ad";
        QTest::newRow("not sealed at all") << "plain";
    }
    void anyChangeFails() {
        QFETCH(QString, change);
        const QString path = sealed(QStringLiteral("changed-%1.sealed").arg(change));
        QByteArray content = bytesOf(path);
        QByteArray key = m_key;
        QByteArray associated = "ad";
        if (change == QLatin1String("flip"))
            content[content.size() / 2] = char(content.at(content.size() / 2) ^ 0x01);
        else if (change == QLatin1String("cut"))
            content.chop(30);
        else if (change == QLatin1String("append"))
            content.append("more");
        else if (change == QLatin1String("key"))
            key = council::crypto::randomBytes(sealed::kKeyBytes);
        else if (change == QLatin1String("ad"))
            associated = "another document";
        else
            content = m_plain;
        overwrite(path, content);
        const sealed::ReadResult r = sealed::readAll(path, key, associated, m_plain.size() + 100);
        QVERIFY(!r.ok);
        QVERIFY(r.data.isEmpty());
        QVERIFY(!r.error.isEmpty());
    }

    void cacheChecksTheContentHash() {
        QString error;
        const auto cache = DocumentCache::open(m_dir.filePath(QStringLiteral("cache")),
                                               m_dir.filePath(QStringLiteral("keys/device.key")), &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->key(), m_key);
        const QByteArray hash = council::crypto::genericHash(m_plain, 32);
        const QString hex = contentHashHex(hash);
        QVERIFY(!cache->contains(hex));
        QString writeError;
        QVERIFY(sealed::writeAll(cache->pathFor(hex), m_key, hash, m_plain, &writeError));
        QVERIFY(cache->contains(hex));
        const sealed::ReadResult r = cache->read(hex, m_plain.size());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.data, m_plain);
        // Sealed under this name but holding other bytes: refused.
        const QByteArray other = council::crypto::randomBytes(1000);
        QVERIFY(sealed::writeAll(cache->pathFor(hex), m_key, hash, other, &writeError));
        QVERIFY(!cache->read(hex, other.size()).ok);
        cache->remove(hex);
        QVERIFY(!cache->contains(hex));
        // Folders per server do not collide and do not depend on a trailing slash.
        QCOMPARE(DocumentCache::folderFor(QStringLiteral("/r"), QUrl(QStringLiteral("ws://h:1/"))),
                 DocumentCache::folderFor(QStringLiteral("/r"), QUrl(QStringLiteral("ws://h:1"))));
        QVERIFY(DocumentCache::folderFor(QStringLiteral("/r"), QUrl(QStringLiteral("ws://h:1"))) !=
                DocumentCache::folderFor(QStringLiteral("/r"), QUrl(QStringLiteral("ws://h:2"))));
    }
};

QTEST_GUILESS_MAIN(TstSealedFile)
#include "tst_sealedfile.moc"
