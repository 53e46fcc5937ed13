// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRange.h"
#include "history/RequestTally.h"
#include "history/RingBuffer.h"
#include "history/TopEntry.h"
#include "history/TopLists.h"

#include <QHash>
#include <QList>

namespace Portico {

class HistoryReader;
class HistoryWriter;

// The workers' tallies, summed per minute and kept as each minute's top 50 paths, clients, statuses
// and sites for 24 hours; the minutes of each hour summed again into the hour's top 50, kept 8 days.
class TopListBuckets
{
public:
    static constexpr int keptPerList = 50;
    static constexpr qint64 minuteMs = 60'000;
    static constexpr qint64 hourMs = 3'600'000;
    static constexpr qint64 minutesKeptMs = 24 * hourMs;
    static constexpr qint64 hoursKeptMs = 8 * 24 * hourMs;

    TopListBuckets();

    void add(const RequestTally& tally);
    // Minute buckets for ranges up to a day, hour buckets for a week; the buckets still filling count too.
    TopLists lists(HistoryRange range, qint64 nowMs, int limit) const;
    bool isEmpty() const;
    qsizetype minuteBuckets() const { return m_minutes.size(); }
    qsizetype hourBuckets() const { return m_hours.size(); }

    void write(HistoryWriter& out) const;
    bool read(HistoryReader& in);

private:
    // A closed bucket: its top entries only.
    struct Bucket
    {
        qint64 startMs = 0;
        quint64 requests = 0;
        QList<TopEntry> paths;
        QList<TopEntry> clients;
        QList<TopEntry> statuses;
        QList<TopEntry> sites;
    };
    // A bucket still filling: every key seen so far.
    struct Counts
    {
        qint64 startMs = -1;
        quint64 requests = 0;
        QHash<QString, quint64> paths;
        QHash<QString, quint64> clients;
        QHash<QString, quint64> statuses;
        QHash<QString, quint64> sites;

        bool isEmpty() const { return startMs < 0; }
        void add(const Bucket& bucket);
        Bucket top(int limit) const;
    };

    void closeMinute();
    void closeHour();
    static void writeBucket(HistoryWriter& out, const Bucket& bucket);
    static bool readBucket(HistoryReader& in, Bucket& bucket);
    static void writeCounts(HistoryWriter& out, const Counts& counts);
    static bool readCounts(HistoryReader& in, Counts& counts);

    RingBuffer<Bucket> m_minutes;
    RingBuffer<Bucket> m_hours;
    Counts m_minute;
    Counts m_hour;
};

} // namespace Portico
