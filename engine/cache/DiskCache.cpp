// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/DiskCache.h"

#include "cache/CacheEntryCodec.h"
#include "cache/CachePurge.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>
#include <cstdio>
#include <list>
#include <vector>

namespace Portico {

namespace {

Q_LOGGING_CATEGORY(lcDiskCache, "portico.engine.cache", QtInfoMsg)

const QLatin1String kSuffix(".pce");
const QLatin1String kTempSuffix(".tmp");

// sha1 of the key and the vary values, each length-prefixed so that no two variants share a name.
QString fileNameFor(const QByteArray& key, const QList<QByteArray>& varyValues)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto addPart = [&hash](const QByteArray& part) {
        char length[8];
        qToLittleEndian(static_cast<quint64>(part.size()), length);
        hash.addData(QByteArrayView(length, 8));
        hash.addData(part);
    };
    addPart(key);
    for (const QByteArray& value : varyValues)
        addPart(value);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class DiskCache::Index
{
public:
    struct Item
    {
        // Only key, varyValues, site and path are filled: what lookups and purges need.
        CacheEntry meta;
        qint64 fileBytes = 0;
        std::list<QString>::iterator lru;
    };

    // File name (sha1 hex) -> item; key -> its variants' file names; least recently used at the back.
    QHash<QString, Item> items;
    QHash<QByteArray, QList<QString>> byKey;
    std::list<QString> lru;
    qint64 bytes = 0;
    // Set by a successful open(): without a directory there is nothing to store to or load from.
    bool usable = false;

    void add(const QString& name, const CacheEntry& entry, qint64 fileBytes, bool recent)
    {
        Item item;
        item.meta.key = entry.key;
        item.meta.varyValues = entry.varyValues;
        item.meta.site = entry.site;
        item.meta.path = entry.path;
        item.fileBytes = fileBytes;
        item.lru = recent ? lru.insert(lru.begin(), name) : lru.insert(lru.end(), name);
        byKey[entry.key].append(name);
        bytes += fileBytes;
        items.insert(name, std::move(item));
    }

    void drop(const QString& name)
    {
        const auto it = items.find(name);
        if (it == items.end())
            return;
        const auto keyIt = byKey.find(it->meta.key);
        if (keyIt != byKey.end()) {
            keyIt->removeOne(name);
            if (keyIt->isEmpty())
                byKey.erase(keyIt);
        }
        lru.erase(it->lru);
        bytes -= it->fileBytes;
        items.erase(it);
    }

    void touch(const QString& name)
    {
        const auto it = items.find(name);
        if (it != items.end())
            lru.splice(lru.begin(), lru, it->lru);
    }
};

DiskCache::DiskCache(const QString& directory, qint64 capacityBytes, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_index(std::make_unique<Index>())
{
    m_capacity.store(std::max<qint64>(0, capacityBytes));
}

DiskCache::~DiskCache() = default;

QString DiskCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/http-cache");
}

QString DiskCache::filePath(const QString& name) const
{
    return m_directory + QLatin1Char('/') + name.left(2) + QLatin1Char('/') + name + kSuffix;
}

bool DiskCache::open()
{
    m_index = std::make_unique<Index>();
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcDiskCache) << "cannot create the disk cache directory" << m_directory;
        publish();
        return false;
    }

    struct Found
    {
        QString name;
        CacheEntry entry;
        qint64 bytes = 0;
        QDateTime modified;
    };
    std::vector<Found> found;
    const qint64 capacity = m_capacity.load(std::memory_order_relaxed);
    QDirIterator it(m_directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString fileName = info.fileName();
        if (fileName.endsWith(kTempSuffix)) {
            // A write cut short by a crash or a kill: never renamed, never complete.
            QFile::remove(info.filePath());
            continue;
        }
        if (!fileName.endsWith(kSuffix))
            continue;
        const QString name = fileName.chopped(kSuffix.size());
        if (info.size() > capacity) {
            // Cannot fit the budget any more (it shrank): not damaged, just too large to keep.
            QFile::remove(info.filePath());
            continue;
        }
        std::optional<CacheEntry> entry;
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            entry = CacheEntryCodec::decode(file.readAll());
        file.close();
        // A file under a name that is not its content's is as unusable as a damaged one.
        if (!entry || fileNameFor(entry->key, entry->varyValues) != name ||
            QDir::cleanPath(info.filePath()) != QDir::cleanPath(filePath(name))) {
            qCWarning(lcDiskCache) << "discarding a damaged disk cache file" << info.filePath();
            QFile::remove(info.filePath());
            m_damaged.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        found.push_back(Found{name, std::move(*entry), info.size(), info.lastModified()});
    }
    // Without access times from the last run, the oldest written are taken as the least recently used.
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.modified > b.modified; });
    for (const Found& file : found)
        m_index->add(file.name, file.entry, file.bytes, false);
    m_index->usable = true;
    evictToCapacity();
    publish();
    return true;
}

