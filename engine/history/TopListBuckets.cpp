// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/TopListBuckets.h"

#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"

#include <algorithm>

namespace Portico {

namespace {

// Keys a bucket still filling may hold per list (60 tallies of 256 keys fit).
constexpr qsizetype maxOpenKeys = 65'536;

qint64 floorTo(qint64 timeMs, qint64 step)
{
    qint64 quotient = timeMs / step;
    if (timeMs % step < 0)
        --quotient;
    return quotient * step;
}

QList<TopEntry> topOf(const QHash<QString, quint64>& counts, int limit)
{
    QList<TopEntry> entries;
    entries.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append(TopEntry{it.key(), it.value()});
    std::sort(entries.begin(), entries.end(), [](const TopEntry& a, const TopEntry& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (entries.size() > limit)
        entries.resize(qMax(0, limit));
    return entries;
}

void addEntries(QHash<QString, quint64>& into, const QList<TopEntry>& entries)
{
    for (const TopEntry& entry : entries)
        into[entry.key] += entry.count;
}

template<typename Key>
void addTally(QHash<QString, quint64>& into, const QHash<Key, quint64>& from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        QString key;
        if constexpr (std::is_same_v<Key, int>)
            key = QString::number(it.key());
        else
            key = it.key();
        auto found = into.find(key);
        if (found != into.end())
            *found += it.value();
        else if (into.size() < maxOpenKeys)
            into.insert(key, it.value());
    }
}

void writeEntries(HistoryWriter& out, const QList<TopEntry>& entries)
{
    out.writeCount(entries.size());
    for (const TopEntry& entry : entries) {
        out.writeString(entry.key);
        out.write(entry.count);
    }
}

bool readEntries(HistoryReader& in, QList<TopEntry>& entries, qsizetype max)
{
    qsizetype count = 0;
    if (!in.readCount(max, 12, count))
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        TopEntry entry;
        in.readString(entry.key);
        if (!in.read(entry.count))
            return false;
        entries.append(entry);
    }
    return true;
}

} // namespace

TopListBuckets::TopListBuckets()
    : m_minutes(minutesKeptMs / minuteMs)
    , m_hours(hoursKeptMs / hourMs)
{}

void TopListBuckets::Counts::add(const Bucket& bucket)
{
    requests += bucket.requests;
    addEntries(paths, bucket.paths);
    addEntries(clients, bucket.clients);
    addEntries(statuses, bucket.statuses);
    addEntries(sites, bucket.sites);
}

TopListBuckets::Bucket TopListBuckets::Counts::top(int limit) const
{
    return Bucket{
        startMs, requests, topOf(paths, limit), topOf(clients, limit), topOf(statuses, limit), topOf(sites, limit)};
}

void TopListBuckets::add(const RequestTally& tally)
{
    if (tally.isEmpty())
        return;
    const qint64 start = floorTo(tally.timeMs, minuteMs);
    // A tally from before the open minute (clock stepped back) joins the open minute.
    if (!m_minute.isEmpty() && start > m_minute.startMs)
        closeMinute();
    if (m_minute.isEmpty())
        m_minute.startMs = start;
    m_minute.requests += tally.requests;
    addTally(m_minute.paths, tally.paths);
    addTally(m_minute.clients, tally.clients);
    addTally(m_minute.statuses, tally.statuses);
    addTally(m_minute.sites, tally.sites);
}

void TopListBuckets::closeMinute()
{
    const Bucket bucket = m_minute.top(keptPerList);
    m_minute = Counts();
    while (!m_minutes.isEmpty() && m_minutes.first().startMs < bucket.startMs - minutesKeptMs)
        m_minutes.popFirst();
    m_minutes.push(bucket);

    const qint64 hour = floorTo(bucket.startMs, hourMs);
    if (!m_hour.isEmpty() && hour > m_hour.startMs)
        closeHour();
    if (m_hour.isEmpty())
        m_hour.startMs = hour;
    m_hour.add(bucket);
}

void TopListBuckets::closeHour()
{
    const Bucket bucket = m_hour.top(keptPerList);
    m_hour = Counts();
    while (!m_hours.isEmpty() && m_hours.first().startMs < bucket.startMs - hoursKeptMs)
        m_hours.popFirst();
    m_hours.push(bucket);
}

TopLists TopListBuckets::lists(HistoryRange range, qint64 nowMs, int limit) const
{
    const qint64 fromMs = nowMs - historyRangeMs(range);
    Counts sum;
    auto inRange = [fromMs, nowMs](qint64 startMs, qint64 length) {
        return startMs + length > fromMs && startMs <= nowMs;
    };
    auto addIfInRange = [&sum, &inRange](const Bucket& bucket, qint64 length) {
        if (inRange(bucket.startMs, length))
            sum.add(bucket);
    };
    auto addOpenIfInRange = [&sum, &inRange](const Counts& counts, qint64 length) {
        if (counts.isEmpty() || !inRange(counts.startMs, length))
            return;
        sum.requests += counts.requests;
        for (auto [into, from] : {std::pair{&sum.paths, &counts.paths}, std::pair{&sum.clients, &counts.clients},
                                  std::pair{&sum.statuses, &counts.statuses}, std::pair{&sum.sites, &counts.sites}}) {
            for (auto it = from->cbegin(); it != from->cend(); ++it)
                (*into)[it.key()] += it.value();
        }
    };
    if (range == HistoryRange::SevenDays) {
        for (qsizetype i = 0; i < m_hours.size(); ++i)
            addIfInRange(m_hours.at(i), hourMs);
        addOpenIfInRange(m_hour, hourMs);
    } else {
        for (qsizetype i = 0; i < m_minutes.size(); ++i)
            addIfInRange(m_minutes.at(i), minuteMs);
    }
    addOpenIfInRange(m_minute, minuteMs);

    TopLists result;
    result.range = range;
    result.requests = sum.requests;
    result.paths = topOf(sum.paths, limit);
    result.clients = topOf(sum.clients, limit);
    result.statuses = topOf(sum.statuses, limit);
    result.sites = topOf(sum.sites, limit);
    return result;
}

bool TopListBuckets::isEmpty() const
{
    return m_minutes.isEmpty() && m_hours.isEmpty() && m_minute.isEmpty() && m_hour.isEmpty();
}

void TopListBuckets::writeBucket(HistoryWriter& out, const Bucket& bucket)
{
    out.write(bucket.startMs);
    out.write(bucket.requests);
    writeEntries(out, bucket.paths);
    writeEntries(out, bucket.clients);
    writeEntries(out, bucket.statuses);
    writeEntries(out, bucket.sites);
}

bool TopListBuckets::readBucket(HistoryReader& in, Bucket& bucket)
{
    in.read(bucket.startMs);
    in.read(bucket.requests);
    readEntries(in, bucket.paths, keptPerList);
    readEntries(in, bucket.clients, keptPerList);
    readEntries(in, bucket.statuses, keptPerList);
    return readEntries(in, bucket.sites, keptPerList);
}

void TopListBuckets::writeCounts(HistoryWriter& out, const Counts& counts)
{
    writeBucket(out, counts.top(int(maxOpenKeys)));
}

bool TopListBuckets::readCounts(HistoryReader& in, Counts& counts)
{
    Bucket bucket;
    in.read(bucket.startMs);
    in.read(bucket.requests);
    readEntries(in, bucket.paths, maxOpenKeys);
    readEntries(in, bucket.clients, maxOpenKeys);
    readEntries(in, bucket.statuses, maxOpenKeys);
    if (!readEntries(in, bucket.sites, maxOpenKeys))
        return false;
    counts = Counts();
    counts.startMs = bucket.startMs;
    counts.add(bucket);
    return true;
}

void TopListBuckets::write(HistoryWriter& out) const
{
    out.writeCount(m_minutes.size());
    for (qsizetype i = 0; i < m_minutes.size(); ++i)
        writeBucket(out, m_minutes.at(i));
    out.writeCount(m_hours.size());
    for (qsizetype i = 0; i < m_hours.size(); ++i)
        writeBucket(out, m_hours.at(i));
    writeCounts(out, m_minute);
    writeCounts(out, m_hour);
}

bool TopListBuckets::read(HistoryReader& in)
{
    const qsizetype bucketBytes = 8 + 8 + 4 * 4;
    for (RingBuffer<Bucket>* ring : {&m_minutes, &m_hours}) {
        qsizetype count = 0;
        if (!in.readCount(ring->capacity(), bucketBytes, count))
            return false;
        for (qsizetype i = 0; i < count; ++i) {
            Bucket bucket;
            if (!readBucket(in, bucket))
                return false;
            ring->push(bucket);
        }
    }
    readCounts(in, m_minute);
    return readCounts(in, m_hour);
}

} // namespace Portico
