// What the secretariat's models show when the server refuses a request: the
// server's readable message in the UI language, followed by its `detail`
// (which field, which CSV line) when it gave one, so the secretary can fix
// the form without asking anybody.
#pragma once

#include "serverconnection.h"

#include <QCborMap>
#include <QString>

namespace council::client {

inline QString secretariatError(const Reply &reply) {
    const QString detail = reply.body.value(QStringLiteral("detail")).toString();
    if (detail.isEmpty() || reply.errorMessage.contains(detail))
        return reply.errorMessage;
    return reply.errorMessage + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace council::client
