// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/WorkerCounters.h"

namespace Portico {

void WorkerCounters::connectionOpened()
{
    add(connections, 1);
    activeConnections.store(activeConnections.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

void WorkerCounters::connectionClosed()
{
    activeConnections.store(activeConnections.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
}

void WorkerCounters::responseSent(int status, qint64 latencyUs)
{
    add(requests, 1);
    const int statusClass = status / 100 - 1;
    if (statusClass >= 0 && statusClass < static_cast<int>(responsesByClass.size()))
        add(responsesByClass[static_cast<size_t>(statusClass)], 1);
    latency.record(latencyUs);
}

} // namespace Portico
