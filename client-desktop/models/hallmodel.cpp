#include "hallmodel.h"

#include "cborread.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QDateTime>

namespace council::client {

using protocol::Event;

namespace {

constexpr int kTickMs = 500;
constexpr int kUpcomingItems = 3;

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// Whole seconds left until `deadline`, rounded up while there is time left
// and towards zero after it: 0.4 s left shows 1, 0.4 s over shows 0.
int secondsUntil(qint64 deadline, qint64 now) {
    const qint64 leftMs = deadline - now;
    return int(leftMs >= 0 ? (leftMs + 999) / 1000 : -((-leftMs) / 1000));
}

double percentOf(qint64 part, qint64 total) {
    return total > 0 ? 100.0 * double(part) / double(total) : 0.0;
}

} // namespace

HallModel::HallModel(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection) {
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &HallModel::tick);
    m_checkInTimer.setSingleShot(true);
    connect(&m_checkInTimer, &QTimer::timeout, this, &HallModel::fetchCheckInCode);
    connect(m_connection, &ServerConnection::online, this, &HallModel::refresh);
}

HallModel::~HallModel() = default;

// ---- Properties ------------------------------------------------------------

QString HallModel::bodyName() const {
    const HallPlan::Body *b = m_plan.body(m_bodyId);
    return b ? b->name : QString();
}

QString HallModel::sessionTitle() const {
    const HallPlan::Session *s = m_plan.session(m_sessionId);
    return s ? s->title : QString();
}

QString HallModel::sittingTitle() const {
    const HallPlan::Sitting *s = m_plan.sitting(m_sittingId);
    return s ? s->title : QString();
}

