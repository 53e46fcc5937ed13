// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"
#include "cache/CachedPathStat.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

namespace Portico {

class CachePurge;

// A worker's memory tier: entries by key and Vary variant within a byte budget. Only its worker touches it,
// so it takes no locks. Eviction is segmented LRU: a new entry starts on probation and moves to the
// protected segment (80% of the budget) when it is used again, so one scan of many cold URLs cannot
// push out the pages people actually ask for.
class MemoryCache
{
public:
    explicit MemoryCache(qint64 capacityBytes = 0);
    ~MemoryCache();
    Q_DISABLE_COPY_MOVE(MemoryCache)

    // Shrinking evicts at once.
    void setCapacity(qint64 bytes);
    qint64 capacity() const;

    // The stored variant of key for which matches() is true, or null; counts as a use (and a hit for the
    // Cache page's list).
    std::shared_ptr<const CacheEntry> find(const QByteArray& key,
                                           const std::function<bool(const CacheEntry&)>& matches);
    // Whether anything at all is stored under key (to tell a Vary miss from a URI miss).
    bool containsKey(const QByteArray& key) const;
    // Stores entry, replacing the variant of its key with the same vary values, then evicts to stay within the
    // budget. An entry larger than an eighth of the budget is not kept (false).
    bool insert(std::shared_ptr<const CacheEntry> entry);
    // Drops every variant of key; returns how many.
    int remove(const QByteArray& key);
    int purge(const CachePurge& purge);
    void clear();

    qint64 sizeBytes() const;
    int entryCount() const;
    quint64 evictions() const;
    // The most used entries first; ttl as of nowMs.
    QList<CachedPathStat> topEntries(int count, qint64 nowMs) const;

private:
    class Store;
    std::unique_ptr<Store> m_store;
};

} // namespace Portico
