// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/LatencyHistogram.h"
#include "stats/WorkerCounters.h"

#include <array>
#include <atomic>

namespace Portico {

// One worker's counters for one site. Only that worker writes them (load+store, as WorkerCounters);
// the controller sums the workers once a second. Aligned so that two workers never share a cache line.
class alignas(64) SiteWorkerCounters
{
public:
    std::atomic<quint64> requests{0};
    // 5xx answers, Portico's own included.
    std::atomic<quint64> errors{0};
    std::atomic<quint64> bytesIn{0};
    std::atomic<quint64> bytesOut{0};
    std::array<std::atomic<quint64>, 5> responsesByClass{};
    std::atomic<qint64> active{0};
    LatencyHistogram latency;

    void addBytesIn(quint64 amount) { WorkerCounters::add(bytesIn, amount); }
    void addBytesOut(quint64 amount) { WorkerCounters::add(bytesOut, amount); }
    void requestStarted() { active.store(active.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed); }
    // A request that ended without an answer (the client left): in progress no more, not counted.
    void requestAbandoned() { active.store(active.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed); }
    void requestFinished(int status, qint64 latencyUs);
    // Adds another slot's totals (not its in-progress count). Only while no worker writes to this one.
    void addTotals(const SiteWorkerCounters& other);
};

} // namespace Portico
