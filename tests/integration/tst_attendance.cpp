// Attendance and quorum at a sitting, end to end: self check-in from a device
// and with the hall's rotating code, the secretariat's override, the quorum
// following every change live on another client, the timeline of changes as
// events that a reconnecting client gets again, and devices that drop without
// changing anyone's attendance. A body of six delegates: quorum is four.
#include "livesitting.h"

#include <QCborArray>
#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Frame;
using council::protocol::Request;

class tst_Attendance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void selfCheckIn();
    void checkInWithCode();
    void quorumFollowsLive();
    void secretaryOverride();
    void othersCannotOverride();
    void timeline();
    void droppedDeviceStaysPresent();
    void loggedOutDeviceGoesOffline();

private:
    Reply checkIn(RawClient *client, const QString &code = {});
    Reply set(RawClient *client, qint64 member, const QString &status, const QString &reason = {});
    Reply list(RawClient *client);
    QCborMap entryOf(const Reply &list, qint64 member);
    // Waits for the observer's attendance.changed about `member` with `status`.
    std::optional<Frame> changed(qint64 member, const QString &status);

    TestCouncil m_council;
    LiveSitting m_s;
    RawClient *m_observer = nullptr; // the chair's screen: sees every change
    qint64 m_startedMs = 0;
    // (member, status) in the order this test changed them.
    QList<std::pair<qint64, QString>> m_changes;
};

Reply tst_Attendance::checkIn(RawClient *client, const QString &code) {
    QCborMap b{{QStringLiteral("sitting"), m_s.sitting}};
    if (!code.isNull())
        b.insert(QStringLiteral("code"), code);
    return client->request(Request::AttendanceCheckIn, b);
}

Reply tst_Attendance::set(RawClient *client, qint64 member, const QString &status, const QString &reason) {
    QCborMap b{{QStringLiteral("sitting"), m_s.sitting},
               {QStringLiteral("member"), member},
               {QStringLiteral("status"), status}};
    if (!reason.isEmpty())
        b.insert(QStringLiteral("reason"), reason);
    return client->request(Request::AttendanceSet, b);
}

Reply tst_Attendance::list(RawClient *client) {
    return client->request(Request::AttendanceList, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
}

QCborMap tst_Attendance::entryOf(const Reply &list, qint64 member) {
    for (const QCborValue &v : list.value(QStringLiteral("entries")).toArray()) {
        if (v[QStringLiteral("member")].toInteger() == member)
            return v.toMap();
    }
    return {};
}

std::optional<Frame> tst_Attendance::changed(qint64 member, const QString &status) {
    return waitForEvent(*m_observer, Event::AttendanceChanged, [member, status](const QCborMap &b) {
        const QCborMap e = b.value(QStringLiteral("entry")).toMap();
        return e.value(QStringLiteral("member")).toInteger() == member &&
               e.value(QStringLiteral("status")).toString() == status;
    });
}

void tst_Attendance::initTestCase() {
    QVERIFY2(m_council.start(), qPrintable(m_council.lastError()));
    QString error;
    QVERIFY2(setUpLiveSitting(m_council, &m_s, LiveSittingOptions{6, 1, false}, &error), qPrintable(error));
    m_observer = m_s.chair.client;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();

    // Nobody has checked in yet.
    const Reply before = list(m_s.secretary.client);
    COUNCIL_VERIFY_OK(before);
    for (const Participant &d : m_s.delegates)
        QCOMPARE(entryOf(before, d.member).value(QStringLiteral("status")).toString(),
                 QStringLiteral("unknown"));
    const QCborMap q = before.map(QStringLiteral("quorum"));
    QCOMPARE(q.value(QStringLiteral("total")).toInteger(), 6);
    QCOMPARE(q.value(QStringLiteral("present")).toInteger(), 0);
    QCOMPARE(q.value(QStringLiteral("required")).toInteger(), 4); // at least two thirds of 6
    QCOMPARE(q.value(QStringLiteral("reached")).toBool(), false);
    QCOMPARE(q.value(QStringLiteral("rule")).toString(), QStringLiteral("two_thirds_of_total"));
}

void tst_Attendance::selfCheckIn() {
    const Participant &d = m_s.delegates.at(0);
    const Reply r = checkIn(d.client);
    COUNCIL_VERIFY_OK(r);
    const QCborMap e = r.map(QStringLiteral("entry"));
    QCOMPARE(e.value(QStringLiteral("sitting")).toInteger(), m_s.sitting);
    QCOMPARE(e.value(QStringLiteral("member")).toInteger(), d.member);
    QCOMPARE(e.value(QStringLiteral("fullName")).toString(), d.fullName);
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("device"));
    QCOMPARE(e.value(QStringLiteral("online")).toBool(), true);
    const qint64 at = e.value(QStringLiteral("at")).toInteger();
    QVERIFY2(at >= m_startedMs - 1000 && at <= QDateTime::currentMSecsSinceEpoch() + 1000,
             qPrintable(QString::number(at)));
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 1);
    m_changes << std::pair{d.member, QStringLiteral("present")};

    // A second check-in keeps the delegate present and counted once.
    const Reply again = checkIn(d.client);
    COUNCIL_VERIFY_OK(again);
    QCOMPARE(again.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 1);
    QVERIFY(changed(d.member, QStringLiteral("present")));
}

