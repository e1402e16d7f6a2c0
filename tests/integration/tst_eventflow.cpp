// The secretariat prepares a session — body, members, session, sittings,
// agenda — while a delegate is connected: the delegate receives every change
// as an event, in order, and Vietnamese text typed in decomposed form (NFD)
// arrives and is stored composed (NFC).
#include "testcouncil.h"

#include "domain/text.h"

#include <QCborArray>
#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Frame;
using council::protocol::Request;

class tst_EventFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void delegateSeesPreparationLive();
    void outsiderSeesNothing();

private:
    TestCouncil *m_council = nullptr;
};

namespace {
QString nfd(const QString &s) {
    return s.normalized(QString::NormalizationForm_D);
}

bool isNfc(const QString &s) {
    return s == s.normalized(QString::NormalizationForm_C);
}

// Every text anywhere in a CBOR value is NFC; `where` names the first that is not.
bool allTextNfc(const QCborValue &v, QString *where) {
    if (v.isString()) {
        if (!isNfc(v.toString())) {
            *where = v.toString();
            return false;
        }
        return true;
    }
    if (v.isArray()) {
        for (const QCborValue &x : v.toArray())
            if (!allTextNfc(x, where))
                return false;
    }
    if (v.isMap()) {
        const QCborMap m = v.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            if (!allTextNfc(it.value(), where))
                return false;
    }
    return true;
}

QList<qint64> seqs(const QList<Frame> &frames) {
    QList<qint64> out;
    for (const Frame &f : frames)
        out << f.seq;
    return out;
}
} // namespace

void tst_EventFlow::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
}

