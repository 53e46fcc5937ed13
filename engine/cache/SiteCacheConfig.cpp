// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/SiteCacheConfig.h"

#include "config/JsonReader.h"

#include <QJsonArray>

namespace Portico {

SiteCacheConfig SiteCacheConfig::defaults()
{
    SiteCacheConfig config;
    config.enabled = true;
    CacheRule staticFiles;
    staticFiles.name = QStringLiteral("Static files");
    staticFiles.extensions = {QStringLiteral("css"),   QStringLiteral("js"),   QStringLiteral("mjs"),
                              QStringLiteral("png"),   QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                              QStringLiteral("gif"),   QStringLiteral("svg"),  QStringLiteral("ico"),
                              QStringLiteral("webp"),  QStringLiteral("avif"), QStringLiteral("woff"),
                              QStringLiteral("woff2"), QStringLiteral("ttf"),  QStringLiteral("otf")};
    staticFiles.action = CacheAction::CacheFor;
    staticFiles.ttlSeconds = 3600;
    // Without override the backend's own Cache-Control and Expires still win; the hour only fills in silence.
    staticFiles.overrideBackend = false;
    config.rules = {staticFiles};
    return config;
}

SiteCacheConfig SiteCacheConfig::read(JsonReader& reader)
{
    SiteCacheConfig config;
    config.enabled = reader.boolean(QStringLiteral("enabled"), false);
    const QJsonValue rules = reader.peek(QStringLiteral("rules"));
    reader.objectArray(QStringLiteral("rules"),
                       [&config](JsonReader& item, int) { config.rules.append(CacheRule::read(item)); });
    if (rules.isArray() && rules.toArray().size() > maxRules)
        reader.addError(ConfigErrorCode::TooManyItems, QStringLiteral("rules"), {QString::number(maxRules)});
    return config;
}

QJsonObject SiteCacheConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("enabled"), enabled}};
    if (!rules.isEmpty()) {
        QJsonArray list;
        for (const CacheRule& rule : rules)
            list.append(rule.toJson());
        json.insert(QStringLiteral("rules"), list);
    }
    return json;
}

} // namespace Portico