void tst_Attendance::checkInWithCode() {
    // Only the hall's screens show the code: a delegate cannot read it.
    COUNCIL_COMPARE_ERROR(m_s.delegates.at(1).client->request(
                              Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), m_s.sitting}}),
                          "permission_denied");
    const Reply code = m_s.display.client->request(Request::AttendanceCode,
                                                   QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(code);
    const QString digits = code.value(QStringLiteral("code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(digits).hasMatch(), qPrintable(digits));
    QCOMPARE(code.value(QStringLiteral("text")).toString(),
             QStringLiteral("council:checkin?sitting=%1&code=%2").arg(m_s.sitting).arg(digits));
    const qint64 from = code.value(QStringLiteral("validFrom")).toInteger();
    const qint64 until = code.value(QStringLiteral("validUntil")).toInteger();
    QCOMPARE(until - from, 30000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(from <= now + 1000 && now < until + 1000, qPrintable(code.describe()));
    const QCborMap qr = code.map(QStringLiteral("qr"));
    const qint64 size = qr.value(QStringLiteral("size")).toInteger();
    QVERIFY2(size >= 21 && (size - 17) % 4 == 0, qPrintable(code.describe())); // a QR version's side
    QCOMPARE(qr.value(QStringLiteral("modules")).toByteArray().size(), size * size);
    // The secretary and the chair may show it too, and see the same code.
    const Reply bySecretary = m_s.secretary.client->request(
        Request::AttendanceCode, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(bySecretary);

    const Participant &d = m_s.delegates.at(1);
    const QString wrong =
        QStringLiteral("%1").arg((digits.toInt() + 500000) % 1000000, 6, 10, QLatin1Char('0'));
    COUNCIL_COMPARE_ERROR(checkIn(d.client, wrong), "bad_code");
    const Reply still = list(m_s.secretary.client);
    QCOMPARE(entryOf(still, d.member).value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));

    const Reply r = checkIn(d.client, digits);
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.map(QStringLiteral("entry")).value(QStringLiteral("status")).toString(),
             QStringLiteral("present"));
    QCOMPARE(r.map(QStringLiteral("entry")).value(QStringLiteral("method")).toString(),
             QStringLiteral("code"));
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 2);
    m_changes << std::pair{d.member, QStringLiteral("present")};
    QVERIFY(changed(d.member, QStringLiteral("present")));
}

void tst_Attendance::quorumFollowsLive() {
    // Three of six present: not yet two thirds.
    const Participant &third = m_s.delegates.at(2);
    COUNCIL_VERIFY_OK(checkIn(third.client));
    m_changes << std::pair{third.member, QStringLiteral("present")};
    auto ev = changed(third.member, QStringLiteral("present"));
    QVERIFY(ev);
    QCborMap q = ev->body.value(QStringLiteral("quorum")).toMap();
    QCOMPARE(q.value(QStringLiteral("present")).toInteger(), 3);
    QCOMPARE(q.value(QStringLiteral("required")).toInteger(), 4);
    QCOMPARE(q.value(QStringLiteral("reached")).toBool(), false);

    // The fourth makes the quorum, and the other screen learns it from the event.
    const Participant &fourth = m_s.delegates.at(3);
    COUNCIL_VERIFY_OK(checkIn(fourth.client));
    m_changes << std::pair{fourth.member, QStringLiteral("present")};
    ev = changed(fourth.member, QStringLiteral("present"));
    QVERIFY(ev);
    q = ev->body.value(QStringLiteral("quorum")).toMap();
    QCOMPARE(q.value(QStringLiteral("total")).toInteger(), 6);
    QCOMPARE(q.value(QStringLiteral("present")).toInteger(), 4);
    QCOMPARE(q.value(QStringLiteral("reached")).toBool(), true);
    QCOMPARE(list(m_observer).map(QStringLiteral("quorum")).value(QStringLiteral("reached")).toBool(), true);
}

void tst_Attendance::secretaryOverride() {
    const Participant &late = m_s.delegates.at(4);
    const Participant &excused = m_s.delegates.at(5);
    const QString lateReason = QStringLiteral("Đến muộn 15 phút  do   tắc đường");
    Reply r = set(m_s.secretary.client, late.member, QStringLiteral("late"), lateReason);
    COUNCIL_VERIFY_OK(r);
    QCborMap e = r.map(QStringLiteral("entry"));
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("late"));
    QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("secretariat"));
    QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("Đến muộn 15 phút do tắc đường"));
    // Late delegates are present for the quorum.
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 5);
    m_changes << std::pair{late.member, QStringLiteral("late")};

    r = set(m_s.secretary.client, excused.member, QStringLiteral("excused"),
            QStringLiteral("Đi công tác nước ngoài"));
    COUNCIL_VERIFY_OK(r);
    e = r.map(QStringLiteral("entry"));
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("excused"));
    QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("Đi công tác nước ngoài"));
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 5);
    m_changes << std::pair{excused.member, QStringLiteral("excused")};

    // The secretariat also corrects a self check-in; the quorum is lost again.
    const Participant &gone = m_s.delegates.at(3);
    r = set(m_s.secretary.client, gone.member, QStringLiteral("absent"), QStringLiteral("Rời phiên họp"));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.map(QStringLiteral("entry")).value(QStringLiteral("method")).toString(),
             QStringLiteral("secretariat"));
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 4);
    m_changes << std::pair{gone.member, QStringLiteral("absent")};
    r = set(m_s.secretary.client, m_s.delegates.at(0).member, QStringLiteral("absent"));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 3);
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("reached")).toBool(), false);
    m_changes << std::pair{m_s.delegates.at(0).member, QStringLiteral("absent")};
    r = set(m_s.secretary.client, m_s.delegates.at(0).member, QStringLiteral("present"));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.map(QStringLiteral("quorum")).value(QStringLiteral("reached")).toBool(), true);
    m_changes << std::pair{m_s.delegates.at(0).member, QStringLiteral("present")};

    const auto ev = changed(excused.member, QStringLiteral("excused"));
    QVERIFY(ev);
    QCOMPARE(ev->body.value(QStringLiteral("entry")).toMap().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Đi công tác nước ngoài"));

    // Statuses outside the list and members of no such id are refused.
    COUNCIL_COMPARE_ERROR(set(m_s.secretary.client, late.member, QStringLiteral("asleep")), "invalid_value");
    COUNCIL_COMPARE_ERROR(set(m_s.secretary.client, 987654, QStringLiteral("present")), "not_found");
    QCOMPARE(entryOf(list(m_s.secretary.client), late.member).value(QStringLiteral("status")).toString(),
             QStringLiteral("late"));
}

