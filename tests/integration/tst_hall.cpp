// What the hall display shows (hall.show / hall.get / hall.changed) over the
// wire: only a chair or a secretary chooses it, every bad choice is refused
// with a clear code and leaves the hall as it was, members read it and get
// the change as an event, and it is still there after a restart.
#include "testcouncil.h"

#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Request;

namespace {

QCborMap show(qint64 body, const QString &mode, qint64 document = 0, qint64 page = 0, qint64 round = 0) {
    QCborMap m{{QStringLiteral("body"), body}, {QStringLiteral("mode"), mode}};
    if (document)
        m.insert(QStringLiteral("document"), document);
    if (page)
        m.insert(QStringLiteral("page"), page);
    if (round)
        m.insert(QStringLiteral("round"), round);
    return m;
}

QString modeOf(RawClient &client, qint64 body) {
    const Reply r = client.request(Request::HallGet, QCborMap{{QStringLiteral("body"), body}});
    return r.ok() ? r.value(QStringLiteral("mode")).toString() : QStringLiteral("error: ") + r.errorCode();
}

} // namespace

class tst_Hall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultIsTheAgenda();
    void chairChoosesAndMembersAreTold();
    void badChoicesAreRefusedAndChangeNothing();
    void delegatesAndOtherBodiesCannotChoose();
    void survivesARestart(); // last: restarts the server

private:
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
};

void tst_Hall::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
}

void tst_Hall::defaultIsTheAgenda() {
    const Reply r = m_f.delegate->request(Request::HallGet, QCborMap{{QStringLiteral("body"), m_f.body}});
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("mode")).toString(), QStringLiteral("agenda"));
    QCOMPARE(r.value(QStringLiteral("document")).toInteger(), 0);
}

void tst_Hall::chairChoosesAndMembersAreTold() {
    COUNCIL_VERIFY_OK(m_f.delegate->sync(0));
    m_f.delegate->clearEvents();
    const Reply r = m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("attendance")));
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("mode")).toString(), QStringLiteral("attendance"));
    QVERIFY(!r.value(QStringLiteral("byName")).toString().isEmpty());
    QVERIFY(m_f.delegate->waitForEvents(1));
    const auto &e = m_f.delegate->events().last();
    QCOMPARE(Event(e.type), Event::HallChanged);
    QCOMPARE(e.body.value(QStringLiteral("mode")).toString(), QStringLiteral("attendance"));
    // The secretariat keeps the hall running too.
    COUNCIL_VERIFY_OK(m_f.secretary->request(Request::HallShow, show(m_f.body, QStringLiteral("agenda"))));
    QCOMPARE(modeOf(*m_f.delegate, m_f.body), QStringLiteral("agenda"));
}

void tst_Hall::badChoicesAreRefusedAndChangeNothing() {
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("attendance"))));
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("slides"))),
                          "invalid_value");
    COUNCIL_COMPARE_ERROR(m_f.chair->request(Request::HallShow, QCborMap{{QStringLiteral("body"), m_f.body}}),
                          "invalid_value");
    // A document that does not exist (or is not published to the whole body) is not shown.
    COUNCIL_COMPARE_ERROR(
        m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("document"), 987654, 1)),
        "not_found");
    // A result needs a closed round of this body.
    COUNCIL_COMPARE_ERROR(
        m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("result"), 0, 0, 987654)),
        "not_found");
    COUNCIL_COMPARE_ERROR(
        m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("agenda"), 0, qint64(1) << 40)),
        "invalid_value");
    QCOMPARE(modeOf(*m_f.delegate, m_f.body), QStringLiteral("attendance"));
}

void tst_Hall::delegatesAndOtherBodiesCannotChoose() {
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::HallShow, show(m_f.body, QStringLiteral("result"))),
                          "permission_denied");
    BodyFixture other;
    QVERIFY2(m_council->setUpBody(&other, QStringLiteral("HĐND xã khác")),
             qPrintable(m_council->lastError()));
    // The other body's chair neither sees nor sets this hall.
    COUNCIL_COMPARE_ERROR(other.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("agenda"))),
                          "not_found");
    COUNCIL_COMPARE_ERROR(
        other.delegate->request(Request::HallGet, QCborMap{{QStringLiteral("body"), m_f.body}}), "not_found");
    QCOMPARE(modeOf(*m_f.delegate, m_f.body), QStringLiteral("attendance"));
}

void tst_Hall::survivesARestart() {
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::HallShow, show(m_f.body, QStringLiteral("attendance"))));
    QVERIFY2(m_council->restart(), qPrintable(m_council->lastError()));
    RawClient *again = m_council->connectWithToken(m_f.delegateLogin.token);
    QVERIFY2(again, qPrintable(m_council->lastError()));
    QCOMPARE(modeOf(*again, m_f.body), QStringLiteral("attendance"));
}

QTEST_GUILESS_MAIN(tst_Hall)
#include "tst_hall.moc"
