// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheSettings.h"

#include "cache/DiskCache.h"
#include "config/JsonReader.h"

namespace Portico {

QString CacheSettings::effectiveDiskPath() const
{
    return diskPath.isEmpty() ? DiskCache::defaultDirectory() : diskPath;
}

CacheSettings CacheSettings::read(JsonReader& reader)
{
    CacheSettings s;
    s.memoryMb = static_cast<int>(reader.integer(QStringLiteral("memoryMb"), s.memoryMb, 1, 65'536));
    s.diskMb = static_cast<int>(reader.integer(QStringLiteral("diskMb"), s.diskMb, 0, 1'048'576));
    s.diskPath = reader.string(QStringLiteral("diskPath"), s.diskPath);
    s.maxObjectMb = static_cast<int>(reader.integer(QStringLiteral("maxObjectMb"), s.maxObjectMb, 1, 1024));
    s.heuristicPercent =
        static_cast<int>(reader.integer(QStringLiteral("heuristicPercent"), s.heuristicPercent, 0, 100));
    return s;
}

QJsonObject CacheSettings::toJson() const
{
    // Like the other settings groups: every value written, so the file shows what can be tuned.
    QJsonObject json{{QStringLiteral("memoryMb"), memoryMb},
                     {QStringLiteral("diskMb"), diskMb},
                     {QStringLiteral("maxObjectMb"), maxObjectMb},
                     {QStringLiteral("heuristicPercent"), heuristicPercent}};
    if (!diskPath.isEmpty())
        json.insert(QStringLiteral("diskPath"), diskPath);
    return json;
}

} // namespace Portico
