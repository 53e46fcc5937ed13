// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/DiskCache.h"

#include "cache/CachePurge.h"

#include <QStandardPaths>

namespace Portico {

// Skeleton (issue 7): the store helper implements the files and the index.
class DiskCache::Index
{
};

DiskCache::DiskCache(const QString& directory, qint64 capacityBytes, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_index(std::make_unique<Index>())
{
    m_capacity.store(capacityBytes);
}

DiskCache::~DiskCache() = default;

QString DiskCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/http-cache");
}

bool DiskCache::open()
{
    return false;
}

void DiskCache::setCapacity(qint64 bytes)
{
    m_capacity.store(bytes);
}

void DiskCache::store(const std::shared_ptr<const CacheEntry>&) {}

QList<std::shared_ptr<const CacheEntry>> DiskCache::load(const QByteArray&)
{
    return {};
}

int DiskCache::purge(const CachePurge&)
{
    return 0;
}

void DiskCache::clear() {}

} // namespace Portico
