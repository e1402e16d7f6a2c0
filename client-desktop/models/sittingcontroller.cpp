#include "sittingcontroller.h"

#include "cborread.h"
#include "serverconnection.h"

#include <QDateTime>
#include <QRegularExpression>

namespace council::client {

using protocol::Event;
using protocol::Request;

SittingController::SittingController(LiveContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context) {
    connect(context, &LiveContext::currentSittingChanged, this, &SittingController::onSittingChanged);
    connect(context, &LiveContext::sessionChanged, this, [this] {
        emit sittingChanged();
        emit checkInChanged();
    });
    // A snapshot carries no attendance: ask for it. A resume replays the
    // attendance.changed events that were missed, so it needs nothing.
    connect(context, &LiveContext::snapshotApplied, this, &SittingController::reload);
    connect(context->connection(), &ServerConnection::eventReceived, this, &SittingController::onEvent);
}

QString SittingController::sittingTitle() const {
    return m_context->sitting(m_sittingId).title;
}

QString SittingController::sittingWhen() const {
    const LiveContext::Sitting s = m_context->sitting(m_sittingId);
    const QDate d = QDate::fromString(s.date, Qt::ISODate);
    QStringList parts;
    if (d.isValid())
        parts << d.toString(QStringLiteral("dd/MM/yyyy"));
    if (!s.startsAt.isEmpty())
        parts << s.startsAt;
    // Date and time never break apart.
    return parts.join(QStringLiteral("\u00a0·\u00a0"));
}

QString SittingController::statusText(const QString &status) {
    if (status == QLatin1String("present"))
        return tr("Present");
    if (status == QLatin1String("late"))
        return tr("Present (late)");
    if (status == QLatin1String("absent"))
        return tr("Absent");
    if (status == QLatin1String("excused"))
        return tr("Absent (excused)");
    return tr("Not checked in");
}

QString SittingController::myStatusText() const {
    return statusText(m_myStatus);
}

bool SittingController::checkedIn() const {
    return m_myStatus == QLatin1String("present") || m_myStatus == QLatin1String("late");
}

QString SittingController::myStatusTime() const {
    if (m_myStatusAt <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_myStatusAt).toLocalTime().toString(QStringLiteral("HH:mm"));
}

bool SittingController::canCheckIn() const {
    return m_sittingId != 0 && isMember() && !sittingClosed() && !checkedIn() && !checkInPending();
}

bool SittingController::sittingClosed() const {
    return m_sittingId != 0 && m_context->sitting(m_sittingId).state == QLatin1String("closed");
}

void SittingController::checkIn() {
    sendCheckIn({});
}

bool SittingController::checkInWithCode(const QString &code) {
    const QString digits = code.trimmed();
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(digits).hasMatch()) {
        setError(tr("Type the six digits shown on the hall screen."));
        return false;
    }
    sendCheckIn(digits);
    return true;
}

void SittingController::clearCheckInError() {
    setError({});
}

void SittingController::reload() {
    if (m_sittingId == 0)
        return;
    const quint64 generation = m_generation;
    QCborMap body;
    body.insert(QStringLiteral("sitting"), m_sittingId);
    m_context->connection()->request(Request::AttendanceList, body, [this, generation](const Reply &r) {
        if (generation != m_generation || !r.ok)
            return;
        const qint64 me = m_context->myMemberId();
        for (const QCborValue &v : cbor::array(r.body, "entries")) {
            const QCborMap entry = v.toMap();
            if (me != 0 && cbor::integer(entry, "member") == me)
                applyEntry(entry);
        }
        applyQuorum(cbor::map(r.body, "quorum"));
    });
}

void SittingController::onSittingChanged() {
    const qint64 id = m_context->currentSittingId();
    if (id == m_sittingId) {
        emit sittingChanged(); // renamed, moved, opened or closed
        emit checkInChanged();
        return;
    }
    ++m_generation;
    m_sittingId = id;
    resetAttendance();
    setError({});
    emit sittingChanged();
    emit checkInChanged();
    reload();
}

void SittingController::resetAttendance() {
    m_myStatus = QStringLiteral("none");
    m_myStatusAt = 0;
    m_quorumKnown = false;
    m_present = m_total = m_required = 0;
    m_reached = false;
    emit attendanceChanged();
    emit quorumChanged();
}

void SittingController::onEvent(const protocol::Frame &event) {
    if (Event(event.type) != Event::AttendanceChanged)
        return;
    const QCborMap entry = cbor::map(event.body, "entry");
    if (cbor::integer(entry, "sitting") != m_sittingId || m_sittingId == 0)
        return;
    if (cbor::integer(entry, "member") == m_context->myMemberId())
        applyEntry(entry);
    applyQuorum(cbor::map(event.body, "quorum"));
}

void SittingController::sendCheckIn(const QString &code) {
    if (m_sittingId == 0 || !isMember() || checkInPending())
        return;
    setError({});
    const qint64 sitting = m_sittingId;
    QCborMap body;
    body.insert(QStringLiteral("sitting"), sitting);
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    m_pendingSitting = sitting;
    emit checkInChanged();
    // The connection keeps the request (with its op id) across link drops
    // and resends it after reconnecting: the server applies it once.
    m_context->connection()->request(Request::AttendanceCheckIn, body, [this, sitting](const Reply &r) {
        if (m_pendingSitting == sitting)
            m_pendingSitting = 0;
        if (sitting == m_sittingId) {
            if (r.ok) {
                applyEntry(cbor::map(r.body, "entry"));
                applyQuorum(cbor::map(r.body, "quorum"));
            } else if (r.errorCode == QLatin1String("bad_code")) {
                setError(tr("The code is wrong or has expired. Type the code shown on the hall screen now."));
            } else {
                setError(r.errorMessage);
            }
        }
        emit checkInChanged();
    });
}

void SittingController::applyEntry(const QCborMap &entry) {
    QString status = cbor::text(entry, "status");
    if (status.isEmpty() || status == QLatin1String("unknown"))
        status = QStringLiteral("none");
    const qint64 at = cbor::integer(entry, "at");
    if (status == m_myStatus && at == m_myStatusAt)
        return;
    m_myStatus = status;
    m_myStatusAt = at;
    emit attendanceChanged();
    emit checkInChanged();
}

void SittingController::applyQuorum(const QCborMap &quorum) {
    if (quorum.isEmpty())
        return;
    const int present = int(cbor::integer(quorum, "present"));
    const int total = int(cbor::integer(quorum, "total"));
    const int required = int(cbor::integer(quorum, "required"));
    const bool reached = cbor::field(quorum, "reached").toBool();
    if (m_quorumKnown && present == m_present && total == m_total && required == m_required &&
        reached == m_reached)
        return;
    m_quorumKnown = true;
    m_present = present;
    m_total = total;
    m_required = required;
    m_reached = reached;
    emit quorumChanged();
}

void SittingController::setError(const QString &message) {
    if (m_error == message)
        return;
    m_error = message;
    emit checkInChanged();
}

} // namespace council::client
