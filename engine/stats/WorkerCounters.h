// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/LatencyHistogram.h"

#include <array>
#include <atomic>

namespace Portico {

// The counters of one worker. Only that worker writes them (plain load+store, no read-modify-write,
// no lock); the controller reads them once a second and merges all workers into a StatsSnapshot.
class WorkerCounters
{
public:
    std::atomic<quint64> requests{0};
    std::atomic<quint64> bytesIn{0};
    std::atomic<quint64> bytesOut{0};
    std::atomic<quint64> connections{0};
    std::atomic<qint64> activeConnections{0};
    std::array<std::atomic<quint64>, 5> responsesByClass{};
    LatencyHistogram latency;

    static void add(std::atomic<quint64>& counter, quint64 amount)
    {
        counter.store(counter.load(std::memory_order_relaxed) + amount, std::memory_order_relaxed);
    }
    void connectionOpened();
    void connectionClosed();
    void responseSent(int status, qint64 latencyUs);
};

} // namespace Portico
