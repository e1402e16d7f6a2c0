// One protocol frame and its binary encoding: a CBOR map in one binary
// WebSocket message. See docs/protocol.md for the field table.
#pragma once

#include "errors.h"
#include "messages.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <optional>

namespace council::protocol {

inline constexpr int kProtocolVersion = 1;
inline constexpr int kMaxOpIdBytes = 64;

// Envelope keys: short integers keep every frame small.
namespace key {
inline constexpr qint64 Kind = 0;
inline constexpr qint64 Type = 1;
inline constexpr qint64 Id = 2;
inline constexpr qint64 Op = 3;
inline constexpr qint64 Body = 4;
inline constexpr qint64 Seq = 5;
} // namespace key

struct Frame {
    FrameKind kind = FrameKind::Request;
    qint64 type = 0; // a Request or Event code
    qint64 id = 0;   // request id, echoed in its Result or Error
    QByteArray op;   // operation id of a mutating request (idempotency key)
    QCborMap body;   // payload; for Error: {code, vi, en[, detail]}
    qint64 seq = 0;  // event sequence number (events only)

    QByteArray encode() const;

    static Frame request(Request type, qint64 id, QCborMap body, QByteArray op = {});
    static Frame result(qint64 type, qint64 id, QCborMap body);
    static Frame error(qint64 type, qint64 id, const Error &error);
    static Frame event(Event type, qint64 seq, QCborMap body);
};

// Decoding never trusts its input: it reports why a frame was refused.
struct DecodeResult {
    std::optional<Frame> frame;
    QString problem; // empty when frame is set
};

DecodeResult decodeFrame(const QByteArray &bytes);

} // namespace council::protocol
