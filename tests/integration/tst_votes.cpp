// Open votes with fifty real delegates on fifty connections: the life cycle
// from open to the result every screen shows, the legal edges of the rules
// through real ballots, ballot ids that make resends harmless, one delegate on
// two devices, who may not vote or run a vote, repeat, cancel, extend, a hand
// count, a round that closes at its deadline, and a device that reconnects in
// the middle of a vote.
#include "livesitting.h"

#include <QCborArray>
#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace council::testing;
using council::protocol::Event;
using council::protocol::Frame;
using council::protocol::Request;

namespace {

const QString kApprove = QStringLiteral("approve");
const QString kDisapprove = QStringLiteral("disapprove");
const QString kNotVoting = QStringLiteral("not_voting");

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QStringList texts(const QCborValue &array) {
    QStringList out;
    for (const QCborValue &v : array.toArray())
        out << v.toString();
    return out;
}

QList<qint64> sortedIds(const QCborValue &array) {
    QList<qint64> out;
    for (const QCborValue &v : array.toArray())
        out << v.toInteger();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class tst_Votes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void lifeCycle();
    void councilctlReadsTheResult();
    void edgesOfTheRules();
    void ballotIds();
    void oneDelegateTwoDevices();
    void whoMayVote();
    void whoMayRunAVote();
    void closedRoundRefusesBallots();
    void extendAndCancel();
    void reconnectMidVote();
    void handCount();
    void closesAtDeadline();
    void totalIsTakenAtOpen();
    void handCountTotalIsTakenAtOpen();
    void listOfTheSession();

private:
    Reply open(qint64 item, const QString &question, const QString &rule = {}, int seconds = 0);
    Reply cast(RawClient *client, qint64 round, const QString &choice, const QByteArray &op = {});
    Reply chairDoes(Request request, qint64 round);
    Reply get(RawClient *client, qint64 round);
    // Every delegate i with a non-empty choices[i] casts it, all at once.
    QList<Reply> castAll(qint64 round, const QStringList &choices);
    QStringList namesOf(const QStringList &choices, const QString &choice) const;
    QList<RawClient *> everyScreen() const;

    TestCouncil m_council;
    LiveSitting m_s;
    qint64 m_lifeCycleRound = 0;
    qint64 m_openRound = 0; // the round the permission tests share
    QByteArray m_firstBallotOp;
    qint64 m_newcomer = 0; // a delegate added while a vote was open
    QTemporaryDir m_ctlConfig;
};

Reply tst_Votes::open(qint64 item, const QString &question, const QString &rule, int seconds) {
    QCborMap b{{QStringLiteral("item"), item},
               {QStringLiteral("question"), question},
               {QStringLiteral("sitting"), m_s.sitting}};
    if (!rule.isEmpty())
        b.insert(QStringLiteral("rule"), rule);
    if (seconds > 0)
        b.insert(QStringLiteral("seconds"), seconds);
    return m_s.chair.client->request(Request::VoteOpen, b);
}

Reply tst_Votes::cast(RawClient *client, qint64 round, const QString &choice, const QByteArray &op) {
    return client->request(Request::VoteCast,
                           QCborMap{{QStringLiteral("round"), round}, {QStringLiteral("choice"), choice}},
                           op);
}

Reply tst_Votes::chairDoes(Request request, qint64 round) {
    return m_s.chair.client->request(request, QCborMap{{QStringLiteral("round"), round}});
}

Reply tst_Votes::get(RawClient *client, qint64 round) {
    return client->request(Request::VoteGet, QCborMap{{QStringLiteral("round"), round}});
}

QList<Reply> tst_Votes::castAll(qint64 round, const QStringList &choices) {
    QList<std::pair<RawClient *, qint64>> sent;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).isEmpty())
            continue;
        RawClient *c = m_s.delegates.at(i).client;
        sent << std::pair{c, c->send(Request::VoteCast, QCborMap{{QStringLiteral("round"), round},
                                                                 {QStringLiteral("choice"), choices.at(i)}})};
    }
    QList<Reply> replies;
    for (const auto &[client, id] : sent)
        replies << client->waitReply(id, 20000);
    return replies;
}

QStringList tst_Votes::namesOf(const QStringList &choices, const QString &choice) const {
    QStringList out;
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i) == choice)
            out << m_s.delegates.at(i).fullName;
    }
    return sorted(out);
}

QList<RawClient *> tst_Votes::everyScreen() const {
    QList<RawClient *> out = m_s.delegateClients();
    out << m_s.chair.client << m_s.secretary.client << m_s.display.client;
    return out;
}

void tst_Votes::initTestCase() {
    QVERIFY2(m_council.start(), qPrintable(m_council.lastError()));
    QString error;
    QVERIFY2(setUpLiveSitting(m_council, &m_s, LiveSittingOptions{50, 10, false}, &error), qPrintable(error));
    QVERIFY2(checkInAll(m_s, m_s.delegates, &error), qPrintable(error));
    const Reply att = m_s.secretary.client->request(Request::AttendanceList,
                                                    QCborMap{{QStringLiteral("sitting"), m_s.sitting}});
    COUNCIL_VERIFY_OK(att);
    QCOMPARE(att.map(QStringLiteral("quorum")).value(QStringLiteral("present")).toInteger(), 50);
    QCOMPARE(att.map(QStringLiteral("quorum")).value(QStringLiteral("total")).toInteger(), 50);
}

