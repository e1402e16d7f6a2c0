// Logging in and being thrown out: wrong passwords and unknown names are
// indistinguishable (same error, similar time, stable fake salt), and a
// revoked device token disconnects the device and stops working.
#include "testcouncil.h"

#include <QElapsedTimer>
#include <QTest>

using namespace council::testing;
using council::protocol::Request;

class tst_Authentication : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loginWithPasswordAndToken();
    void nfdPasswordLogsIn();
    void wrongPasswordAndUnknownNameLookAlike();
    void unknownNameSaltIsStable();
    void cleanShutdownKeepsFakeSalt();
    void revokedTokenDisconnects();
    void logoutRevokesOwnToken();

private:
    TestCouncil *m_council = nullptr;
};

void tst_Authentication::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
}

void tst_Authentication::loginWithPasswordAndToken() {
    const QString name = m_council->uniqueName(QStringLiteral("nguoidung"));
    COUNCIL_VERIFY_OK(m_council->createUser(name, QStringLiteral("Mật khẩu mạnh")));
    Login login;
    RawClient *c = m_council->connectAs(name, QStringLiteral("Mật khẩu mạnh"), &login);
    QVERIFY2(c, qPrintable(m_council->lastError()));
    QCOMPARE(login.token.size(), 32);
    QCOMPARE(login.account.value(QStringLiteral("username")).toString(), name);
    QCOMPARE(login.account.value(QStringLiteral("admin")).toBool(), false);
    RawClient *byToken = m_council->connectWithToken(login.token);
    QVERIFY2(byToken, qPrintable(m_council->lastError()));
    const Reply me = byToken->request(Request::Me);
    COUNCIL_VERIFY_OK(me);
    QCOMPARE(me.map(QStringLiteral("account")).value(QStringLiteral("username")).toString(), name);
    // A token that was never issued.
    RawClient *bogus = m_council->connectAnonymous();
    QVERIFY(bogus);
    COUNCIL_COMPARE_ERROR(bogus->authToken(QByteArray(32, '\x42')), "bad_credentials");
}

void tst_Authentication::nfdPasswordLogsIn() {
    const QString name = m_council->uniqueName(QStringLiteral("nfd"));
    const QString password = QStringLiteral("Phòng họp không giấy");
    COUNCIL_VERIFY_OK(m_council->createUser(name, password));
    RawClient *c = m_council->connectAnonymous();
    QVERIFY(c);
    COUNCIL_VERIFY_OK(c->loginWithPassword(name, password.normalized(QString::NormalizationForm_D)));
}

void tst_Authentication::wrongPasswordAndUnknownNameLookAlike() {
    const QString name = m_council->uniqueName(QStringLiteral("thoigian"));
    COUNCIL_VERIFY_OK(m_council->createUser(name, QStringLiteral("đúng")));
    RawClient *c = m_council->connectAnonymous();
    QVERIFY(c);
    const QString unknown = QStringLiteral("khongtontai");

    // The client-side derivation is not what we compare: derive once, then
    // time only the server's answer.
    auto keyFor = [&](const QString &user) {
        const Reply s = c->salt(user);
        return loginKeyFor(
            QStringLiteral("sai"), s.value(QStringLiteral("salt")).toByteArray(),
            {s.value(QStringLiteral("ops")).toInteger(), s.value(QStringLiteral("mem")).toInteger()});
    };
    const QByteArray wrongKey = keyFor(name);
    const QByteArray unknownKey = keyFor(unknown);
    QCOMPARE(wrongKey.size(), 32);
    QCOMPARE(unknownKey.size(), 32);

    qint64 wrongNs = 0;
    qint64 unknownNs = 0;
    constexpr int kTries = 4;
    for (int i = 0; i < kTries; ++i) {
        QElapsedTimer t;
        t.start();
        const Reply wrong = c->loginWithKey(name, wrongKey);
        wrongNs += t.nsecsElapsed();
        COUNCIL_COMPARE_ERROR(wrong, "bad_credentials");
        t.restart();
        const Reply missing = c->loginWithKey(unknown, unknownKey);
        unknownNs += t.nsecsElapsed();
        COUNCIL_COMPARE_ERROR(missing, "bad_credentials");
        // Same words for both: nothing tells the two cases apart.
        QCOMPARE(missing.body(), wrong.body());
    }
    const double ratio =
        double(std::max(wrongNs, unknownNs)) / double(std::max<qint64>(1, std::min(wrongNs, unknownNs)));
    qInfo("wrong password: %.1f ms, unknown name: %.1f ms per try", wrongNs / 1e6 / kTries,
          unknownNs / 1e6 / kTries);
    QVERIFY2(ratio < 3.0, qPrintable(QStringLiteral("timing ratio %1").arg(ratio)));
}