void DiskCache::setCapacity(qint64 bytes)
{
    m_capacity.store(std::max<qint64>(0, bytes));
    evictToCapacity();
    publish();
}

void DiskCache::store(const std::shared_ptr<const CacheEntry>& entry)
{
    if (!entry || entry->key.isEmpty() || !m_index->usable)
        return;
    const QString name = fileNameFor(entry->key, entry->varyValues);
    const QString path = filePath(name);
    const QByteArray bytes = CacheEntryCodec::encode(*entry);
    // The stored variant is outdated either way; its file is replaced by the rename below.
    if (m_index->items.contains(name))
        m_index->drop(name);
    if (bytes.size() > m_capacity.load(std::memory_order_relaxed)) {
        QFile::remove(path);
        publish();
        return;
    }

    const QString tempPath = path + kTempSuffix;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(tempPath);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    written = file.flush() && written;
    file.close();
    // rename() replaces the target in one step: a reader sees the old file or the new one, never half.
    if (!written || std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0) {
        qCWarning(lcDiskCache) << "cannot write to the disk cache" << tempPath;
        QFile::remove(tempPath);
        publish();
        return;
    }
    m_index->add(name, *entry, bytes.size(), true);
    evictToCapacity();
    publish();
}

QList<std::shared_ptr<const CacheEntry>> DiskCache::load(const QByteArray& key)
{
    QList<std::shared_ptr<const CacheEntry>> result;
    if (!m_index->usable)
        return result;
    const auto it = m_index->byKey.constFind(key);
    if (it == m_index->byKey.cend())
        return result;
    const QList<QString> names = *it;
    bool changed = false;
    for (const QString& name : names) {
        QFile file(filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            // Gone (deleted by hand, or by another process sharing the directory): nothing to count.
            m_index->drop(name);
            changed = true;
            continue;
        }
        const std::optional<CacheEntry> entry = CacheEntryCodec::decode(file.readAll());
        file.close();
        if (!entry || entry->key != key) {
            qCWarning(lcDiskCache) << "discarding a damaged disk cache file" << file.fileName();
            removeFile(name);
            m_damaged.fetch_add(1, std::memory_order_relaxed);
            changed = true;
            continue;
        }
        m_index->touch(name);
        result.append(std::make_shared<const CacheEntry>(*entry));
    }
    if (changed)
        publish();
    return result;
}

int DiskCache::purge(const CachePurge& purge)
{
    QList<QString> matching;
    for (auto it = m_index->items.cbegin(); it != m_index->items.cend(); ++it)
        if (purge.matches(it->meta))
            matching.append(it.key());
    for (const QString& name : std::as_const(matching))
        removeFile(name);
    publish();
    return static_cast<int>(matching.size());
}

void DiskCache::clear()
{
    const QList<QString> names = m_index->items.keys();
    for (const QString& name : names)
        removeFile(name);
    // Files the index never took (written by another process since open) go too.
    QDirIterator it(m_directory, {QStringLiteral("*") + kSuffix, QStringLiteral("*") + kTempSuffix}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
    publish();
}

void DiskCache::removeFile(const QString& name)
{
    if (m_index->items.contains(name))
        m_index->drop(name);
    QFile::remove(filePath(name));
}

void DiskCache::evictToCapacity()
{
    const qint64 capacity = m_capacity.load(std::memory_order_relaxed);
    while (m_index->bytes > capacity && !m_index->lru.empty()) {
        const QString victim = m_index->lru.back();
        removeFile(victim);
    }
}

void DiskCache::publish()
{
    m_sizeBytes.store(m_index->bytes, std::memory_order_relaxed);
    m_entryCount.store(static_cast<int>(m_index->items.size()), std::memory_order_relaxed);
}

} // namespace Portico
