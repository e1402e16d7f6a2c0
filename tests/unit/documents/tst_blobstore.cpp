// Content-addressed storage: names are BLAKE2b-256 of the bytes, the same
// bytes are stored once, a blob appears whole or not at all, chunks read back.
#include "crypto/sodium.h"
#include "documents/blobstore.h"
#include "documents/filehash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;

namespace {

QByteArray payload(int size, char seed) {
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(seed + i * 31 + (i >> 8));
    return data;
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString hexHash(const QByteArray &data) {
    return QString::fromLatin1(council::crypto::genericHash(data, 32).toHex());
}

QStringList filesUnder(const QString &root) {
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class tst_BlobStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(council::crypto::initialize()); }

    void streamingHashMatchesOneShotHash() {
        QTemporaryDir dir;
        const QByteArray data = payload(3 * (1 << 20) + 17, 'a'); // several read chunks
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(writeFile(path, data));
        QCOMPARE(hashFileHex(path), hexHash(data));
        QString error;
        QCOMPARE(hashFileHex(dir.filePath(QStringLiteral("missing")), &error), QString());
        QVERIFY(!error.isEmpty());
    }

    void putStoresUnderContentAddress() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(100'000, 'x');
        const QString source = dir.filePath(QStringLiteral("upload.pdf"));
        QVERIFY(writeFile(source, data));

        const BlobPutResult r = store.put(source);
        QVERIFY2(r.isOk(), qPrintable(r.message));
        QCOMPARE(r.hash, hexHash(data));
        QCOMPARE(r.size, data.size());
        QVERIFY(!r.alreadyStored);
        QCOMPARE(store.path(r.hash),
                 dir.filePath(QStringLiteral("blobs/%1/%2").arg(r.hash.left(2), r.hash.mid(2))));
        QVERIFY(store.has(r.hash));
        QCOMPARE(store.size(r.hash), data.size());
        QVERIFY(QFile::exists(source)); // Copy leaves the source
        QFile stored(store.path(r.hash));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), data);
        // No temporary file is left next to the blobs.
        QCOMPARE(filesUnder(store.root()), QStringList{store.path(r.hash)});
    }

    void sameBytesAreStoredOnce() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(5000, 'd');
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.pdf")), data));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b.pdf")), data));
        const BlobPutResult first = store.put(dir.filePath(QStringLiteral("a.pdf")));
        const BlobPutResult second =
            store.put(dir.filePath(QStringLiteral("b.pdf")), BlobStore::PutMode::Move);
        QVERIFY(first.isOk() && second.isOk());
        QCOMPARE(second.hash, first.hash);
        QVERIFY(second.alreadyStored);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.pdf")))); // a moved duplicate is consumed
        QCOMPARE(filesUnder(store.root()).size(), 1);

        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.pdf")), data + "!"));
        const BlobPutResult other = store.put(dir.filePath(QStringLiteral("c.pdf")));
        QVERIFY(other.isOk() && other.hash != first.hash);
        QCOMPARE(filesUnder(store.root()).size(), 2);
    }

    void moveRenamesIntoPlace() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(70'000, 'm');
        const QString source = dir.filePath(QStringLiteral("incoming.part"));
        QVERIFY(writeFile(source, data));
        const BlobPutResult r = store.put(source, BlobStore::PutMode::Move, hexHash(data));
        QVERIFY2(r.isOk(), qPrintable(r.message));
        QVERIFY(!QFile::exists(source));
        QCOMPARE(store.size(r.hash), data.size());
    }

    void wrongExpectedHashStoresNothing() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QString source = dir.filePath(QStringLiteral("upload.pdf"));
        QVERIFY(writeFile(source, payload(4096, 'w')));
        const QString wrong = hexHash("something else");
        for (const auto mode : {BlobStore::PutMode::Copy, BlobStore::PutMode::Move}) {
            const BlobPutResult r = store.put(source, mode, wrong);
            QCOMPARE(r.status, BlobStatus::HashMismatch);
            QVERIFY(r.message.contains(QStringLiteral("does not match")));
            QVERIFY(!store.has(wrong));
            QCOMPARE(filesUnder(store.root()), QStringList()); // not even a temporary file
            QVERIFY(QFile::exists(source));
        }
        QCOMPARE(store.put(source, BlobStore::PutMode::Copy, QStringLiteral("../../etc")).status,
                 BlobStatus::InvalidHash);
    }

    void readChunksBackTheWholeFile() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(1'000'003, 'r');
        QVERIFY(writeFile(dir.filePath(QStringLiteral("f")), data));
        const QString hash = store.put(dir.filePath(QStringLiteral("f"))).hash;

        QByteArray assembled;
        for (qint64 offset = 0;;) {
            const BlobChunk chunk = store.readChunk(hash, offset, 64 * 1024);
            QVERIFY(chunk.isOk());
            if (chunk.data.isEmpty())
                break;
            assembled += chunk.data;
            offset += chunk.data.size();
        }
        QCOMPARE(assembled, data);
        QCOMPARE(store.readChunk(hash, 10, 5).data, data.mid(10, 5));
        QCOMPARE(store.readChunk(hash, data.size() - 3, 100).data, data.right(3));
        QCOMPARE(store.readChunk(hash, 0, qint64(1) << 40).data.size(), data.size()); // capped, not allocated
        QCOMPARE(store.readChunk(hash, data.size() + 1, 10).status, BlobStatus::OutOfRange);
        QCOMPARE(store.readChunk(hash, -1, 10).status, BlobStatus::OutOfRange);
        QCOMPARE(store.readChunk(hexHash("absent"), 0, 10).status, BlobStatus::NotFound);
        QCOMPARE(store.readChunk(QStringLiteral("../blobs"), 0, 10).status, BlobStatus::InvalidHash);
    }

    void hashNamesAreStrict() {
        QVERIFY(BlobStore::isValidHash(hexHash("x")));
        QVERIFY(!BlobStore::isValidHash(hexHash("x").toUpper()));
        QVERIFY(!BlobStore::isValidHash(hexHash("x").left(63)));
        QVERIFY(!BlobStore::isValidHash(QString(62, u'a') + QStringLiteral("/.")));
        BlobStore store(QStringLiteral("/nonexistent"));
        QCOMPARE(store.path(QStringLiteral("..")), QString());
        QCOMPARE(store.size(hexHash("x")), -1);
    }
};

QTEST_GUILESS_MAIN(tst_BlobStore)
#include "tst_blobstore.moc"
