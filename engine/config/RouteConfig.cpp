// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/RouteConfig.h"

#include "config/JsonReader.h"

namespace Portico {

namespace {

bool isValidPathPrefix(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return false;
    }
    return true;
}

} // namespace

RouteConfig RouteConfig::read(JsonReader& reader)
{
    RouteConfig route;
    route.pathPrefix = reader.string(QStringLiteral("path"), route.pathPrefix);
    if (!isValidPathPrefix(route.pathPrefix))
        reader.addError(ConfigErrorCode::InvalidPath, QStringLiteral("path"), {route.pathPrefix});
    route.pool = reader.string(QStringLiteral("pool"), QString(), true);
    if (reader.contains(QStringLiteral("pool")) && route.pool.isEmpty())
        reader.addError(ConfigErrorCode::EmptyValue, QStringLiteral("pool"));
    route.stripPrefix = reader.boolean(QStringLiteral("stripPrefix"), false);
    route.hostRewrite = reader.string(QStringLiteral("hostRewrite"), QString());
    route.maxBodyBytes = reader.integer(QStringLiteral("maxBodyBytes"), -1, -1, std::numeric_limits<qint64>::max() / 2);
    return route;
}

QJsonObject RouteConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), pathPrefix}, {QStringLiteral("pool"), pool}};
    if (stripPrefix)
        json.insert(QStringLiteral("stripPrefix"), true);
    if (!hostRewrite.isEmpty())
        json.insert(QStringLiteral("hostRewrite"), hostRewrite);
    if (maxBodyBytes >= 0)
        json.insert(QStringLiteral("maxBodyBytes"), maxBodyBytes);
    return json;
}

} // namespace Portico
