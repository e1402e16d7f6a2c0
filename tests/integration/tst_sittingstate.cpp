// Opening and closing a sitting (sitting.open / sitting.close) over the wire:
// only the chair (or vice-chair) does it, members are told with
// sitting.changed, one sitting of a session is open at a time, a sitting with
// a vote still open is not closed, a closed sitting takes no self check-in
// (the secretariat may still correct attendance), a break and a reopening
// work, a resend is applied once, and the state survives a restart.
#include "livesitting.h"
#include "testcouncil.h"

#include <QDateTime>
#include <QTest>
#include <utility>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Request;

namespace {

QCborMap byId(qint64 id) {
    return QCborMap{{QStringLiteral("id"), id}};
}

// The sitting as a session.get by `client` shows it.
QCborMap sittingOf(RawClient &client, qint64 session, qint64 sitting) {
    const Reply r = getSession(client, session);
    for (const QCborValue &v : r.value(QStringLiteral("sittings")).toArray())
        if (v.toMap().value(QStringLiteral("id")).toInteger() == sitting)
            return v.toMap();
    return {};
}

QString stateOf(RawClient &client, qint64 session, qint64 sitting) {
    return sittingOf(client, session, sitting).value(QStringLiteral("state")).toString();
}

BodyMatch aboutSitting(qint64 id, const QString &state) {
    return [id, state](const QCborMap &body) {
        const QCborMap s = body.value(QStringLiteral("sitting")).toMap();
        return s.value(QStringLiteral("id")).toInteger() == id &&
               s.value(QStringLiteral("state")).toString() == state;
    };
}

} // namespace

class tst_SittingState : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aNewSittingIsPlanned();
    void chairOpensAndMembersAreTold();
    void othersCannotOpenOrClose();
    void oneOpenSittingPerSession();
    void aSittingWithAnOpenVoteIsNotClosed();
    void noSelfCheckInOnceClosed();
    void reopenAfterABreak();
    void aResendIsAppliedOnce();
    void survivesARestart(); // last: restarts the server

private:
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
    qint64 m_first = 0;  // the sitting the tests open and close
    qint64 m_second = 0; // another sitting of the same session
    qint64 m_item = 0;
};

void tst_SittingState::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
    const Reply first = addSitting(*m_f.secretary, m_f.session, QStringLiteral("Phiên khai mạc"),
                                   QStringLiteral("2024-12-09"));
    COUNCIL_VERIFY_OK(first);
    m_first = idOf(first, QStringLiteral("sitting"));
    const Reply second = addSitting(*m_f.secretary, m_f.session, QStringLiteral("Phiên thảo luận"),
                                    QStringLiteral("2024-12-10"));
    COUNCIL_VERIFY_OK(second);
    m_second = idOf(second, QStringLiteral("sitting"));
    const Reply item = addItem(*m_f.secretary, m_f.session, QStringLiteral("Báo cáo kinh tế - xã hội"));
    COUNCIL_VERIFY_OK(item);
    m_item = idOf(item, QStringLiteral("item"));
    // Members get events once they have synced.
    for (RawClient *c : {m_f.secretary, m_f.chair, m_f.delegate})
        COUNCIL_VERIFY_OK(c->sync(0));
}

void tst_SittingState::aNewSittingIsPlanned() {
    const QCborMap s = sittingOf(*m_f.delegate, m_f.session, m_first);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("planned"));
    QCOMPARE(s.value(QStringLiteral("openedAt")).toInteger(), 0);
    QCOMPARE(s.value(QStringLiteral("closedAt")).toInteger(), 0);
    // A delegate may check in before the chair opens the sitting.
    COUNCIL_VERIFY_OK(
        m_f.delegate->request(Request::AttendanceCheckIn, QCborMap{{QStringLiteral("sitting"), m_second}}));
}

