// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/MemoryCache.h"

#include "cache/CachePurge.h"

namespace Portico {

// Skeleton (issue 7): the store helper replaces this with the segmented LRU.
class MemoryCache::Store
{
public:
    qint64 capacity = 0;
};

MemoryCache::MemoryCache(qint64 capacityBytes)
    : m_store(std::make_unique<Store>())
{
    m_store->capacity = capacityBytes;
}

MemoryCache::~MemoryCache() = default;

void MemoryCache::setCapacity(qint64 bytes)
{
    m_store->capacity = bytes;
}

qint64 MemoryCache::capacity() const
{
    return m_store->capacity;
}

std::shared_ptr<const CacheEntry> MemoryCache::find(const QByteArray&, const std::function<bool(const CacheEntry&)>&)
{
    return nullptr;
}

bool MemoryCache::containsKey(const QByteArray&) const
{
    return false;
}

bool MemoryCache::insert(std::shared_ptr<const CacheEntry>)
{
    return false;
}

int MemoryCache::remove(const QByteArray&)
{
    return 0;
}

int MemoryCache::purge(const CachePurge&)
{
    return 0;
}

void MemoryCache::clear() {}

qint64 MemoryCache::sizeBytes() const
{
    return 0;
}

int MemoryCache::entryCount() const
{
    return 0;
}

quint64 MemoryCache::evictions() const
{
    return 0;
}

QList<CachedPathStat> MemoryCache::topEntries(int, qint64) const
{
    return {};
}

} // namespace Portico
