// Resume after a lost connection: a delegate that reconnects with the last
// seq it processed gets exactly the events it missed — the ones it may see, in
// order, once each — and a delegate too far behind gets a full snapshot.
#include "testcouncil.h"

#include <QCborArray>
#include <QSet>
#include <QTest>

using namespace council::testing;
using council::protocol::Frame;
using council::protocol::Request;

class tst_Resume : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resumeDeliversExactlyTheMissedEvents();
    void sinceAheadOfHeadGivesSnapshot();
    void tooOldSinceGivesSnapshot();

private:
    TestCouncil *m_council = nullptr;
};

namespace {
// Sequence numbers of the log entries of `bodyId` after `after`, as the admin sees them.
QList<qint64> loggedSeqs(RawClient &admin, qint64 bodyId, qint64 after) {
    QCborMap q;
    q.insert(QStringLiteral("after"), after);
    q.insert(QStringLiteral("limit"), 1000);
    const Reply r = admin.request(Request::AuditList, q);
    QList<qint64> out;
    for (const QCborValue &e : r.value(QStringLiteral("entries")).toArray())
        if (e.toMap().value(QStringLiteral("body")).toInteger() == bodyId)
            out << e.toMap().value(QStringLiteral("seq")).toInteger();
    return out;
}
} // namespace

void tst_Resume::initTestCase() {
    m_council = new TestCouncil(this);
    QVERIFY2(m_council->start(), qPrintable(m_council->lastError()));
}

void tst_Resume::resumeDeliversExactlyTheMissedEvents() {
    BodyFixture f;
    QVERIFY2(m_council->setUpBody(&f), qPrintable(m_council->lastError()));
    BodyFixture other; // changes here must not reach our delegate
    QVERIFY2(m_council->setUpBody(&other), qPrintable(m_council->lastError()));

    const Reply first = f.delegate->sync(0);
    COUNCIL_VERIFY_OK(first);
    qint64 last = first.value(QStringLiteral("seq")).toInteger();
    // A live change first, so that `last` is the seq of an event it processed.
    COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, QStringLiteral("Khai mạc")));
    QVERIFY(f.delegate->waitForEvents(1));
    last = f.delegate->lastSeq();
    f.delegate->close();
    QVERIFY(f.delegate->waitDisconnected());

    for (int i = 0; i < 50; ++i) {
        COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, QStringLiteral("Nội dung %1").arg(i + 1)));
        if (i % 5 == 0)
            COUNCIL_VERIFY_OK(addItem(*other.secretary, other.session, QStringLiteral("Khác %1").arg(i)));
    }
    const QList<qint64> missed = loggedSeqs(*m_council->admin(), f.body, last);
    QCOMPARE(missed.size(), 50);

    RawClient *back = m_council->connectWithToken(f.delegateLogin.token);
    QVERIFY2(back, qPrintable(m_council->lastError()));
    const Reply resumed = back->sync(last);
    COUNCIL_VERIFY_OK(resumed);
    QCOMPARE(resumed.value(QStringLiteral("snapshot")).toBool(), false);
    QVERIFY(resumed.value(QStringLiteral("seq")).toInteger() >= missed.last());
    QVERIFY2(back->waitForEvents(50), qPrintable(QString::number(back->events().size())));
    QTest::qWait(200); // no duplicates trailing behind

    QList<qint64> got;
    QSet<qint64> unique;
    for (const Frame &e : back->events()) {
        got << e.seq;
        unique.insert(e.seq);
    }
    QCOMPARE(got, missed); // exactly these, in order
    QCOMPARE(unique.size(), got.size());
    QStringList titles;
    for (const Frame &e : back->events())
        titles << e.body.value(QStringLiteral("item")).toMap().value(QStringLiteral("title")).toString();
    QCOMPARE(titles.first(), QStringLiteral("Nội dung 1"));
    QCOMPARE(titles.last(), QStringLiteral("Nội dung 50"));

    // Live events continue after the replay, newer than everything replayed.
    COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, QStringLiteral("Bế mạc")));
    QVERIFY(back->waitForEvents(51));
    QVERIFY(back->events().last().seq > missed.last());
    QCOMPARE(back->events().size(), 51);
}

void tst_Resume::sinceAheadOfHeadGivesSnapshot() {
    // After a server restore the client may be ahead: it must start over.
    BodyFixture f;
    QVERIFY2(m_council->setUpBody(&f), qPrintable(m_council->lastError()));
    const Reply r = f.delegate->sync(1000000000);
    COUNCIL_VERIFY_OK(r);
    QVERIFY(r.value(QStringLiteral("snapshot")).toBool());
    QVERIFY(r.value(QStringLiteral("seq")).toInteger() < 1000000000);
    QVERIFY(r.map(QStringLiteral("state")).contains(QStringLiteral("sessions")));
}

void tst_Resume::tooOldSinceGivesSnapshot() {
    TestCouncil small;
    QVERIFY2(small.start({QStringLiteral("--replay-window"), QStringLiteral("10")}),
             qPrintable(small.lastError()));
    BodyFixture f;
    QVERIFY2(small.setUpBody(&f), qPrintable(small.lastError()));
    const Reply first = f.delegate->sync(0);
    COUNCIL_VERIFY_OK(first);
    const qint64 last = first.value(QStringLiteral("seq")).toInteger();
    f.delegate->close();
    QVERIFY(f.delegate->waitDisconnected());

    QStringList titles;
    for (int i = 0; i < 20; ++i) {
        titles << QStringLiteral("Mục số %1").arg(i + 1);
        COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, titles.last()));
    }

    RawClient *back = small.connectWithToken(f.delegateLogin.token);
    QVERIFY2(back, qPrintable(small.lastError()));
    const Reply r = back->sync(last);
    COUNCIL_VERIFY_OK(r);
    QVERIFY2(r.value(QStringLiteral("snapshot")).toBool(), qPrintable(r.describe()));
    const QCborMap state = r.map(QStringLiteral("state"));
    for (const char *key : {"bodies", "members", "groups", "sessions", "sittings", "agenda"})
        QVERIFY2(state.value(QLatin1String(key)).isArray(), key);
    QStringList agenda;
    for (const QCborValue &item : state.value(QStringLiteral("agenda")).toArray())
        if (item.toMap().value(QStringLiteral("session")).toInteger() == f.session)
            agenda << item.toMap().value(QStringLiteral("title")).toString();
    QCOMPARE(agenda, titles);
    bool sessionThere = false;
    for (const QCborValue &s : state.value(QStringLiteral("sessions")).toArray())
        sessionThere = sessionThere || s.toMap().value(QStringLiteral("id")).toInteger() == f.session;
    QVERIFY(sessionThere);
    QTest::qWait(100);
    QCOMPARE(back->events().size(), 0); // the snapshot replaces the replay

    // Within the window a resume is still a replay.
    const qint64 head = r.value(QStringLiteral("seq")).toInteger();
    back->close();
    QVERIFY(back->waitDisconnected());
    for (int i = 0; i < 3; ++i)
        COUNCIL_VERIFY_OK(addItem(*f.secretary, f.session, QStringLiteral("Thêm %1").arg(i)));
    RawClient *again = small.connectWithToken(f.delegateLogin.token);
    QVERIFY(again);
    const Reply near = again->sync(head);
    COUNCIL_VERIFY_OK(near);
    QCOMPARE(near.value(QStringLiteral("snapshot")).toBool(), false);
    QVERIFY(again->waitForEvents(3));
}

QTEST_GUILESS_MAIN(tst_Resume)
#include "tst_resume.moc"