void tst_SittingState::chairOpensAndMembersAreTold() {
    const EventMark delegateMark = markEvents(*m_f.delegate);
    const EventMark secretaryMark = markEvents(*m_f.secretary);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Reply r = m_f.chair->request(Request::SittingOpen, byId(m_first));
    COUNCIL_VERIFY_OK(r);
    const QCborMap s = r.map(QStringLiteral("sitting"));
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QVERIFY(s.value(QStringLiteral("openedAt")).toInteger() >= before - 5000);
    QCOMPARE(s.value(QStringLiteral("closedAt")).toInteger(), 0);
    for (auto [client, mark] :
         {std::pair{m_f.delegate, delegateMark}, std::pair{m_f.secretary, secretaryMark}}) {
        const auto e = waitForEvent(*client, Event::SittingChanged,
                                    aboutSitting(m_first, QStringLiteral("open")), 10000, mark);
        QVERIFY(e);
        QCOMPARE(e->body.value(QStringLiteral("sitting")).toMap().value(QStringLiteral("openedAt")),
                 s.value(QStringLiteral("openedAt")));
    }
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_first), QStringLiteral("open"));
    // Opening it again is refused: it is open.
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SittingOpen, byId(m_first)), "wrong_state");
}

void tst_SittingState::othersCannotOpenOrClose() {
    // Neither a delegate nor the secretariat opens or closes a sitting: the chair does.
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SittingClose, byId(m_first)), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.secretary->request(Request::SittingClose, byId(m_first)), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SittingOpen, byId(m_second)), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.secretary->request(Request::SittingOpen, byId(m_second)), "permission_denied");
    // The chair of another body does not even see it.
    BodyFixture other;
    QVERIFY2(m_council->setUpBody(&other, QStringLiteral("HĐND huyện khác")),
             qPrintable(m_council->lastError()));
    COUNCIL_COMPARE_ERROR(other.chair->request(Request::SittingClose, byId(m_first)), "not_found");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SittingOpen, byId(987654)), "not_found");
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_first), QStringLiteral("open"));
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_second), QStringLiteral("planned"));
}

void tst_SittingState::oneOpenSittingPerSession() {
    const Reply r = m_f.chair->request(Request::SittingOpen, byId(m_second));
    COUNCIL_COMPARE_ERROR(r, "wrong_state");
    // The refusal names the sitting to close first.
    QVERIFY2(r.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Phiên khai mạc")),
             qPrintable(r.describe()));
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_second), QStringLiteral("planned"));
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_first), QStringLiteral("open"));
}

void tst_SittingState::aSittingWithAnOpenVoteIsNotClosed() {
    const Reply vote = m_f.chair->request(
        Request::VoteOpen, QCborMap{{QStringLiteral("item"), m_item},
                                    {QStringLiteral("question"), QStringLiteral("Thông qua báo cáo?")},
                                    {QStringLiteral("sitting"), m_first}});
    COUNCIL_VERIFY_OK(vote);
    const qint64 round = idOf(vote, QStringLiteral("round"));
    const Reply refused = m_f.chair->request(Request::SittingClose, byId(m_first));
    COUNCIL_COMPARE_ERROR(refused, "wrong_state");
    QVERIFY2(refused.value(QStringLiteral("detail")).toString().contains(QStringLiteral("vote")),
             qPrintable(refused.describe()));
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_first), QStringLiteral("open"));

    COUNCIL_VERIFY_OK(m_f.chair->request(Request::VoteClose, QCborMap{{QStringLiteral("round"), round}}));
    const Reply closed = m_f.chair->request(Request::SittingClose, byId(m_first));
    COUNCIL_VERIFY_OK(closed);
    const QCborMap s = closed.map(QStringLiteral("sitting"));
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QVERIFY(s.value(QStringLiteral("closedAt")).toInteger() >=
            s.value(QStringLiteral("openedAt")).toInteger());
    QVERIFY(s.value(QStringLiteral("openedAt")).toInteger() > 0);
    // A sitting that is not open cannot be closed.
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SittingClose, byId(m_first)), "wrong_state");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SittingClose, byId(m_second)), "wrong_state");
}

