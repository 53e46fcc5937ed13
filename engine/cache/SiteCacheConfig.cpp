// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/SiteCacheConfig.h"

#include "config/JsonReader.h"

namespace Portico {

// Skeleton (issue 7).
SiteCacheConfig SiteCacheConfig::defaults()
{
    SiteCacheConfig config;
    config.enabled = true;
    return config;
}

SiteCacheConfig SiteCacheConfig::read(JsonReader& reader)
{
    SiteCacheConfig config;
    config.enabled = reader.boolean(QStringLiteral("enabled"), false);
    reader.objectArray(QStringLiteral("rules"),
                       [&config](JsonReader& item, int) { config.rules.append(CacheRule::read(item)); });
    return config;
}

QJsonObject SiteCacheConfig::toJson() const
{
    return {{QStringLiteral("enabled"), enabled}};
}

} // namespace Portico
