#include "messages.h"

namespace council::protocol {

QString requestName(Request r) {
    switch (r) {
#define COUNCIL_X(name, code, wire, mutating)                                                                \
    case Request::name:                                                                                      \
        return QStringLiteral(wire);
        COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
    }
    return {};
}

std::optional<Request> requestFromCode(qint64 code) {
    switch (code) {
#define COUNCIL_X(name, code, wire, mutating)                                                                \
    case code:                                                                                               \
        return Request::name;
        COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
    }
    return std::nullopt;
}

std::optional<Request> requestFromName(const QString &name) {
#define COUNCIL_X(n, code, wire, mutating)                                                                   \
    if (name == QLatin1String(wire))                                                                         \
        return Request::n;
    COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
    return std::nullopt;
}

bool isMutating(Request r) {
    switch (r) {
#define COUNCIL_X(name, code, wire, mutating)                                                                \
    case Request::name:                                                                                      \
        return mutating;
        COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
    }
    return false;
}

QString eventName(Event e) {
    switch (e) {
#define COUNCIL_X(name, code, wire)                                                                          \
    case Event::name:                                                                                        \
        return QStringLiteral(wire);
        COUNCIL_EVENTS(COUNCIL_X)
#undef COUNCIL_X
    }
    return {};
}

std::optional<Event> eventFromCode(qint64 code) {
    switch (code) {
#define COUNCIL_X(name, code, wire)                                                                          \
    case code:                                                                                               \
        return Event::name;
        COUNCIL_EVENTS(COUNCIL_X)
#undef COUNCIL_X
    }
    return std::nullopt;
}

} // namespace council::protocol
