// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheCounters.h"
#include "cache/CacheEntry.h"
#include "cache/CacheRefreshRequest.h"
#include "cache/MemoryCache.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>

#include <functional>
#include <memory>

class QObject;

namespace Portico {

class CachePurge;
class ClientConnection;
class DiskCache;

// What a worker's connections share of the cache: the worker's memory tier, request collapsing, the
// way to the shared disk tier and the counters. Worker thread only.
class WorkerCache
{
public:
    WorkerCache(CacheCounters& counters, qint64 memoryCapacityBytes);
    ~WorkerCache();
    Q_DISABLE_COPY_MOVE(WorkerCache)

    MemoryCache& memory() { return m_memory; }
    CacheCounters& counters() { return m_counters; }

    // Set by the worker; null when there is no disk tier. It lives on its own thread (runtime-owned).
    void setDisk(DiskCache* disk) { m_disk = disk; }
    DiskCache* disk() const { return m_disk; }
    // Where answers from the disk thread and wake-ups are posted: the worker.
    void setEventTarget(QObject* target) { m_eventTarget = target; }

    // Request collapsing: the first miss of a key fills it; identical misses wait for that.
    bool isFilling(const QByteArray& key) const;
    void beginFill(const QByteArray& key);
    void waitForFill(const QByteArray& key, ClientConnection* waiter);
    // The fill ended, stored or not: its waiters resume (ClientConnection::resumeAfterCacheWait) from the
    // event loop, never inside the caller's stack.
    void endFill(const QByteArray& key);
    // A closing connection leaves every wait it is in.
    void forget(ClientConnection* connection);

    // Asks the disk tier for key; the variants found arrive through
    // ClientConnection::diskLookupFinished() from the event loop (unless the connection left first).
    void lookupDisk(const QByteArray& key, ClientConnection* connection);
    void storeOnDisk(std::shared_ptr<const CacheEntry> entry);

    // stale-while-revalidate: hands the request to the refresher the runtime set, once per key at a time
    // (false when one is already running or there is no refresher). The refresher stores what it gets and
    // calls refreshFinished(key).
    bool requestRefresh(CacheRefreshRequest request);
    void refreshFinished(const QByteArray& key);
    void setRefresher(std::function<void(CacheRefreshRequest)> refresher) { m_refresher = std::move(refresher); }

    // Stores in memory (and on disk when there is one) and updates the counters.
    void store(std::shared_ptr<const CacheEntry> entry);
    // Unsafe methods: drops key's variants here and, through the broadcast the runtime set, in the other
    // workers and on disk.
    int invalidate(const QByteArray& key);
    // Another worker's invalidation, posted here: drops key's variants in this memory tier only.
    int dropLocally(const QByteArray& key);
    void setInvalidationBroadcast(std::function<void(const QByteArray& key)> broadcast)
    {
        m_broadcast = std::move(broadcast);
    }
    int purge(const CachePurge& purge);

private:
    CacheCounters& m_counters;
    MemoryCache m_memory;
    DiskCache* m_disk = nullptr;
    QObject* m_eventTarget = nullptr;
    QHash<QByteArray, QList<ClientConnection*>> m_fills;
    std::function<void(const QByteArray& key)> m_broadcast;
    std::function<void(CacheRefreshRequest)> m_refresher;
    QSet<QByteArray> m_refreshing;
};

} // namespace Portico
