// The speaker queue (đăng ký phát biểu) over the wire: delegates ask to speak
// and withdraw, a point of order goes before every speech, only the chair
// reorders and gives the floor, the time used is recorded, the speaking-time
// warning arrives as a transient event, and a second client sees every change
// in order.
#include "testcouncil.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Frame;
using council::protocol::Request;

namespace {

const QString kPassword = QStringLiteral("mật khẩu thử");

QCborMap idBody(qint64 id) {
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborMap itemBody(qint64 item) {
    return QCborMap{{QStringLiteral("item"), item}};
}

Reply ask(RawClient &client, qint64 item, const QString &kind = QStringLiteral("speech")) {
    return client.request(Request::SpeakRequest,
                          QCborMap{{QStringLiteral("item"), item}, {QStringLiteral("kind"), kind}});
}

Reply reorder(RawClient &client, qint64 item, const QList<qint64> &order) {
    QCborArray ids;
    for (qint64 id : order)
        ids.append(id);
    return client.request(Request::SpeakReorder,
                          QCborMap{{QStringLiteral("item"), item}, {QStringLiteral("order"), ids}});
}

qint64 requestId(const Reply &r) {
    return r.map(QStringLiteral("request")).value(QStringLiteral("id")).toInteger();
}

QList<qint64> ids(const QCborArray &requests) {
    QList<qint64> out;
    for (const QCborValue &r : requests)
        out << r.toMap().value(QStringLiteral("id")).toInteger();
    return out;
}

QList<qint64> queueIds(RawClient &client, qint64 item) {
    const Reply r = client.request(Request::SpeakQueue, itemBody(item));
    return r.ok() ? ids(r.value(QStringLiteral("queue")).toArray()) : QList<qint64>{-1};
}

// The events of the given types about one item, in the order they came.
QList<Frame> eventsOf(const RawClient &client, const QList<Event> &types, qint64 item) {
    QList<Frame> out;
    for (const Frame &f : client.events())
        if (types.contains(Event(f.type)) && f.body.value(QStringLiteral("item")).toInteger() == item)
            out << f;
    return out;
}

// The speaking-time warnings a client got (transient events, kept apart from the sequence).
QList<Frame> warningsOf(const RawClient &client) {
    QList<Frame> out;
    for (const Frame &f : client.transientEvents())
        if (Event(f.type) == Event::SpeakWarning)
            out << f;
    return out;
}

} // namespace

class tst_Speakers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void requestAndWithdraw();
    void pointOfOrderGoesFirst();
    void onlyTheChairReordersAndGivesTheFloor();
    void giveFloorAndEndRecordTime();
    void hostileInput();
    void warningWithShortSpeakingTime();
    void secondClientSeesEventsInOrder();
    void clockRunsOnAfterRestart(); // last: it restarts the server

private:
    // A new delegate of the fixture's body with an account and a logged-in client.
    RawClient *addDelegate(const QString &fullName, qint64 *memberId = nullptr);
    qint64 newItem(const QString &title);

    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
};

void tst_Speakers::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
}

RawClient *tst_Speakers::addDelegate(const QString &fullName, qint64 *memberId) {
    const QString name = m_council->uniqueName(QStringLiteral("daibieu"));
    if (!m_council->createUser(name, kPassword).ok())
        return nullptr;
    const Reply member =
        addMember(*m_council->admin(), m_f.body, fullName, {QStringLiteral("delegate")}, name);
    if (!member.ok())
        return nullptr;
    if (memberId)
        *memberId = idOf(member, QStringLiteral("member"));
    return m_council->connectAs(name, kPassword);
}

qint64 tst_Speakers::newItem(const QString &title) {
    return idOf(addItem(*m_f.secretary, m_f.session, title), QStringLiteral("item"));
}

