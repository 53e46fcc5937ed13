// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"
#include "pool/SmoothWeightedRoundRobin.h"

#include <QTest>

#include <cstdlib>
#include <vector>

using namespace Portico;

namespace {

// Picks as letters: a is backend 0.
QByteArray sequence(SmoothWeightedRoundRobin& balancer, const std::vector<int>& weights, int picks)
{
    QByteArray letters;
    for (int i = 0; i < picks; ++i) {
        const int picked = balancer.pick(weights);
        letters += picked < 0 ? '-' : static_cast<char>('a' + picked);
    }
    return letters;
}

qint64 sum(const std::vector<int>& weights)
{
    qint64 total = 0;
    for (const int weight : weights)
        total += std::max(weight, 0);
    return total;
}

// How far, in picks, the most uneven backend is from its exact share of picks picks: counts[i] is
// compared with picks * weights[i] / total.
double worstDeviation(const std::vector<qint64>& counts, const std::vector<int>& weights, qint64 picks)
{
    const qint64 total = sum(weights);
    double worst = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const qint64 off = std::abs(counts[i] * total - picks * std::max(weights[i], 0));
        worst = std::max(worst, static_cast<double>(off) / static_cast<double>(total));
    }
    return worst;
}

// The longest run of picks of one backend in the steady sequence for these weights.
int longestRunOf(const std::vector<int>& weights, int backend)
{
    SmoothWeightedRoundRobin balancer;
    int longest = 0;
    int run = 0;
    for (qint64 t = 0; t < 2 * sum(weights); ++t) {
        run = balancer.pick(weights) == backend ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

class TestSmoothWeightedRoundRobin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactSequence_data();
    void exactSequence();
    void noneEligible_data();
    void noneEligible();
    void exactSharesOverManyPicks_data();
    void exactSharesOverManyPicks();
    void ineligibleGetsNothing_data();
    void ineligibleGetsNothing();
    void slowStartRampsSmoothly();
    void newLayoutStartsAgain();
    void noAllocationAfterFirstPick();
};

void TestSmoothWeightedRoundRobin::exactSequence_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    QTest::addColumn<QByteArray>("expected");
    // Two whole cycles each: the second repeats the first.
    QTest::newRow("5,1,1") << std::vector<int>{5, 1, 1}
                           << QByteArray("aabacaa"
                                         "aabacaa");
    QTest::newRow("1,1,1 is plain round robin") << std::vector<int>{1, 1, 1} << QByteArray("abcabc");
    QTest::newRow("2,1") << std::vector<int>{2, 1} << QByteArray("abaaba");
    QTest::newRow("3,1") << std::vector<int>{3, 1} << QByteArray("aabaaaba");
    QTest::newRow("3,2") << std::vector<int>{3, 2} << QByteArray("ababaababa");
    QTest::newRow("4,2,1") << std::vector<int>{4, 2, 1}
                           << QByteArray("abacaba"
                                         "abacaba");
    QTest::newRow("5,3,2") << std::vector<int>{5, 3, 2}
                           << QByteArray("abcaabacba"
                                         "abcaabacba");
    QTest::newRow("zero weight is skipped") << std::vector<int>{5, 0, 1}
                                            << QByteArray("aaacaa"
                                                          "aaacaa");
    QTest::newRow("negative weight is skipped") << std::vector<int>{-3, 1, 1} << QByteArray("bcbc");
    QTest::newRow("single backend") << std::vector<int>{7} << QByteArray("aaaa");
}

void TestSmoothWeightedRoundRobin::exactSequence()
{
    QFETCH(std::vector<int>, weights);
    QFETCH(QByteArray, expected);
    SmoothWeightedRoundRobin balancer;
    QCOMPARE(sequence(balancer, weights, static_cast<int>(expected.size())), expected);
}

void TestSmoothWeightedRoundRobin::noneEligible_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    QTest::newRow("no backends") << std::vector<int>{};
    QTest::newRow("one, out") << std::vector<int>{0};
    QTest::newRow("all out") << std::vector<int>{0, -1, 0};
}

void TestSmoothWeightedRoundRobin::noneEligible()
{
    QFETCH(std::vector<int>, weights);
    SmoothWeightedRoundRobin balancer;
    QCOMPARE(balancer.pick(weights), -1);
    QCOMPARE(balancer.pick(weights), -1);
}

void TestSmoothWeightedRoundRobin::exactSharesOverManyPicks_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    // Totals that divide 10,000, so 10,000 picks are whole cycles.
    QTest::newRow("1,1") << std::vector<int>{1, 1};
    QTest::newRow("3,1") << std::vector<int>{3, 1};
    QTest::newRow("5,3,2") << std::vector<int>{5, 3, 2};
    QTest::newRow("7,2,1") << std::vector<int>{7, 2, 1};
    QTest::newRow("1,1,1,1,1") << std::vector<int>{1, 1, 1, 1, 1};
    QTest::newRow("50,25,25") << std::vector<int>{50, 25, 25};
    QTest::newRow("16,4") << std::vector<int>{16, 4};
    QTest::newRow("625,375") << std::vector<int>{625, 375};
    QTest::newRow("1,2,3,4,5,5") << std::vector<int>{1, 2, 3, 4, 5, 5};
}