void tst_Votes::cleanup() {
    // A failed test must not leave a round open for the next one. (Tests that
    // pass leave the shared permission round open on purpose.)
    if (!QTest::currentTestFailed())
        return;
    const Reply rounds =
        m_s.chair.client->request(Request::VoteList, QCborMap{{QStringLiteral("session"), m_s.session}});
    for (const QCborValue &r : rounds.value(QStringLiteral("rounds")).toArray()) {
        if (r[QStringLiteral("state")].toString() == QLatin1String("open"))
            chairDoes(Request::VoteCancel, r[QStringLiteral("id")].toInteger());
    }
}

void tst_Votes::lifeCycle() {
    const QString question = QStringLiteral("Thông qua Nghị quyết về kế hoạch đầu tư công năm 2025");
    const Reply opened = open(m_s.items.at(0), question);
    COUNCIL_VERIFY_OK(opened);
    const QCborMap round = opened.map(QStringLiteral("round"));
    const qint64 id = round.value(QStringLiteral("id")).toInteger();
    m_lifeCycleRound = id;
    QCOMPARE(round.value(QStringLiteral("body")).toInteger(), m_s.body);
    QCOMPARE(round.value(QStringLiteral("session")).toInteger(), m_s.session);
    QCOMPARE(round.value(QStringLiteral("item")).toInteger(), m_s.items.at(0));
    QCOMPARE(round.value(QStringLiteral("sitting")).toInteger(), m_s.sitting);
    QCOMPARE(round.value(QStringLiteral("question")).toString(), question);
    QCOMPARE(round.value(QStringLiteral("rule")).toString(), QStringLiteral("more_than_half_of_total"));
    QCOMPARE(round.value(QStringLiteral("kind")).toString(), QStringLiteral("open"));
    QCOMPARE(round.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(round.value(QStringLiteral("roundNo")).toInteger(), 1);
    QVERIFY(round.value(QStringLiteral("repeatOf")).isNull());
    QVERIFY(round.value(QStringLiteral("deadline")).isNull());
    QVERIFY(round.value(QStringLiteral("closedAt")).isNull());
    QVERIFY(round.value(QStringLiteral("result")).isNull());
    QCOMPARE(round.value(QStringLiteral("handCounted")).toBool(), false);
    QCOMPARE(round.value(QStringLiteral("voted")).toInteger(), 0);

    // Every screen in the hall learns that the vote is open.
    for (RawClient *c : everyScreen())
        QVERIFY2(waitForEvent(*c, Event::VoteOpened, aboutRound(id)), "a client missed vote.opened");
    // One open round per body.
    COUNCIL_COMPARE_ERROR(open(m_s.items.at(1), QStringLiteral("Một câu hỏi khác")), "vote_in_progress");

    // 25 approve, 22 disapprove, 3 do not vote; then one changes to approve: 26 of 50.
    QStringList choices;
    for (int i = 0; i < 50; ++i)
        choices << (i < 25 ? kApprove : i < 47 ? kDisapprove : kNotVoting);
    const QList<Reply> replies = castAll(id, choices);
    QCOMPARE(replies.size(), 50);
    for (int i = 0; i < replies.size(); ++i) {
        COUNCIL_VERIFY_OK(replies.at(i));
        QCOMPARE(replies.at(i).value(QStringLiteral("status")).toString(), QStringLiteral("recorded"));
        QCOMPARE(replies.at(i).value(QStringLiteral("choice")).toString(), choices.at(i));
    }

    // Live progress reaches the chair's screen (at most every 200 ms) until all fifty have voted.
    const auto all = waitForEvent(*m_s.chair.client, Event::VoteProgress, [id](const QCborMap &b) {
        return aboutRound(id)(b) && b.value(QStringLiteral("voted")).toInteger() == 50;
    });
    QVERIFY2(all, "no vote.progress with voted = 50");
    QCOMPARE(all->seq, 0); // transient
    // Each progress event names only the new voters: together they are every delegate, once.
    QList<qint64> union_;
    qint64 last = 0;
    for (const Frame &f : eventsOf(*m_s.chair.client, Event::VoteProgress, aboutRound(id))) {
        const qint64 voted = f.body.value(QStringLiteral("voted")).toInteger();
        QVERIFY2(voted >= last && voted <= 50, qPrintable(QString::number(voted)));
        for (const QCborValue &v : f.body.value(QStringLiteral("newVoters")).toArray()) {
            QVERIFY2(!union_.contains(v.toInteger()), "a voter was announced twice");
            union_ << v.toInteger();
        }
        QCOMPARE(qint64(union_.size()), voted);
        last = voted;
    }
    std::sort(union_.begin(), union_.end());
    QCOMPARE(union_, [&] {
        QList<qint64> ids = m_s.delegateMembers();
        std::sort(ids.begin(), ids.end());
        return ids;
    }());
    QVERIFY(waitForEvent(*m_s.delegates.at(7).client, Event::VoteProgress, aboutRound(id)));

    // A delegate changes the ballot before close: a new ballot id.
    const Reply changed = cast(m_s.delegates.at(25).client, id, kApprove);
    COUNCIL_VERIFY_OK(changed);
    QCOMPARE(changed.value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
    QCOMPARE(changed.value(QStringLiteral("choice")).toString(), kApprove);
    choices[25] = kApprove;
    const Reply mine = get(m_s.delegates.at(25).client, id);
    COUNCIL_VERIFY_OK(mine);
    QCOMPARE(mine.value(QStringLiteral("myBallot")).toString(), kApprove);
    QCOMPARE(mine.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), 50);
    QVERIFY(get(m_s.chair.client, id).value(QStringLiteral("myBallot")).isNull()); // the chair is no delegate

    const Reply closed = chairDoes(Request::VoteClose, id);
    COUNCIL_VERIFY_OK(closed);
    const QCborMap closedRound = closed.map(QStringLiteral("round"));
    QCOMPARE(closedRound.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QVERIFY(closedRound.value(QStringLiteral("closedAt")).toInteger() >=
            closedRound.value(QStringLiteral("openedAt")).toInteger());
    const QCborMap result = closedRound.value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("total")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("present")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 26);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInteger(), 21);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInteger(), 3);
    const QCborMap shares = result.value(QStringLiteral("shares")).toMap();
    QCOMPARE(shares.value(QStringLiteral("approve")).toInteger(), 5200);
    QCOMPARE(shares.value(QStringLiteral("disapprove")).toInteger(), 4200);
    QCOMPARE(shares.value(QStringLiteral("notVoting")).toInteger(), 600);
    QCOMPARE(result.value(QStringLiteral("rule")).toString(), QStringLiteral("more_than_half_of_total"));
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInteger(), 26);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("passed")); // 26 of 50: the edge
    QCOMPARE(result.value(QStringLiteral("handCounted")).toBool(), false);
    const QCborMap names = result.value(QStringLiteral("names")).toMap();
    QCOMPARE(sorted(texts(names.value(QStringLiteral("approve")))), namesOf(choices, kApprove));
    QCOMPARE(sorted(texts(names.value(QStringLiteral("disapprove")))), namesOf(choices, kDisapprove));
    QCOMPARE(sorted(texts(names.value(QStringLiteral("notVoting")))), namesOf(choices, kNotVoting));
    QVERIFY(names.value(QStringLiteral("didNotVote")).toArray().isEmpty());

    // Every screen receives the same result.
    for (RawClient *c : everyScreen()) {
        const auto ev = waitForEvent(*c, Event::VoteClosed, aboutRound(id));
        QVERIFY2(ev, "a client missed vote.closed");
        QCOMPARE(ev->body.value(QStringLiteral("round")).toMap().value(QStringLiteral("result")).toMap(),
                 result);
    }
    const Reply after = get(m_s.delegates.at(0).client, id);
    QCOMPARE(after.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap(), result);
    QCOMPARE(after.value(QStringLiteral("myBallot")).toString(), kApprove);
    QCOMPARE(after.value(QStringLiteral("voters")).toArray().size(), 50);
}

