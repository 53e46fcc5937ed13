// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/SiteWorkerCounters.h"

namespace Portico {

void SiteWorkerCounters::requestFinished(int status, qint64 latencyUs)
{
    requestAbandoned();
    WorkerCounters::add(requests, 1);
    const int statusClass = status / 100 - 1;
    if (statusClass >= 0 && statusClass < static_cast<int>(responsesByClass.size()))
        WorkerCounters::add(responsesByClass[static_cast<size_t>(statusClass)], 1);
    if (status >= 500)
        WorkerCounters::add(errors, 1);
    latency.record(latencyUs);
}

void SiteWorkerCounters::addTotals(const SiteWorkerCounters& other)
{
    WorkerCounters::add(requests, other.requests.load(std::memory_order_relaxed));
    WorkerCounters::add(errors, other.errors.load(std::memory_order_relaxed));
    WorkerCounters::add(bytesIn, other.bytesIn.load(std::memory_order_relaxed));
    WorkerCounters::add(bytesOut, other.bytesOut.load(std::memory_order_relaxed));
    for (size_t i = 0; i < responsesByClass.size(); ++i)
        WorkerCounters::add(responsesByClass[i], other.responsesByClass[i].load(std::memory_order_relaxed));
    latency.add(other.latency.counts());
}

} // namespace Portico
