// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CachedPathStat.h"

#include <QList>

namespace Portico {

// The cache's figures in a StatsSnapshot, merged over the workers. Totals count since start.
class CacheStats
{
public:
    // Whether any site has caching on in the config in force.
    bool enabled = false;
    quint64 hitsTotal = 0;
    quint64 staleHitsTotal = 0;
    quint64 missesTotal = 0;
    quint64 revalidatedTotal = 0;
    quint64 bypassedTotal = 0;
    quint64 storesTotal = 0;
    quint64 collapsedTotal = 0;
    quint64 invalidationsTotal = 0;
    quint64 evictionsTotal = 0;
    quint64 diskHitsTotal = 0;
    quint64 compressedTotal = 0;
    quint64 compressedBytesInTotal = 0;
    quint64 compressedBytesOutTotal = 0;
    // (hits + stale hits) / (those + misses) over the interval since the previous snapshot; -1 when
    // no cacheable request came.
    double hitRatio = -1;

    qint64 memoryBytes = 0;
    qint64 memoryEntries = 0;
    qint64 memoryCapacityBytes = 0;
    qint64 diskBytes = 0;
    qint64 diskEntries = 0;
    qint64 diskCapacityBytes = 0;
    quint64 diskDamagedTotal = 0;
    // The most used stored responses, most hits first (at most 20).
    QList<CachedPathStat> topPaths;

    bool operator==(const CacheStats&) const = default;
};

} // namespace Portico