void tst_Votes::councilctlReadsTheResult() {
#ifndef COUNCILCTL_BIN
    QSKIP("councilctl is not built");
#else
    QVERIFY(m_lifeCycleRound > 0);
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNCIL_CONFIG_DIR"), m_ctlConfig.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COUNCILCTL_BIN),
                QStringList{QStringLiteral("--server"), m_council.server()->url().toString(),
                            QStringLiteral("--user"), m_s.delegates.at(0).username,
                            QStringLiteral("--password-stdin")} +
                    args);
        p.write((kLivePassword + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return std::pair{p.exitCode(),
                         QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    const QString round = QString::number(m_lifeCycleRound);
    auto [code, out] = run({QStringLiteral("vote"), QStringLiteral("show"), round});
    QVERIFY2(code == 0, qPrintable(out));
    for (const QString &line : {QStringLiteral("Tổng số đại biểu: 50 · Có mặt: 50 · Đã biểu quyết: 50"),
                                QStringLiteral("Tán thành: 26 (52,00 % tổng số đại biểu)"),
                                QStringLiteral("Không tán thành: 21 (42,00 % tổng số đại biểu)"),
                                QStringLiteral("Không biểu quyết: 3 (6,00 % tổng số đại biểu)"),
                                QStringLiteral("Kết quả: THÔNG QUA — quá nửa tổng số đại biểu (cần 26)"),
                                QStringLiteral("Phiếu của bạn: Tán thành"), m_s.delegates.at(0).fullName})
        QVERIFY2(out.contains(line), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line, out)));
    QVERIFY(!out.contains(QStringLiteral("thủ công")));
    std::tie(code, out) = run({QStringLiteral("vote"), QStringLiteral("show"), round,
                               QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(code == 0 && out.contains(QStringLiteral("Approve: 26 (52.00% of all delegates)")) &&
                 out.contains(QStringLiteral("Result: PASSED — more than half of all delegates (26 needed)")),
             qPrintable(out));
    std::tie(code, out) =
        run({QStringLiteral("--json"), QStringLiteral("vote"), QStringLiteral("show"), round});
    QVERIFY2(code == 0 && out.contains(QStringLiteral("\"verdict\": \"passed\"")), qPrintable(out));
    // A ballot after close is an error with the fixed "lỗi <code>:" prefix and exit code 1.
    std::tie(code, out) =
        run({QStringLiteral("vote"), QStringLiteral("cast"), round, QStringLiteral("tan-thanh")});
    QVERIFY2(code == 1 && out.contains(QStringLiteral("lỗi vote_closed:")), qPrintable(out));
#endif
}

void tst_Votes::edgesOfTheRules() {
    // More than half of 50 is 26: 25 approvals fail, even with nobody against more.
    Reply opened = open(m_s.items.at(1), QStringLiteral("Thông qua danh mục dự án"));
    COUNCIL_VERIFY_OK(opened);
    qint64 id = idOf(opened, QStringLiteral("round"));
    QStringList choices;
    for (int i = 0; i < 50; ++i)
        choices << (i < 25 ? kApprove : kDisapprove);
    for (const Reply &r : castAll(id, choices))
        COUNCIL_VERIFY_OK(r);
    Reply closed = chairDoes(Request::VoteClose, id);
    COUNCIL_VERIFY_OK(closed);
    QCborMap result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 25);
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInteger(), 26);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
    QCOMPARE(result.value(QStringLiteral("shares")).toMap().value(QStringLiteral("approve")).toInteger(),
             5000);

    // At least two thirds of 50 is 34: 33 fail; the chair repeats the vote and 34 pass.
    opened =
        open(m_s.items.at(2), QStringLiteral("Miễn nhiệm đại biểu"), QStringLiteral("two_thirds_of_total"));
    COUNCIL_VERIFY_OK(opened);
    id = idOf(opened, QStringLiteral("round"));
    choices.clear();
    for (int i = 0; i < 50; ++i)
        choices << (i < 33 ? kApprove : i < 45 ? kDisapprove : QString());
    for (const Reply &r : castAll(id, choices))
        COUNCIL_VERIFY_OK(r);
    closed = chairDoes(Request::VoteClose, id);
    COUNCIL_VERIFY_OK(closed);
    result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("rule")).toString(), QStringLiteral("two_thirds_of_total"));
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInteger(), 34);
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 45);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
    QCOMPARE(texts(result.value(QStringLiteral("names")).toMap().value(QStringLiteral("didNotVote"))).size(),
             5);

    const Reply repeated = chairDoes(Request::VoteRepeat, id);
    COUNCIL_VERIFY_OK(repeated);
    const QCborMap second = repeated.map(QStringLiteral("round"));
    const qint64 secondId = second.value(QStringLiteral("id")).toInteger();
    QVERIFY(secondId != id);
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(second.value(QStringLiteral("roundNo")).toInteger(), 2);
    QCOMPARE(second.value(QStringLiteral("repeatOf")).toInteger(), id);
    QCOMPARE(second.value(QStringLiteral("rule")).toString(), QStringLiteral("two_thirds_of_total"));
    QCOMPARE(second.value(QStringLiteral("item")).toInteger(), m_s.items.at(2));
    QCOMPARE(second.value(QStringLiteral("voted")).toInteger(), 0);
    // The first round is kept, marked as repeated, with what it counted.
    const Reply old = get(m_s.secretary.client, id);
    QCOMPARE(old.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("repeated"));
    QVERIFY(waitForEvent(*m_s.delegates.at(3).client, Event::VoteOpened, aboutRound(secondId)));
    QVERIFY(waitForEvent(*m_s.delegates.at(3).client, Event::VoteUpdated, aboutRound(id)));
    COUNCIL_COMPARE_ERROR(chairDoes(Request::VoteRepeat, id), "conflict");
    QVERIFY(get(m_s.delegates.at(0).client, secondId).value(QStringLiteral("myBallot")).isNull());

    choices.clear();
    for (int i = 0; i < 50; ++i)
        choices << (i < 34 ? kApprove : kDisapprove);
    for (const Reply &r : castAll(secondId, choices))
        COUNCIL_VERIFY_OK(r);
    closed = chairDoes(Request::VoteClose, secondId);
    COUNCIL_VERIFY_OK(closed);
    result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 34);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    QCOMPARE(result.value(QStringLiteral("shares")).toMap().value(QStringLiteral("approve")).toInteger(),
             6800);
}

