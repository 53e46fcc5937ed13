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
    std::atomic<quint64> tlsHandshakes{0};
    std::atomic<quint64> tlsResumed{0};
    std::atomic<quint64> tlsFailures{0};
    LatencyHistogram latency;

    static void add(std::atomic<quint64>& counter, quint64 amount)
    {
        counter.store(counter.load(std::memory_order_relaxed) + amount, std::memory_order_relaxed);
    }
    void connectionOpened();
    void connectionClosed();
    void responseSent(int status, qint64 latencyUs);
    void tlsHandshake(bool resumed)
    {
        add(tlsHandshakes, 1);
        if (resumed)
            add(tlsResumed, 1);
    }
    void tlsHandshakeFailed() { add(tlsFailures, 1); }
};

} // namespace Portico