QString HallModel::sittingDate() const {
    const HallPlan::Sitting *s = m_plan.sitting(m_sittingId);
    if (!s)
        return {};
    const QDate d = QDate::fromString(s->date, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : s->date;
}

QVariantMap HallModel::currentItem() const {
    const HallPlan::Item *item = m_plan.item(m_currentItem);
    if (!item || item->session != m_sessionId)
        return {};
    const QList<const HallPlan::Item *> items = m_plan.itemsOf(m_sessionId);
    return {{QStringLiteral("itemId"), item->id},
            {QStringLiteral("number"), int(items.indexOf(item)) + 1},
            {QStringLiteral("count"), int(items.size())},
            {QStringLiteral("title"), item->title},
            {QStringLiteral("presenter"), item->presenter},
            {QStringLiteral("kind"), item->kind}};
}

QVariantList HallModel::upcoming() const {
    const QList<const HallPlan::Item *> items = m_plan.itemsOf(m_sessionId);
    // Without a current item the agenda has not started: the first items are next.
    const qsizetype from = m_currentItem ? items.indexOf(m_plan.item(m_currentItem)) + 1 : 0;
    if (m_currentItem && from == 0)
        return {};
    QVariantList out;
    for (qsizetype i = from; i < items.size() && out.size() < kUpcomingItems; ++i)
        out << QVariantMap{{QStringLiteral("number"), int(i) + 1},
                           {QStringLiteral("title"), items.at(i)->title}};
    return out;
}

QVariantMap HallModel::speaker() const {
    if (m_speaker.isEmpty())
        return {};
    return {{QStringLiteral("requestId"), cbor::integer(m_speaker, "id")},
            {QStringLiteral("itemId"), cbor::integer(m_speaker, "item")},
            {QStringLiteral("name"), cbor::text(m_speaker, "fullName")},
            {QStringLiteral("kind"), cbor::text(m_speaker, "kind")},
            {QStringLiteral("limitSeconds"), cbor::integer(m_speaker, "limitSeconds")}};
}

int HallModel::speakerSecondsLeft() const {
    const qint64 limit = cbor::integer(m_speaker, "limitSeconds");
    const qint64 started = cbor::integer(m_speaker, "startedAt");
    if (m_speaker.isEmpty() || limit <= 0 || started <= 0)
        return 0;
    // Never more than the limit: a clock estimate a little off must not show 5:01.
    return std::min<int>(int(limit), secondsUntil(started + limit * 1000, serverNow()));
}

QVariantMap HallModel::quorum() const {
    if (m_quorum.isEmpty())
        return {};
    return {{QStringLiteral("present"), cbor::integer(m_quorum, "present")},
            {QStringLiteral("total"), cbor::integer(m_quorum, "total")},
            {QStringLiteral("required"), cbor::integer(m_quorum, "required")},
            {QStringLiteral("reached"), m_quorum.value(QLatin1String("reached")).toBool()},
            {QStringLiteral("rule"), cbor::text(m_quorum, "rule")}};
}

int HallModel::checkInSecondsLeft() const {
    if (m_checkInValidUntil <= 0)
        return 0;
    return std::max(0, secondsUntil(m_checkInValidUntil, serverNow()));
}

QVariantMap HallModel::vote() const {
    if (m_openRound.id == 0)
        return {};
    const QVariantMap q = quorum();
    return {{QStringLiteral("roundId"), m_openRound.id},
            {QStringLiteral("itemId"), m_openRound.item},
            {QStringLiteral("question"), m_openRound.question},
            {QStringLiteral("roundNo"), m_openRound.roundNo},
            {QStringLiteral("voted"), m_openRound.voted},
            {QStringLiteral("present"), q.value(QStringLiteral("present"), 0)},
            {QStringLiteral("total"), q.value(QStringLiteral("total"), m_openRound.total)}};
}

int HallModel::voteSecondsLeft() const {
    if (m_openRound.id == 0 || m_openRound.deadline <= 0)
        return -1;
    const int left = std::max(0, secondsUntil(m_openRound.deadline, serverNow()));
    if (m_openRound.openedAt > 0 && m_openRound.openedAt < m_openRound.deadline)
        return std::min(left, secondsUntil(m_openRound.deadline, m_openRound.openedAt));
    return left;
}

QVariantMap HallModel::result() const {
    const Round &r = m_resultRound;
    if (r.id == 0 || r.result.isEmpty())
        return {};
    const QCborMap &res = r.result;
    const qint64 total = cbor::integer(res, "total");
    const qint64 approve = cbor::integer(res, "approve");
    const qint64 disapprove = cbor::integer(res, "disapprove");
    const qint64 notVoting = cbor::integer(res, "notVoting");
    const qint64 didNotVote = std::max<qint64>(0, total - approve - disapprove - notVoting);
    const QCborMap shares = cbor::map(res, "shares");
    // The server's shares are basis points of the total; the same rounding
    // everywhere the result is shown (minutes, councilctl, this screen).
    auto share = [&](const char *key, qint64 count) {
        const QCborValue v = shares.value(QLatin1String(key));
        return v.isInteger() ? double(v.toInteger()) / 100.0 : percentOf(count, total);
    };
    return {{QStringLiteral("roundId"), r.id},
            {QStringLiteral("itemId"), r.item},
            {QStringLiteral("question"), r.question},
            {QStringLiteral("roundNo"), r.roundNo},
            {QStringLiteral("total"), total},
            {QStringLiteral("present"), cbor::integer(res, "present")},
            {QStringLiteral("voted"), cbor::integer(res, "voted")},
            {QStringLiteral("approve"), approve},
            {QStringLiteral("disapprove"), disapprove},
            {QStringLiteral("notVoting"), notVoting},
            {QStringLiteral("didNotVote"), didNotVote},
            {QStringLiteral("approvePercent"), share("approve", approve)},
            {QStringLiteral("disapprovePercent"), share("disapprove", disapprove)},
            {QStringLiteral("notVotingPercent"), share("notVoting", notVoting)},
            {QStringLiteral("didNotVotePercent"), percentOf(didNotVote, total)},
            {QStringLiteral("rule"), cbor::text(res, "rule")},
            {QStringLiteral("requiredApprovals"), cbor::integer(res, "requiredApprovals")},
            {QStringLiteral("verdict"), cbor::text(res, "verdict")},
            {QStringLiteral("handCounted"), res.value(QLatin1String("handCounted")).toBool()}};
}

QVariantMap HallModel::document() const {
    if (m_shownDocument == 0)
        return {};
    return {{QStringLiteral("documentId"), m_shownDocument},
            {QStringLiteral("title"), m_documentTitle},
            {QStringLiteral("page"), m_shownPage},
            {QStringLiteral("pages"), m_documentPages}};
}

// ---- Inputs ------------------------------------------------------------------

void HallModel::setUsername(const QString &username) {
    m_username = username;
}

void HallModel::setPreferredSession(qint64 session) {
    if (m_preferredSession == session)
        return;
    m_preferredSession = session;
    placeMayHaveChanged();
}

void HallModel::applySnapshot(const QCborMap &state) {
    const bool wasDisplay = displayOnly(), wasStaff = hallStaff();
    m_plan.applySnapshot(state, m_username);
    placeMayHaveChanged();
    // The open rounds, at once; vote.list fills in the closed ones when online.
    for (const QCborValue &v : cbor::array(state, "votes"))
        roundChanged(roundFrom(v.toMap()));
    if (wasDisplay != displayOnly() || wasStaff != hallStaff())
        emit rolesChanged();
}

void HallModel::applyEvent(const protocol::Frame &event) {
    const QCborMap &b = event.body;
    const bool wasDisplay = displayOnly(), wasStaff = hallStaff();
    if (m_plan.applyEvent(event, m_username)) {
        placeMayHaveChanged();
        if (wasDisplay != displayOnly() || wasStaff != hallStaff())
            emit rolesChanged();
        return;
    }
    switch (Event(event.type)) {
    case Event::HallChanged:
        applyHallState(b);
        break;
    case Event::AttendanceChanged:
        if (cbor::integer(cbor::map(b, "entry"), "sitting") == m_sittingId && m_sittingId != 0)
            setQuorum(cbor::map(b, "quorum"));
        break;
    case Event::SpeakFloor: {
        if (cbor::integer(b, "session") != m_sessionId || m_sessionId == 0)
            break;
        const QCborMap request = cbor::map(b, "request");
        if (!request.isEmpty() && cbor::text(request, "state") == QLatin1String("speaking"))
            setSpeaker(request);
        else if (cbor::integer(m_speaker, "item") == cbor::integer(b, "item"))
            setSpeaker({});
        break;
    }
    case Event::SpeakQueueChanged:
        if (cbor::integer(b, "item") == m_currentItem && m_currentItem != 0) {
            m_waitingSpeakers = int(cbor::array(b, "queue").size());
            emit speakerChanged();
        }
        break;
    case Event::VoteOpened:
    case Event::VoteUpdated:
    case Event::VoteClosed:
        roundChanged(roundFrom(cbor::map(b, "round")));
        break;
    case Event::VoteProgress:
        if (cbor::integer(b, "round") == m_openRound.id && m_openRound.id != 0) {
            m_openRound.voted = cbor::integer(b, "voted", m_openRound.voted);
            emit voteChanged();
        }
        break;
    case Event::DocReplaced:
    case Event::DocWithdrawn:
    case Event::DocPublished: {
        const QCborValue doc = b.value(QLatin1String("document"));
        const qint64 id = doc.isMap() ? cbor::integer(doc.toMap(), "id") : doc.toInteger();
        if (id == m_shownDocument && id != 0)
            fetchDocument();
        break;
    }
    default:
        break;
    }
}

void HallModel::clear() {
    const bool roles = displayOnly() || hallStaff();
    m_plan.clear();
    m_checkInTimer.stop();
    m_bodyId = m_sessionId = m_sittingId = m_currentItem = 0;
    m_mode = QStringLiteral("agenda");
    m_shownDocument = m_shownPage = m_shownRound = m_documentPages = 0;
    m_documentTitle.clear();
    m_speaker = {};
    m_waitingSpeakers = 0;
    m_quorum = {};
    m_checkInCode.clear();
    m_checkInQr.clear();
    m_checkInQrSize = 0;
    m_checkInValidUntil = 0;
    m_checkInDenied = false;
    m_joinCode.clear();
    m_joinQr.clear();
    m_joinQrSize = 0;
    m_fingerprint.clear();
    m_openRound = {};
    m_resultRound = {};
    m_closedByItem.clear();
    m_preferredSession = 0;
    updateTicking();
    emit placeChanged();
    emit modeChanged();
    emit currentItemChanged();
    emit speakerChanged();
    emit quorumChanged();
    emit checkInChanged();
    emit joinCodeChanged();
    emit voteChanged();
    emit resultChanged();
    emit documentChanged();
    if (roles)
        emit rolesChanged();
}

// ---- Place ---------------------------------------------------------------------

void HallModel::placeMayHaveChanged() {
    const QDate today = QDate::currentDate();
    const qint64 oldBody = m_bodyId, oldSession = m_sessionId, oldSitting = m_sittingId,
                 oldItem = m_currentItem;
    m_sessionId = m_plan.chooseSession(m_preferredSession, today);
    const HallPlan::Session *session = m_plan.session(m_sessionId);
    m_bodyId = session ? session->body : 0;
    m_currentItem = session ? session->currentItem : 0;
    if (m_sessionId != oldSession) {
        // Another session: nothing of the old one stays on screen.
        if (m_openRound.session != m_sessionId)
            m_openRound = {};
        m_speaker = {};
        m_waitingSpeakers = 0;
        m_closedByItem.clear();
        if (m_mode != QLatin1String("result"))
            m_resultRound = {};
        emit speakerChanged();
        emit voteChanged();
        emit resultChanged();
    }
    m_sittingId = m_plan.chooseSitting(m_sessionId, m_openRound.sitting, today);
    const bool bodyChanged = m_bodyId != oldBody;
    const bool sessionChanged = bodyChanged || m_sessionId != oldSession;
    const bool sittingChanged = sessionChanged || m_sittingId != oldSitting;
    const bool itemChanged = sessionChanged || m_currentItem != oldItem;
    if (bodyChanged) {
        m_mode = QStringLiteral("agenda");
        m_shownDocument = m_shownPage = m_shownRound = 0;
        m_joinCode.clear();
        m_joinQr.clear();
        m_joinQrSize = 0;
        m_fingerprint.clear();
        emit modeChanged();
        emit documentChanged();
        emit joinCodeChanged();
    }
    if (sittingChanged) {
        m_quorum = {};
        m_checkInCode.clear();
        m_checkInQr.clear();
        m_checkInQrSize = 0;
        m_checkInValidUntil = 0;
        emit quorumChanged();
        emit checkInChanged();
    }
    if (itemChanged && m_mode != QLatin1String("result")) {
        m_resultRound = m_closedByItem.value(m_currentItem);
        emit resultChanged();
    }
    // Titles may have changed without any id changing: cheap to announce.
    emit placeChanged();
    emit currentItemChanged();
    updateTicking();

    if (!canAsk())
        return; // refresh() asks for everything once the link is back
    if (bodyChanged) {
        fetchHall();
        fetchTrust();
    }
    if (sessionChanged)
        fetchVotes();
    if (sittingChanged) {
        fetchAttendance();
        if (m_mode == QLatin1String("attendance"))
            fetchCheckInCode();
    }
    if (itemChanged)
        fetchSpeakers();
}

void HallModel::refresh() {
    if (!canAsk())
        return;
    m_checkInDenied = false;
    fetchClock();
    fetchHall();
    fetchTrust();
    fetchAttendance();
    fetchSpeakers();
    fetchVotes();
    // What the mode on screen needs beyond that (hall.get changes nothing when
    // the mode stayed the same while the link was down).
    fetchCheckInCode();
    fetchShownRound();
    fetchDocument();
}

bool HallModel::canAsk() const {
    return m_active && m_connection->state() == ServerConnection::State::Online;
}

void HallModel::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (active)
        refresh();
    else
        m_checkInTimer.stop();
}