void tst_SittingState::noSelfCheckInOnceClosed() {
    QCOMPARE(stateOf(*m_f.delegate, m_f.session, m_first), QStringLiteral("closed"));
    const QCborMap sitting{{QStringLiteral("sitting"), m_first}};
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::AttendanceCheckIn, sitting), "wrong_state");
    // Not with the hall's code either.
    const Reply code = m_f.chair->request(Request::AttendanceCode, sitting);
    COUNCIL_VERIFY_OK(code);
    QCborMap withCode = sitting;
    withCode.insert(QStringLiteral("code"), code.value(QStringLiteral("code")));
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::AttendanceCheckIn, withCode), "wrong_state");
    const Reply list = m_f.delegate->request(Request::AttendanceList, sitting);
    COUNCIL_VERIFY_OK(list);
    for (const QCborValue &v : list.value(QStringLiteral("entries")).toArray())
        QCOMPARE(v.toMap().value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    // The secretariat still corrects the record of a closed sitting.
    const qint64 delegateMember = [&] {
        for (const QCborValue &v : list.value(QStringLiteral("entries")).toArray())
            if (v.toMap().value(QStringLiteral("fullName")).toString() == QStringLiteral("Nguyễn Văn Biểu"))
                return v.toMap().value(QStringLiteral("member")).toInteger();
        return qint64(0);
    }();
    QVERIFY(delegateMember != 0);
    COUNCIL_VERIFY_OK(m_f.secretary->request(
        Request::AttendanceSet, QCborMap{{QStringLiteral("sitting"), m_first},
                                         {QStringLiteral("member"), delegateMember},
                                         {QStringLiteral("status"), QStringLiteral("excused")},
                                         {QStringLiteral("reason"), QStringLiteral("Đi công tác")}}));
}

void tst_SittingState::reopenAfterABreak() {
    const Reply r = m_f.chair->request(Request::SittingOpen, byId(m_first));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.map(QStringLiteral("sitting")).value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QCOMPARE(r.map(QStringLiteral("sitting")).value(QStringLiteral("closedAt")).toInteger(), 0);
    // Open again: delegates check in again.
    const Reply in =
        m_f.delegate->request(Request::AttendanceCheckIn, QCborMap{{QStringLiteral("sitting"), m_first}});
    COUNCIL_VERIFY_OK(in);
    QCOMPARE(in.map(QStringLiteral("entry")).value(QStringLiteral("status")).toString(),
             QStringLiteral("present"));
}

void tst_SittingState::aResendIsAppliedOnce() {
    const EventMark mark = markEvents(*m_f.delegate);
    const QByteArray op = RawClient::newOp();
    const Reply first = m_f.chair->request(Request::SittingClose, byId(m_first), op);
    COUNCIL_VERIFY_OK(first);
    QVERIFY(waitForEvent(*m_f.delegate, Event::SittingChanged,
                         aboutSitting(m_first, QStringLiteral("closed")), 10000, mark));
    // The reply was lost, the device sends the same operation again: the first answer, nothing applied.
    const Reply again = m_f.chair->request(Request::SittingClose, byId(m_first), op);
    COUNCIL_VERIFY_OK(again);
    QCOMPARE(again.body(), first.body());
    // Opening the second sitting now works (the first is closed) and orders the events after the resend.
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SittingOpen, byId(m_second)));
    QVERIFY(waitForEvent(*m_f.delegate, Event::SittingChanged, aboutSitting(m_second, QStringLiteral("open")),
                         10000, mark));
    QCOMPARE(
        eventsOf(*m_f.delegate, Event::SittingChanged, aboutSitting(m_first, QStringLiteral("closed")), mark)
            .size(),
        1);
}

void tst_SittingState::survivesARestart() {
    const QCborMap firstBefore = sittingOf(*m_f.delegate, m_f.session, m_first);
    const QCborMap secondBefore = sittingOf(*m_f.delegate, m_f.session, m_second);
    QCOMPARE(firstBefore.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(secondBefore.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QVERIFY2(m_council->restart(), qPrintable(m_council->lastError()));
    RawClient *again = m_council->connectWithToken(m_f.delegateLogin.token);
    QVERIFY2(again, qPrintable(m_council->lastError()));
    QCOMPARE(sittingOf(*again, m_f.session, m_first), firstBefore);
    QCOMPARE(sittingOf(*again, m_f.session, m_second), secondBefore);
    // The snapshot a device syncs from carries the state too.
    const Reply sync = again->sync(0);
    COUNCIL_VERIFY_OK(sync);
    bool seen = false;
    for (const QCborValue &v :
         sync.map(QStringLiteral("state")).value(QStringLiteral("sittings")).toArray()) {
        if (v.toMap().value(QStringLiteral("id")).toInteger() == m_second) {
            QCOMPARE(v.toMap(), secondBefore);
            seen = true;
        }
    }
    QVERIFY(seen);
}

QTEST_GUILESS_MAIN(tst_SittingState)
#include "tst_sittingstate.moc"
