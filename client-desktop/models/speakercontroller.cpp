#include "speakercontroller.h"

#include "cborread.h"
#include "serverconnection.h"

#include <cmath>

namespace council::client {

using protocol::Event;
using protocol::Request;

namespace {
constexpr int kTickMs = 250;

// Whole seconds left, rounded up while time remains ("00:01" until it is 0).
int ceilSeconds(qint64 ms) {
    return ms >= 0 ? int((ms + 999) / 1000) : -int((-ms) / 1000);
}
} // namespace

SpeakerController::SpeakerController(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_queue(new SpeakerQueueModel(this)) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        const int s = secondsLeft();
        if (s != m_shownSeconds) {
            m_shownSeconds = s;
            emit clockChanged();
        }
    });
    connect(context, &LiveContext::currentItemChanged, this, &SpeakerController::onItemChanged);
    connect(context, &LiveContext::sessionChanged, this, [this] {
        m_queue->setMyMemberId(m_context->myMemberId());
        emit stateChanged();
        emit floorChanged();
    });
    connect(context, &LiveContext::snapshotApplied, this, &SpeakerController::reload);
    connect(context, &LiveContext::rulesChanged, this, &SpeakerController::clockChanged);
    connect(context, &LiveContext::clockChanged, this, &SpeakerController::clockChanged);
    connect(context->connection(), &ServerConnection::eventReceived, this, &SpeakerController::onEvent);
    connect(m_queue, &SpeakerQueueModel::countChanged, this, &SpeakerController::stateChanged);
}

bool SpeakerController::canRequest() const {
    return m_itemId != 0 && isDelegate() && !hasRequest() && !iHaveTheFloor() && !busy();
}

bool SpeakerController::myRequestIsPointOfOrder() const {
    const int place = myPlace();
    return place > 0 && m_queue->entries().at(place - 1).kind == QLatin1String("point_of_order");
}

int SpeakerController::secondsLeft() const {
    if (!floorTaken() || m_limitSeconds <= 0)
        return 0;
    const qint64 endsAt = m_floorStartedAt + qint64(m_limitSeconds) * 1000;
    return ceilSeconds(endsAt - (m_context->serverNowMs() + m_correctionMs));
}

QString SpeakerController::timeLeftText() const {
    if (!floorTaken() || m_limitSeconds <= 0)
        return {};
    const int s = secondsLeft();
    const int a = std::abs(s);
    const QString clock =
        QStringLiteral("%1:%2").arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
    return s < 0 ? QStringLiteral("+") + clock : clock;
}

bool SpeakerController::warning() const {
    if (!floorTaken())
        return false;
    if (m_warningSignalled || m_timeUpSignalled)
        return true;
    const int warnAt = m_context->body().speakingWarningSeconds;
    return m_limitSeconds > 0 && secondsLeft() <= warnAt;
}

void SpeakerController::requestToSpeak(bool pointOfOrder) {
    if (!canRequest())
        return;
    QCborMap body;
    body.insert(QStringLiteral("item"), m_itemId);
    body.insert(QStringLiteral("kind"),
                pointOfOrder ? QStringLiteral("point_of_order") : QStringLiteral("speech"));
    send(Request::SpeakRequest, body);
}

void SpeakerController::withdraw() {
    const int place = myPlace();
    if (place == 0 || busy())
        return;
    QCborMap body;
    body.insert(QStringLiteral("id"), m_queue->entries().at(place - 1).id);
    send(Request::SpeakWithdraw, body);
}

void SpeakerController::finishSpeaking() {
    if (!iHaveTheFloor() || busy())
        return;
    QCborMap body;
    body.insert(QStringLiteral("id"), m_floorId);
    send(Request::SpeakEnd, body);
}

void SpeakerController::clearError() {
    setError({});
}

void SpeakerController::send(protocol::Request type, const QCborMap &body) {
    setError({});
    ++m_busy;
    emit stateChanged();
    const quint64 generation = m_generation;
    // Queued by the connection while offline and resent with the same op id.
    m_context->connection()->request(type, body, [this, generation](const Reply &r) {
        --m_busy;
        if (generation == m_generation && !r.ok)
            setError(r.errorMessage);
        emit stateChanged();
        // The queue_changed event that follows a success updates the queue.
    });
}

void SpeakerController::reload() {
    if (m_itemId == 0)
        return;
    const quint64 generation = m_generation;
    QCborMap body;
    body.insert(QStringLiteral("item"), m_itemId);
    m_context->connection()->request(Request::SpeakQueue, body, [this, generation](const Reply &r) {
        if (generation != m_generation || !r.ok)
            return;
        m_queue->setQueue(cbor::array(r.body, "queue"));
        setFloor(cbor::map(r.body, "floor"));
        emit stateChanged();
    });
}

void SpeakerController::onItemChanged() {
    const qint64 item = m_context->currentItemId();
    if (item == m_itemId)
        return;
    ++m_generation;
    m_itemId = item;
    m_queue->clear();
    setFloor({});
    setError({});
    emit itemChanged();
    emit stateChanged();
    reload();
}

void SpeakerController::onEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::SpeakQueueChanged:
        if (cbor::integer(body, "item") != m_itemId || m_itemId == 0)
            return;
        m_queue->setQueue(cbor::array(body, "queue"));
        emit stateChanged();
        return;
    case Event::SpeakFloor:
        if (cbor::integer(body, "item") != m_itemId || m_itemId == 0)
            return;
        setFloor(cbor::map(body, "request"));
        emit stateChanged();
        return;
    case Event::SpeakWarning: {
        const QCborMap request = cbor::map(body, "request");
        if (cbor::integer(request, "id") != m_floorId || m_floorId == 0)
            return;
        // The server sends this at an exact moment of the speech: set the
        // local clock so that it shows what the server means right now.
        const qint64 secondsLeft = cbor::integer(body, "secondsLeft");
        const qint64 endsAt = m_floorStartedAt + qint64(m_limitSeconds) * 1000;
        m_correctionMs = endsAt - secondsLeft * 1000 - m_context->serverNowMs();
        if (secondsLeft <= 0)
            m_timeUpSignalled = true;
        else
            m_warningSignalled = true;
        emit clockChanged();
        return;
    }
    default:
        return;
    }
}

void SpeakerController::setFloor(const QCborMap &request) {
    const bool speaking = !request.isEmpty() && cbor::text(request, "state") == QLatin1String("speaking");
    const qint64 id = speaking ? cbor::integer(request, "id") : 0;
    if (id != m_floorId) {
        m_correctionMs = 0;
        m_warningSignalled = false;
        m_timeUpSignalled = false;
    }
    m_floorId = id;
    m_floorMember = speaking ? cbor::integer(request, "member") : 0;
    m_floorName = speaking ? cbor::text(request, "fullName") : QString();
    m_floorKind = speaking ? cbor::text(request, "kind") : QString();
    m_floorStartedAt = speaking ? cbor::integer(request, "startedAt") : 0;
    m_limitSeconds = speaking ? int(cbor::integer(request, "limitSeconds")) : 0;
    m_shownSeconds = secondsLeft();
    updateTicker();
    emit floorChanged();
    emit clockChanged();
}

void SpeakerController::setError(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit stateChanged();
}

void SpeakerController::updateTicker() {
    if (floorTaken() && m_limitSeconds > 0)
        m_ticker.start();
    else
        m_ticker.stop();
}

} // namespace council::client
