// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/LatencyHistogram.h"

#include <QTest>

using namespace Portico;

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketBoundsContainValue_data();
    void bucketBoundsContainValue();
    void quantiles();
    void emptyIsZero();
};

void TestLatencyHistogram::bucketBoundsContainValue_data()
{
    QTest::addColumn<qint64>("value");
    for (const qint64 v :
         {0LL, 1LL, 3LL, 4LL, 5LL, 7LL, 8LL, 100LL, 999LL, 1000LL, 65'535LL, 1'000'000LL, 86'400'000'000LL})
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TestLatencyHistogram::bucketBoundsContainValue()
{
    QFETCH(qint64, value);
    const int bucket = LatencyHistogram::bucketOf(value);
    QVERIFY(bucket >= 0 && bucket < LatencyHistogram::bucketCount);
    QVERIFY(LatencyHistogram::upperBound(bucket) >= value);
    if (bucket > 0)
        QVERIFY(LatencyHistogram::upperBound(bucket - 1) < value);
    // Buckets are at most 25% wide, so a reported percentile is within that of the truth.
    QVERIFY(LatencyHistogram::upperBound(bucket) <= qMax<qint64>(value + 1, value * 5 / 4 + 1));
}

void TestLatencyHistogram::quantiles()
{
    LatencyHistogram histogram;
    for (int i = 1; i <= 100; ++i)
        histogram.record(i * 1000); // 1 ms .. 100 ms
    const LatencyHistogram::Counts counts = histogram.counts();
    const qint64 p50 = LatencyHistogram::quantile(counts, 0.5);
    const qint64 p99 = LatencyHistogram::quantile(counts, 0.99);
    QVERIFY2(p50 >= 50'000 && p50 <= 62'500, qPrintable(QString::number(p50)));
    QVERIFY2(p99 >= 99'000 && p99 <= 123'750, qPrintable(QString::number(p99)));
    QCOMPARE(LatencyHistogram::quantile(counts, 1.0),
             LatencyHistogram::upperBound(LatencyHistogram::bucketOf(100'000)));
}

void TestLatencyHistogram::emptyIsZero()
{
    QCOMPARE(LatencyHistogram::quantile(LatencyHistogram::Counts{}, 0.5), 0);
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "TestLatencyHistogram.moc"