void tst_Authentication::unknownNameSaltIsStable() {
    RawClient *a = m_council->connectAnonymous();
    RawClient *b = m_council->connectAnonymous();
    QVERIFY(a && b);
    const Reply s1 = a->salt(QStringLiteral("khongco.ai"));
    const Reply s2 = b->salt(QStringLiteral("khongco.ai"));
    const Reply s3 = a->salt(QStringLiteral("nguoikhac"));
    COUNCIL_VERIFY_OK(s1);
    COUNCIL_VERIFY_OK(s2);
    COUNCIL_VERIFY_OK(s3);
    const QByteArray salt = s1.value(QStringLiteral("salt")).toByteArray();
    QCOMPARE(salt.size(), 16);
    QCOMPARE(s2.value(QStringLiteral("salt")).toByteArray(), salt);
    QVERIFY(s3.value(QStringLiteral("salt")).toByteArray() != salt);
    // The cost looks like a real account's.
    const council::crypto::KdfParams announced{s1.value(QStringLiteral("ops")).toInteger(),
                                               s1.value(QStringLiteral("mem")).toInteger()};
    QVERIFY(announced.isValid());
}

void tst_Authentication::cleanShutdownKeepsFakeSalt() {
    // Its own server: this one is stopped with SIGTERM while clients are connected.
    TestCouncil council;
    QVERIFY2(council.start(), qPrintable(council.lastError()));
    BodyFixture f;
    QVERIFY2(council.setUpBody(&f), qPrintable(council.lastError()));
    COUNCIL_VERIFY_OK(f.delegate->sync(0));
    RawClient *c = council.connectAnonymous();
    QVERIFY(c);
    const QByteArray salt = c->salt(QStringLiteral("khongco.ai")).value(QStringLiteral("salt")).toByteArray();
    QCOMPARE(salt.size(), 16);
    QVERIFY2(council.server()->stop(), qPrintable(council.server()->lastError()));
    QVERIFY2(council.restart(), qPrintable(council.lastError()));
    RawClient *again = council.connectAnonymous();
    QVERIFY(again);
    QCOMPARE(again->salt(QStringLiteral("khongco.ai")).value(QStringLiteral("salt")).toByteArray(), salt);
}

void tst_Authentication::revokedTokenDisconnects() {
    BodyFixture f;
    QVERIFY2(m_council->setUpBody(&f), qPrintable(m_council->lastError()));
    COUNCIL_VERIFY_OK(f.delegate->sync(0));
    QCborMap revoke;
    revoke.insert(QStringLiteral("id"), f.delegateLogin.tokenId);
    COUNCIL_VERIFY_OK(m_council->admin()->request(Request::TokenRevoke, revoke));

    QVERIFY2(f.delegate->waitForPushedErrors(1), "no token_revoked error frame");
    const auto &err = f.delegate->pushedErrors().first();
    QCOMPARE(err.body.value(QStringLiteral("code")).toString(), QStringLiteral("token_revoked"));
    QVERIFY(!err.body.value(QStringLiteral("vi")).toString().isEmpty());
    QVERIFY(f.delegate->waitDisconnected());
    QCOMPARE(int(f.delegate->closeCode()), 4001);

    // The token no longer opens a connection.
    RawClient *again = m_council->connectAnonymous();
    QVERIFY(again);
    const Reply r = again->authToken(f.delegateLogin.token);
    QVERIFY2(r.errorCode() == QLatin1String("token_revoked") ||
                 r.errorCode() == QLatin1String("bad_credentials"),
             qPrintable(r.describe()));
    COUNCIL_COMPARE_ERROR(getSession(*again, f.session), "auth_required");
    // Other devices of other accounts are untouched.
    COUNCIL_VERIFY_OK(getSession(*f.secretary, f.session));
}

void tst_Authentication::logoutRevokesOwnToken() {
    const QString name = m_council->uniqueName(QStringLiteral("dangxuat"));
    COUNCIL_VERIFY_OK(m_council->createUser(name, QStringLiteral("pw-123456")));
    Login login;
    RawClient *c = m_council->connectAs(name, QStringLiteral("pw-123456"), &login);
    QVERIFY(c);
    const Reply out = c->request(Request::AuthLogout);
    QVERIFY2(out.ok() || !c->isConnected(), qPrintable(out.describe()));
    RawClient *again = m_council->connectAnonymous();
    QVERIFY(again);
    QVERIFY(!again->authToken(login.token).ok());
}

QTEST_GUILESS_MAIN(tst_Authentication)
#include "tst_authentication.moc"