void tst_Votes::ballotIds() {
    const Reply opened = open(m_s.items.at(3), QStringLiteral("Thông qua quy chế làm việc"));
    COUNCIL_VERIFY_OK(opened);
    m_openRound = idOf(opened, QStringLiteral("round"));
    RawClient *first = m_s.delegates.at(0).client;

    m_firstBallotOp = RawClient::newOp();
    Reply r = cast(first, m_openRound, kApprove, m_firstBallotOp);
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("recorded"));
    // The same ballot id again — a resend after a lost reply — changes nothing,
    // even if the resent body were different.
    r = cast(first, m_openRound, kApprove, m_firstBallotOp);
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("already_recorded"));
    QCOMPARE(r.value(QStringLiteral("choice")).toString(), kApprove);
    r = cast(first, m_openRound, kDisapprove, m_firstBallotOp);
    COUNCIL_VERIFY_OK(r);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("already_recorded"));
    QCOMPARE(get(first, m_openRound).value(QStringLiteral("myBallot")).toString(), kApprove);

    // Three copies of one ballot in one burst: one commit, counted once.
    RawClient *second = m_s.delegates.at(1).client;
    const QByteArray op = RawClient::newOp();
    const QCborMap body{{QStringLiteral("round"), m_openRound}, {QStringLiteral("choice"), kDisapprove}};
    const qint64 a = second->send(Request::VoteCast, body, op);
    const qint64 b = second->send(Request::VoteCast, body, op);
    const qint64 c = second->send(Request::VoteCast, body, op);
    QStringList statuses;
    for (qint64 id : {a, b, c}) {
        const Reply reply = second->waitReply(id);
        COUNCIL_VERIFY_OK(reply);
        statuses << reply.value(QStringLiteral("status")).toString();
    }
    QCOMPARE(statuses.count(QStringLiteral("recorded")), 1);
    QCOMPARE(statuses.count(QStringLiteral("already_recorded")), 2);

    const Reply state = get(m_s.chair.client, m_openRound);
    QCOMPARE(state.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), 2);
    QCOMPARE(sortedIds(state.value(QStringLiteral("voters"))),
             sortedIds(QCborArray{m_s.delegates.at(0).member, m_s.delegates.at(1).member}));
}

