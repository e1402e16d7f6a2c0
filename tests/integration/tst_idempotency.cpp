// Operation ids: a mutating request resent with the same op — e.g. after a
// reconnect because the reply was lost — is applied once and answered with
// the first reply; a mutating request without an op is refused.
#include "testcouncil.h"

#include <QCborArray>
#include <QTest>

using namespace council::testing;
using council::protocol::Request;

class tst_Idempotency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resendAfterReconnectAppliesOnce();
    void resendOnSameConnectionAppliesOnce();
    void sameOpOtherAccountIsItsOwnChange();
    void mutatingWithoutOpIsRefused_data();
    void mutatingWithoutOpIsRefused();

private:
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
};

void tst_Idempotency::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
}

void tst_Idempotency::resendAfterReconnectAppliesOnce() {
    const Reply created = createSession(*m_f.secretary, m_f.body, QStringLiteral("Kỳ họp bất thường"));
    COUNCIL_VERIFY_OK(created);
    const qint64 session = idOf(created, QStringLiteral("session"));

    const QByteArray op = RawClient::newOp();
    const Reply first = addItem(*m_f.secretary, session, QStringLiteral("Tờ trình số 1"), op);
    COUNCIL_VERIFY_OK(first);

    // The connection drops; the client reconnects and resends the same change.
    m_f.secretary->abort();
    RawClient *again = m_council->connectWithToken(m_f.secretaryLogin.token);
    QVERIFY2(again, qPrintable(m_council->lastError()));
    const Reply second = addItem(*again, session, QStringLiteral("Tờ trình số 1"), op);
    COUNCIL_VERIFY_OK(second);
    QCOMPARE(second.body(), first.body());

    const Reply stored = getSession(*again, session);
    COUNCIL_VERIFY_OK(stored);
    QCOMPARE(stored.value(QStringLiteral("agenda")).toArray().size(), 1);
    m_f.secretary = again;
}

void tst_Idempotency::resendOnSameConnectionAppliesOnce() {
    const Reply created = createSession(*m_f.secretary, m_f.body, QStringLiteral("Kỳ họp chuyên đề"));
    COUNCIL_VERIFY_OK(created);
    const qint64 session = idOf(created, QStringLiteral("session"));
    COUNCIL_VERIFY_OK(m_f.delegate->sync(0));
    m_f.delegate->clearEvents();

    // Both sent before either reply: the second must not become a second item.
    const QByteArray op = RawClient::newOp();
    QCborMap body;
    body.insert(QStringLiteral("session"), session);
    body.insert(QStringLiteral("title"), QStringLiteral("Báo cáo thẩm tra"));
    const qint64 a = m_f.secretary->send(Request::AgendaAdd, body, op);
    const qint64 b = m_f.secretary->send(Request::AgendaAdd, body, op);
    const Reply ra = m_f.secretary->waitReply(a);
    const Reply rb = m_f.secretary->waitReply(b);
    COUNCIL_VERIFY_OK(ra);
    COUNCIL_VERIFY_OK(rb);
    QCOMPARE(rb.body(), ra.body());
    const Reply stored = getSession(*m_f.secretary, session);
    QCOMPARE(stored.value(QStringLiteral("agenda")).toArray().size(), 1);
    // One change, one event.
    QVERIFY(m_f.delegate->waitForEvents(1));
    QTest::qWait(200);
    QCOMPARE(m_f.delegate->events().size(), 1);
}

void tst_Idempotency::sameOpOtherAccountIsItsOwnChange() {
    // Op ids are per account: another account's op that happens to be equal
    // is a different change. The admin may add agenda items too.
    const Reply created = createSession(*m_f.secretary, m_f.body, QStringLiteral("Kỳ họp thứ ba"));
    COUNCIL_VERIFY_OK(created);
    const qint64 session = idOf(created, QStringLiteral("session"));
    const QByteArray op = RawClient::newOp();
    COUNCIL_VERIFY_OK(addItem(*m_f.secretary, session, QStringLiteral("A"), op));
    COUNCIL_VERIFY_OK(addItem(*m_council->admin(), session, QStringLiteral("B"), op));
    QCOMPARE(getSession(*m_f.secretary, session).value(QStringLiteral("agenda")).toArray().size(), 2);
}

void tst_Idempotency::mutatingWithoutOpIsRefused_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("admin");
    QTest::newRow("agenda.add") << int(Request::AgendaAdd) << false;
    QTest::newRow("session.create") << int(Request::SessionCreate) << false;
    QTest::newRow("member.add") << int(Request::MemberAdd) << false;
    QTest::newRow("body.create") << int(Request::BodyCreate) << true;
    QTest::newRow("token.revoke") << int(Request::TokenRevoke) << true;
}

void tst_Idempotency::mutatingWithoutOpIsRefused() {
    QFETCH(int, type);
    QFETCH(bool, admin);
    RawClient &client = admin ? *m_council->admin() : *m_f.secretary;
    const Reply before = getSession(client, m_f.session);
    QCborMap body;
    body.insert(QStringLiteral("session"), m_f.session);
    body.insert(QStringLiteral("body"), m_f.body);
    body.insert(QStringLiteral("title"), QStringLiteral("Không có op"));
    body.insert(QStringLiteral("fullName"), QStringLiteral("Không có op"));
    body.insert(QStringLiteral("name"), QStringLiteral("Không có op"));
    body.insert(QStringLiteral("kind"), QStringLiteral("other"));
    body.insert(QStringLiteral("seats"), 10);
    body.insert(QStringLiteral("startsOn"), QStringLiteral("2025-01-01"));
    body.insert(QStringLiteral("endsOn"), QStringLiteral("2025-01-02"));
    body.insert(QStringLiteral("id"), 999999);
    const Reply r = client.waitReply(client.sendWithoutOp(Request(type), body));
    COUNCIL_COMPARE_ERROR(r, "op_required");
    QCOMPARE(r.frame->type, qint64(type));
    // Nothing changed.
    QCOMPARE(getSession(client, m_f.session).body(), before.body());
}

QTEST_GUILESS_MAIN(tst_Idempotency)
#include "tst_idempotency.moc"