void tst_Attendance::othersCannotOverride() {
    const Participant &excused = m_s.delegates.at(5);
    // A delegate cannot mark a colleague present (no proxies), nor can the chair.
    COUNCIL_COMPARE_ERROR(set(m_s.delegates.at(0).client, excused.member, QStringLiteral("present")),
                          "permission_denied");
    COUNCIL_COMPARE_ERROR(
        set(m_s.delegates.at(0).client, m_s.delegates.at(0).member, QStringLiteral("excused")),
        "permission_denied");
    COUNCIL_COMPARE_ERROR(set(m_s.chair.client, excused.member, QStringLiteral("present")),
                          "permission_denied");
    // Someone outside the body sees nothing of it.
    const Reply outsiderList = list(m_s.outsider.client);
    QVERIFY2(outsiderList.errorCode() == QLatin1String("not_found") ||
                 outsiderList.errorCode() == QLatin1String("permission_denied"),
             qPrintable(outsiderList.describe()));
    const Reply outsiderCheckIn = checkIn(m_s.outsider.client);
    QVERIFY2(outsiderCheckIn.errorCode() == QLatin1String("not_found") ||
                 outsiderCheckIn.errorCode() == QLatin1String("permission_denied"),
             qPrintable(outsiderCheckIn.describe()));
    COUNCIL_COMPARE_ERROR(m_s.outsider.client->request(Request::AttendanceCode,
                                                       QCborMap{{QStringLiteral("sitting"), m_s.sitting}}),
                          "not_found");

    const Reply now = list(m_s.secretary.client);
    QCOMPARE(entryOf(now, excused.member).value(QStringLiteral("status")).toString(),
             QStringLiteral("excused"));
    QCOMPARE(now.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 4);
}

