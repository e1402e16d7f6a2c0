#include "chaircontroller.h"

#include "cborread.h"

#include <QCborArray>

namespace council::client {

using cbor::key;
using protocol::Event;
using protocol::Request;

ChairController::ChairController(LiveContext *context, AgendaModel *agenda, SpeakerController *speakers,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_requests(new RequestStatus(this))
    , m_agenda(agenda)
    , m_speakers(speakers) {
    connect(m_requests, &RequestStatus::busyChanged, this, &ChairController::busyChanged);
    connect(m_requests, &RequestStatus::errorMessageChanged, this, &ChairController::errorMessageChanged);
    ServerConnection *connection = context->connection();
    connect(connection, &ServerConnection::snapshotReceived, this,
            [this](const QCborMap &state, qint64) { onSnapshot(state); });
    connect(connection, &ServerConnection::eventReceived, this, &ChairController::onEvent);
    connect(context, &LiveContext::sessionChanged, this, [this] {
        refreshRole();
        pickRound();
        reloadAttendance();
        emit currentItemChanged();
    });
    connect(context, &LiveContext::rulesChanged, this, &ChairController::refreshRole);
    connect(context, &LiveContext::currentItemChanged, this, &ChairController::currentItemChanged);
    connect(agenda, &AgendaModel::countChanged, this, &ChairController::currentItemChanged);
    connect(context, &LiveContext::currentSittingChanged, this, [this] {
        reloadAttendance();
        emit sittingChanged();
    });
    connect(context, &LiveContext::online, this, [this] {
        // Transient events (device drops, vote progress) are not replayed: ask again.
        reloadAttendance();
        fetchVoters();
    });
    connect(context, &LiveContext::cleared, this, [this] {
        m_attendees.clear();
        m_attendeeOrder.clear();
        m_delegateMember.clear();
        m_quorum = {};
        m_attendanceKnown = false;
        m_attendanceSitting = 0;
        m_round = {};
        m_rounds.clear();
        m_voters.clear();
        setError({});
        refreshRole();
        emit attendanceChanged();
        emit roundChanged();
        emit progressChanged();
    });
}

// --- what QML reads ---------------------------------------------------------

bool ChairController::isDelegateMember(qint64 member) const {
    // A member the snapshot did not list is taken as a delegate (the quorum counts only those).
    return m_delegateMember.value(member, true);
}

bool ChairController::isPresent(const Attendee &a) const {
    return a.status == QLatin1String("present") || a.status == QLatin1String("late");
}

QStringList ChairController::absentNames() const {
    QStringList names;
    for (const qint64 member : m_attendeeOrder) {
        const Attendee &a = m_attendees[member];
        if (isDelegateMember(member) && !isPresent(a))
            names << a.fullName;
    }
    return names;
}

QStringList ChairController::droppedNames() const {
    QStringList names;
    for (const qint64 member : m_attendeeOrder) {
        const Attendee &a = m_attendees[member];
        if (isDelegateMember(member) && isPresent(a) && !a.online)
            names << a.fullName;
    }
    return names;
}

int ChairController::votedCount() const {
    return std::max(int(cborInt(m_round, "voted")), int(m_voters.size()));
}

QStringList ChairController::notVotedNames() const {
    QStringList names;
    if (!voteOpen())
        return names;
    for (const qint64 member : m_attendeeOrder) {
        const Attendee &a = m_attendees[member];
        if (isDelegateMember(member) && isPresent(a) && !m_voters.contains(member))
            names << a.fullName;
    }
    return names;
}

QVariantMap ChairController::result() const {
    return m_round.value(QStringLiteral("result")).toMap().toVariantMap();
}

qint64 ChairController::neighbourItem(int step) const {
    const int rows = m_agenda->rowCount();
    if (rows == 0 || m_agenda->sessionId() != m_context->sessionId())
        return 0;
    const qint64 current = currentItemId();
    const int row = current != 0 ? m_agenda->rowOf(current) : -1;
    // With no item under discussion, "next" starts the agenda; "previous" has nowhere to go.
    const int target = row < 0 ? (step > 0 ? 0 : -1) : row + step;
    if (target < 0 || target >= rows)
        return 0;
    return m_agenda->data(m_agenda->index(target), AgendaModel::IdRole).toLongLong();
}

// --- what the chair does ----------------------------------------------------

void ChairController::send(Request type, const QCborMap &body, std::function<void(const QCborMap &)> done,
                           std::function<QString(const Reply &)> explain) {
    // The server decides who may chair; its refusal is shown as it words it.
    m_requests->send(m_context->connection(), type, body, std::move(done), [explain](const Reply &r) {
        const QString worded = explain ? explain(r) : QString();
        return worded.isEmpty() ? r.errorMessage : worded;
    });
}

void ChairController::openSitting() {
    if (sittingId() == 0) {
        setError(tr("This session has no sitting to open."));
        return;
    }
    // wrong_state: the registry's words are general; say which state is in the way.
    send(Request::SittingOpen, QCborMap{{key("id"), sittingId()}}, {}, [this](const Reply &r) {
        if (r.errorCode != QLatin1String("wrong_state"))
            return QString();
        return sittingState() == QLatin1String("open")
                   ? tr("The sitting is already open.")
                   : tr("Another sitting of this session is open: close it first.");
    });
}

void ChairController::closeSitting() {
    if (sittingId() == 0) {
        setError(tr("This session has no sitting to close."));
        return;
    }
    const qint64 sitting = sittingId();
    send(Request::SittingClose, QCborMap{{key("id"), sitting}}, {}, [this, sitting](const Reply &r) {
        if (r.errorCode != QLatin1String("wrong_state"))
            return QString();
        if (voteOpen() && cborInt(m_round, "sitting") == sitting)
            return tr("A vote is open: close or cancel it before closing the sitting.");
        return tr("The sitting is not open.");
    });
}

void ChairController::moveToItem(qint64 itemId) {
    if (m_context->sessionId() == 0)
        return;
    QCborMap body;
    body.insert(key("session"), m_context->sessionId());
    body.insert(key("item"), itemId > 0 ? QCborValue(itemId) : QCborValue(QCborValue::Null));
    send(Request::AgendaSetCurrent, body);
}

void ChairController::nextItem() {
    if (const qint64 id = neighbourItem(+1))
        moveToItem(id);
}

void ChairController::previousItem() {
    if (const qint64 id = neighbourItem(-1))
        moveToItem(id);
}

void ChairController::giveFloor(qint64 requestId) {
    send(Request::SpeakGiveFloor, QCborMap{{key("id"), requestId}});
}

void ChairController::endFloor() {
    const qint64 id = m_speakers->floorRequestId();
    if (id == 0) {
        setError(tr("Nobody has the floor."));
        return;
    }
    send(Request::SpeakEnd, QCborMap{{key("id"), id}});
}

void ChairController::reorder(const QList<qint64> &requestIds) {
    QCborArray order;
    for (const qint64 id : requestIds)
        order.append(id);
    send(Request::SpeakReorder, QCborMap{{key("item"), currentItemId()}, {key("order"), order}});
}

void ChairController::openVote(const QString &question, const QString &rule, int seconds) {
    if (currentItemId() == 0) {
        setError(tr("Choose the agenda item to vote on first."));
        return;
    }
    QCborMap body;
    body.insert(key("item"), currentItemId());
    body.insert(key("question"), question);
    const QString chosen = rule.isEmpty() ? defaultRule() : rule;
    if (!chosen.isEmpty())
        body.insert(key("rule"), chosen);
    if (seconds > 0)
        body.insert(key("seconds"), seconds);
    if (m_context->currentSittingId() != 0)
        body.insert(key("sitting"), m_context->currentSittingId());
    send(Request::VoteOpen, body, [this](const QCborMap &r) { storeRound(cbor::map(r, "round")); });
}

void ChairController::extend(int seconds) {
    send(Request::VoteExtend, QCborMap{{key("round"), roundId()}, {key("seconds"), seconds}},
         [this](const QCborMap &r) { storeRound(cbor::map(r, "round")); });
}

void ChairController::closeVote() {
    send(Request::VoteClose, QCborMap{{key("round"), roundId()}},
         [this](const QCborMap &r) { storeRound(cbor::map(r, "round")); });
}

void ChairController::cancelVote() {
    send(Request::VoteCancel, QCborMap{{key("round"), roundId()}},
         [this](const QCborMap &r) { storeRound(cbor::map(r, "round")); });
}

void ChairController::repeatVote() {
    send(Request::VoteRepeat, QCborMap{{key("round"), roundId()}},
         [this](const QCborMap &r) { storeRound(cbor::map(r, "round")); });
}

void ChairController::showOnHall(const QString &mode, qint64 document, qint64 page, qint64 round) {
    QCborMap body;
    body.insert(key("body"), m_context->bodyId());
    body.insert(key("mode"), mode);
    if (document > 0)
        body.insert(key("document"), document);
    if (page > 0)
        body.insert(key("page"), page);
    if (round > 0)
        body.insert(key("round"), round);
    send(Request::HallShow, body);
}

void ChairController::reloadAttendance() {
    const qint64 sitting = m_context->currentSittingId();
    if (sitting != m_attendanceSitting) {
        m_attendanceSitting = sitting;
        m_attendees.clear();
        m_attendeeOrder.clear();
        m_quorum = {};
        m_attendanceKnown = false;
        emit attendanceChanged();
        emit progressChanged();
    }
    if (sitting == 0 || !m_context->isOnline())
        return;
    m_context->connection()->request(Request::AttendanceList, QCborMap{{key("sitting"), sitting}},
                                     [this, sitting](const Reply &r) {
                                         if (!r.ok || sitting != m_attendanceSitting)
                                             return;
                                         m_attendees.clear();
                                         m_attendeeOrder.clear();
                                         for (const QCborValue &v : cbor::array(r.body, "entries"))
                                             applyEntry(v.toMap());
                                         m_quorum = cbor::map(r.body, "quorum");
                                         m_attendanceKnown = true;
                                         emit attendanceChanged();
                                         emit progressChanged();
                                     });
}

void ChairController::clearError() {
    setError({});
}

// --- what the server says ---------------------------------------------------

void ChairController::applyEntry(const QCborMap &entry) {
    const qint64 member = cbor::integer(entry, "member");
    if (member == 0)
        return;
    if (!m_attendees.contains(member))
        m_attendeeOrder.append(member);
    Attendee &a = m_attendees[member];
    a.fullName = cbor::text(entry, "fullName");
    a.status = cbor::text(entry, "status");
    a.online = cbor::field(entry, "online").toBool();
}

void ChairController::onSnapshot(const QCborMap &state) {
    m_delegateMember.clear();
    for (const QCborValue &v : cbor::array(state, "members")) {
        const QCborMap member = v.toMap();
        m_delegateMember.insert(cbor::integer(member, "id"),
                                cbor::array(member, "functions").contains(QCborValue(key("delegate"))));
    }
    for (const QCborValue &v : cbor::array(state, "votes"))
        storeRound(v.toMap());
    refreshRole();
    emit attendanceChanged();
}

void ChairController::storeRound(const QCborMap &round) {
    const qint64 id = cbor::integer(round, "id");
    const qint64 body = cbor::integer(round, "body");
    // Events come in order, but a reply may be older than an event.
    if (id == 0 || id < cbor::integer(m_rounds.value(body), "id"))
        return;
    m_rounds.insert(body, round);
    pickRound();
}

void ChairController::pickRound() {
    const QCborMap round = m_rounds.value(m_context->bodyId());
    if (round == m_round)
        return;
    const bool newRound = cbor::integer(round, "id") != roundId();
    m_round = round;
    if (newRound) {
        m_voters.clear();
        fetchVoters();
    }
    emit roundChanged();
    emit progressChanged();
}

void ChairController::fetchVoters() {
    if (!voteOpen() || !m_context->isOnline())
        return;
    const qint64 id = roundId();
    m_context->connection()->request(Request::VoteGet, QCborMap{{key("round"), id}},
                                     [this, id](const Reply &r) {
                                         if (!r.ok || id != roundId())
                                             return;
                                         for (const QCborValue &v : cbor::array(r.body, "voters"))
                                             m_voters.insert(v.toInteger());
                                         storeRound(cbor::map(r.body, "round"));
                                         emit progressChanged();
                                     });
}

void ChairController::onEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::MemberChanged: {
        const QCborMap member = cbor::map(body, "member");
        m_delegateMember.insert(cbor::integer(member, "id"),
                                cbor::array(member, "functions").contains(QCborValue(key("delegate"))));
        refreshRole();
        emit attendanceChanged();
        emit progressChanged();
        break;
    }
    case Event::AttendanceChanged: {
        const QCborMap entry = cbor::map(body, "entry");
        if (m_attendanceSitting == 0 || cbor::integer(entry, "sitting") != m_attendanceSitting)
            return;
        applyEntry(entry);
        m_quorum = cbor::map(body, "quorum");
        emit attendanceChanged();
        emit progressChanged();
        break;
    }
    case Event::AttendanceDevice: {
        const auto it = m_attendees.find(cbor::integer(body, "member"));
        if (it == m_attendees.end())
            return;
        it->online = cbor::field(body, "online").toBool();
        emit attendanceChanged();
        break;
    }
    case Event::VoteOpened:
    case Event::VoteUpdated:
    case Event::VoteClosed:
        storeRound(cbor::map(body, "round"));
        break;
    case Event::VoteProgress: {
        if (cbor::integer(body, "round") != roundId() || !voteOpen())
            return;
        for (const QCborValue &v : cbor::array(body, "newVoters"))
            m_voters.insert(v.toInteger());
        const qint64 voted = cbor::integer(body, "voted");
        if (voted > cborInt(m_round, "voted")) {
            m_round.insert(key("voted"), voted);
            m_rounds.insert(m_context->bodyId(), m_round);
        }
        emit progressChanged();
        break;
    }
    default:
        break;
    }
}

void ChairController::refreshRole() {
    const QStringList functions = m_context->myFunctions();
    const bool chair = m_context->sessionId() != 0 && (functions.contains(QLatin1String("chair")) ||
                                                       functions.contains(QLatin1String("vice_chair")));
    if (chair != m_canChair) {
        m_canChair = chair;
        emit canChairChanged();
    }
    if (defaultRule() != m_shownRule) {
        m_shownRule = defaultRule();
        emit defaultRuleChanged();
    }
}

} // namespace council::client
