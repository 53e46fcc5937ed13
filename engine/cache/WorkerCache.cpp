// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/WorkerCache.h"

#include "cache/CachePurge.h"

namespace Portico {

// Skeleton (issue 7): the connection helper implements collapsing and the disk round trips.
WorkerCache::WorkerCache(CacheCounters& counters, qint64 memoryCapacityBytes)
    : m_counters(counters)
    , m_memory(memoryCapacityBytes)
{
}

WorkerCache::~WorkerCache() = default;

bool WorkerCache::isFilling(const QByteArray& key) const
{
    return m_fills.contains(key);
}

void WorkerCache::beginFill(const QByteArray& key)
{
    m_fills.insert(key, {});
}

void WorkerCache::waitForFill(const QByteArray& key, ClientConnection* waiter)
{
    m_fills[key].append(waiter);
}

void WorkerCache::endFill(const QByteArray& key)
{
    m_fills.remove(key);
}

void WorkerCache::forget(ClientConnection*) {}

void WorkerCache::lookupDisk(const QByteArray&, ClientConnection*) {}

void WorkerCache::storeOnDisk(std::shared_ptr<const CacheEntry>) {}

bool WorkerCache::requestRefresh(CacheRefreshRequest request)
{
    if (!m_refresher || !request.stale || m_refreshing.contains(request.stale->key))
        return false;
    m_refreshing.insert(request.stale->key);
    m_refresher(std::move(request));
    return true;
}

void WorkerCache::refreshFinished(const QByteArray& key)
{
    m_refreshing.remove(key);
}

void WorkerCache::store(std::shared_ptr<const CacheEntry> entry)
{
    m_memory.insert(std::move(entry));
}

int WorkerCache::invalidate(const QByteArray& key)
{
    return m_memory.remove(key);
}

int WorkerCache::dropLocally(const QByteArray& key)
{
    return m_memory.remove(key);
}

int WorkerCache::purge(const CachePurge& purge)
{
    return m_memory.purge(purge);
}

} // namespace Portico
