#include "handcountform.h"

#include "cborread.h"

#include <QCborArray>

namespace council::client {

using cbor::key;
using protocol::Event;
using protocol::Request;

HandCountForm::HandCountForm(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_requests(new RequestStatus(this)) {
    connect(m_requests, &RequestStatus::busyChanged, this, &HandCountForm::busyChanged);
    connect(m_requests, &RequestStatus::errorMessageChanged, this, &HandCountForm::errorMessageChanged);
    connect(m_requests, &RequestStatus::statusMessageChanged, this, &HandCountForm::statusMessageChanged);
    connect(context->connection(), &ServerConnection::eventReceived, this, &HandCountForm::onEvent);
    connect(context, &LiveContext::online, this, &HandCountForm::reload);
    connect(context, &LiveContext::cleared, this, [this] {
        setSessionId(0);
        clearMessages();
    });
}

void HandCountForm::setSessionId(qint64 id) {
    if (id == m_sessionId)
        return;
    m_sessionId = id;
    m_round = {};
    m_quorum = {};
    m_approve = m_disapprove = m_notVoting = m_present = 0;
    m_presentEdited = false;
    emit sessionIdChanged();
    emit roundChanged();
    emit numbersChanged();
    reload();
}

void HandCountForm::reload() {
    if (m_sessionId == 0 || !m_context->isOnline())
        return;
    const quint64 fetch = ++m_fetch;
    const qint64 session = m_sessionId;
    m_context->connection()->request(Request::VoteList, QCborMap{{key("session"), session}},
                                     [this, fetch, session](const Reply &r) {
                                         if (fetch != m_fetch || session != m_sessionId || !r.ok)
                                             return;
                                         QCborMap latest;
                                         for (const QCborValue &v : cbor::array(r.body, "rounds"))
                                             if (cbor::integer(v.toMap(), "id") > cbor::integer(latest, "id"))
                                                 latest = v.toMap();
                                         if (!latest.isEmpty())
                                             storeRound(latest);
                                     });
}

QVariantMap HandCountForm::result() const {
    return cbor::map(m_round, "result").toVariantMap();
}

int HandCountForm::total() const {
    // A closed round recorded the council's delegates; an open one counts
    // against what the sitting's quorum says now (the server takes the
    // number recorded when the round opened).
    if (const qint64 t = cbor::integer(cbor::map(m_round, "result"), "total"))
        return int(t);
    return int(cbor::integer(m_quorum, "total"));
}

void HandCountForm::setNumber(int &field, int n) {
    if (field == n)
        return;
    field = n;
    emit numbersChanged();
}

void HandCountForm::setApprove(int n) {
    setNumber(m_approve, n);
}

void HandCountForm::setDisapprove(int n) {
    setNumber(m_disapprove, n);
}

void HandCountForm::setNotVoting(int n) {
    setNumber(m_notVoting, n);
}

void HandCountForm::setPresent(int n) {
    m_presentEdited = true;
    setNumber(m_present, n);
}

QString HandCountForm::problem() const {
    if (roundId() == 0)
        return tr("The session has had no vote yet: there is nothing to count.");
    if (roundState() == QLatin1String("repeated"))
        return tr("This round was repeated: count the new round instead.");
    if (m_approve < 0 || m_disapprove < 0 || m_notVoting < 0 || m_present < 0)
        return tr("The numbers cannot be negative.");
    const int counted = m_approve + m_disapprove + m_notVoting;
    if (counted > m_present)
        return tr("Approve, disapprove and not voting add up to %1, more than the %2 delegates present.")
            .arg(counted)
            .arg(m_present);
    if (total() > 0 && m_present > total())
        return tr("%1 present is more than the council's %2 delegates.").arg(m_present).arg(total());
    return {};
}

void HandCountForm::submit() {
    setStatus({});
    if (const QString p = problem(); !p.isEmpty()) {
        setError(p);
        return;
    }
    const QCborMap body{{key("round"), roundId()},
                        {key("approve"), m_approve},
                        {key("disapprove"), m_disapprove},
                        {key("notVoting"), m_notVoting},
                        {key("present"), m_present}};
    m_requests->send(m_context->connection(), Request::VoteHandCount, body, [this](const QCborMap &r) {
        storeRound(cbor::map(r, "round"));
        setStatus(tr("The hand count was recorded."));
    });
}

void HandCountForm::clearMessages() {
    setError({});
    setStatus({});
}

void HandCountForm::storeRound(const QCborMap &round) {
    const qint64 id = cbor::integer(round, "id");
    if (id == 0 || cbor::integer(round, "session") != m_sessionId || id < roundId())
        return;
    const bool newRound = id != roundId();
    const qint64 oldSitting = cbor::integer(m_round, "sitting");
    m_round = round;
    if (newRound) {
        // A new round starts with an empty form; a recorded hand count is shown as entered.
        const QCborMap res = cbor::map(round, "result");
        m_approve = int(cbor::integer(res, "approve"));
        m_disapprove = int(cbor::integer(res, "disapprove"));
        m_notVoting = int(cbor::integer(res, "notVoting"));
        m_presentEdited = res.contains(key("present"));
        m_present = int(cbor::integer(res, "present"));
    }
    emit roundChanged();
    emit numbersChanged();
    if (newRound || cbor::integer(round, "sitting") != oldSitting)
        fetchPresence();
}

void HandCountForm::fetchPresence() {
    const qint64 sitting = cbor::integer(m_round, "sitting");
    if (sitting == 0 || !m_context->isOnline())
        return;
    const qint64 round = roundId();
    m_context->connection()->request(Request::AttendanceList, QCborMap{{key("sitting"), sitting}},
                                     [this, round](const Reply &r) {
                                         if (!r.ok || round != roundId())
                                             return;
                                         m_quorum = cbor::map(r.body, "quorum");
                                         if (!m_presentEdited)
                                             m_present = int(cbor::integer(m_quorum, "present"));
                                         emit numbersChanged();
                                     });
}

void HandCountForm::onEvent(const protocol::Frame &event) {
    const QCborMap &body = event.body;
    switch (Event(event.type)) {
    case Event::VoteOpened:
    case Event::VoteUpdated:
    case Event::VoteClosed:
        storeRound(cbor::map(body, "round"));
        break;
    case Event::AttendanceChanged: {
        // Keep the prefilled number of those present in step with the sitting.
        if (cbor::integer(cbor::map(body, "entry"), "sitting") != cbor::integer(m_round, "sitting"))
            return;
        m_quorum = cbor::map(body, "quorum");
        if (!m_presentEdited)
            m_present = int(cbor::integer(m_quorum, "present"));
        emit numbersChanged();
        break;
    }
    default:
        break;
    }
}

} // namespace council::client