void tst_Speakers::requestAndWithdraw() {
    const qint64 item = newItem(QStringLiteral("Báo cáo tình hình kinh tế - xã hội"));
    QVERIFY(item > 0);

    const Reply asked = ask(*m_f.delegate, item);
    COUNCIL_VERIFY_OK(asked);
    const QCborMap r = asked.map(QStringLiteral("request"));
    QCOMPARE(r.value(QStringLiteral("item")).toInteger(), item);
    QCOMPARE(r.value(QStringLiteral("session")).toInteger(), m_f.session);
    QCOMPARE(r.value(QStringLiteral("fullName")).toString(), QStringLiteral("Nguyễn Văn Biểu"));
    QCOMPARE(r.value(QStringLiteral("kind")).toString(), QStringLiteral("speech"));
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(r.value(QStringLiteral("position")).toInteger(), 0);
    QVERIFY(r.value(QStringLiteral("requestedAt")).toInteger() > 0);
    QVERIFY(r.value(QStringLiteral("startedAt")).isNull());
    QVERIFY(r.value(QStringLiteral("secondsUsed")).isNull());
    const qint64 first = r.value(QStringLiteral("id")).toInteger();

    // One waiting request per member and item, whatever its kind.
    COUNCIL_COMPARE_ERROR(ask(*m_f.delegate, item), "conflict");
    COUNCIL_COMPARE_ERROR(ask(*m_f.delegate, item, QStringLiteral("point_of_order")), "conflict");

    // Another delegate may not withdraw it; the requester may.
    RawClient *other = addDelegate(QStringLiteral("Phạm Thị Lan"));
    QVERIFY2(other, qPrintable(m_council->lastError()));
    COUNCIL_COMPARE_ERROR(other->request(Request::SpeakWithdraw, idBody(first)), "permission_denied");
    const Reply withdrawn = m_f.delegate->request(Request::SpeakWithdraw, idBody(first));
    COUNCIL_VERIFY_OK(withdrawn);
    QCOMPARE(withdrawn.map(QStringLiteral("request")).value(QStringLiteral("state")).toString(),
             QStringLiteral("withdrawn"));
    QCOMPARE(queueIds(*m_f.delegate, item), QList<qint64>{});
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SpeakWithdraw, idBody(first)), "conflict");

    // Asking again is a new request; the secretary may withdraw it.
    const Reply again = ask(*m_f.delegate, item);
    COUNCIL_VERIFY_OK(again);
    QVERIFY(requestId(again) != first);
    COUNCIL_VERIFY_OK(m_f.secretary->request(Request::SpeakWithdraw, idBody(requestId(again))));
    QCOMPARE(queueIds(*m_f.chair, item), QList<qint64>{});
}

