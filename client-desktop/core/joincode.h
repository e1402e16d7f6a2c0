// What a new device needs to join a council safely, in one line that the
// hall display shows as text and as a QR code:
//
//     council:ws://10.0.0.5:8765#body=1&key=<base64url Ed25519 public key>
//
// the server's address and the body's trust key. The login page takes it
// instead of a typed address; the key is pinned (TrustPins) when the login
// succeeds, so a server that later presents another key is refused. The
// check-in QR (council:checkin?...) shares the scheme but is not a join code.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace council::client {

class JoinCode {
public:
    enum class Error {
        None,
        Empty,
        NotAJoinCode, // no "council:" in front
        CheckInCode,  // the hall's check-in QR, not a join code
        BadServer,    // not a ws:// or wss:// address with a host
        BadBody,      // body missing or not a positive number
        BadKey,       // key missing or not 32 bytes of base64url
    };

    QUrl server;
    qint64 body = 0;
    QByteArray trustKey; // 32 bytes

    bool isValid() const;
    // The one-line form above; empty when !isValid().
    QString format() const;
    // "3F2A 91C0 …", as the server prints it at start-up and councilctl shows it.
    QString fingerprint() const;

    // Tolerates what pasting and QR scanners add: white space and line breaks
    // anywhere, an upper-case scheme. nullopt with *error set otherwise.
    static std::optional<JoinCode> parse(const QString &text, Error *error = nullptr);
    // The text starts with the join code's scheme: the login page treats it
    // as a join code (and says what is wrong with it) rather than an address.
    static bool looksLikeJoinCode(const QString &text);
};

} // namespace council::client
