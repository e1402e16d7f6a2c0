#include "frame.h"

namespace council::protocol {

QByteArray Frame::encode() const {
    QCborMap m;
    m.insert(key::Kind, static_cast<int>(kind));
    m.insert(key::Type, type);
    if (kind != FrameKind::Event)
        m.insert(key::Id, id);
    if (!op.isEmpty())
        m.insert(key::Op, op);
    if (kind == FrameKind::Event)
        m.insert(key::Seq, seq);
    m.insert(key::Body, body);
    return m.toCborValue().toCbor();
}

Frame Frame::request(Request type, qint64 id, QCborMap body, QByteArray op) {
    Frame f;
    f.kind = FrameKind::Request;
    f.type = static_cast<qint64>(type);
    f.id = id;
    f.op = std::move(op);
    f.body = std::move(body);
    return f;
}

Frame Frame::result(qint64 type, qint64 id, QCborMap body) {
    Frame f;
    f.kind = FrameKind::Result;
    f.type = type;
    f.id = id;
    f.body = std::move(body);
    return f;
}

Frame Frame::error(qint64 type, qint64 id, const Error &error) {
    Frame f;
    f.kind = FrameKind::Error;
    f.type = type;
    f.id = id;
    f.body = error.toCbor();
    return f;
}

Frame Frame::event(Event type, qint64 seq, QCborMap body) {
    Frame f;
    f.kind = FrameKind::Event;
    f.type = static_cast<qint64>(type);
    f.seq = seq;
    f.body = std::move(body);
    return f;
}

DecodeResult decodeFrame(const QByteArray &bytes) {
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(bytes, &err);
    if (err.error != QCborError::NoError)
        return {std::nullopt, QStringLiteral("invalid CBOR: %1").arg(err.errorString())};
    if (err.offset != bytes.size())
        return {std::nullopt, QStringLiteral("trailing bytes after the CBOR item")};
    if (!v.isMap())
        return {std::nullopt, QStringLiteral("frame is not a CBOR map")};
    const QCborMap m = v.toMap();
    const QCborValue kind = m.value(key::Kind);
    const QCborValue type = m.value(key::Type);
    if (!kind.isInteger() || kind.toInteger() < 0 || kind.toInteger() > 3)
        return {std::nullopt, QStringLiteral("missing or bad frame kind (key 0)")};
    if (!type.isInteger())
        return {std::nullopt, QStringLiteral("missing or bad message type (key 1)")};
    Frame f;
    f.kind = static_cast<FrameKind>(kind.toInteger());
    f.type = type.toInteger();
    const QCborValue id = m.value(key::Id);
    if (f.kind != FrameKind::Event) {
        if (!id.isInteger())
            return {std::nullopt, QStringLiteral("missing or bad request id (key 2)")};
        f.id = id.toInteger();
    }
    const QCborValue op = m.value(key::Op);
    if (!op.isUndefined()) {
        if (!op.isByteArray() || op.toByteArray().isEmpty() || op.toByteArray().size() > kMaxOpIdBytes)
            return {std::nullopt, QStringLiteral("operation id (key 3) must be 1..64 bytes")};
        f.op = op.toByteArray();
    }
    const QCborValue body = m.value(key::Body);
    if (!body.isUndefined() && !body.isMap())
        return {std::nullopt, QStringLiteral("body (key 4) must be a map")};
    f.body = body.toMap();
    if (f.kind == FrameKind::Event) {
        const QCborValue seq = m.value(key::Seq);
        if (!seq.isInteger())
            return {std::nullopt, QStringLiteral("event without sequence number (key 5)")};
        f.seq = seq.toInteger();
    }
    return {std::move(f), {}};
}

} // namespace council::protocol