void tst_Speakers::pointOfOrderGoesFirst() {
    const qint64 item = newItem(QStringLiteral("Tờ trình dự thảo nghị quyết về ngân sách"));
    RawClient *d2 = addDelegate(QStringLiteral("Đỗ Văn Hùng"));
    RawClient *d3 = addDelegate(QStringLiteral("Vũ Thị Mai"));
    QVERIFY(d2 && d3);

    const qint64 s1 = requestId(ask(*m_f.delegate, item));
    const qint64 s2 = requestId(ask(*d2, item));
    const Reply poo1 = ask(*d3, item, QStringLiteral("point_of_order"));
    COUNCIL_VERIFY_OK(poo1);
    QCOMPARE(poo1.map(QStringLiteral("request")).value(QStringLiteral("position")).toInteger(), 0);
    // The chair is a delegate too: a second point of order goes after the first.
    const Reply poo2 = ask(*m_f.chair, item, QStringLiteral("point_of_order"));
    COUNCIL_VERIFY_OK(poo2);
    QCOMPARE(poo2.map(QStringLiteral("request")).value(QStringLiteral("position")).toInteger(), 1);

    const Reply q = m_f.delegate->request(Request::SpeakQueue, itemBody(item));
    COUNCIL_VERIFY_OK(q);
    const QCborArray queue = q.value(QStringLiteral("queue")).toArray();
    QCOMPARE(ids(queue), (QList<qint64>{requestId(poo1), requestId(poo2), s1, s2}));
    for (qsizetype i = 0; i < queue.size(); ++i)
        QCOMPARE(queue.at(i).toMap().value(QStringLiteral("position")).toInteger(), i);
    QVERIFY(q.value(QStringLiteral("floor")).isNull());

    // A point of order the chair put behind a speech does not hold a new one back.
    COUNCIL_VERIFY_OK(reorder(*m_f.chair, item, {s1, requestId(poo1), requestId(poo2), s2}));
    RawClient *d4 = addDelegate(QStringLiteral("Mai Văn Phúc"));
    QVERIFY(d4);
    const Reply poo3 = ask(*d4, item, QStringLiteral("point_of_order"));
    COUNCIL_VERIFY_OK(poo3);
    QCOMPARE(queueIds(*m_f.chair, item),
             (QList<qint64>{requestId(poo3), s1, requestId(poo1), requestId(poo2), s2}));
    // A speech without a kind is a speech, and goes last.
    const Reply plain = m_f.secretary->request(Request::SpeakRequest, itemBody(item));
    COUNCIL_COMPARE_ERROR(plain, "permission_denied");
    RawClient *d5 = addDelegate(QStringLiteral("Tạ Thị Yến"));
    QVERIFY(d5);
    const Reply speech = d5->request(Request::SpeakRequest, itemBody(item));
    COUNCIL_VERIFY_OK(speech);
    QCOMPARE(speech.map(QStringLiteral("request")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("speech"));
    QCOMPARE(speech.map(QStringLiteral("request")).value(QStringLiteral("position")).toInteger(), 5);
}

void tst_Speakers::onlyTheChairReordersAndGivesTheFloor() {
    const qint64 item = newItem(QStringLiteral("Báo cáo thẩm tra"));
    RawClient *d2 = addDelegate(QStringLiteral("Bùi Văn Nam"));
    QVERIFY(d2);
    const qint64 a = requestId(ask(*m_f.delegate, item));
    const qint64 b = requestId(ask(*d2, item));
    const qint64 c = requestId(ask(*m_f.chair, item));
    QCOMPARE(queueIds(*m_f.chair, item), (QList<qint64>{a, b, c}));

    COUNCIL_COMPARE_ERROR(reorder(*m_f.delegate, item, {c, b, a}), "permission_denied");
    COUNCIL_COMPARE_ERROR(reorder(*m_f.secretary, item, {c, b, a}), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SpeakGiveFloor, idBody(a)), "permission_denied");
    COUNCIL_COMPARE_ERROR(d2->request(Request::SpeakGiveFloor, idBody(b)), "permission_denied");
    QCOMPARE(queueIds(*m_f.chair, item), (QList<qint64>{a, b, c}));

    // The order must name every waiting request exactly once.
    COUNCIL_COMPARE_ERROR(reorder(*m_f.chair, item, {c, b}), "invalid_value");
    COUNCIL_COMPARE_ERROR(reorder(*m_f.chair, item, {c, b, a, a}), "invalid_value");
    COUNCIL_COMPARE_ERROR(reorder(*m_f.chair, item, {c, b, b}), "invalid_value");
    COUNCIL_COMPARE_ERROR(reorder(*m_f.chair, item, {c, b, a + c + 1000}), "invalid_value");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SpeakReorder,
                                             QCborMap{{QStringLiteral("item"), item},
                                                      {QStringLiteral("order"), QStringLiteral("3,2,1")}}),
                          "bad_request");

    const Reply reordered = reorder(*m_f.chair, item, {c, a, b});
    COUNCIL_VERIFY_OK(reordered);
    QCOMPARE(ids(reordered.value(QStringLiteral("queue")).toArray()), (QList<qint64>{c, a, b}));
    QCOMPARE(queueIds(*m_f.delegate, item), (QList<qint64>{c, a, b}));
}