void tst_Votes::oneDelegateTwoDevices() {
    QVERIFY(m_openRound > 0);
    Participant &d = m_s.delegates[2];
    QString error;
    RawClient *tablet = reconnectWithToken(m_council, d.login.token, &error); // same account, second device
    QVERIFY2(tablet, qPrintable(error));
    RawClient *neighbour = m_s.delegates.at(3).client;
    neighbour->clearEvents();

    COUNCIL_VERIFY_OK(cast(d.client, m_openRound, kApprove));
    auto ev = waitForEvent(*tablet, Event::VoteBallot, aboutRound(m_openRound));
    QVERIFY2(ev, "the second device got no vote.ballot");
    QCOMPARE(ev->body.value(QStringLiteral("member")).toInteger(), d.member);
    QCOMPARE(ev->body.value(QStringLiteral("choice")).toString(), kApprove);
    QCOMPARE(ev->body.value(QStringLiteral("status")).toString(), QStringLiteral("recorded"));

    // Changed on the tablet: the first device learns it the same way.
    COUNCIL_VERIFY_OK(cast(tablet, m_openRound, kNotVoting));
    ev = waitForEvent(*d.client, Event::VoteBallot, [&](const QCborMap &b) {
        return aboutRound(m_openRound)(b) && b.value(QStringLiteral("choice")).toString() == kNotVoting;
    });
    QVERIFY2(ev, "the first device got no vote.ballot for the change");
    QCOMPARE(ev->body.value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
    QCOMPARE(get(d.client, m_openRound).value(QStringLiteral("myBallot")).toString(), kNotVoting);

    // Nobody else is told how this delegate voted, before the result.
    QTest::qWait(300);
    QVERIFY(eventsOf(*neighbour, Event::VoteBallot).isEmpty());
    QVERIFY(eventsOf(*m_s.chair.client, Event::VoteBallot).isEmpty());
    tablet->close();
}

void tst_Votes::whoMayVote() {
    QVERIFY(m_openRound > 0);
    // Absent: marked so by the secretariat, the delegate's device cannot vote.
    Participant &away = m_s.delegates[49];
    const QCborMap absent{{QStringLiteral("sitting"), m_s.sitting},
                          {QStringLiteral("member"), away.member},
                          {QStringLiteral("status"), QStringLiteral("absent")}};
    COUNCIL_VERIFY_OK(m_s.secretary.client->request(Request::AttendanceSet, absent));
    COUNCIL_COMPARE_ERROR(cast(away.client, m_openRound, kApprove), "not_present");
    QCborMap present = absent;
    present.insert(QStringLiteral("status"), QStringLiteral("present"));
    COUNCIL_VERIFY_OK(m_s.secretary.client->request(Request::AttendanceSet, present));

    // Members without the delegate function do not vote.
    COUNCIL_COMPARE_ERROR(cast(m_s.secretary.client, m_openRound, kApprove), "not_delegate");
    COUNCIL_COMPARE_ERROR(cast(m_s.chair.client, m_openRound, kApprove), "not_delegate");
    // Someone outside the body cannot vote or even see the round.
    const Reply outsider = cast(m_s.outsider.client, m_openRound, kApprove);
    QVERIFY2(outsider.errorCode() == QLatin1String("permission_denied") ||
                 outsider.errorCode() == QLatin1String("not_found"),
             qPrintable(outsider.describe()));
    const Reply peek = get(m_s.outsider.client, m_openRound);
    QVERIFY2(peek.errorCode() == QLatin1String("permission_denied") ||
                 peek.errorCode() == QLatin1String("not_found"),
             qPrintable(peek.describe()));
    // Not a choice of this protocol.
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(4).client, m_openRound, QStringLiteral("abstain")),
                          "invalid_value");

    const Reply state = get(m_s.chair.client, m_openRound);
    QCOMPARE(state.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), 3);
    QVERIFY(!sortedIds(state.value(QStringLiteral("voters"))).contains(away.member));
}

