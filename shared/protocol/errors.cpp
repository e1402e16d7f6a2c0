#include "errors.h"

namespace council::protocol {

QString errorWireCode(ErrorCode code) {
    switch (code) {
#define COUNCIL_X(name, wire, vi, en)                                                                        \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(wire);
        COUNCIL_ERRORS(COUNCIL_X)
#undef COUNCIL_X
    }
    return QStringLiteral("internal");
}

QString errorMessageVi(ErrorCode code) {
    switch (code) {
#define COUNCIL_X(name, wire, vi, en)                                                                        \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(vi);
        COUNCIL_ERRORS(COUNCIL_X)
#undef COUNCIL_X
    }
    return {};
}

QString errorMessageEn(ErrorCode code) {
    switch (code) {
#define COUNCIL_X(name, wire, vi, en)                                                                        \
    case ErrorCode::name:                                                                                    \
        return QStringLiteral(en);
        COUNCIL_ERRORS(COUNCIL_X)
#undef COUNCIL_X
    }
    return {};
}

QCborMap Error::toCbor() const {
    QCborMap m;
    m.insert(QStringLiteral("code"), errorWireCode(code));
    m.insert(QStringLiteral("vi"), errorMessageVi(code));
    m.insert(QStringLiteral("en"), errorMessageEn(code));
    if (!detail.isEmpty())
        m.insert(QStringLiteral("detail"), detail);
    return m;
}

} // namespace council::protocol
