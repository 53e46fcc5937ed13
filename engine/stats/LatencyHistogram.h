// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>

namespace Portico {

// Log-linear latency buckets (four per power of two, about 19% wide) from 1 us to over a day.
// One thread records, another reads: relaxed atomics cost nothing extra on the hot path.
class LatencyHistogram
{
public:
    static constexpr int subBuckets = 4;
    static constexpr int bucketCount = subBuckets * 40;
    using Counts = std::array<quint64, bucketCount>;

    void record(qint64 microseconds);
    // Adds counts taken from another histogram; by the thread that records.
    void add(const Counts& counts);
    Counts counts() const;

    static int bucketOf(qint64 microseconds);
    // The upper bound of a bucket, in microseconds.
    static qint64 upperBound(int bucket);
    // The q-quantile (0..1) of a set of counts, as the upper bound of its bucket; 0 when empty.
    static qint64 quantile(const Counts& counts, double q);

private:
    std::array<std::atomic<quint64>, bucketCount> m_buckets{};
};

} // namespace Portico
