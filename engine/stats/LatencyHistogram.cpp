// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/LatencyHistogram.h"

#include <bit>
#include <cmath>

namespace Portico {

int LatencyHistogram::bucketOf(qint64 microseconds)
{
    if (microseconds < subBuckets)
        return static_cast<int>(qMax<qint64>(0, microseconds));
    const auto value = static_cast<quint64>(microseconds);
    const int exponent = 63 - std::countl_zero(value); // >= 2
    const int sub = static_cast<int>((value >> (exponent - 2)) & (subBuckets - 1));
    const int bucket = subBuckets + (exponent - 2) * subBuckets + sub;
    return qMin(bucket, bucketCount - 1);
}

qint64 LatencyHistogram::upperBound(int bucket)
{
    if (bucket < subBuckets)
        return bucket;
    const int exponent = (bucket - subBuckets) / subBuckets + 2;
    const int sub = (bucket - subBuckets) % subBuckets;
    // Values in the bucket are [ (4 + sub) << (exponent - 2), (5 + sub) << (exponent - 2) ).
    return ((static_cast<qint64>(subBuckets + sub + 1)) << (exponent - 2)) - 1;
}

void LatencyHistogram::record(qint64 microseconds)
{
    std::atomic<quint64>& bucket = m_buckets[static_cast<size_t>(bucketOf(microseconds))];
    bucket.store(bucket.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void LatencyHistogram::add(const Counts& counts)
{
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] != 0)
            m_buckets[i].store(m_buckets[i].load(std::memory_order_relaxed) + counts[i], std::memory_order_relaxed);
    }
}

LatencyHistogram::Counts LatencyHistogram::counts() const
{
    Counts result{};
    for (size_t i = 0; i < result.size(); ++i)
        result[i] = m_buckets[i].load(std::memory_order_relaxed);
    return result;
}

qint64 LatencyHistogram::quantile(const Counts& counts, double q)
{
    quint64 total = 0;
    for (const quint64 count : counts)
        total += count;
    if (total == 0)
        return 0;
    const auto rank = static_cast<quint64>(std::ceil(qBound(0.0, q, 1.0) * static_cast<double>(total)));
    quint64 seen = 0;
    for (int i = 0; i < bucketCount; ++i) {
        seen += counts[static_cast<size_t>(i)];
        if (seen >= qMax<quint64>(rank, 1))
            return upperBound(i);
    }
    return upperBound(bucketCount - 1);
}

} // namespace Portico
