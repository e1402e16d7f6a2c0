// HallModel's requests to the server: what it asks for after every
// (re)connection and whenever the place or the mode on screen changes. Each
// answer is applied only if it is still about what the screen shows.
#include "hallmodel.h"

#include "cborread.h"
#include "joincode.h"
#include "qrmatrix.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QDateTime>
#include <QPointer>

namespace council::client {

using protocol::Request;

namespace {

// A new check-in code is asked for a little after the old one ran out, so
// the server surely has the next one.
constexpr int kCodeRefreshSlackMs = 300;
// Below this, a difference between the clocks is mostly the round trip.
constexpr qint64 kClockSkewMs = 1000;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void HallModel::request(int type, const QCborMap &body, std::function<void(const QCborMap &)> onResult,
                        std::function<void(const Reply &)> onError) {
    if (!canAsk())
        return; // refresh() asks again once the hall is on screen and online
    QPointer<HallModel> self(this);
    m_connection->request(
        Request(type), body,
        [self, onResult = std::move(onResult), onError = std::move(onError)](const Reply &r) {
            if (!self)
                return;
            if (r.ok)
                onResult(r.body);
            else if (onError)
                onError(r);
        });
}

void HallModel::fetchClock() {
    const qint64 sent = nowMs();
    request(int(Request::Ping), {}, [this, sent](const QCborMap &r) {
        const qint64 server = cbor::integer(r, "time");
        if (server <= 0)
            return;
        // The server's clock at the middle of the round trip. Below a second
        // the difference is mostly the round trip itself, not the clocks:
        // then this device's clock (NTP-synchronised, as a rule) is better.
        const qint64 offset = server - (sent + nowMs()) / 2;
        m_clockOffsetMs = std::abs(offset) >= kClockSkewMs ? offset : 0;
        tick();
    });
}

void HallModel::fetchHall() {
    if (!m_bodyId)
        return;
    QCborMap body;
    body.insert(QStringLiteral("body"), m_bodyId);
    request(int(Request::HallGet), body, [this](const QCborMap &r) { applyHallState(r); });
}

void HallModel::fetchTrust() {
    if (!m_bodyId)
        return;
    const qint64 bodyId = m_bodyId;
    QCborMap body;
    body.insert(QStringLiteral("body"), bodyId);
    request(int(Request::TrustGet), body, [this, bodyId](const QCborMap &r) {
        if (bodyId != m_bodyId)
            return;
        JoinCode code;
        code.server = m_connection->serverUrl();
        code.body = bodyId;
        code.trustKey = r.value(QLatin1String("publicKey")).toByteArray();
        const QString text = code.format();
        if (text == m_joinCode)
            return;
        const QrMatrix qr = QrMatrix::encode(text);
        m_joinCode = text;
        m_joinQr = qr.bits();
        m_joinQrSize = qr.size;
        m_fingerprint = code.fingerprint();
        emit joinCodeChanged();
    });
}

void HallModel::fetchAttendance() {
    if (!m_sittingId)
        return;
    const qint64 sitting = m_sittingId;
    QCborMap body;
    body.insert(QStringLiteral("sitting"), sitting);
    request(int(Request::AttendanceList), body, [this, sitting](const QCborMap &r) {
        if (sitting == m_sittingId)
            setQuorum(cbor::map(r, "quorum"));
    });
}

void HallModel::fetchCheckInCode() {
    if (!m_sittingId || m_checkInDenied || m_mode != QLatin1String("attendance") || !canAsk())
        return;
    const qint64 sitting = m_sittingId;
    QCborMap body;
    body.insert(QStringLiteral("sitting"), sitting);
    request(
        int(Request::AttendanceCode), body,
        [this, sitting](const QCborMap &r) {
            if (sitting != m_sittingId)
                return;
            const QrMatrix qr = QrMatrix::fromCbor(cbor::map(r, "qr"));
            m_checkInCode = cbor::text(r, "code");
            m_checkInQr = qr.bits();
            m_checkInQrSize = qr.isValid() ? qr.size : 0;
            m_checkInValidUntil = cbor::integer(r, "validUntil");
            emit checkInChanged();
            const qint64 wait = m_checkInValidUntil - serverNow() + kCodeRefreshSlackMs;
            m_checkInTimer.start(int(std::clamp<qint64>(wait, 1000, 60000)));
            updateTicking();
        },
        [this](const Reply &r) {
            // Only the display, chair and secretariat see the code; others
            // get the attendance view without it.
            if (r.errorCode == QLatin1String("permission_denied"))
                m_checkInDenied = true;
            else
                m_checkInTimer.start(5000);
        });
}

void HallModel::fetchSpeakers() {
    if (!m_currentItem)
        return;
    const qint64 item = m_currentItem;
    QCborMap body;
    body.insert(QStringLiteral("item"), item);
    request(int(Request::SpeakQueue), body, [this, item](const QCborMap &r) {
        if (item != m_currentItem)
            return;
        m_waitingSpeakers = int(cbor::array(r, "queue").size());
        const QCborMap floor = cbor::map(r, "floor");
        if (!floor.isEmpty())
            setSpeaker(floor);
        else if (cbor::integer(m_speaker, "item") == item)
            setSpeaker({});
        else
            emit speakerChanged();
    });
}

void HallModel::fetchVotes() {
    if (!m_sessionId)
        return;
    const qint64 session = m_sessionId;
    QCborMap body;
    body.insert(QStringLiteral("session"), session);
    request(int(Request::VoteList), body, [this, session](const QCborMap &r) {
        if (session != m_sessionId)
            return;
        bool open = false;
        for (const QCborValue &v : cbor::array(r, "rounds")) {
            const Round round = roundFrom(v.toMap());
            open = open || round.state == QLatin1String("open");
            roundChanged(round);
        }
        if (!open && m_openRound.id) {
            m_openRound = {};
            emit voteChanged();
            updateTicking();
        }
    });
}

void HallModel::fetchShownRound() {
    if (!m_shownRound)
        return;
    const qint64 round = m_shownRound;
    QCborMap body;
    body.insert(QStringLiteral("round"), round);
    request(int(Request::VoteGet), body, [this, round](const QCborMap &r) {
        if (round == m_shownRound)
            roundChanged(roundFrom(cbor::map(r, "round")));
    });
}

void HallModel::fetchDocument() {
    if (!m_shownDocument)
        return;
    const qint64 document = m_shownDocument;
    QCborMap body;
    body.insert(QStringLiteral("document"), document);
    request(int(Request::DocGet), body, [this, document](const QCborMap &r) {
        if (document != m_shownDocument)
            return;
        const QCborMap doc = cbor::map(r, "document");
        m_documentTitle = cbor::text(doc, "title");
        m_documentPages = cbor::integer(cbor::map(doc, "version"), "pages");
        emit documentChanged();
    });
}

} // namespace council::client
