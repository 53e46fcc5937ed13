// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/BackendState.h"

namespace Portico {

BackendState::BackendState(QString poolName, QByteArray backendKey, int weight)
    : pool(std::move(poolName))
    , key(std::move(backendKey))
    , effectiveWeight(weight)
{}

bool BackendState::healthy() const
{
    if (ejectPending.load(std::memory_order_relaxed))
        return false;
    const BackendHealth h = health.load(std::memory_order_relaxed);
    return h == BackendHealth::Unchecked || h == BackendHealth::Up;
}

bool BackendState::recordFailure(qint64 nowMs, int threshold, qint64 windowMs)
{
    errors.fetch_add(1, std::memory_order_relaxed);
    const qint64 last = lastFailureMs.exchange(nowMs, std::memory_order_relaxed);
    int count = 0;
    if (last == noFailure || nowMs - last > windowMs) {
        consecutiveFailures.store(1, std::memory_order_relaxed);
        count = 1;
    } else {
        count = consecutiveFailures.fetch_add(1, std::memory_order_relaxed) + 1;
    }
    if (count < threshold)
        return false;
    bool expected = false;
    return ejectPending.compare_exchange_strong(expected, true, std::memory_order_relaxed);
}

void BackendState::recordSuccess()
{
    // Only write when there is something to reset: a store per request would bounce the cache line
    // between workers.
    if (consecutiveFailures.load(std::memory_order_relaxed) != 0)
        consecutiveFailures.store(0, std::memory_order_relaxed);
}

} // namespace Portico
