// The frame codec: what one side encodes the other decodes unchanged, and
// decoding refuses every malformed input with a reason instead of guessing.
#include "protocol/frame.h"

#include <QCborArray>
#include <QTest>

using namespace council::protocol;

Q_DECLARE_METATYPE(council::protocol::Frame)

class tst_Frame : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void refuses_data();
    void refuses();
    void acceptsMissingBody();
    void errorFrameCarriesMessages();
};

namespace {
QCborMap sampleBody() {
    QCborMap body;
    body.insert(QStringLiteral("title"), QStringLiteral("Báo cáo kinh tế - xã hội"));
    body.insert(QStringLiteral("n"), 42);
    body.insert(QStringLiteral("list"), QCborArray{1, 2, 3});
    return body;
}

QByteArray cbor(const QCborMap &m) {
    return m.toCborValue().toCbor();
}

// A well-formed request envelope that the refusal rows then spoil one way each.
QCborMap validRequest() {
    QCborMap m;
    m.insert(key::Kind, 0);
    m.insert(key::Type, 90);
    m.insert(key::Id, 7);
    m.insert(key::Body, QCborMap{});
    return m;
}
} // namespace

void tst_Frame::roundTrip_data() {
    QTest::addColumn<Frame>("frame");
    QTest::newRow("request") << Frame::request(Request::SessionGet, 3, sampleBody());
    QTest::newRow("request with op") << Frame::request(Request::AgendaAdd, 4, sampleBody(),
                                                       QByteArray(16, 'x'));
    QTest::newRow("request with 64-byte op")
        << Frame::request(Request::AgendaAdd, 5, {}, QByteArray(kMaxOpIdBytes, '\x01'));
    QTest::newRow("result") << Frame::result(72, 9, sampleBody());
    QTest::newRow("error") << Frame::error(90, 11, Error{ErrorCode::NotFound, QStringLiteral("item 3")});
    QTest::newRow("event") << Frame::event(Event::AgendaItemChanged, 123456789, sampleBody());
    QTest::newRow("large ids") << Frame::request(Request::Sync, (qint64(1) << 53) - 1, {});
}

void tst_Frame::roundTrip() {
    QFETCH(Frame, frame);
    const DecodeResult r = decodeFrame(frame.encode());
    QVERIFY2(r.frame.has_value(), qPrintable(r.problem));
    QVERIFY(r.problem.isEmpty());
    QCOMPARE(r.frame->kind, frame.kind);
    QCOMPARE(r.frame->type, frame.type);
    QCOMPARE(r.frame->id, frame.id);
    QCOMPARE(r.frame->op, frame.op);
    QCOMPARE(r.frame->body, frame.body);
    QCOMPARE(r.frame->seq, frame.seq);
    // Encoding is deterministic: the decoded frame encodes to the same bytes.
    QCOMPARE(r.frame->encode(), frame.encode());
}

void tst_Frame::refuses_data() {
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not CBOR") << QByteArray("\xff\xff\xff\xff", 4);
    QTest::newRow("truncated map") << cbor(validRequest()).chopped(2);
    QTest::newRow("text, not a map") << QCborValue(QStringLiteral("hello")).toCbor();
    QTest::newRow("array, not a map") << QCborValue(QCborArray{0, 1, 2}).toCbor();
    QTest::newRow("integer, not a map") << QCborValue(5).toCbor();
    {
        QCborMap m = validRequest();
        m.remove(key::Kind);
        QTest::newRow("missing kind") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Kind, 9);
        QTest::newRow("kind out of range") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Kind, QStringLiteral("request"));
        QTest::newRow("kind not an integer") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.remove(key::Type);
        QTest::newRow("missing type") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Type, QStringLiteral("agenda.add"));
        QTest::newRow("type not an integer") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.remove(key::Id);
        QTest::newRow("missing id") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Op, QByteArray(kMaxOpIdBytes + 1, 'o'));
        QTest::newRow("op too long") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Op, QByteArray());
        QTest::newRow("op empty") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Op, QStringLiteral("op-as-text"));
        QTest::newRow("op not bytes") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Body, QCborArray{1});
        QTest::newRow("body is an array") << cbor(m);
    }
    {
        QCborMap m = validRequest();
        m.insert(key::Body, QStringLiteral("body"));
        QTest::newRow("body is text") << cbor(m);
    }
    {
        QCborMap m;
        m.insert(key::Kind, 3);
        m.insert(key::Type, 1060);
        m.insert(key::Body, QCborMap{});
        QTest::newRow("event without seq") << cbor(m);
    }
    QTest::newRow("trailing bytes") << cbor(validRequest()) + QByteArray("\x00", 1);
    QTest::newRow("two maps") << cbor(validRequest()) + cbor(validRequest());
}

void tst_Frame::refuses() {
    QFETCH(QByteArray, bytes);
    const DecodeResult r = decodeFrame(bytes);
    QVERIFY(!r.frame.has_value());
    QVERIFY2(!r.problem.isEmpty(), "a refusal must say why");
}

void tst_Frame::acceptsMissingBody() {
    QCborMap m = validRequest();
    m.remove(key::Body);
    const DecodeResult r = decodeFrame(cbor(m));
    QVERIFY2(r.frame.has_value(), qPrintable(r.problem));
    QVERIFY(r.frame->body.isEmpty());
    QCOMPARE(r.frame->type, 90);
    QCOMPARE(r.frame->id, 7);
}

void tst_Frame::errorFrameCarriesMessages() {
    const Frame f = Frame::error(72, 5, Error{ErrorCode::PermissionDenied, QStringLiteral("secretary only")});
    const DecodeResult r = decodeFrame(f.encode());
    QVERIFY(r.frame.has_value());
    QCOMPARE(r.frame->kind, FrameKind::Error);
    QCOMPARE(r.frame->body.value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
    QVERIFY(!r.frame->body.value(QStringLiteral("vi")).toString().isEmpty());
    QVERIFY(!r.frame->body.value(QStringLiteral("en")).toString().isEmpty());
    QCOMPARE(r.frame->body.value(QStringLiteral("detail")).toString(), QStringLiteral("secretary only"));
}

QTEST_APPLESS_MAIN(tst_Frame)
#include "tst_frame.moc"