// ---- Applying --------------------------------------------------------------------

HallModel::Round HallModel::roundFrom(const QCborMap &map) {
    Round r;
    r.id = cbor::integer(map, "id");
    r.item = cbor::integer(map, "item");
    r.sitting = cbor::integer(map, "sitting");
    r.roundNo = cbor::integer(map, "roundNo", 1);
    r.voted = cbor::integer(map, "voted");
    r.deadline = cbor::optionalId(map, "deadline");
    r.openedAt = cbor::integer(map, "openedAt");
    r.question = cbor::text(map, "question");
    r.state = cbor::text(map, "state");
    r.result = cbor::map(map, "result");
    r.total = cbor::integer(r.result, "total");
    r.session = cbor::integer(map, "session");
    return r;
}

void HallModel::applyHallState(const QCborMap &state) {
    if (cbor::integer(state, "body") != m_bodyId || m_bodyId == 0)
        return;
    const QString mode = cbor::text(state, "mode");
    const qint64 document = cbor::integer(state, "document");
    const qint64 page = cbor::integer(state, "page");
    const qint64 round = cbor::integer(state, "round");
    const bool modeChanged_ = mode != m_mode;
    const bool documentChanged_ = document != m_shownDocument;
    m_mode = mode.isEmpty() ? QStringLiteral("agenda") : mode;
    if (document != m_shownDocument || page != m_shownPage) {
        if (documentChanged_) {
            m_documentTitle.clear();
            m_documentPages = 0;
        }
        m_shownDocument = document;
        m_shownPage = page;
        emit documentChanged();
        if (documentChanged_)
            fetchDocument();
    }
    if (round != m_shownRound) {
        m_shownRound = round;
        if (m_shownRound)
            fetchShownRound();
    }
    if (m_mode == QLatin1String("result")) {
        if (m_resultRound.id != m_shownRound) {
            m_resultRound = {};
            for (const Round &r : std::as_const(m_closedByItem)) {
                if (r.id == m_shownRound)
                    m_resultRound = r; // known already; vote.get confirms it
            }
            emit resultChanged();
        }
    } else if (modeChanged_) {
        m_resultRound = m_closedByItem.value(m_currentItem);
        emit resultChanged();
    }
    if (modeChanged_) {
        emit modeChanged();
        if (m_mode == QLatin1String("attendance"))
            fetchCheckInCode();
        else
            m_checkInTimer.stop();
    }
}

