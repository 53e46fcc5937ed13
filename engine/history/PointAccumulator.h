// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/MetricsPoint.h"

namespace Portico {

class HistoryReader;
class HistoryWriter;

// Folds finer points into one coarser point: counts and spans add up, activeConnections takes the
// highest, percentiles become the request-weighted mean (kept as exact sums until point() is asked).
class PointAccumulator
{
public:
    void add(const MetricsPoint& point);
    bool isEmpty() const { return m_points == 0; }
    // The sum so far; timeMs is that of the newest point added.
    MetricsPoint point() const;
    qint64 lastTimeMs() const { return m_sum.timeMs; }
    void clear() { *this = PointAccumulator(); }

    // Folds two points into one, timed as the later one.
    static MetricsPoint merged(const MetricsPoint& a, const MetricsPoint& b);

    void write(HistoryWriter& out) const;
    bool read(HistoryReader& in);
    static void writePoint(HistoryWriter& out, const MetricsPoint& point);
    static bool readPoint(HistoryReader& in, MetricsPoint& point);
    // The least writePoint() ever took (format version 1), for the reader's size checks.
    static constexpr qsizetype pointBytes = 15 * 8;
    // The first format version with the cache fields.
    static constexpr quint32 cacheFieldsVersion = 2;

private:
    MetricsPoint m_sum;
    // Sum of percentile x requests, in microseconds.
    double m_weightedP50 = 0;
    double m_weightedP95 = 0;
    double m_weightedP99 = 0;
    qint64 m_points = 0;
};

} // namespace Portico