void tst_Speakers::giveFloorAndEndRecordTime() {
    const qint64 item = newItem(QStringLiteral("Chất vấn và trả lời chất vấn"));
    RawClient *d2 = addDelegate(QStringLiteral("Hồ Thị Nga"));
    QVERIFY(d2);
    const qint64 a = requestId(ask(*m_f.delegate, item));
    const qint64 b = requestId(ask(*d2, item));

    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SpeakEnd, idBody(a)), "conflict"); // still waiting
    const Reply given = m_f.chair->request(Request::SpeakGiveFloor, idBody(a));
    COUNCIL_VERIFY_OK(given);
    const QCborMap speaking = given.map(QStringLiteral("request"));
    QCOMPARE(speaking.value(QStringLiteral("state")).toString(), QStringLiteral("speaking"));
    QCOMPARE(speaking.value(QStringLiteral("limitSeconds")).toInteger(), 300); // the body's default
    QVERIFY(speaking.value(QStringLiteral("startedAt")).toInteger() > 0);
    QVERIFY(speaking.value(QStringLiteral("position")).isNull());
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SpeakGiveFloor, idBody(a)), "conflict");
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SpeakWithdraw, idBody(a)), "conflict");

    Reply q = m_f.delegate->request(Request::SpeakQueue, itemBody(item));
    COUNCIL_VERIFY_OK(q);
    QCOMPARE(q.value(QStringLiteral("floor")).toMap().value(QStringLiteral("id")).toInteger(), a);
    QCOMPARE(ids(q.value(QStringLiteral("queue")).toArray()), QList<qint64>{b});
    QCOMPARE(q.value(QStringLiteral("queue"))
                 .toArray()
                 .at(0)
                 .toMap()
                 .value(QStringLiteral("position"))
                 .toInteger(),
             0);

    // Giving the floor to the next speaker ends the first one, with the time used.
    QTest::qWait(1600);
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakGiveFloor, idBody(b)));
    q = m_f.delegate->request(Request::SpeakQueue, itemBody(item));
    COUNCIL_VERIFY_OK(q);
    QCOMPARE(q.value(QStringLiteral("floor")).toMap().value(QStringLiteral("id")).toInteger(), b);
    QCOMPARE(q.value(QStringLiteral("queue")).toArray().size(), 0);
    QCborArray done = q.value(QStringLiteral("done")).toArray();
    QCOMPARE(ids(done), QList<qint64>{a});
    const QCborMap first = done.at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QVERIFY2(first.value(QStringLiteral("secondsUsed")).toInteger() >= 1 &&
                 first.value(QStringLiteral("secondsUsed")).toInteger() <= 5,
             qPrintable(first.toCborValue().toDiagnosticNotation()));
    QVERIFY(first.value(QStringLiteral("endedAt")).toInteger() >=
            first.value(QStringLiteral("startedAt")).toInteger());

    // Neither another delegate nor the secretary ends a speech; the speaker does.
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::SpeakEnd, idBody(b)), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.secretary->request(Request::SpeakEnd, idBody(b)), "permission_denied");
    const Reply ended = d2->request(Request::SpeakEnd, idBody(b));
    COUNCIL_VERIFY_OK(ended);
    QCOMPARE(ended.map(QStringLiteral("request")).value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    QVERIFY(ended.map(QStringLiteral("request")).value(QStringLiteral("secondsUsed")).isInteger());
    COUNCIL_COMPARE_ERROR(d2->request(Request::SpeakEnd, idBody(b)), "conflict");

    q = m_f.chair->request(Request::SpeakQueue, itemBody(item));
    COUNCIL_VERIFY_OK(q);
    QVERIFY(q.value(QStringLiteral("floor")).isNull());
    QCOMPARE(ids(q.value(QStringLiteral("done")).toArray()), (QList<qint64>{a, b}));
}