void tst_Attendance::timeline() {
    // Every change reached the other screen once, in the order it was made.
    QVERIFY(QTest::qWaitFor(
        [&] { return eventsOf(*m_observer, Event::AttendanceChanged).size() >= m_changes.size(); }, 5000));
    const QList<Frame> seen = eventsOf(*m_observer, Event::AttendanceChanged);
    // The repeated check-in of the first delegate may or may not be an event; drop repeats of the same state.
    QList<std::pair<qint64, QString>> observed;
    for (const Frame &f : seen) {
        const QCborMap e = f.body.value(QStringLiteral("entry")).toMap();
        const std::pair<qint64, QString> change{e.value(QStringLiteral("member")).toInteger(),
                                                e.value(QStringLiteral("status")).toString()};
        bool repeat = false;
        for (auto it = observed.crbegin(); it != observed.crend(); ++it) {
            if (it->first == change.first) {
                repeat = it->second == change.second;
                break;
            }
        }
        if (!repeat)
            observed << change;
    }
    QCOMPARE(observed, m_changes);
    for (int i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i).seq > seen.at(i - 1).seq);
        QVERIFY(seen.at(i).body[QStringLiteral("entry")][QStringLiteral("at")].toInteger() >=
                seen.at(i - 1).body[QStringLiteral("entry")][QStringLiteral("at")].toInteger());
    }

    // The timeline is in the event log: a screen that resumes from before the
    // first change receives the same events again.
    RawClient *late = m_council.connectWithToken(m_s.chair.login.token);
    QVERIFY2(late, qPrintable(m_council.lastError()));
    const Reply resumed = late->sync(seen.first().seq - 1);
    COUNCIL_VERIFY_OK(resumed);
    QCOMPARE(resumed.value(QStringLiteral("snapshot")).toBool(), false);
    QVERIFY(QTest::qWaitFor([&] { return eventsOf(*late, Event::AttendanceChanged).size() >= seen.size(); },
                            5000));
    const QList<Frame> replayed = eventsOf(*late, Event::AttendanceChanged);
    QCOMPARE(replayed.size(), seen.size());
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(replayed.at(i).seq, seen.at(i).seq);
        // `online` is live state, not part of what happened.
        QCborMap a = replayed.at(i).body, b = seen.at(i).body;
        QCOMPARE(a.value(QStringLiteral("entry")).toMap().value(QStringLiteral("status")),
                 b.value(QStringLiteral("entry")).toMap().value(QStringLiteral("status")));
        QCOMPARE(a.value(QStringLiteral("quorum")), b.value(QStringLiteral("quorum")));
    }
    // Transient device events are never replayed: any that came were live.
    for (const Frame &f : eventsOf(*late, Event::AttendanceDevice))
        QCOMPARE(f.seq, 0);
    late->close();

    // The stored timeline reads back every change with its time, in order.
    const Reply stored =
        m_observer->request(Request::AttendanceTimeline, QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(stored);
    const QCborArray changes = stored.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), seen.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QCborMap c = changes.at(i).toMap();
        const QCborMap e = seen.at(i).body.value(QStringLiteral("entry")).toMap();
        QCOMPARE(c.value(QStringLiteral("member")), e.value(QStringLiteral("member")));
        QCOMPARE(c.value(QStringLiteral("status")), e.value(QStringLiteral("status")));
        QCOMPARE(c.value(QStringLiteral("at")), e.value(QStringLiteral("at")));
    }
}