void TestSmoothWeightedRoundRobin::exactSharesOverManyPicks()
{
    QFETCH(std::vector<int>, weights);
    constexpr qint64 picks = 10'000;
    const qint64 total = sum(weights);
    QCOMPARE(picks % total, 0);

    SmoothWeightedRoundRobin balancer;
    std::vector<qint64> counts(weights.size(), 0);
    double worst = 0;
    for (qint64 t = 1; t <= picks; ++t) {
        ++counts[static_cast<std::size_t>(balancer.pick(weights))];
        worst = std::max(worst, worstDeviation(counts, weights, t));
    }
    for (std::size_t i = 0; i < weights.size(); ++i)
        QCOMPARE(counts[i], picks * weights[i] / total);
    // Smooth: at no point is a backend a whole pick ahead of or behind its share.
    QVERIFY2(worst < 1.0, qPrintable(QString::number(worst)));
}

void TestSmoothWeightedRoundRobin::ineligibleGetsNothing_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("warmUp");
    QTest::newRow("5,3,2 middle out mid-cycle") << std::vector<int>{5, 3, 2} << 1 << 4;
    QTest::newRow("5,3,2 heaviest out") << std::vector<int>{5, 3, 2} << 0 << 7;
    QTest::newRow("5,1,1 after its pick") << std::vector<int>{5, 1, 1} << 2 << 5;
    QTest::newRow("5,1,1 just before its pick") << std::vector<int>{5, 1, 1} << 2 << 4;
    QTest::newRow("1,1,1,1 round robin") << std::vector<int>{1, 1, 1, 1} << 3 << 1;
    QTest::newRow("from the start") << std::vector<int>{2, 3, 4} << 2 << 0;
}

void TestSmoothWeightedRoundRobin::ineligibleGetsNothing()
{
    QFETCH(std::vector<int>, weights);
    QFETCH(int, out);
    QFETCH(int, warmUp);
    const auto outIndex = static_cast<std::size_t>(out);

    SmoothWeightedRoundRobin balancer;
    for (int i = 0; i < warmUp; ++i)
        QVERIFY(balancer.pick(weights) >= 0);

    // Out: it gets nothing, and the others never stray more than a few picks from their shares.
    std::vector<int> without = weights;
    without[outIndex] = 0;
    std::vector<qint64> counts(weights.size(), 0);
    double worst = 0;
    for (qint64 t = 1; t <= 10'000; ++t) {
        ++counts[static_cast<std::size_t>(balancer.pick(without))];
        worst = std::max(worst, worstDeviation(counts, without, t));
    }
    QCOMPARE(counts[outIndex], 0);
    QVERIFY2(worst <= 3.0, qPrintable(QString::number(worst)));

    // Back: the shares include it again at once, with no burst of catch-up picks for it.
    std::fill(counts.begin(), counts.end(), 0);
    worst = 0;
    int longestRun = 0;
    int run = 0;
    for (qint64 t = 1; t <= 10'000; ++t) {
        const int picked = balancer.pick(weights);
        ++counts[static_cast<std::size_t>(picked)];
        worst = std::max(worst, worstDeviation(counts, weights, t));
        run = picked == out ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    QVERIFY2(worst <= 2.0, qPrintable(QString::number(worst)));
    const int normalRun = longestRunOf(weights, out);
    QVERIFY2(longestRun <= normalRun, qPrintable(QStringLiteral("%1 > %2").arg(longestRun).arg(normalRun)));
}

void TestSmoothWeightedRoundRobin::slowStartRampsSmoothly()
{
    // b comes back and ramps from weight 1 to 10 (a's weight) one step every 10 picks.
    SmoothWeightedRoundRobin balancer;
    std::vector<int> weights{10, 1};
    double expectedB = 0;
    qint64 countB = 0;
    int previous = -1;
    for (int t = 0; t < 200; ++t) {
        weights[1] = std::min(10, 1 + t / 10);
        expectedB += static_cast<double>(weights[1]) / static_cast<double>(weights[0] + weights[1]);
        const int picked = balancer.pick(weights);
        QVERIFY(picked == 0 || picked == 1);
        // b never weighs more than a, so it never gets two picks in a row.
        QVERIFY2(!(picked == 1 && previous == 1), qPrintable(QString::number(t)));
        previous = picked;
        countB += picked == 1 ? 1 : 0;
        QVERIFY2(std::abs(static_cast<double>(countB) - expectedB) <= 1.5,
                 qPrintable(QStringLiteral("pick %1: b had %2, expected about %3").arg(t).arg(countB).arg(expectedB)));
    }
}

void TestSmoothWeightedRoundRobin::newLayoutStartsAgain()
{
    SmoothWeightedRoundRobin balancer;
    const std::vector<int> two{1, 1};
    const std::vector<int> three{1, 1, 1};
    QCOMPARE(sequence(balancer, two, 1), QByteArray("a"));
    QCOMPARE(sequence(balancer, three, 6), QByteArray("abcabc"));
    QCOMPARE(sequence(balancer, two, 2), QByteArray("ab"));
    balancer.pick(two);
    balancer.reset();
    QCOMPARE(sequence(balancer, two, 2), QByteArray("ab"));
}

void TestSmoothWeightedRoundRobin::noAllocationAfterFirstPick()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    SmoothWeightedRoundRobin balancer;
    std::vector<int> weights{5, 3, 2, 1};
    balancer.pick(weights);
    {
        Test::AllocationCounter counter;
        for (int i = 0; i < 1000; ++i) {
            weights[1] = i % 4; // slow start and going out are weight changes, not new layouts
            balancer.pick(weights);
        }
        QCOMPARE(counter.count(), 0);
    }
    Test::AllocationCounter counter;
    QByteArray allocated(100, 'x');
    QVERIFY(counter.count() > 0);
}

QTEST_GUILESS_MAIN(TestSmoothWeightedRoundRobin)
#include "TestSmoothWeightedRoundRobin.moc"
