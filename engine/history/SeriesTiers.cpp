// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/SeriesTiers.h"

#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"

namespace Portico {

namespace {

// The end of the bucket of size step that holds a span ending at timeMs: (end - step, end].
qint64 bucketEnd(qint64 timeMs, qint64 step)
{
    qint64 quotient = timeMs / step;
    if (timeMs % step > 0)
        ++quotient;
    return quotient * step;
}

// Groups time-ordered points into buckets of step, keeping those that end in [fromMs, nowMs]. A
// bucket that has not ended by nowMs is timed by its newest point.
QList<MetricsPoint> regrouped(const QList<MetricsPoint>& points, qint64 step, qint64 fromMs, qint64 nowMs)
{
    QList<MetricsPoint> result;
    PointAccumulator bucket;
    qint64 end = 0;
    auto flush = [&] {
        if (bucket.isEmpty())
            return;
        MetricsPoint point = bucket.point();
        if (end <= nowMs)
            point.timeMs = end;
        if (point.timeMs >= fromMs)
            result.append(point);
        bucket.clear();
    };
    for (const MetricsPoint& point : points) {
        if (point.timeMs > nowMs)
            break;
        const qint64 pointEnd = bucketEnd(point.timeMs, step);
        if (pointEnd != end)
            flush();
        end = pointEnd;
        bucket.add(point);
    }
    flush();
    return result;
}

void appendTier(QList<MetricsPoint>& into, const RingBuffer<MetricsPoint>& tier, qint64 fromMs)
{
    for (qsizetype i = 0; i < tier.size(); ++i) {
        if (tier.at(i).timeMs >= fromMs)
            into.append(tier.at(i));
    }
}

} // namespace

SeriesTiers::SeriesTiers()
    : m_seconds(secondsKeptMs / secondMs)
    , m_tenSeconds(tenSecondsKeptMs / tenSecondsMs)
    , m_minutes(minutesKeptMs / minuteMs)
{}

void SeriesTiers::add(const MetricsPoint& point)
{
    if (!m_seconds.isEmpty() && point.timeMs <= m_seconds.last().timeMs) {
        const qint64 time = m_seconds.last().timeMs;
        m_seconds.last() = PointAccumulator::merged(m_seconds.last(), point);
        m_seconds.last().timeMs = time;
        MetricsPoint folded = point;
        folded.timeMs = time;
        m_pendingTen.add(folded);
        return;
    }
    const qint64 end = bucketEnd(point.timeMs, tenSecondsMs);
    if (!m_pendingTen.isEmpty() && end != m_pendingTenEndMs)
        closeTenSeconds();
    m_pendingTen.add(point);
    m_pendingTenEndMs = end;
    pruneTier(m_seconds, point.timeMs - secondsKeptMs);
    m_seconds.push(point);
}

void SeriesTiers::closeTenSeconds()
{
    MetricsPoint point = m_pendingTen.point();
    point.timeMs = m_pendingTenEndMs;
    m_pendingTen.clear();
    pruneTier(m_tenSeconds, point.timeMs - tenSecondsKeptMs);
    m_tenSeconds.push(point);

    const qint64 end = bucketEnd(point.timeMs, minuteMs);
    if (!m_pendingMinute.isEmpty() && end != m_pendingMinuteEndMs)
        closeMinute();
    m_pendingMinute.add(point);
    m_pendingMinuteEndMs = end;
}

void SeriesTiers::closeMinute()
{
    MetricsPoint point = m_pendingMinute.point();
    point.timeMs = m_pendingMinuteEndMs;
    m_pendingMinute.clear();
    pruneTier(m_minutes, point.timeMs - minutesKeptMs);
    m_minutes.push(point);
}

qint64 SeriesTiers::resolutionMs(HistoryRange range)
{
    switch (range) {
    case HistoryRange::FiveMinutes:
        return secondMs;
    case HistoryRange::OneHour:
        return tenSecondsMs;
    case HistoryRange::OneDay:
        return minuteMs;
    case HistoryRange::SevenDays:
        return tenMinutesMs;
    }
    return secondMs;
}

QList<MetricsPoint> SeriesTiers::points(HistoryRange range, qint64 nowMs) const
{
    const qint64 fromMs = nowMs - historyRangeMs(range);
    const qint64 step = resolutionMs(range);
    QList<MetricsPoint> members;
    switch (range) {
    case HistoryRange::FiveMinutes: {
        // Seconds are not aligned to boundaries: shown as the snapshots came.
        QList<MetricsPoint> result;
        for (qsizetype i = 0; i < m_seconds.size(); ++i) {
            const MetricsPoint& point = m_seconds.at(i);
            if (point.timeMs >= fromMs && point.timeMs <= nowMs)
                result.append(point);
        }
        return result;
    }
    case HistoryRange::OneHour:
        appendTier(members, m_tenSeconds, fromMs - step);
        break;
    case HistoryRange::OneDay:
    case HistoryRange::SevenDays:
        appendTier(members, m_minutes, fromMs - step);
        if (!m_pendingMinute.isEmpty())
            members.append(m_pendingMinute.point());
        break;
    }
    if (!m_pendingTen.isEmpty())
        members.append(m_pendingTen.point());
    return regrouped(members, step, fromMs, nowMs);
}

void SeriesTiers::pruneTier(RingBuffer<MetricsPoint>& tier, qint64 timeMs)
{
    while (!tier.isEmpty() && tier.first().timeMs < timeMs)
        tier.popFirst();
}

void SeriesTiers::prune(qint64 nowMs)
{
    if (!m_pendingTen.isEmpty() && m_pendingTenEndMs < nowMs &&
        (m_seconds.isEmpty() || m_seconds.last().timeMs < nowMs))
        closeTenSeconds();
    if (!m_pendingMinute.isEmpty() && m_pendingMinuteEndMs < nowMs)
        closeMinute();
    pruneTier(m_seconds, nowMs - secondsKeptMs);
    pruneTier(m_tenSeconds, nowMs - tenSecondsKeptMs);
    pruneTier(m_minutes, nowMs - minutesKeptMs);
}

bool SeriesTiers::isEmpty() const
{
    return m_seconds.isEmpty() && m_tenSeconds.isEmpty() && m_minutes.isEmpty() && m_pendingTen.isEmpty() &&
           m_pendingMinute.isEmpty();
}

qint64 SeriesTiers::newestTimeMs() const
{
    qint64 newest = 0;
    if (!m_seconds.isEmpty())
        newest = m_seconds.last().timeMs;
    if (!m_tenSeconds.isEmpty())
        newest = qMax(newest, m_tenSeconds.last().timeMs);
    if (!m_minutes.isEmpty())
        newest = qMax(newest, m_minutes.last().timeMs);
    if (!m_pendingTen.isEmpty())
        newest = qMax(newest, m_pendingTen.lastTimeMs());
    if (!m_pendingMinute.isEmpty())
        newest = qMax(newest, m_pendingMinute.lastTimeMs());
    return newest;
}

qsizetype SeriesTiers::tierSize(Tier tier) const
{
    switch (tier) {
    case Tier::Seconds:
        return m_seconds.size();
    case Tier::TenSeconds:
        return m_tenSeconds.size();
    case Tier::Minutes:
        return m_minutes.size();
    }
    return 0;
}

qsizetype SeriesTiers::storageBytes() const
{
    return qsizetype(sizeof(SeriesTiers)) + m_seconds.storageBytes() + m_tenSeconds.storageBytes() +
           m_minutes.storageBytes();
}

void SeriesTiers::writeTier(HistoryWriter& out, const RingBuffer<MetricsPoint>& tier)
{
    out.writeCount(tier.size());
    for (qsizetype i = 0; i < tier.size(); ++i)
        PointAccumulator::writePoint(out, tier.at(i));
}

bool SeriesTiers::readTier(HistoryReader& in, RingBuffer<MetricsPoint>& tier)
{
    qsizetype count = 0;
    if (!in.readCount(tier.capacity(), PointAccumulator::pointBytes, count))
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        MetricsPoint point;
        if (!PointAccumulator::readPoint(in, point))
            return false;
        tier.push(point);
    }
    return true;
}

void SeriesTiers::write(HistoryWriter& out) const
{
    writeTier(out, m_seconds);
    writeTier(out, m_tenSeconds);
    writeTier(out, m_minutes);
    m_pendingTen.write(out);
    out.write(m_pendingTenEndMs);
    m_pendingMinute.write(out);
    out.write(m_pendingMinuteEndMs);
}

bool SeriesTiers::read(HistoryReader& in)
{
    readTier(in, m_seconds);
    readTier(in, m_tenSeconds);
    readTier(in, m_minutes);
    m_pendingTen.read(in);
    in.read(m_pendingTenEndMs);
    m_pendingMinute.read(in);
    return in.read(m_pendingMinuteEndMs);
}

} // namespace Portico
