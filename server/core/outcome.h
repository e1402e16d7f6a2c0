// What a request handler returns: a result body, or an error with a stable code.
#pragma once

#include "protocol/errors.h"

#include <QCborMap>
#include <optional>

namespace council::server {

struct Outcome {
    QCborMap body;
    std::optional<protocol::Error> error;

    bool isOk() const { return !error.has_value(); }
    static Outcome ok(QCborMap body = {}) { return {std::move(body), std::nullopt}; }
    static Outcome fail(protocol::ErrorCode code, QString detail = {}) {
        return {{}, protocol::Error{code, std::move(detail)}};
    }
    static Outcome fail(protocol::Error error) { return {{}, std::move(error)}; }
};

// Who is asking. The server decides every permission from this, never from
// anything the client claims in a request body.
struct Caller {
    qint64 accountId = 0;
    bool admin = false;
    QString username;
    bool isAuthenticated() const { return accountId > 0; }
};

} // namespace council::server