void tst_Speakers::hostileInput() {
    const qint64 item = newItem(QStringLiteral("Các vấn đề khác"));
    RawClient &d = *m_f.delegate;
    COUNCIL_COMPARE_ERROR(ask(d, 987654), "not_found");
    COUNCIL_COMPARE_ERROR(ask(d, item, QStringLiteral("filibuster")), "invalid_value");
    COUNCIL_COMPARE_ERROR(
        d.request(Request::SpeakRequest, QCborMap{{QStringLiteral("kind"), QStringLiteral("speech")}}),
        "bad_request");
    COUNCIL_COMPARE_ERROR(
        d.request(Request::SpeakRequest, QCborMap{{QStringLiteral("item"), QStringLiteral("1")}}),
        "bad_request");
    COUNCIL_COMPARE_ERROR(d.request(Request::SpeakRequest, QCborMap{{QStringLiteral("item"), -4}}),
                          "invalid_value");
    for (const Request r : {Request::SpeakWithdraw, Request::SpeakGiveFloor, Request::SpeakEnd})
        COUNCIL_COMPARE_ERROR(m_f.chair->request(r, idBody(987654)), "not_found");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::SpeakQueue, itemBody(987654)), "not_found");
    COUNCIL_COMPARE_ERROR(reorder(*m_f.chair, 987654, {}), "not_found");

    // Only delegates ask to speak: not the secretary, not an administrator.
    COUNCIL_COMPARE_ERROR(ask(*m_f.secretary, item), "permission_denied");
    COUNCIL_COMPARE_ERROR(ask(*m_council->admin(), item), "permission_denied");

    // Someone outside the body does not even see the item or the requests.
    const QString outsider = m_council->uniqueName(QStringLiteral("nguoingoai"));
    COUNCIL_VERIFY_OK(m_council->createUser(outsider, kPassword));
    RawClient *o = m_council->connectAs(outsider, kPassword);
    QVERIFY(o);
    const qint64 mine = requestId(ask(d, item));
    QVERIFY(mine > 0);
    COUNCIL_COMPARE_ERROR(ask(*o, item), "not_found");
    COUNCIL_COMPARE_ERROR(o->request(Request::SpeakQueue, itemBody(item)), "not_found");
    COUNCIL_COMPARE_ERROR(o->request(Request::SpeakWithdraw, idBody(mine)), "not_found");
    COUNCIL_COMPARE_ERROR(o->request(Request::SpeakEnd, idBody(mine)), "not_found");
    QCOMPARE(queueIds(d, item), QList<qint64>{mine});

    // Without an op a mutating request is refused.
    const qint64 id = d.sendWithoutOp(Request::SpeakRequest, itemBody(item));
    COUNCIL_COMPARE_ERROR(d.waitReply(id), "op_required");
}

