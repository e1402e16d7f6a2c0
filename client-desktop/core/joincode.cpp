#include "joincode.h"

#include "crypto/signing.h"

#include <QUrlQuery>

namespace council::client {

namespace {

const QString kScheme = QStringLiteral("council:");

QString withoutSpaces(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

std::optional<JoinCode> fail(JoinCode::Error *error, JoinCode::Error what) {
    if (error)
        *error = what;
    return std::nullopt;
}

} // namespace

bool JoinCode::isValid() const {
    const QString scheme = server.scheme();
    return server.isValid() && !server.host().isEmpty() &&
           (scheme == QLatin1String("ws") || scheme == QLatin1String("wss")) && body > 0 &&
           trustKey.size() == crypto::kSignPublicKeyBytes;
}

QString JoinCode::format() const {
    if (!isValid())
        return {};
    QUrl bare = server.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    if (bare.path() == QLatin1String("/"))
        bare.setPath({}); // "ws://host:8765/" and "ws://host:8765" are one server; the shorter QR wins
    const QString address = bare.toString(QUrl::FullyEncoded);
    const QString key = QString::fromLatin1(
        trustKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return kScheme + address + QStringLiteral("#body=%1&key=%2").arg(body).arg(key);
}

QString JoinCode::fingerprint() const {
    return crypto::keyFingerprint(trustKey);
}

bool JoinCode::looksLikeJoinCode(const QString &text) {
    return withoutSpaces(text).startsWith(kScheme, Qt::CaseInsensitive);
}

std::optional<JoinCode> JoinCode::parse(const QString &text, Error *error) {
    if (error)
        *error = Error::None;
    const QString compact = withoutSpaces(text);
    if (compact.isEmpty())
        return fail(error, Error::Empty);
    if (!compact.startsWith(kScheme, Qt::CaseInsensitive))
        return fail(error, Error::NotAJoinCode);
    const QString rest = compact.mid(kScheme.size());
    if (rest.startsWith(QLatin1String("checkin"), Qt::CaseInsensitive))
        return fail(error, Error::CheckInCode);

    const qsizetype hash = rest.indexOf(QLatin1Char('#'));
    const QString address = hash < 0 ? rest : rest.left(hash);
    const QString fragment = hash < 0 ? QString() : rest.mid(hash + 1);

    JoinCode code;
    code.server = QUrl(address, QUrl::StrictMode);
    const QString scheme = code.server.scheme().toLower();
    if (!code.server.isValid() || code.server.host().isEmpty() ||
        (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return fail(error, Error::BadServer);
    code.server.setScheme(scheme);

    const QUrlQuery query(fragment);
    bool ok = false;
    code.body = query.queryItemValue(QStringLiteral("body")).toLongLong(&ok);
    if (!ok || code.body <= 0)
        return fail(error, Error::BadBody);

    // Base64url as we write it; standard base64 (a hand-copied key) is fine too.
    QString key = query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    key.replace(QLatin1Char('+'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('_'));
    const auto decoded = QByteArray::fromBase64Encoding(
        key.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != crypto::kSignPublicKeyBytes)
        return fail(error, Error::BadKey);
    code.trustKey = decoded.decoded;
    return code;
}

} // namespace council::client
