// The message registry: codes and wire names are unique and round-trip, and
// the requests that change state are the ones marked mutating.
#include "protocol/messages.h"

#include <QSet>
#include <QTest>

using namespace council::protocol;

class tst_Messages : public QObject {
    Q_OBJECT

private slots:
    void requestCodesAndNamesUnique();
    void requestRoundTrip();
    void eventCodesAndNamesUnique();
    void eventRoundTrip();
    void unknownLookups();
    void mutatingFlags_data();
    void mutatingFlags();
};

namespace {
QList<Request> allRequests() {
    return {
#define COUNCIL_X(name, code, wire, mutating) Request::name,
        COUNCIL_REQUESTS(COUNCIL_X)
#undef COUNCIL_X
    };
}

QList<Event> allEvents() {
    return {
#define COUNCIL_X(name, code, wire) Event::name,
        COUNCIL_EVENTS(COUNCIL_X)
#undef COUNCIL_X
    };
}
} // namespace

void tst_Messages::requestCodesAndNamesUnique() {
    QSet<int> codes;
    QSet<QString> names;
    for (Request r : allRequests()) {
        QVERIFY2(!codes.contains(int(r)), qPrintable(QStringLiteral("duplicate code %1").arg(int(r))));
        codes.insert(int(r));
        const QString name = requestName(r);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("duplicate name %1").arg(name)));
        names.insert(name);
    }
    QCOMPARE(codes.size(), allRequests().size());
}

void tst_Messages::requestRoundTrip() {
    for (Request r : allRequests()) {
        const auto byCode = requestFromCode(qint64(r));
        QVERIFY(byCode.has_value());
        QCOMPARE(*byCode, r);
        const auto byName = requestFromName(requestName(r));
        QVERIFY(byName.has_value());
        QCOMPARE(*byName, r);
    }
}

void tst_Messages::eventCodesAndNamesUnique() {
    QSet<int> codes;
    QSet<QString> names;
    for (Event e : allEvents()) {
        QVERIFY(!codes.contains(int(e)));
        codes.insert(int(e));
        const QString name = eventName(e);
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names.insert(name);
        // Event codes must never collide with request codes: both travel in `type`.
        QVERIFY(!requestFromCode(qint64(e)).has_value());
    }
}

void tst_Messages::eventRoundTrip() {
    for (Event e : allEvents()) {
        const auto byCode = eventFromCode(qint64(e));
        QVERIFY(byCode.has_value());
        QCOMPARE(*byCode, e);
    }
}

void tst_Messages::unknownLookups() {
    QVERIFY(!requestFromCode(0).has_value());
    QVERIFY(!requestFromCode(-1).has_value());
    QVERIFY(!requestFromCode(9999).has_value());
    QVERIFY(!requestFromName(QStringLiteral("agenda.nope")).has_value());
    QVERIFY(!requestFromName(QString()).has_value());
    QVERIFY(!requestFromName(QStringLiteral("AGENDA.ADD")).has_value());
    QVERIFY(!eventFromCode(1).has_value());
    QVERIFY(!eventFromCode(1999).has_value());
}

void tst_Messages::mutatingFlags_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("mutating");
    QTest::newRow("hello") << QStringLiteral("hello") << false;
    QTest::newRow("auth.login") << QStringLiteral("auth.login") << false;
    QTest::newRow("auth.logout") << QStringLiteral("auth.logout") << true;
    QTest::newRow("sync") << QStringLiteral("sync") << false;
    QTest::newRow("user.create") << QStringLiteral("user.create") << true;
    QTest::newRow("token.revoke") << QStringLiteral("token.revoke") << true;
    QTest::newRow("body.create") << QStringLiteral("body.create") << true;
    QTest::newRow("member.list") << QStringLiteral("member.list") << false;
    QTest::newRow("member.import") << QStringLiteral("member.import") << true;
    QTest::newRow("session.get") << QStringLiteral("session.get") << false;
    QTest::newRow("agenda.add") << QStringLiteral("agenda.add") << true;
    QTest::newRow("agenda.set_current") << QStringLiteral("agenda.set_current") << true;
    QTest::newRow("audit.list") << QStringLiteral("audit.list") << false;
}

void tst_Messages::mutatingFlags() {
    QFETCH(QString, name);
    QFETCH(bool, mutating);
    const auto r = requestFromName(name);
    QVERIFY(r.has_value());
    QCOMPARE(isMutating(*r), mutating);
}

QTEST_APPLESS_MAIN(tst_Messages)
#include "tst_messages.moc"
