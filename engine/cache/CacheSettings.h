// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// The cache's stores (JSON settings.cache), shared by every site that turns caching on.
class CacheSettings
{
public:
    // Memory tier, split evenly between the workers.
    int memoryMb = 256;
    // Disk tier: 0 turns it off.
    int diskMb = 0;
    // Empty means "<app cache dir>/http-cache" (DiskCache::defaultDirectory()).
    QString diskPath;
    // Larger responses pass through without being stored.
    int maxObjectMb = 16;
    // Heuristic freshness (RFC 9111 4.2.2) as a percentage of the time since Last-Modified, capped at a day.
    int heuristicPercent = 10;

    QString effectiveDiskPath() const;
    static CacheSettings read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CacheSettings&) const = default;
};

} // namespace Portico
