// Chunked, resumable uploads into the BlobStore: a cut transfer continues
// with a new session on the same id; wrong bytes, gaps, chunks past the end
// and oversize files are refused and nothing is stored.
#include "crypto/sodium.h"
#include "documents/blobstore.h"
#include "documents/uploadsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace council::server;

namespace {

QByteArray payload(int size) {
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 7 + (i >> 10));
    return data;
}

QString hexHash(const QByteArray &data) {
    return QString::fromLatin1(council::crypto::genericHash(data, 32).toHex());
}

int blobCount(const BlobStore &store) {
    int n = 0;
    QDirIterator it(store.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class tst_UploadSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(council::crypto::initialize()); }

    void chunkedUploadLandsInTheStore() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(300'000);
        UploadSession upload(dir.path(), QStringLiteral("u1"), data.size(), hexHash(data));
        QCOMPARE(upload.open(), UploadStatus::Ok);
        QCOMPARE(upload.bytesReceived(), 0);
        for (qsizetype offset = 0; offset < data.size(); offset += 65536)
            QCOMPARE(upload.writeChunk(offset, data.mid(offset, 65536)), UploadStatus::Ok);
        QVERIFY(upload.isComplete());
        QCOMPARE(upload.finish(store), UploadStatus::Ok);
        QCOMPARE(upload.storedHash(), hexHash(data));
        QVERIFY(store.has(upload.storedHash()));
        QVERIFY(!QFile::exists(upload.partPath()));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("uploads"))).entryList(QDir::Files), QStringList());
    }

    void resumesAfterACut() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(200'001);
        const qsizetype half = data.size() / 2;
        {
            UploadSession first(dir.path(), QStringLiteral("resume-me"), data.size(), hexHash(data));
            QCOMPARE(first.open(), UploadStatus::Ok);
            QCOMPARE(first.writeChunk(0, data.left(half)), UploadStatus::Ok);
        } // the connection drops here
        UploadSession second(dir.path(), QStringLiteral("resume-me"), data.size(), hexHash(data));
        QCOMPARE(second.open(), UploadStatus::Ok);
        QCOMPARE(second.bytesReceived(), half);
        QCOMPARE(second.finish(store), UploadStatus::Incomplete);
        QVERIFY(second.errorString().contains(QStringLiteral("%1 of %2").arg(half).arg(data.size())));
        // A client that lost the last acknowledgement sends a little again.
        QCOMPARE(second.writeChunk(half - 100, data.mid(half - 100, 100)), UploadStatus::Ok);
        QCOMPARE(second.writeChunk(half, data.mid(half)), UploadStatus::Ok);
        QCOMPARE(second.finish(store), UploadStatus::Ok);
        QCOMPARE(store.size(hexHash(data)), data.size());
    }

    void resumingWithAnotherDeclarationIsRefused() {
        QTemporaryDir dir;
        const QByteArray data = payload(1000);
        UploadSession first(dir.path(), QStringLiteral("same-id"), data.size(), hexHash(data));
        QCOMPARE(first.open(), UploadStatus::Ok);
        QCOMPARE(first.writeChunk(0, data.left(500)), UploadStatus::Ok);
        const QByteArray other = payload(2000);
        UploadSession second(dir.path(), QStringLiteral("same-id"), other.size(), hexHash(other));
        QCOMPARE(second.open(), UploadStatus::DeclarationMismatch);
    }

    void wrongHashIsRejectedAndNothingStored() {
        QTemporaryDir dir;
        BlobStore store(dir.path());
        const QByteArray data = payload(50'000);
        QByteArray tampered = data;
        tampered[25'000] = char(tampered[25'000] ^ 0x01);
        UploadSession upload(dir.path(), QStringLiteral("bad"), data.size(), hexHash(data));
        QCOMPARE(upload.open(), UploadStatus::Ok);
        QCOMPARE(upload.writeChunk(0, tampered), UploadStatus::Ok);
        QCOMPARE(upload.finish(store), UploadStatus::HashMismatch);
        QVERIFY(upload.errorString().contains(QStringLiteral("does not match")));
        QVERIFY(upload.errorString().contains(QStringLiteral("không khớp")));
        QCOMPARE(blobCount(store), 0);
        QVERIFY(!store.has(hexHash(data)) && !store.has(hexHash(tampered)));
        QVERIFY(!QFile::exists(upload.partPath()));
    }

    void chunkBeyondDeclaredSizeIsRefused() {
        QTemporaryDir dir;
        const QByteArray data = payload(1000);
        UploadSession upload(dir.path(), QStringLiteral("edge"), data.size(), hexHash(data));
        QCOMPARE(upload.open(), UploadStatus::Ok);
        QCOMPARE(upload.writeChunk(0, data.left(900)), UploadStatus::Ok);
        QCOMPARE(upload.writeChunk(900, data.mid(900) + "extra"), UploadStatus::BeyondDeclaredSize);
        QCOMPARE(upload.writeChunk(2000, "x"), UploadStatus::BeyondDeclaredSize);
        QCOMPARE(upload.bytesReceived(), 900);
        QCOMPARE(QFileInfo(upload.partPath()).size(), 900); // nothing written past the end
    }

    void gapIsRefused() {
        QTemporaryDir dir;
        const QByteArray data = payload(1000);
        UploadSession upload(dir.path(), QStringLiteral("gap"), data.size(), hexHash(data));
        QCOMPARE(upload.open(), UploadStatus::Ok);
        QCOMPARE(upload.writeChunk(0, data.left(100)), UploadStatus::Ok);
        QCOMPARE(upload.writeChunk(200, data.mid(200, 100)), UploadStatus::Gap);
        QVERIFY(upload.errorString().contains(QStringLiteral("resume from 100")));
        QCOMPARE(upload.bytesReceived(), 100);
    }

    void oversizeIsRefused() {
        QTemporaryDir dir;
        UploadSession big(dir.path(), QStringLiteral("big"), UploadSession::kDefaultMaxBytes + 1,
                          hexHash("x"));
        QCOMPARE(big.open(), UploadStatus::TooLarge);
        QVERIFY(big.errorString().contains(QStringLiteral("200 MiB")));
        QVERIFY(!QFile::exists(big.partPath()));
        UploadSession small(dir.path(), QStringLiteral("small"), 2048, hexHash("x"), 1024);
        QCOMPARE(small.open(), UploadStatus::TooLarge);
    }

    void badRequestsAreRefused() {
        QTemporaryDir dir;
        QCOMPARE(UploadSession(dir.path(), QStringLiteral("../escape"), 10, hexHash("x")).open(),
                 UploadStatus::InvalidRequest);
        QCOMPARE(UploadSession(dir.path(), QStringLiteral("ok"), 0, hexHash("x")).open(),
                 UploadStatus::InvalidRequest);
        QCOMPARE(UploadSession(dir.path(), QStringLiteral("ok"), 10, QStringLiteral("nothex")).open(),
                 UploadStatus::InvalidRequest);
        UploadSession notOpen(dir.path(), QStringLiteral("ok"), 10, hexHash("x"));
        QCOMPARE(notOpen.writeChunk(0, "abc"), UploadStatus::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(tst_UploadSession)
#include "tst_uploadsession.moc"
