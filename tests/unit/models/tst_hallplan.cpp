// HallPlan: which session and sitting the hall follows, and whether the
// account is only a display, from snapshots and single events.
#include "hallplan.h"
#include "modelevents.h"

#include <QCborArray>
#include <QtTest>

using council::client::HallPlan;
using council::protocol::Event;
using namespace council::testing;

namespace {

QCborMap sittingOf(qint64 id, qint64 session, const char *date, const char *startsAt = "07:30") {
    return map({{"id", id},
                {"session", session},
                {"title", QStringLiteral("Phiên %1").arg(id)},
                {"date", QString::fromLatin1(date)},
                {"startsAt", QString::fromLatin1(startsAt)}});
}

QCborMap member(qint64 id, qint64 body, const QString &username, const QStringList &functions) {
    QCborArray f;
    for (const QString &fn : functions)
        f.append(fn);
    return map(
        {{"id", id}, {"body", body}, {"fullName", username}, {"functions", f}, {"username", username}});
}

QCborMap state(const QCborArray &sessions, const QCborArray &sittings, const QCborArray &agenda,
               const QCborArray &members = {}) {
    return map(
        {{"bodies", QCborArray{map({{"id", 1}, {"name", QStringLiteral("HĐND")}, {"delegateTotal", 40}})}},
         {"members", members},
         {"sessions", sessions},
         {"sittings", sittings},
         {"agenda", agenda}});
}

QCborMap withState(QCborMap s, const char *value) {
    s.insert(QStringLiteral("state"), QString::fromLatin1(value));
    return s;
}

const QDate kToday(2026, 12, 9);

} // namespace

class TstHallPlan : public QObject {
    Q_OBJECT

private slots:
    void choosesTheSession() {
        HallPlan plan;
        QCOMPARE(plan.chooseSession(0, kToday), 0);
        // Only one: that one, whatever its state.
        plan.applySnapshot(state({session(5, QStringLiteral("A"), QStringLiteral("2026-01-01"))}, {}, {}),
                           {});
        QCOMPARE(plan.chooseSession(0, kToday), 5);

        const QCborArray three{
            withState(session(5, QStringLiteral("past"), QStringLiteral("2026-06-01")), "closed"),
            session(6, QStringLiteral("next"), QStringLiteral("2026-12-20")),
            session(7, QStringLiteral("later"), QStringLiteral("2027-03-01"))};
        plan.applySnapshot(state(three, {}, {}), {});
        QCOMPARE(plan.chooseSession(0, kToday), 6); // the next scheduled one
        QCOMPARE(plan.chooseSession(7, kToday), 7); // the one the user opened

        // An open session wins over everything but an open preferred one.
        QVERIFY(plan.applyEvent(
            pushed(
                Event::SessionChanged,
                map({{"session",
                      withState(session(5, QStringLiteral("past"), QStringLiteral("2026-06-01")), "open")}})),
            {}));
        QCOMPARE(plan.chooseSession(7, kToday), 5);
        QCOMPARE(plan.chooseSession(0, kToday), 5);
        QVERIFY(plan.applyEvent(pushed(Event::SessionRemoved, map({{"id", 5}, {"body", 1}})), {}));
        QCOMPARE(plan.chooseSession(0, kToday), 6);
    }

    void choosesTheSitting() {
        HallPlan plan;
        const QCborArray sittings{sittingOf(21, 7, "2026-12-08"), sittingOf(22, 7, "2026-12-09"),
                                  sittingOf(23, 7, "2026-12-10")};
        plan.applySnapshot(state({session(7, QStringLiteral("S"), QStringLiteral("2026-12-08"))}, sittings,
                                 {agendaItem(101, 7, 0, QStringLiteral("a"), 21),
                                  agendaItem(102, 7, 1, QStringLiteral("b"), 23)}),
                           {});
        QCOMPARE(plan.chooseSitting(7, 0, kToday), 22);             // today's
        QCOMPARE(plan.chooseSitting(7, 0, QDate(2026, 12, 1)), 21); // the next one
        QCOMPARE(plan.chooseSitting(7, 0, QDate(2027, 1, 1)), 23);  // the last one
        QVERIFY(
            plan.applyEvent(pushed(Event::AgendaCurrentChanged, map({{"session", 7}, {"item", 102}})), {}));
        QCOMPARE(plan.chooseSitting(7, 0, kToday), 23);  // the current item's
        QCOMPARE(plan.chooseSitting(7, 21, kToday), 21); // a running vote's
        QCOMPARE(plan.chooseSitting(7, 99, kToday), 23); // not of this session: ignored
        QCOMPARE(plan.chooseSitting(8, 0, kToday), 0);
    }

    void keepsTheAgendaInOrder() {
        HallPlan plan;
        plan.applySnapshot(
            state({session(7, QStringLiteral("S"), QStringLiteral("2026-12-08"))}, {},
                  {agendaItem(103, 7, 2, QStringLiteral("c")), agendaItem(101, 7, 0, QStringLiteral("a")),
                   agendaItem(102, 7, 1, QStringLiteral("b"))}),
            {});
        auto titles = [&] {
            QStringList out;
            for (const HallPlan::Item *i : plan.itemsOf(7))
                out << i->title;
            return out;
        };
        QCOMPARE(titles(), (QStringList{"a", "b", "c"}));
        QVERIFY(plan.applyEvent(
            pushed(Event::AgendaReordered, map({{"session", 7}, {"order", QCborArray{103, 101, 102}}})), {}));
        QCOMPARE(titles(), (QStringList{"c", "a", "b"}));
        QVERIFY(plan.applyEvent(pushed(Event::AgendaItemRemoved, map({{"id", 101}, {"session", 7}})), {}));
        QCOMPARE(titles(), (QStringList{"c", "b"}));
    }

    void knowsADisplayFromStaff() {
        HallPlan plan;
        const QString me = QStringLiteral("manhinh");
        plan.applySnapshot(state({}, {}, {},
                                 {member(1, 1, me, {QStringLiteral("display")}),
                                  member(2, 1, QStringLiteral("chutoa"),
                                         {QStringLiteral("delegate"), QStringLiteral("chair")})}),
                           me);
        QVERIFY(plan.displayOnly());
        QVERIFY(plan.hallStaff());
        // A secretary who is also the display is not "only" a display.
        QVERIFY(plan.applyEvent(
            pushed(Event::MemberChanged,
                   map({{"member",
                         member(1, 1, me, {QStringLiteral("display"), QStringLiteral("secretary")})}})),
            me));
        QVERIFY(!plan.displayOnly());
        QVERIFY(plan.hallStaff());
        QVERIFY(plan.applyEvent(pushed(Event::MemberRemoved, map({{"id", 1}, {"body", 1}})), me));
        QVERIFY(!plan.displayOnly());
        QVERIFY(!plan.hallStaff());

        HallPlan delegate;
        delegate.applySnapshot(
            state({}, {}, {}, {member(2, 1, QStringLiteral("daibieu"), {QStringLiteral("delegate")})}),
            QStringLiteral("daibieu"));
        QVERIFY(!delegate.displayOnly());
        QVERIFY(!delegate.hallStaff());
    }
};

QTEST_GUILESS_MAIN(TstHallPlan)
#include "tst_hallplan.moc"
