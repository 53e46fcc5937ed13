// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheCounters.h"
#include "cache/CacheEntry.h"
#include "cache/CacheRefreshRequest.h"
#include "cache/MemoryCache.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

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

    // Whether lookupDisk() can be used: a disk tier and an event target to post its answers to.
    bool canLookUpDisk() const { return m_disk && m_eventTarget; }
    // Asks the disk tier for key; the variants found arrive through
    // ClientConnection::diskLookupFinished() from the event loop (unless the connection left first).
    void lookupDisk(const QByteArray& key, ClientConnection* connection);
    // Variants the disk tier answered with: into memory only (they are on disk already).
    void adoptFromDisk(const std::shared_ptr<const CacheEntry>& entry);
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
    // A parked connection's current wait; answers for an older wait (or a connection that left and whose
    // address was reused) carry another serial and are dropped.
    quint64 park(ClientConnection* connection);
    // Called from the event loop: true (and unparked) when connection still waits with serial.
    bool unpark(ClientConnection* connection, quint64 serial);
    void updateMemoryCounters();

    QHash<QByteArray, QList<ClientConnection*>> m_fills;
    QHash<ClientConnection*, quint64> m_parked;
    quint64 m_nextSerial = 0;
    // Lambdas posted to the event loop or the disk thread check this before touching the cache.
    std::shared_ptr<WorkerCache*> m_self;
    std::function<void(const QByteArray& key)> m_broadcast;
    std::function<void(CacheRefreshRequest)> m_refresher;
    QSet<QByteArray> m_refreshing;
};

} // namespace Portico
