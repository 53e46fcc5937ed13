// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRange.h"
#include "history/MetricsPoint.h"
#include "history/PointAccumulator.h"
#include "history/RingBuffer.h"

#include <QList>

namespace Portico {

class HistoryReader;
class HistoryWriter;

// One series (the whole engine or one site) at three resolutions: 1 s points for 10 minutes, 10 s
// points for 25 hours, 1 min points for 8 days. Coarse points are aligned to wall-clock boundaries
// and cover what finer points fell in them; the bucket still filling is kept apart and shown as the
// newest point of a range.
class SeriesTiers
{
public:
    static constexpr qint64 secondMs = 1000;
    static constexpr qint64 tenSecondsMs = 10'000;
    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 tenMinutesMs = 600'000;
    static constexpr qint64 secondsKeptMs = 10 * 60'000;
    static constexpr qint64 tenSecondsKeptMs = 25 * 3'600'000LL;
    static constexpr qint64 minutesKeptMs = 8 * 24 * 3'600'000LL;

    enum class Tier
    {
        Seconds,
        TenSeconds,
        Minutes,
    };

    SeriesTiers();

    // A 1 s point. One at or before the newest point's time (the clock stepped back) is folded
    // into the newest point rather than breaking the order.
    void add(const MetricsPoint& point);
    // Points of range that end in [nowMs - range, nowMs], oldest first.
    QList<MetricsPoint> points(HistoryRange range, qint64 nowMs) const;
    static qint64 resolutionMs(HistoryRange range);

    // As time passes without points (a site gone from the config): closes buckets that ended before
    // nowMs and forgets points older than their tier keeps.
    void prune(qint64 nowMs);
    bool isEmpty() const;
    qint64 newestTimeMs() const;
    qsizetype tierSize(Tier tier) const;
    // Bytes the tiers hold for points.
    qsizetype storageBytes() const;

    void write(HistoryWriter& out) const;
    bool read(HistoryReader& in);

private:
    void closeTenSeconds();
    void closeMinute();
    static void writeTier(HistoryWriter& out, const RingBuffer<MetricsPoint>& tier);
    static bool readTier(HistoryReader& in, RingBuffer<MetricsPoint>& tier);
    static void pruneTier(RingBuffer<MetricsPoint>& tier, qint64 timeMs);

    RingBuffer<MetricsPoint> m_seconds;
    RingBuffer<MetricsPoint> m_tenSeconds;
    RingBuffer<MetricsPoint> m_minutes;
    // Buckets still filling: their end (a 10 s or 1 min boundary) and what fell in them so far.
    PointAccumulator m_pendingTen;
    qint64 m_pendingTenEndMs = 0;
    PointAccumulator m_pendingMinute;
    qint64 m_pendingMinuteEndMs = 0;
};

} // namespace Portico