void tst_Votes::whoMayRunAVote() {
    QVERIFY(m_openRound > 0);
    RawClient *delegate = m_s.delegates.at(5).client;
    const QCborMap openBody{{QStringLiteral("item"), m_s.items.at(4)},
                            {QStringLiteral("question"), QStringLiteral("Tự mở biểu quyết")},
                            {QStringLiteral("sitting"), m_s.sitting}};
    COUNCIL_COMPARE_ERROR(delegate->request(Request::VoteOpen, openBody), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_s.secretary.client->request(Request::VoteOpen, openBody), "permission_denied");
    const QCborMap round{{QStringLiteral("round"), m_openRound}};
    COUNCIL_COMPARE_ERROR(delegate->request(Request::VoteClose, round), "permission_denied");
    COUNCIL_COMPARE_ERROR(delegate->request(Request::VoteCancel, round), "permission_denied");
    COUNCIL_COMPARE_ERROR(delegate->request(Request::VoteRepeat, round), "permission_denied");
    COUNCIL_COMPARE_ERROR(
        delegate->request(Request::VoteExtend,
                          QCborMap{{QStringLiteral("round"), m_openRound}, {QStringLiteral("seconds"), 60}}),
        "permission_denied");
    QCborMap count{{QStringLiteral("round"), m_openRound},
                   {QStringLiteral("approve"), 50},
                   {QStringLiteral("disapprove"), 0},
                   {QStringLiteral("notVoting"), 0},
                   {QStringLiteral("present"), 50}};
    COUNCIL_COMPARE_ERROR(delegate->request(Request::VoteHandCount, count), "permission_denied");
    COUNCIL_COMPARE_ERROR(m_s.chair.client->request(Request::VoteHandCount, count), "permission_denied");
    const Reply state = get(m_s.chair.client, m_openRound);
    QCOMPARE(state.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QVERIFY(state.map(QStringLiteral("round")).value(QStringLiteral("result")).isNull());
}

void tst_Votes::closedRoundRefusesBallots() {
    QVERIFY(m_openRound > 0);
    COUNCIL_VERIFY_OK(chairDoes(Request::VoteClose, m_openRound));
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(10).client, m_openRound, kApprove), "vote_closed");
    // A new ballot id from someone who voted is refused too; the resend of an
    // acknowledged ballot still answers that it was recorded.
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(0).client, m_openRound, kDisapprove), "vote_closed");
    const Reply resent = cast(m_s.delegates.at(0).client, m_openRound, kApprove, m_firstBallotOp);
    COUNCIL_VERIFY_OK(resent);
    QCOMPARE(resent.value(QStringLiteral("status")).toString(), QStringLiteral("already_recorded"));
    const QCborMap result = get(m_s.chair.client, m_openRound)
                                .map(QStringLiteral("round"))
                                .value(QStringLiteral("result"))
                                .toMap();
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 3);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 1);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInteger(), 1);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInteger(), 1);
    QCOMPARE(
        result.value(QStringLiteral("names")).toMap().value(QStringLiteral("didNotVote")).toArray().size(),
        47);
    COUNCIL_COMPARE_ERROR(chairDoes(Request::VoteClose, m_openRound), "vote_closed");
}

void tst_Votes::extendAndCancel() {
    COUNCIL_COMPARE_ERROR(open(m_s.items.at(4), QStringLiteral("Quá ngắn"), {}, 5), "invalid_value");
    COUNCIL_COMPARE_ERROR(open(m_s.items.at(4), QStringLiteral("Quá dài"), {}, 3601), "invalid_value");
    const Reply opened = open(m_s.items.at(4), QStringLiteral("Thông qua chương trình giám sát"), {}, 60);
    COUNCIL_VERIFY_OK(opened);
    const QCborMap round = opened.map(QStringLiteral("round"));
    const qint64 id = round.value(QStringLiteral("id")).toInteger();
    const qint64 deadline = round.value(QStringLiteral("deadline")).toInteger();
    QCOMPARE(deadline - round.value(QStringLiteral("openedAt")).toInteger(), 60000);

    const Reply extended = m_s.chair.client->request(
        Request::VoteExtend, QCborMap{{QStringLiteral("round"), id}, {QStringLiteral("seconds"), 30}});
    COUNCIL_VERIFY_OK(extended);
    QCOMPARE(extended.map(QStringLiteral("round")).value(QStringLiteral("deadline")).toInteger(),
             deadline + 30000);
    QCOMPARE(extended.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QVERIFY(waitForEvent(*m_s.display.client, Event::VoteUpdated, [&](const QCborMap &b) {
        return aboutRound(id)(b) &&
               b[QStringLiteral("round")][QStringLiteral("deadline")].toInteger() == deadline + 30000;
    }));

    COUNCIL_VERIFY_OK(cast(m_s.delegates.at(0).client, id, kApprove));
    const Reply cancelled = chairDoes(Request::VoteCancel, id);
    COUNCIL_VERIFY_OK(cancelled);
    QCOMPARE(cancelled.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    QVERIFY(cancelled.map(QStringLiteral("round")).value(QStringLiteral("result")).isNull());
    QVERIFY(waitForEvent(*m_s.delegates.at(9).client, Event::VoteUpdated, [&](const QCborMap &b) {
        return aboutRound(id)(b) &&
               b[QStringLiteral("round")][QStringLiteral("state")].toString() == QLatin1String("cancelled");
    }));
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(1).client, id, kApprove), "vote_closed");
    // The deadline of a cancelled round closes nothing.
    COUNCIL_COMPARE_ERROR(
        m_s.chair.client->request(Request::VoteExtend,
                                  QCborMap{{QStringLiteral("round"), id}, {QStringLiteral("seconds"), 30}}),
        "vote_closed");
}

