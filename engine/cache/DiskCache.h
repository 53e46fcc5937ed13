// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Portico {

class CachePurge;

// The disk tier, shared by the workers and living on a thread of its own (the runtime gives it one; the
// workers post work to it and get answers posted back), so a slow disk never stalls an event loop.
// One file per variant, written to a temporary name and renamed; an index in memory; least recently
// used files go first when the budget is exceeded. Survives restarts: open() reads the directory back.
class DiskCache : public QObject
{
    Q_OBJECT

public:
    DiskCache(const QString& directory, qint64 capacityBytes, QObject* parent = nullptr);
    ~DiskCache() override;

    // "<app cache dir>/http-cache".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // All below run on the object's thread. open() first: it creates the directory, indexes the
    // files there and deletes damaged or half-written ones (counted in damagedDiscarded()).
    bool open();
    void setCapacity(qint64 bytes);
    void store(const std::shared_ptr<const CacheEntry>& entry);
    // Every intact variant stored under key; a file found damaged now is deleted and not returned.
    QList<std::shared_ptr<const CacheEntry>> load(const QByteArray& key);
    int purge(const CachePurge& purge);
    void clear();

    // Any thread.
    qint64 sizeBytes() const { return m_sizeBytes.load(std::memory_order_relaxed); }
    int entryCount() const { return m_entryCount.load(std::memory_order_relaxed); }
    qint64 capacity() const { return m_capacity.load(std::memory_order_relaxed); }
    quint64 damagedDiscarded() const { return m_damaged.load(std::memory_order_relaxed); }

private:
    class Index;
    QString filePath(const QString& name) const;
    // Drops the file and its index entry (the caller publishes the totals).
    void removeFile(const QString& name);
    void evictToCapacity();
    // Copies the index's totals to the atomics other threads read.
    void publish();

    QString m_directory;
    std::unique_ptr<Index> m_index;
    std::atomic<qint64> m_sizeBytes{0};
    std::atomic<int> m_entryCount{0};
    std::atomic<qint64> m_capacity{0};
    std::atomic<quint64> m_damaged{0};
};

} // namespace Portico