void tst_Attendance::droppedDeviceStaysPresent() {
    Participant &d = m_s.delegates[1]; // present, by code
    QCOMPARE(entryOf(list(m_observer), d.member).value(QStringLiteral("online")).toBool(), true);
    m_observer->clearEvents();
    const EventMark mark = markEvents(*m_observer);
    d.client->abort(); // the tablet's Wi-Fi goes away
    const auto offline = waitForEvent(
        *m_observer, Event::AttendanceDevice,
        [&](const QCborMap &b) {
            return b.value(QStringLiteral("member")).toInteger() == d.member &&
                   b.value(QStringLiteral("online")).toBool() == false;
        },
        10000, mark);
    QVERIFY2(offline, "no attendance.device {online: false}");
    QCOMPARE(offline->seq, 0); // transient: not logged

    const Reply after = list(m_observer);
    const QCborMap e = entryOf(after, d.member);
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("code"));
    QCOMPARE(e.value(QStringLiteral("online")).toBool(), false);
    QCOMPARE(after.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 4);
    QVERIFY(eventsOf(*m_observer, Event::AttendanceChanged).isEmpty()); // a drop changes no attendance

    // Back online: the flag returns, still without an attendance change.
    QString error;
    d.client = reconnectWithToken(m_council, d.login.token, &error);
    QVERIFY2(d.client, qPrintable(error));
    QVERIFY(waitForEvent(
        *m_observer, Event::AttendanceDevice,
        [&](const QCborMap &b) {
            return b.value(QStringLiteral("member")).toInteger() == d.member &&
                   b.value(QStringLiteral("online")).toBool();
        },
        10000, mark));
    QCOMPARE(entryOf(list(m_observer), d.member).value(QStringLiteral("online")).toBool(), true);
    QVERIFY(eventsOf(*m_observer, Event::AttendanceChanged).isEmpty());
    // The protocol gives the event `sitting: null` (a device is online for every sitting).
    QVERIFY2(offline->body.value(QStringLiteral("sitting")).isNull(),
             qPrintable(QCborValue(offline->body).toDiagnosticNotation()));
}

void tst_Attendance::loggedOutDeviceGoesOffline() {
    // Logging out (or a revoked token) closes the connection like a drop does.
    Participant &d = m_s.delegates[2]; // present, one device
    QCOMPARE(entryOf(list(m_observer), d.member).value(QStringLiteral("online")).toBool(), true);
    const EventMark mark = markEvents(*m_observer);
    COUNCIL_VERIFY_OK(d.client->request(Request::AuthLogout));
    QVERIFY(d.client->waitDisconnected());
    const auto offline = waitForEvent(
        *m_observer, Event::AttendanceDevice,
        [&](const QCborMap &b) {
            return b.value(QStringLiteral("member")).toInteger() == d.member &&
                   b.value(QStringLiteral("online")).toBool() == false;
        },
        5000, mark);
    QVERIFY2(offline, "no attendance.device {online: false} after logout");
    const QCborMap e = entryOf(list(m_observer), d.member);
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
    QCOMPARE(e.value(QStringLiteral("online")).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_Attendance)
#include "tst_attendance.moc"