void tst_Votes::reconnectMidVote() {
    const Reply opened = open(m_s.items.at(5), QStringLiteral("Thông qua bảng giá đất"));
    COUNCIL_VERIFY_OK(opened);
    const qint64 id = idOf(opened, QStringLiteral("round"));
    QStringList choices;
    for (int i = 0; i < 12; ++i)
        choices << (i % 3 == 0 ? kDisapprove : kApprove);
    for (const Reply &r : castAll(id, choices))
        COUNCIL_VERIFY_OK(r);

    Participant &d = m_s.delegates[6];
    d.client->abort(); // the tablet drops out
    QVERIFY(d.client->waitDisconnected());
    // Meanwhile the vote goes on.
    COUNCIL_VERIFY_OK(cast(m_s.delegates.at(20).client, id, kNotVoting));
    QString error;
    d.client = reconnectWithToken(m_council, d.login.token, &error);
    QVERIFY2(d.client, qPrintable(error));
    const Reply mine = get(d.client, id);
    COUNCIL_VERIFY_OK(mine);
    const Reply chair = get(m_s.chair.client, id);
    COUNCIL_VERIFY_OK(chair);
    QCOMPARE(mine.map(QStringLiteral("round")), chair.map(QStringLiteral("round")));
    QCOMPARE(mine.map(QStringLiteral("round")).value(QStringLiteral("state")).toString(),
             QStringLiteral("open"));
    QCOMPARE(mine.map(QStringLiteral("round")).value(QStringLiteral("voted")).toInteger(), 13);
    QCOMPARE(mine.value(QStringLiteral("myBallot")).toString(), choices.at(6));
    QCOMPARE(sortedIds(mine.value(QStringLiteral("voters"))),
             sortedIds(chair.value(QStringLiteral("voters"))));
    QVERIFY(sortedIds(mine.value(QStringLiteral("voters"))).contains(d.member));
    // A resync of a device that missed the opening sees the open round in a snapshot or the replay.
    QVERIFY(chairDoes(Request::VoteClose, id).ok());
}

void tst_Votes::handCount() {
    const Reply opened = open(m_s.items.at(6), QStringLiteral("Thông qua quyết toán ngân sách"));
    COUNCIL_VERIFY_OK(opened);
    const qint64 id = idOf(opened, QStringLiteral("round"));
    COUNCIL_VERIFY_OK(cast(m_s.delegates.at(0).client, id, kApprove)); // then the devices fail
    QCborMap count{{QStringLiteral("round"), id},
                   {QStringLiteral("approve"), 30},
                   {QStringLiteral("disapprove"), 10},
                   {QStringLiteral("notVoting"), 5},
                   {QStringLiteral("present"), 46}};
    QCborMap tooMany = count;
    tooMany.insert(QStringLiteral("approve"), 40); // 55 votes from 46 present
    COUNCIL_COMPARE_ERROR(m_s.secretary.client->request(Request::VoteHandCount, tooMany), "invalid_value");
    const Reply counted = m_s.secretary.client->request(Request::VoteHandCount, count);
    COUNCIL_VERIFY_OK(counted);
    const QCborMap round = counted.map(QStringLiteral("round"));
    QCOMPARE(round.value(QStringLiteral("handCounted")).toBool(), true);
    const QCborMap result = round.value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("handCounted")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("total")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("present")).toInteger(), 46);
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 45);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 30);
    QCOMPARE(result.value(QStringLiteral("disapprove")).toInteger(), 10);
    QCOMPARE(result.value(QStringLiteral("notVoting")).toInteger(), 5);
    QCOMPARE(result.value(QStringLiteral("shares")).toMap().value(QStringLiteral("approve")).toInteger(),
             6000);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
    QVERIFY(!result.contains(QStringLiteral("names")) || result.value(QStringLiteral("names")).isNull());
    // The hall learns the hand-counted result.
    const auto ev = waitForEvent(*m_s.display.client, Event::VoteClosed, aboutRound(id), 3000);
    const auto upd = ev ? ev : waitForEvent(*m_s.display.client, Event::VoteUpdated, aboutRound(id), 100);
    QVERIFY2(upd, "no event carried the hand count");
    QCOMPARE(upd->body[QStringLiteral("round")][QStringLiteral("result")].toMap(), result);
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(1).client, id, kApprove), "vote_closed");
}

