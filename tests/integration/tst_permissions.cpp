// Who may do what: a delegate can read its body but create or change nothing,
// and an account that is not a member of a body cannot see that body's
// sessions at all.
#include "testcouncil.h"

#include <QCborArray>
#include <QTest>

using namespace council::testing;
using council::protocol::Request;

class tst_Permissions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void delegateCannotChangeAnything_data();
    void delegateCannotChangeAnything();
    void delegateCanRead();
    void secretaryCannotSetCurrentItem();
    void nonMemberCannotSeeOtherBody_data();
    void nonMemberCannotSeeOtherBody();
    void requestsBeforeLogin();

private:
    TestCouncil *m_council = nullptr;
    BodyFixture m_f;
    BodyFixture m_other;
    qint64 m_item = 0;
};

void tst_Permissions::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_f), qPrintable(m_council->lastError()));
    QVERIFY2(m_council->setUpBody(&m_other), qPrintable(m_council->lastError()));
    const Reply item = addItem(*m_f.secretary, m_f.session, QStringLiteral("Báo cáo công tác"));
    COUNCIL_VERIFY_OK(item);
    m_item = idOf(item, QStringLiteral("item"));
}

void tst_Permissions::delegateCannotChangeAnything_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QCborMap>("body");
    auto map = [](std::initializer_list<std::pair<QString, QCborValue>> kv) {
        QCborMap m;
        for (const auto &[k, v] : kv)
            m.insert(k, v);
        return m;
    };
    const QString t = QStringLiteral("title");
    QTest::newRow("session.create") << int(Request::SessionCreate)
                                    << map({{QStringLiteral("body"), m_f.body},
                                            {t, QStringLiteral("Kỳ họp giả")},
                                            {QStringLiteral("startsOn"), QStringLiteral("2025-01-01")},
                                            {QStringLiteral("endsOn"), QStringLiteral("2025-01-02")}});
    QTest::newRow("session.update") << int(Request::SessionUpdate)
                                    << map({{QStringLiteral("id"), m_f.session},
                                            {t, QStringLiteral("Đổi tên")}});
    QTest::newRow("agenda.add") << int(Request::AgendaAdd)
                                << map({{QStringLiteral("session"), m_f.session},
                                        {t, QStringLiteral("Mục giả")}});
    QTest::newRow("agenda.update") << int(Request::AgendaUpdate)
                                   << map({{QStringLiteral("id"), m_item}, {t, QStringLiteral("Sửa")}});
    QTest::newRow("agenda.remove") << int(Request::AgendaRemove) << map({{QStringLiteral("id"), m_item}});
    QTest::newRow("agenda.set_current")
        << int(Request::AgendaSetCurrent)
        << map({{QStringLiteral("session"), m_f.session}, {QStringLiteral("item"), m_item}});
    QTest::newRow("member.add") << int(Request::MemberAdd)
                                << map({{QStringLiteral("body"), m_f.body},
                                        {QStringLiteral("fullName"), QStringLiteral("Người Lạ")},
                                        {QStringLiteral("functions"),
                                         QCborArray{QStringLiteral("delegate")}}});
    QTest::newRow("body.create") << int(Request::BodyCreate)
                                 << map({{QStringLiteral("name"), QStringLiteral("Hội đồng giả")},
                                         {QStringLiteral("kind"), QStringLiteral("other")},
                                         {QStringLiteral("seats"), 5}});
    QTest::newRow("body.update") << int(Request::BodyUpdate)
                                 << map({{QStringLiteral("id"), m_f.body}, {QStringLiteral("seats"), 1}});
    QTest::newRow("sitting.add") << int(Request::SittingAdd)
                                 << map({{QStringLiteral("session"), m_f.session},
                                         {t, QStringLiteral("Phiên giả")},
                                         {QStringLiteral("date"), QStringLiteral("2025-01-01")}});
    QTest::newRow("user.create") << int(Request::UserCreate)
                                 << map({{QStringLiteral("username"), QStringLiteral("moi")},
                                         {QStringLiteral("displayName"), QStringLiteral("Mới")},
                                         {QStringLiteral("salt"), QByteArray(16, 's')},
                                         {QStringLiteral("ops"), 2},
                                         {QStringLiteral("mem"), 8192},
                                         {QStringLiteral("loginKey"), QByteArray(32, 'k')},
                                         {QStringLiteral("admin"), true}});
}

