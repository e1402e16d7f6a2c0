// The audit hash chain: an intact chain verifies, and every way of tampering
// with stored entries is caught at exactly the first entry that no longer holds.
#include "crypto/auditchain.h"
#include "crypto/sodium.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace council::crypto;

class tst_AuditChain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void intactChainVerifies();
    void emptyChainVerifies();
    void tampering_data();
    void tampering();
    void continuesFromExpectedPrev();
    void hashCoversEveryField_data();
    void hashCoversEveryField();
};

namespace {
constexpr int kEntries = 20;

QList<AuditEntry> buildChain(int count) {
    QList<AuditEntry> chain;
    QByteArray prev = genesisHash();
    for (int i = 1; i <= count; ++i) {
        AuditEntry e;
        e.seq = i;
        e.atMs = 1700000000000 + i * 1000;
        e.type = 1060;
        e.actor = 1 + i % 3;
        e.bodyId = 1;
        e.sessionId = 2;
        QCborMap payload;
        payload.insert(QStringLiteral("title"), QStringLiteral("Mục %1").arg(i));
        e.payload = payload.toCborValue().toCbor();
        e.prevHash = prev;
        e.hash = computeAuditHash(e);
        prev = e.hash;
        chain.append(e);
    }
    return chain;
}

enum class Tamper { FlipPayloadByte, ChangePrevHash, DropEntry, SwapEntries, ChangeActor, ChangeHash };
} // namespace

Q_DECLARE_METATYPE(Tamper)

void tst_AuditChain::initTestCase() {
    QVERIFY(initialize());
}

void tst_AuditChain::intactChainVerifies() {
    const QList<AuditEntry> chain = buildChain(kEntries);
    QByteArray last;
    QCOMPARE(firstBrokenEntry(chain, genesisHash(), &last), 0);
    QCOMPARE(last, chain.last().hash);
    QCOMPARE(genesisHash(), QByteArray(32, '\0'));
    QCOMPARE(chain.first().prevHash, genesisHash());
}

void tst_AuditChain::emptyChainVerifies() {
    QByteArray last;
    QCOMPARE(firstBrokenEntry({}, genesisHash(), &last), 0);
    QCOMPARE(last, genesisHash());
}

void tst_AuditChain::tampering_data() {
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<int>("index"); // position in the list that is touched
    QTest::addColumn<qint64>("expectedBroken");

    QTest::newRow("payload byte of first") << Tamper::FlipPayloadByte << 0 << qint64(1);
    QTest::newRow("payload byte of 7") << Tamper::FlipPayloadByte << 6 << qint64(7);
    QTest::newRow("payload byte of last") << Tamper::FlipPayloadByte << kEntries - 1 << qint64(kEntries);
    QTest::newRow("prevHash of 5") << Tamper::ChangePrevHash << 4 << qint64(5);
    QTest::newRow("prevHash of first") << Tamper::ChangePrevHash << 0 << qint64(1);
    // Dropping entry 10 makes entry 11 follow entry 9: 11 is the first that does not hold.
    QTest::newRow("drop 10") << Tamper::DropEntry << 9 << qint64(11);
    QTest::newRow("drop first") << Tamper::DropEntry << 0 << qint64(2);
    // Swapping 12 and 13 puts 13 where 12 was: 13 is named.
    QTest::newRow("swap 12 and 13") << Tamper::SwapEntries << 11 << qint64(13);
    QTest::newRow("actor of 15") << Tamper::ChangeActor << 14 << qint64(15);
    QTest::newRow("stored hash of 3") << Tamper::ChangeHash << 2 << qint64(3);
}

void tst_AuditChain::tampering() {
    QFETCH(Tamper, tamper);
    QFETCH(int, index);
    QFETCH(qint64, expectedBroken);

    QList<AuditEntry> chain = buildChain(kEntries);
    switch (tamper) {
    case Tamper::FlipPayloadByte:
        chain[index].payload[chain[index].payload.size() - 1] ^= 0x01;
        break;
    case Tamper::ChangePrevHash:
        chain[index].prevHash[0] ^= 0x01;
        break;
    case Tamper::DropEntry:
        chain.removeAt(index);
        break;
    case Tamper::SwapEntries:
        chain.swapItemsAt(index, index + 1);
        break;
    case Tamper::ChangeActor:
        chain[index].actor += 1;
        break;
    case Tamper::ChangeHash:
        chain[index].hash[5] ^= 0x10;
        break;
    }
    QByteArray last = "untouched";
    QCOMPARE(firstBrokenEntry(chain, genesisHash(), &last), expectedBroken);
    QCOMPARE(last, QByteArray("untouched")); // not written for a broken chain
}

void tst_AuditChain::continuesFromExpectedPrev() {
    // A verifier that reads the log page by page carries the last hash on.
    const QList<AuditEntry> chain = buildChain(kEntries);
    QByteArray last;
    QCOMPARE(firstBrokenEntry(chain.mid(0, 8), genesisHash(), &last), 0);
    QCOMPARE(firstBrokenEntry(chain.mid(8), last, &last), 0);
    QCOMPARE(last, chain.last().hash);
    QCOMPARE(firstBrokenEntry(chain.mid(8), genesisHash(), nullptr), 9);
}

void tst_AuditChain::hashCoversEveryField_data() {
    QTest::addColumn<int>("field");
    for (int i = 0; i < 8; ++i)
        QTest::newRow(qPrintable(QStringLiteral("field %1").arg(i))) << i;
}

void tst_AuditChain::hashCoversEveryField() {
    QFETCH(int, field);
    AuditEntry e = buildChain(1).first();
    const QByteArray original = computeAuditHash(e);
    switch (field) {
    case 0:
        e.seq += 1;
        break;
    case 1:
        e.atMs += 1;
        break;
    case 2:
        e.type += 1;
        break;
    case 3:
        e.actor += 1;
        break;
    case 4:
        e.bodyId += 1;
        break;
    case 5:
        e.sessionId += 1;
        break;
    case 6:
        e.payload.append('\0');
        break;
    case 7:
        e.prevHash[31] = 1;
        break;
    }
    QVERIFY(computeAuditHash(e) != original);
    QCOMPARE(original.size(), 32);
}

QTEST_APPLESS_MAIN(tst_AuditChain)
#include "tst_auditchain.moc"