void tst_Votes::closesAtDeadline() {
    const Reply opened = open(m_s.items.at(7), QStringLiteral("Thông qua nghị quyết chuyên đề"), {}, 10);
    COUNCIL_VERIFY_OK(opened);
    const QCborMap round = opened.map(QStringLiteral("round"));
    const qint64 id = round.value(QStringLiteral("id")).toInteger();
    const qint64 deadline = round.value(QStringLiteral("deadline")).toInteger();
    QCOMPARE(deadline - round.value(QStringLiteral("openedAt")).toInteger(), 10000);
    QStringList choices{kApprove, kApprove, kDisapprove};
    for (const Reply &r : castAll(id, choices))
        COUNCIL_VERIFY_OK(r);
    // A ballot in the last moments before the deadline still counts.
    QTest::qWait(int(std::max<qint64>(0, deadline - 300 - QDateTime::currentMSecsSinceEpoch())));
    const Reply lastMoment = cast(m_s.delegates.at(4).client, id, kApprove);
    QVERIFY2(lastMoment.ok(), qPrintable(QStringLiteral("%1 ms before the deadline: %2")
                                             .arg(deadline - QDateTime::currentMSecsSinceEpoch())
                                             .arg(lastMoment.describe())));

    // Nobody closes it: the server does, at the deadline, and tells everyone.
    const auto ev = waitForEvent(*m_s.display.client, Event::VoteClosed, aboutRound(id), 15000);
    QVERIFY2(ev, "the round did not close at its deadline");
    const QCborMap closed = ev->body.value(QStringLiteral("round")).toMap();
    QCOMPARE(closed.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QVERIFY2(closed.value(QStringLiteral("closedAt")).toInteger() >= deadline,
             qPrintable(QStringLiteral("closed at %1, deadline %2")
                            .arg(closed.value(QStringLiteral("closedAt")).toInteger())
                            .arg(deadline)));
    QVERIFY(QDateTime::currentMSecsSinceEpoch() < deadline + 5000);
    const QCborMap result = closed.value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("voted")).toInteger(), 4);
    QCOMPARE(result.value(QStringLiteral("approve")).toInteger(), 3);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("failed"));
    QCOMPARE(texts(result.value(QStringLiteral("names")).toMap().value(QStringLiteral("didNotVote"))).size(),
             46);
    COUNCIL_COMPARE_ERROR(cast(m_s.delegates.at(3).client, id, kApprove), "vote_closed");
}

void tst_Votes::totalIsTakenAtOpen() {
    // A seat filled while a vote is open does not change that vote's total.
    Reply opened = open(m_s.items.at(8), QStringLiteral("Thông qua nghị quyết về biên chế"));
    COUNCIL_VERIFY_OK(opened);
    qint64 id = idOf(opened, QStringLiteral("round"));
    const Reply added = addMember(*m_council.admin(), m_s.body, QStringLiteral("Đinh Văn Bổ Sung"),
                                  {QStringLiteral("delegate")});
    COUNCIL_VERIFY_OK(added);
    m_newcomer = idOf(added, QStringLiteral("member"));
    COUNCIL_VERIFY_OK(cast(m_s.delegates.at(0).client, id, kApprove));
    Reply closed = chairDoes(Request::VoteClose, id);
    COUNCIL_VERIFY_OK(closed);
    QCborMap result = closed.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("total")).toInteger(), 50);
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInteger(), 26);
}

void tst_Votes::handCountTotalIsTakenAtOpen() {
    // Opened with 51 delegates, counted by hand after one seat fell vacant: still 51.
    QVERIFY(m_newcomer > 0);
    const Reply opened = open(m_s.items.at(9), QStringLiteral("Thông qua nghị quyết về tổ chức bộ máy"));
    COUNCIL_VERIFY_OK(opened);
    const qint64 id = idOf(opened, QStringLiteral("round"));
    COUNCIL_VERIFY_OK(
        m_council.admin()->request(Request::MemberRemove, QCborMap{{QStringLiteral("id"), m_newcomer}}));
    const Reply counted =
        m_s.secretary.client->request(Request::VoteHandCount, QCborMap{{QStringLiteral("round"), id},
                                                                       {QStringLiteral("approve"), 26},
                                                                       {QStringLiteral("disapprove"), 20},
                                                                       {QStringLiteral("notVoting"), 4},
                                                                       {QStringLiteral("present"), 50}});
    COUNCIL_VERIFY_OK(counted);
    const QCborMap result = counted.map(QStringLiteral("round")).value(QStringLiteral("result")).toMap();
    QCOMPARE(result.value(QStringLiteral("total")).toInteger(), 51);
    QCOMPARE(result.value(QStringLiteral("requiredApprovals")).toInteger(), 26);
    QCOMPARE(result.value(QStringLiteral("shares")).toMap().value(QStringLiteral("approve")).toInteger(),
             5098);
    QCOMPARE(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
}

void tst_Votes::listOfTheSession() {
    const Reply list = m_s.delegates.at(0).client->request(
        Request::VoteList, QCborMap{{QStringLiteral("session"), m_s.session}});
    COUNCIL_VERIFY_OK(list);
    QStringList states;
    for (const QCborValue &r : list.value(QStringLiteral("rounds")).toArray())
        states << r[QStringLiteral("state")].toString();
    QCOMPARE(states.count(QStringLiteral("repeated")), 1);
    QCOMPARE(states.count(QStringLiteral("cancelled")), 1);
    QCOMPARE(states.count(QStringLiteral("open")), 0);
    QCOMPARE(states.size(), 11);
    const Reply outsider =
        m_s.outsider.client->request(Request::VoteList, QCborMap{{QStringLiteral("session"), m_s.session}});
    QVERIFY2(outsider.isError(), qPrintable(outsider.describe()));
}

QTEST_GUILESS_MAIN(tst_Votes)
#include "tst_votes.moc"
