// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/BackendTimeline.h"
#include "history/HistoryRange.h"
#include "stats/BackendStats.h"

#include <QList>
#include <QStringList>

namespace Portico {

class HistoryReader;
class HistoryWriter;

// Every backend's health changes over the last 8 days (at most 2000 each). The state a backend was
// in before its oldest kept change is remembered, so a range's initial state stays right after pruning.
class BackendTimelineStore
{
public:
    static constexpr qint64 keptMs = 8 * 24 * 3'600'000LL;
    static constexpr qsizetype maxTransitions = 2000;

    // The backends of the config in force (from a snapshot): shown even without changes in a range.
    void setCurrent(const QList<BackendStats>& backends);
    void add(const QString& pool, const QString& backend, const BackendTransition& transition);
    // Pools in the order first seen, backends in the order first seen within each pool.
    QList<BackendTimeline> timelines(HistoryRange range, qint64 nowMs) const;
    // Forgets changes before nowMs - keptMs, and backends left with none that are not current.
    void prune(qint64 nowMs);
    bool isEmpty() const { return m_entries.isEmpty(); }

    void write(HistoryWriter& out) const;
    bool read(HistoryReader& in);

private:
    struct Entry
    {
        QString pool;
        QString backend;
        // The state before the oldest transition kept.
        BackendHealth baseline = BackendHealth::Unchecked;
        QList<BackendTransition> transitions;
        bool current = false;
    };

    Entry& entry(const QString& pool, const QString& backend);
    static void trim(Entry& entry, qint64 beforeMs);
    static void writeTransition(HistoryWriter& out, const BackendTransition& transition);
    static bool readTransition(HistoryReader& in, BackendTransition& transition);

    QStringList m_pools;
    QList<Entry> m_entries;
    QStringList m_currentKeys;
};

} // namespace Portico