void tst_Permissions::delegateCannotChangeAnything() {
    QFETCH(int, type);
    QFETCH(QCborMap, body);
    const Reply before = getSession(*m_f.delegate, m_f.session);
    COUNCIL_VERIFY_OK(before);
    const Reply r = m_f.delegate->request(Request(type), body);
    COUNCIL_COMPARE_ERROR(r, "permission_denied");
    QCOMPARE(getSession(*m_f.delegate, m_f.session).body(), before.body());
}

void tst_Permissions::delegateCanRead() {
    COUNCIL_VERIFY_OK(getSession(*m_f.delegate, m_f.session));
    QCborMap b;
    b.insert(QStringLiteral("body"), m_f.body);
    COUNCIL_VERIFY_OK(m_f.delegate->request(Request::MemberList, b));
    const Reply bodies = m_f.delegate->request(Request::BodyList);
    COUNCIL_VERIFY_OK(bodies);
    const QCborArray list = bodies.value(QStringLiteral("bodies")).toArray();
    QCOMPARE(list.size(), 1); // only its own body
    QCOMPARE(list.at(0).toMap().value(QStringLiteral("id")).toInteger(), m_f.body);
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::AuditList), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_f.delegate->request(Request::UserList), "permission_denied");
}

void tst_Permissions::secretaryCannotSetCurrentItem() {
    QCborMap b;
    b.insert(QStringLiteral("session"), m_f.session);
    b.insert(QStringLiteral("item"), m_item);
    COUNCIL_COMPARE_ERROR(m_f.secretary->request(Request::AgendaSetCurrent, b), "permission_denied");
    COUNCIL_VERIFY_OK(m_f.chair->request(Request::AgendaSetCurrent, b));
}

void tst_Permissions::nonMemberCannotSeeOtherBody_data() {
    QTest::addColumn<QString>("who");
    QTest::newRow("delegate of another body") << QStringLiteral("delegate");
    QTest::newRow("secretary of another body") << QStringLiteral("secretary");
}

void tst_Permissions::nonMemberCannotSeeOtherBody() {
    QFETCH(QString, who);
    RawClient &outsider = who == QLatin1String("delegate") ? *m_other.delegate : *m_other.secretary;
    const QStringList hidden{QStringLiteral("not_found"), QStringLiteral("permission_denied")};

    const Reply get = getSession(outsider, m_f.session);
    QVERIFY2(hidden.contains(get.errorCode()), qPrintable(get.describe()));
    QCborMap b;
    b.insert(QStringLiteral("body"), m_f.body);
    const Reply members = outsider.request(Request::MemberList, b);
    QVERIFY2(hidden.contains(members.errorCode()), qPrintable(members.describe()));
    const Reply sessions = outsider.request(Request::SessionList, b);
    QVERIFY2(hidden.contains(sessions.errorCode()), qPrintable(sessions.describe()));
    // Nor may it change anything there, whatever functions it holds elsewhere.
    QCborMap add;
    add.insert(QStringLiteral("session"), m_f.session);
    add.insert(QStringLiteral("title"), QStringLiteral("Chen ngang"));
    const Reply added = outsider.request(Request::AgendaAdd, add);
    QVERIFY2(hidden.contains(added.errorCode()), qPrintable(added.describe()));

    // Its own list of sessions never includes the other body's.
    const Reply mine = outsider.request(Request::SessionList);
    COUNCIL_VERIFY_OK(mine);
    for (const QCborValue &s : mine.value(QStringLiteral("sessions")).toArray())
        QVERIFY(s.toMap().value(QStringLiteral("body")).toInteger() != m_f.body);

    // A non-member's snapshot holds nothing of the other body.
    const Reply snap = outsider.sync(0);
    COUNCIL_VERIFY_OK(snap);
    for (const QCborValue &s : snap.map(QStringLiteral("state")).value(QStringLiteral("sessions")).toArray())
        QVERIFY(s.toMap().value(QStringLiteral("id")).toInteger() != m_f.session);
}

void tst_Permissions::requestsBeforeLogin() {
    RawClient *anon = m_council->connectAnonymous();
    QVERIFY(anon);
    COUNCIL_COMPARE_ERROR(getSession(*anon, m_f.session), "auth_required");
    COUNCIL_COMPARE_ERROR(anon->sync(0), "auth_required");
    RawClient raw;
    QVERIFY(raw.open(m_council->server()->url()));
    COUNCIL_COMPARE_ERROR(raw.salt(QStringLiteral("ai")), "hello_required");
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