void tst_Speakers::warningWithShortSpeakingTime() {
    // The shortest speaking time the body allows, warned nine seconds before the end.
    const Reply updated = m_council->admin()->request(
        Request::BodyUpdate, QCborMap{{QStringLiteral("id"), m_f.body},
                                      {QStringLiteral("speakingSeconds"), 10},
                                      {QStringLiteral("speakingWarningSeconds"), 9}});
    COUNCIL_VERIFY_OK(updated);
    QCOMPARE(updated.map(QStringLiteral("body")).value(QStringLiteral("speakingSeconds")).toInteger(), 10);

    const qint64 item = newItem(QStringLiteral("Thảo luận tổ"));
    RawClient *hall = addDelegate(QStringLiteral("Lý Văn Sơn"));
    QVERIFY(hall);
    COUNCIL_VERIFY_OK(hall->sync(0));
    hall->clearEvents();

    const qint64 id = requestId(ask(*m_f.delegate, item));
    const Reply given = m_f.chair->request(Request::SpeakGiveFloor, idBody(id));
    COUNCIL_VERIFY_OK(given);
    QCOMPARE(given.map(QStringLiteral("request")).value(QStringLiteral("limitSeconds")).toInteger(), 10);
    QElapsedTimer clock;
    clock.start();

    auto warnings = [&] { return warningsOf(*hall); };
    QVERIFY2(QTest::qWaitFor([&] { return warnings().size() >= 1; }, 5000), "no speaking-time warning");
    const Frame warning = warnings().at(0);
    QCOMPARE(warning.seq, 0); // transient: not logged, not replayed
    QCOMPARE(warning.body.value(QStringLiteral("item")).toInteger(), item);
    QCOMPARE(warning.body.value(QStringLiteral("request")).toMap().value(QStringLiteral("id")).toInteger(),
             id);
    const qint64 left = warning.body.value(QStringLiteral("secondsLeft")).toInteger();
    QVERIFY2(left >= 8 && left <= 9, qPrintable(QString::number(left)));

    QVERIFY2(QTest::qWaitFor([&] { return warnings().size() >= 2; }, 15000), "no time-up warning");
    QVERIFY2(clock.elapsed() >= 9000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(warnings().at(1).body.value(QStringLiteral("secondsLeft")).toInteger(), 0);

    // Time-up does not cut the speaker off: the chair ends the speech.
    Reply q = hall->request(Request::SpeakQueue, itemBody(item));
    QCOMPARE(q.value(QStringLiteral("floor")).toMap().value(QStringLiteral("id")).toInteger(), id);
    QTest::qWait(1500);
    QCOMPARE(warnings().size(), 2); // told once
    const Reply ended = m_f.chair->request(Request::SpeakEnd, idBody(id));
    COUNCIL_VERIFY_OK(ended);
    QVERIFY(ended.map(QStringLiteral("request")).value(QStringLiteral("secondsUsed")).toInteger() >= 10);

    // A speech ended before its warning gets none.
    const qint64 quick = requestId(ask(*m_f.delegate, item));
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakGiveFloor, idBody(quick)));
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakEnd, idBody(quick)));
    QTest::qWait(1500);
    QCOMPARE(warnings().size(), 2);

    COUNCIL_VERIFY_OK(m_council->admin()->request(Request::BodyUpdate,
                                                  QCborMap{{QStringLiteral("id"), m_f.body},
                                                           {QStringLiteral("speakingSeconds"), 300},
                                                           {QStringLiteral("speakingWarningSeconds"), 60}}));
}

void tst_Speakers::secondClientSeesEventsInOrder() {
    const qint64 item = newItem(QStringLiteral("Biểu quyết thông qua nghị quyết"));
    qint64 observerMember = 0;
    RawClient *observer = addDelegate(QStringLiteral("Trịnh Thị Hoa"), &observerMember);
    RawClient *d2 = addDelegate(QStringLiteral("Cao Văn Tùng"));
    QVERIFY(observer && d2);
    COUNCIL_VERIFY_OK(observer->sync(0));
    observer->clearEvents();

    const qint64 a = requestId(ask(*m_f.delegate, item));
    const qint64 b = requestId(ask(*d2, item, QStringLiteral("point_of_order")));
    COUNCIL_VERIFY_OK(reorder(*m_f.chair, item, {a, b}));
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakGiveFloor, idBody(a)));
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakEnd, idBody(a)));
    COUNCIL_VERIFY_OK(m_f.delegate->request(Request::SpeakQueue, itemBody(item)));

    const QList<Event> kinds{Event::SpeakQueueChanged, Event::SpeakFloor};
    QVERIFY(QTest::qWaitFor([&] { return eventsOf(*observer, kinds, item).size() >= 7; }, 5000));
    const QList<Frame> got = eventsOf(*observer, kinds, item);
    QCOMPARE(got.size(), 7);
    const QList<Event> expected{Event::SpeakQueueChanged, Event::SpeakQueueChanged, Event::SpeakQueueChanged,
                                Event::SpeakQueueChanged, Event::SpeakFloor,        Event::SpeakQueueChanged,
                                Event::SpeakFloor};
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(Event(got.at(i).type), expected.at(i));
        QCOMPARE(got.at(i).body.value(QStringLiteral("item")).toInteger(), item);
        QCOMPARE(got.at(i).body.value(QStringLiteral("session")).toInteger(), m_f.session);
        if (i > 0)
            QVERIFY(got.at(i).seq > got.at(i - 1).seq);
    }
    auto queueOf = [&](int i) { return ids(got.at(i).body.value(QStringLiteral("queue")).toArray()); };
    QCOMPARE(queueOf(0), QList<qint64>{a});
    QCOMPARE(queueOf(1), (QList<qint64>{b, a})); // the point of order went first
    QCOMPARE(queueOf(2), (QList<qint64>{a, b})); // the chair put it back
    QCOMPARE(queueOf(3), QList<qint64>{b});
    const QCborMap floor = got.at(4).body.value(QStringLiteral("request")).toMap();
    QCOMPARE(floor.value(QStringLiteral("id")).toInteger(), a);
    QCOMPARE(floor.value(QStringLiteral("state")).toString(), QStringLiteral("speaking"));
    QVERIFY(got.at(6).body.value(QStringLiteral("request")).isNull());
}

