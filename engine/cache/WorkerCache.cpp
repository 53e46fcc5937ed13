// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/WorkerCache.h"

#include "cache/CachePurge.h"
#include "cache/DiskCache.h"
#include "http/ClientConnection.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace Portico {

WorkerCache::WorkerCache(CacheCounters& counters, qint64 memoryCapacityBytes)
    : m_counters(counters)
    , m_memory(memoryCapacityBytes)
    , m_self(std::make_shared<WorkerCache*>(this))
{}

WorkerCache::~WorkerCache() = default;

quint64 WorkerCache::park(ClientConnection* connection)
{
    const quint64 serial = ++m_nextSerial;
    m_parked.insert(connection, serial);
    return serial;
}

bool WorkerCache::unpark(ClientConnection* connection, quint64 serial)
{
    const auto it = m_parked.constFind(connection);
    if (it == m_parked.constEnd() || it.value() != serial)
        return false;
    m_parked.erase(it);
    return true;
}

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
    park(waiter);
    m_fills[key].append(waiter);
}

void WorkerCache::endFill(const QByteArray& key)
{
    const auto it = m_fills.find(key);
    if (it == m_fills.end())
        return;
    const QList<ClientConnection*> waiters = std::move(it.value());
    m_fills.erase(it);
    if (waiters.isEmpty())
        return;
    if (!m_eventTarget) {
        // Nowhere to post to (a test without a worker): nobody can be resumed later either.
        for (ClientConnection* waiter : waiters)
            m_parked.remove(waiter);
        return;
    }
    for (ClientConnection* waiter : waiters) {
        const quint64 serial = m_parked.value(waiter);
        if (serial == 0)
            continue;
        std::weak_ptr<WorkerCache*> self = m_self;
        QMetaObject::invokeMethod(
            m_eventTarget,
            [self, waiter, serial] {
                const std::shared_ptr<WorkerCache*> cache = self.lock();
                if (cache && (*cache)->unpark(waiter, serial))
                    waiter->resumeAfterCacheWait();
            },
            Qt::QueuedConnection);
    }
}

void WorkerCache::forget(ClientConnection* connection)
{
    if (m_parked.remove(connection) == 0)
        return;
    for (auto it = m_fills.begin(); it != m_fills.end(); ++it)
        it.value().removeAll(connection);
}

void WorkerCache::lookupDisk(const QByteArray& key, ClientConnection* connection)
{
    if (!canLookUpDisk())
        return;
    const quint64 serial = park(connection);
    std::weak_ptr<WorkerCache*> self = m_self;
    QPointer<QObject> target = m_eventTarget;
    DiskCache* disk = m_disk;
    QMetaObject::invokeMethod(
        disk,
        [disk, key, target, self, connection, serial] {
            QList<std::shared_ptr<const CacheEntry>> variants = disk->load(key);
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target.data(),
                [self, connection, serial, variants = std::move(variants)] {
                    const std::shared_ptr<WorkerCache*> cache = self.lock();
                    if (cache && (*cache)->unpark(connection, serial))
                        connection->diskLookupFinished(variants);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WorkerCache::adoptFromDisk(const std::shared_ptr<const CacheEntry>& entry)
{
    if (!entry)
        return;
    m_memory.insert(entry);
    updateMemoryCounters();
}

void WorkerCache::storeOnDisk(std::shared_ptr<const CacheEntry> entry)
{
    if (!m_disk || !entry)
        return;
    DiskCache* disk = m_disk;
    QMetaObject::invokeMethod(
        disk, [disk, entry = std::move(entry)] { disk->store(entry); }, Qt::QueuedConnection);
}

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
    if (!entry)
        return;
    CacheCounters::add(m_counters.stores);
    if (m_disk)
        storeOnDisk(entry);
    m_memory.insert(std::move(entry));
    updateMemoryCounters();
}

int WorkerCache::invalidate(const QByteArray& key)
{
    const int removed = dropLocally(key);
    if (removed > 0)
        CacheCounters::add(m_counters.invalidations, static_cast<quint64>(removed));
    if (m_broadcast)
        m_broadcast(key);
    return removed;
}

int WorkerCache::dropLocally(const QByteArray& key)
{
    const int removed = m_memory.remove(key);
    if (removed > 0)
        updateMemoryCounters();
    return removed;
}

int WorkerCache::purge(const CachePurge& purge)
{
    const int removed = m_memory.purge(purge);
    updateMemoryCounters();
    return removed;
}

void WorkerCache::updateMemoryCounters()
{
    m_counters.memoryBytes.store(m_memory.sizeBytes(), std::memory_order_relaxed);
    m_counters.memoryEntries.store(m_memory.entryCount(), std::memory_order_relaxed);
    m_counters.evictions.store(m_memory.evictions(), std::memory_order_relaxed);
}

} // namespace Portico
