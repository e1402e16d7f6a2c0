// The legal thresholds of a People's Council at their edges.
#include "domain/voterules.h"

#include <QtTest>

using namespace council::domain;

class tst_VoteRules : public QObject {
    Q_OBJECT
private slots:
    void thresholds_data() {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("present");
        QTest::addColumn<int>("approve");
        QTest::addColumn<int>("disapprove");
        QTest::addColumn<int>("verdict");
        const int half = int(Threshold::MoreThanHalfOfTotal), twoThirds = int(Threshold::TwoThirdsOfTotal);
        const int P = int(Verdict::Passed), F = int(Verdict::Failed), N = int(Verdict::NoDecision);
        QTest::addRow("50: 25 approvals fail") << half << 50 << 50 << 25 << 0 << F;
        QTest::addRow("50: 26 approvals pass") << half << 50 << 50 << 26 << 0 << P;
        QTest::addRow("50: 26 of 30 present pass (total counts)") << half << 50 << 30 << 26 << 4 << P;
        QTest::addRow("51: 25 fail") << half << 51 << 51 << 25 << 0 << F;
        QTest::addRow("51: 26 pass") << half << 51 << 51 << 26 << 0 << P;
        QTest::addRow("dismissal 50: 33 fail") << twoThirds << 50 << 50 << 33 << 0 << F;
        QTest::addRow("dismissal 50: 34 pass") << twoThirds << 50 << 50 << 34 << 0 << P;
        QTest::addRow("dismissal 45: 30 is exactly two thirds") << twoThirds << 45 << 45 << 30 << 0 << P;
        QTest::addRow("dismissal 45: 29 fail") << twoThirds << 45 << 45 << 29 << 0 << F;
        QTest::addRow("dismissal 51: 34 pass") << twoThirds << 51 << 51 << 34 << 0 << P;
        QTest::addRow("dismissal 51: 33 fail") << twoThirds << 51 << 51 << 33 << 0 << F;
        QTest::addRow("present 40: 20 fail")
            << int(Threshold::MoreThanHalfOfPresent) << 50 << 40 << 20 << 0 << F;
        QTest::addRow("present 40: 21 pass")
            << int(Threshold::MoreThanHalfOfPresent) << 50 << 40 << 21 << 0 << P;
        QTest::addRow("cast: tie fails") << int(Threshold::MoreThanHalfOfCast) << 50 << 40 << 10 << 10 << F;
        QTest::addRow("cast: 11 to 10 passes")
            << int(Threshold::MoreThanHalfOfCast) << 50 << 40 << 11 << 10 << P;
        QTest::addRow("cast: nobody decided")
            << int(Threshold::MoreThanHalfOfCast) << 50 << 40 << 0 << 0 << N;
        QTest::addRow("empty body") << half << 0 << 0 << 0 << 0 << N;
    }

    void thresholds() {
        QFETCH(int, threshold);
        QFETCH(int, total);
        QFETCH(int, present);
        QFETCH(int, approve);
        QFETCH(int, disapprove);
        QFETCH(int, verdict);
        const RuleResult r = evaluate(Threshold(threshold), {total, present}, {approve, disapprove, 0});
        QCOMPARE(int(r.verdict), verdict);
    }

    void requiredApprovalsAtEdges() {
        QCOMPARE(requiredApprovals(Threshold::MoreThanHalfOfTotal, {50, 50}, {}), 26);
        QCOMPARE(requiredApprovals(Threshold::MoreThanHalfOfTotal, {51, 51}, {}), 26);
        QCOMPARE(requiredApprovals(Threshold::TwoThirdsOfTotal, {50, 50}, {}), 34);
        QCOMPARE(requiredApprovals(Threshold::TwoThirdsOfTotal, {45, 45}, {}), 30);
        QCOMPARE(requiredApprovals(Threshold::TwoThirdsOfTotal, {95, 95}, {}), 64);
        // A body with a fixed number: the caller passes it as the total.
        QCOMPARE(requiredApprovals(Threshold::MoreThanHalfOfTotal, {95, 60}, {}), 48);
    }

    void quorum_data() {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("present");
        QTest::addColumn<bool>("reached");
        QTest::addRow("33 of 50 is not enough") << 50 << 33 << false;
        QTest::addRow("34 of 50 is") << 50 << 34 << true;
        QTest::addRow("30 of 45 is exactly two thirds") << 45 << 30 << true;
        QTest::addRow("29 of 45 is not") << 45 << 29 << false;
        QTest::addRow("34 of 51") << 51 << 34 << true;
        QTest::addRow("33 of 51") << 51 << 33 << false;
        QTest::addRow("nobody in an empty body") << 0 << 0 << false;
    }

    void quorum() {
        QFETCH(int, total);
        QFETCH(int, present);
        QFETCH(bool, reached);
        QCOMPARE(quorumReached(QuorumRule::TwoThirdsOfTotal, total, present), reached);
    }

    void namesRoundTrip() {
        for (Threshold t : {Threshold::MoreThanHalfOfTotal, Threshold::TwoThirdsOfTotal,
                            Threshold::MoreThanHalfOfPresent, Threshold::MoreThanHalfOfCast}) {
            QCOMPARE(thresholdFromName(thresholdName(t)), std::optional<Threshold>(t));
            QVERIFY(!thresholdLabelVi(t).isEmpty());
        }
        QVERIFY(!thresholdFromName(QStringLiteral("simple")).has_value());
    }

    void shares() {
        QCOMPARE(shareOfTotalBasisPoints(26, 50), 5200);
        QCOMPARE(shareOfTotalBasisPoints(1, 3), 3333);
        QCOMPARE(shareOfTotalBasisPoints(2, 3), 6667);
        QCOMPARE(shareOfTotalBasisPoints(5, 0), 0);
    }
};

QTEST_GUILESS_MAIN(tst_VoteRules)
#include "tst_voterules.moc"