void tst_Speakers::clockRunsOnAfterRestart() {
    COUNCIL_VERIFY_OK(m_council->admin()->request(Request::BodyUpdate,
                                                  QCborMap{{QStringLiteral("id"), m_f.body},
                                                           {QStringLiteral("speakingSeconds"), 10},
                                                           {QStringLiteral("speakingWarningSeconds"), 6}}));
    const qint64 item = newItem(QStringLiteral("Phát biểu bế mạc"));
    const qint64 id = requestId(ask(*m_f.delegate, item));
    QVERIFY(id > 0);
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::SpeakGiveFloor, idBody(id)));
    QElapsedTimer clock;
    clock.start();

    // A power cut right after the floor was given: the clock must not start over.
    m_council->server()->kill();
    QVERIFY2(m_council->restart(), qPrintable(m_council->lastError()));
    m_f.chair = m_council->connectWithToken(m_f.chairLogin.token);
    m_f.delegate = m_council->connectWithToken(m_f.delegateLogin.token);
    m_f.secretary = m_council->connectWithToken(m_f.secretaryLogin.token);
    QVERIFY(m_f.chair && m_f.delegate && m_f.secretary);
    COUNCIL_VERIFY_OK(m_f.delegate->sync(0));
    m_f.delegate->clearEvents();

    const Reply q = m_f.delegate->request(Request::SpeakQueue, itemBody(item));
    COUNCIL_VERIFY_OK(q);
    QCOMPARE(q.value(QStringLiteral("floor")).toMap().value(QStringLiteral("id")).toInteger(), id);
    QVERIFY2(QTest::qWaitFor([&] { return !warningsOf(*m_f.delegate).isEmpty(); }, 10000),
             "no warning after the restart");
    // Four seconds after the floor was given, not four seconds after the restart.
    QVERIFY2(clock.elapsed() >= 3500 && clock.elapsed() < 7000, qPrintable(QString::number(clock.elapsed())));
    const qint64 left = warningsOf(*m_f.delegate).at(0).body.value(QStringLiteral("secondsLeft")).toInteger();
    QVERIFY2(left >= 4 && left <= 6, qPrintable(QString::number(left)));
    const Reply ended = m_f.chair->request(Request::SpeakEnd, idBody(id));
    COUNCIL_VERIFY_OK(ended);
    QVERIFY(ended.map(QStringLiteral("request")).value(QStringLiteral("secondsUsed")).toInteger() >= 4);
}

QTEST_MAIN(tst_Speakers)
#include "tst_speakers.moc"