void HallModel::setQuorum(const QCborMap &quorum) {
    if (quorum == m_quorum)
        return;
    m_quorum = quorum;
    emit quorumChanged();
    if (m_openRound.id)
        emit voteChanged(); // it shows the present count too
}

void HallModel::setSpeaker(const QCborMap &request) {
    m_speaker = request;
    emit speakerChanged();
    updateTicking();
    tick();
}

void HallModel::roundChanged(const Round &round) {
    if (round.id == 0 || round.session != m_sessionId)
        return;
    const bool isOpen = round.state == QLatin1String("open");
    if (isOpen) {
        const bool sittingMoved = round.sitting != m_openRound.sitting;
        m_openRound = round;
        emit voteChanged();
        if (sittingMoved)
            placeMayHaveChanged(); // the hall counts the vote's sitting
    } else if (round.id == m_openRound.id) {
        m_openRound = {};
        emit voteChanged();
    }
    if (round.state == QLatin1String("closed") && !round.result.isEmpty()) {
        if (m_closedByItem.value(round.item).id <= round.id)
            m_closedByItem.insert(round.item, round);
        const bool shown =
            m_mode == QLatin1String("result")
                ? round.id == m_shownRound
                : round.item == m_currentItem && m_closedByItem.value(round.item).id == round.id;
        if (shown) {
            m_resultRound = round;
            emit resultChanged();
        }
    }
    updateTicking();
}

// ---- Clock -------------------------------------------------------------------------

qint64 HallModel::serverNow() const {
    return nowMs() + m_clockOffsetMs;
}

void HallModel::updateTicking() {
    const bool needed = !m_speaker.isEmpty() || m_openRound.deadline > 0 || m_checkInValidUntil > 0;
    if (needed && !m_ticker.isActive())
        m_ticker.start();
    else if (!needed)
        m_ticker.stop();
}

void HallModel::tick() {
    const QList<int> now{speakerSecondsLeft(), voteSecondsLeft(), checkInSecondsLeft()};
    if (now == m_lastClock)
        return;
    m_lastClock = now;
    emit clockChanged();
}

} // namespace council::client