void tst_EventFlow::delegateSeesPreparationLive() {
    TestCouncil &council = *m_council;
    RawClient &admin = *council.admin();
    const QString password = QStringLiteral("mật khẩu");
    const QString secretaryName = council.uniqueName(QStringLiteral("thuky"));
    const QString chairName = council.uniqueName(QStringLiteral("chutoa"));
    const QString delegateName = council.uniqueName(QStringLiteral("daibieu"));
    for (const QString &n : {secretaryName, chairName, delegateName})
        COUNCIL_VERIFY_OK(council.createUser(n, password));

    // The admin creates the body and seats the secretary and our delegate.
    const QString bodyName = QStringLiteral("Hội đồng nhân dân thành phố Đà Nẵng");
    const Reply body = createBody(admin, nfd(bodyName));
    COUNCIL_VERIFY_OK(body);
    QCOMPARE(body.map(QStringLiteral("body")).value(QStringLiteral("name")).toString(), bodyName);
    const qint64 bodyId = idOf(body, QStringLiteral("body"));
    COUNCIL_VERIFY_OK(addMember(admin, bodyId, nfd(QStringLiteral("Lê Thị Thư")),
                                {QStringLiteral("secretary")}, secretaryName));
    COUNCIL_VERIFY_OK(addMember(admin, bodyId, nfd(QStringLiteral("Phạm Thị Ánh")),
                                {QStringLiteral("delegate")}, delegateName));

    // The delegate connects and syncs before the secretariat starts.
    Login delegateLogin;
    RawClient *delegate = council.connectAs(delegateName, password, &delegateLogin);
    QVERIFY2(delegate, qPrintable(council.lastError()));
    const Reply synced = delegate->sync(0);
    COUNCIL_VERIFY_OK(synced);
    QVERIFY(synced.value(QStringLiteral("snapshot")).toBool());
    const qint64 head = synced.value(QStringLiteral("seq")).toInteger();
    QVERIFY(head > 0);

    RawClient *secretary = council.connectAs(secretaryName, password);
    QVERIFY2(secretary, qPrintable(council.lastError()));

    // What the secretariat changes, and the event each change must produce, in order.
    QList<Event> expected;
    COUNCIL_VERIFY_OK(addMember(*secretary, bodyId, nfd(QStringLiteral("Hoàng Văn Đức")),
                                {QStringLiteral("chair"), QStringLiteral("delegate")}, chairName));
    expected << Event::MemberChanged;
    const QStringList delegates{QStringLiteral("Trần   Văn Bình"), QStringLiteral("Nguyễn Thị An"),
                                QStringLiteral("Ngô Thị Dung"), QStringLiteral("Lê Văn An")};
    for (const QString &name : delegates) {
        COUNCIL_VERIFY_OK(addMember(*secretary, bodyId, nfd(name), {QStringLiteral("đại biểu")}));
        expected << Event::MemberChanged;
    }
    const QString title = QStringLiteral("Kỳ họp thứ mười hai, Hội đồng nhân dân khóa X");
    const Reply session = createSession(*secretary, bodyId, nfd(QStringLiteral("  ") + title));
    COUNCIL_VERIFY_OK(session);
    const qint64 sessionId = idOf(session, QStringLiteral("session"));
    expected << Event::SessionChanged;
    for (int day = 0; day < 2; ++day) {
        COUNCIL_VERIFY_OK(addSitting(*secretary, sessionId,
                                     nfd(QStringLiteral("Phiên họp ngày thứ %1").arg(day + 1)),
                                     QStringLiteral("2024-12-%1").arg(9 + day, 2, 10, QLatin1Char('0'))));
        expected << Event::SittingChanged;
    }
    const QStringList titles{QStringLiteral("Khai mạc kỳ họp"),
                             QStringLiteral("Báo cáo tình hình kinh tế - xã hội năm 2024"),
                             QStringLiteral("Tờ trình về dự toán ngân sách địa phương"),
                             QStringLiteral("Thảo luận tổ"), QStringLiteral("Bế mạc")};
    QList<qint64> itemIds;
    for (const QString &t : titles) {
        const Reply item = addItem(*secretary, sessionId, nfd(t));
        COUNCIL_VERIFY_OK(item);
        QCOMPARE(item.map(QStringLiteral("item")).value(QStringLiteral("title")).toString(), t);
        itemIds << idOf(item, QStringLiteral("item"));
        expected << Event::AgendaItemChanged;
    }
    QCborMap update;
    update.insert(QStringLiteral("id"), itemIds[3]);
    update.insert(QStringLiteral("title"), nfd(QStringLiteral("Thảo luận tại tổ đại biểu")));
    update.insert(QStringLiteral("presenter"), nfd(QStringLiteral("Ông Hoàng Văn Đức")));
    COUNCIL_VERIFY_OK(secretary->request(Request::AgendaUpdate, update));
    expected << Event::AgendaItemChanged;
    QCborMap move;
    move.insert(QStringLiteral("id"), itemIds[3]);
    move.insert(QStringLiteral("position"), 1);
    COUNCIL_VERIFY_OK(secretary->request(Request::AgendaMove, move));
    expected << Event::AgendaReordered;

    RawClient *chair = council.connectAs(chairName, password);
    QVERIFY2(chair, qPrintable(council.lastError()));
    QCborMap current;
    current.insert(QStringLiteral("session"), sessionId);
    current.insert(QStringLiteral("item"), itemIds[0]);
    COUNCIL_VERIFY_OK(chair->request(Request::AgendaSetCurrent, current));
    expected << Event::AgendaCurrentChanged;

    // The log says which events of this body exist after the delegate's sync.
    QCborMap auditQuery;
    auditQuery.insert(QStringLiteral("after"), head);
    auditQuery.insert(QStringLiteral("limit"), 1000);
    const Reply audit = admin.request(Request::AuditList, auditQuery);
    COUNCIL_VERIFY_OK(audit);
    QList<qint64> bodySeqs;
    for (const QCborValue &e : audit.value(QStringLiteral("entries")).toArray())
        if (e.toMap().value(QStringLiteral("body")).toInteger() == bodyId)
            bodySeqs << e.toMap().value(QStringLiteral("seq")).toInteger();
    QVERIFY(bodySeqs.size() >= expected.size());

    QVERIFY2(delegate->waitForEvents(int(bodySeqs.size())),
             qPrintable(
                 QStringLiteral("got %1 of %2 events").arg(delegate->events().size()).arg(bodySeqs.size())));
    QTest::qWait(100); // nothing more may come
    const QList<Frame> events = delegate->events();
    // Every change of the body, exactly once, in log order; nothing older than the sync.
    QCOMPARE(seqs(events), bodySeqs);
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events[i].seq > events[i - 1].seq);
    QVERIFY(events.first().seq > head);

    // The expected changes appear in the order they were made.
    int next = 0;
    for (const Frame &e : events)
        if (next < expected.size() && e.type == qint64(expected[next]))
            ++next;
    QVERIFY2(next == expected.size(),
             qPrintable(QStringLiteral("only %1 of %2 changes in order").arg(next).arg(expected.size())));

    for (const Frame &e : events) {
        QString bad;
        QVERIFY2(allTextNfc(QCborValue(e.body), &bad),
                 qPrintable(QStringLiteral("event %1 has NFD text '%2'").arg(e.seq).arg(bad)));
    }
    const auto sessionEvent = std::find_if(
        events.begin(), events.end(), [](const Frame &f) { return f.type == qint64(Event::SessionChanged); });
    QVERIFY(sessionEvent != events.end());
    QCOMPARE(
        sessionEvent->body.value(QStringLiteral("session")).toMap().value(QStringLiteral("title")).toString(),
        title);

    // Stored as NFC too: what session.get returns.
    const Reply stored = getSession(*delegate, sessionId);
    COUNCIL_VERIFY_OK(stored);
    QString bad;
    QVERIFY2(allTextNfc(QCborValue(stored.body()), &bad), qPrintable(bad));
    QCOMPARE(stored.map(QStringLiteral("session")).value(QStringLiteral("title")).toString(), title);
    QCOMPARE(stored.map(QStringLiteral("session")).value(QStringLiteral("currentItem")).toInteger(),
             itemIds[0]);
    const QCborArray agenda = stored.value(QStringLiteral("agenda")).toArray();
    QCOMPARE(agenda.size(), titles.size());
    QStringList storedTitles;
    for (const QCborValue &item : agenda)
        storedTitles << item.toMap().value(QStringLiteral("title")).toString();
    QCOMPARE(storedTitles, (QStringList{titles[0], QStringLiteral("Thảo luận tại tổ đại biểu"), titles[1],
                                        titles[2], titles[4]}));
    QCOMPARE(stored.value(QStringLiteral("sittings")).toArray().size(), 2);

    // The member list is NFC, white space collapsed, sorted the Vietnamese way.
    QCborMap listBody;
    listBody.insert(QStringLiteral("body"), bodyId);
    const Reply members = delegate->request(Request::MemberList, listBody);
    COUNCIL_VERIFY_OK(members);
    QStringList names;
    for (const QCborValue &m : members.value(QStringLiteral("members")).toArray())
        names << m.toMap().value(QStringLiteral("fullName")).toString();
    QVERIFY2(names.contains(QStringLiteral("Trần Văn Bình")), qPrintable(names.join(QLatin1Char(','))));
    for (const QString &n : names)
        QVERIFY2(isNfc(n), qPrintable(n));
    QStringList sorted = names;
    council::domain::sortVietnameseNames(sorted);
    QCOMPARE(names, sorted);
}

void tst_EventFlow::outsiderSeesNothing() {
    BodyFixture mine;
    QVERIFY2(m_council->setUpBody(&mine), qPrintable(m_council->lastError()));
    BodyFixture other;
    QVERIFY2(m_council->setUpBody(&other), qPrintable(m_council->lastError()));
    COUNCIL_VERIFY_OK(other.delegate->sync(0));
    COUNCIL_VERIFY_OK(mine.delegate->sync(0));
    for (int i = 0; i < 5; ++i)
        COUNCIL_VERIFY_OK(addItem(*mine.secretary, mine.session, QStringLiteral("Mục %1").arg(i)));
    QVERIFY(mine.delegate->waitForEvents(5));
    QTest::qWait(200);
    for (const Frame &e : other.delegate->events())
        QVERIFY2(e.body.value(QStringLiteral("item")).toMap().value(QStringLiteral("session")).toInteger() !=
                     mine.session,
                 "an event of a body the delegate does not belong to was delivered");
    QCOMPARE(other.delegate->events().size(), 0);
}

QTEST_GUILESS_MAIN(tst_EventFlow)
#include "tst_eventflow.moc"
