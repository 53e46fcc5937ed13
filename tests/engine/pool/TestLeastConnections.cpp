// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationCounter.h"
#include "pool/LeastConnections.h"

#include <QTest>

#include <vector>

using namespace Portico;

class TestLeastConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pick_data();
    void pick();
    void tiesShareEvenly();
    void fillsInProportionToWeights_data();
    void fillsInProportionToWeights();
    void noAllocation();
};

void TestLeastConnections::pick_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    QTest::addColumn<std::vector<qint64>>("active");
    QTest::addColumn<quint32>("tieBreak");
    QTest::addColumn<int>("expected");

    using W = std::vector<int>;
    using A = std::vector<qint64>;
    QTest::newRow("fewest") << W{1, 1, 1} << A{3, 1, 2} << 0U << 1;
    QTest::newRow("fewest, any tie break") << W{1, 1, 1} << A{3, 1, 2} << 2U << 1;
    QTest::newRow("weight counts: 5/3 < 2/1") << W{3, 1} << A{5, 2} << 1U << 0;
    QTest::newRow("weight counts: 7/3 > 2/1") << W{3, 1} << A{7, 2} << 0U << 1;
    QTest::newRow("equal ratio 4/2 = 2/1, from 0") << W{2, 1} << A{4, 2} << 0U << 0;
    QTest::newRow("equal ratio 4/2 = 2/1, from 1") << W{2, 1} << A{4, 2} << 1U << 1;
    QTest::newRow("all idle, from 0") << W{1, 1, 1} << A{0, 0, 0} << 0U << 0;
    QTest::newRow("all idle, from 1") << W{1, 1, 1} << A{0, 0, 0} << 1U << 1;
    QTest::newRow("all idle, from 5 % 3") << W{1, 1, 1} << A{0, 0, 0} << 5U << 2;
    QTest::newRow("all idle, from max % 3") << W{1, 1, 1} << A{0, 0, 0} << 4'294'967'295U << 0;
    QTest::newRow("idle beats busy whatever the weights") << W{1000, 1} << A{1, 0} << 0U << 1;
    QTest::newRow("tie among the least only, from 0") << W{1, 1, 1, 1} << A{2, 1, 3, 1} << 0U << 1;
    QTest::newRow("tie among the least only, from 2") << W{1, 1, 1, 1} << A{2, 1, 3, 1} << 2U << 1;
    QTest::newRow("tie among the least only, from 3") << W{1, 1, 1, 1} << A{2, 1, 3, 1} << 3U << 3;
    QTest::newRow("ineligible skipped") << W{1, 0, 1} << A{5, 0, 3} << 0U << 2;
    QTest::newRow("ineligible even if idle") << W{0, 1} << A{0, 9} << 0U << 1;
    QTest::newRow("negative is ineligible") << W{-1, 2} << A{0, 9} << 0U << 1;
    QTest::newRow("tie break lands on an ineligible one") << W{1, 0, 1} << A{0, 0, 0} << 1U << 2;
    QTest::newRow("none eligible") << W{0, -1} << A{0, 0} << 0U << -1;
    QTest::newRow("no backends") << W{} << A{} << 7U << -1;
    QTest::newRow("single") << W{3} << A{1'000} << 9U << 0;
    QTest::newRow("large counts compare exactly")
        << W{1000, 999} << A{1'000'000'001, 999'000'000} << 0U << 1; // 1,000,000.001 vs 1,000,000
    QTest::newRow("large counts, equal ratio") << W{1000, 1} << A{1'000'000'000, 1'000'000} << 1U << 1;
}

void TestLeastConnections::pick()
{
    QFETCH(std::vector<int>, weights);
    QFETCH(std::vector<qint64>, active);
    QFETCH(quint32, tieBreak);
    QFETCH(int, expected);
    QCOMPARE(LeastConnections::pick(weights, active, tieBreak), expected);
}

void TestLeastConnections::tiesShareEvenly()
{
    // Equal backends with the same load: a per-request counter as tie break spreads the picks evenly.
    const std::vector<int> weights{2, 2, 2};
    const std::vector<qint64> active{4, 4, 4};
    std::vector<int> counts(3, 0);
    for (quint32 request = 0; request < 3000; ++request)
        ++counts[static_cast<std::size_t>(LeastConnections::pick(weights, active, request))];
    QCOMPARE(counts, (std::vector<int>{1000, 1000, 1000}));
}

void TestLeastConnections::fillsInProportionToWeights_data()
{
    QTest::addColumn<std::vector<int>>("weights");
    QTest::newRow("3,2,1") << std::vector<int>{3, 2, 1};
    QTest::newRow("1,1") << std::vector<int>{1, 1};
    QTest::newRow("10,1") << std::vector<int>{10, 1};
    QTest::newRow("7,0,3") << std::vector<int>{7, 0, 3};
}

void TestLeastConnections::fillsInProportionToWeights()
{
    // Connections that open and never close: each pick adds one to the picked backend. After every
    // whole round of sum(weights) picks the counts are exactly in proportion to the weights.
    QFETCH(std::vector<int>, weights);
    int total = 0;
    for (const int weight : weights)
        total += weight;
    std::vector<qint64> active(weights.size(), 0);
    for (int round = 1; round <= 50; ++round) {
        for (int i = 0; i < total; ++i) {
            const int picked = LeastConnections::pick(weights, active, static_cast<quint32>(i));
            QVERIFY(picked >= 0 && weights[static_cast<std::size_t>(picked)] > 0);
            ++active[static_cast<std::size_t>(picked)];
        }
        for (std::size_t i = 0; i < weights.size(); ++i)
            QCOMPARE(active[i], qint64(round) * weights[i]);
    }
}

void TestLeastConnections::noAllocation()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    const std::vector<int> weights{5, 3, 0, 2};
    std::vector<qint64> active{10, 4, 0, 7};
    {
        Test::AllocationCounter counter;
        for (quint32 i = 0; i < 1000; ++i)
            ++active[static_cast<std::size_t>(LeastConnections::pick(weights, active, i))];
        QCOMPARE(counter.count(), 0);
    }
    Test::AllocationCounter counter;
    QByteArray allocated(100, 'x');
    QVERIFY(counter.count() > 0);
}

QTEST_GUILESS_MAIN(TestLeastConnections)
#include "TestLeastConnections.moc"
