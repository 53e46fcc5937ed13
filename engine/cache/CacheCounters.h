// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace Portico {

// One worker's cache counters: written by the worker only (relaxed), read by the controller once a second.
class alignas(64) CacheCounters
{
public:
    static void add(std::atomic<quint64>& counter, quint64 amount = 1)
    {
        counter.store(counter.load(std::memory_order_relaxed) + amount, std::memory_order_relaxed);
    }

    // Served from the cache: fresh, or stale under stale-while-revalidate / stale-if-error.
    std::atomic<quint64> hits{0};
    std::atomic<quint64> staleHits{0};
    // Cacheable requests that went to the backend: nothing usable stored, or stale and validated.
    std::atomic<quint64> misses{0};
    // Stale entries the backend confirmed with 304.
    std::atomic<quint64> revalidated{0};
    // Requests the rules or the method kept away from the cache.
    std::atomic<quint64> bypassed{0};
    std::atomic<quint64> stores{0};
    // Requests that waited for another one's identical miss.
    std::atomic<quint64> collapsed{0};
    // Entries dropped by unsafe methods.
    std::atomic<quint64> invalidations{0};
    // Memory misses answered by the disk tier.
    std::atomic<quint64> diskHits{0};
    // Responses compressed on the fly, and their bytes before and after.
    std::atomic<quint64> compressed{0};
    std::atomic<quint64> compressedBytesIn{0};
    std::atomic<quint64> compressedBytesOut{0};
    // The worker's memory tier, as of its last change.
    std::atomic<qint64> memoryBytes{0};
    std::atomic<qint64> memoryEntries{0};
    std::atomic<quint64> evictions{0};
};

} // namespace Portico
