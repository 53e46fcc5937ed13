// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/RouteConfig.h"

#include "config/BackendConfig.h"
#include "config/JsonReader.h"

#include <QHostAddress>

#include <algorithm>
#include <limits>

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

// The Host header to send: "name", "name:port", "10.0.0.5:8080" or "[::1]:8080". It goes into the
// request verbatim, so anything else (spaces, line breaks) must never get through.
bool isValidHostHeader(const QString& text)
{
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        port = rest.mid(1);
        if (!rest.isEmpty() && port.isEmpty())
            return false;
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol || host.trimmed() != host)
            return false;
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = text.left(colon);
            port = text.mid(colon + 1);
            if (port.isEmpty())
                return false;
        }
        // A bare IPv6 address would be ambiguous with the port; it must be in brackets.
        if (!BackendConfig::isValidHost(host) || host.contains(QLatin1Char(':')))
            return false;
    }
    if (port.isEmpty())
        return true;
    bool ok = false;
    const uint number = port.toUInt(&ok);
    const bool digitsOnly =
        std::all_of(port.cbegin(), port.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    return ok && digitsOnly && number >= 1 && number <= 65535;
}

} // namespace

RouteConfig RouteConfig::read(JsonReader& reader)
{
    RouteConfig route;
    route.pathPrefix = reader.string(QStringLiteral("path"), route.pathPrefix);
    if (!isValidPathPrefix(route.pathPrefix))
        reader.addError(ConfigErrorCode::InvalidPath, QStringLiteral("path"), {route.pathPrefix});
    route.pool = reader.nonEmptyString(QStringLiteral("pool"), true);
    route.stripPrefix = reader.boolean(QStringLiteral("stripPrefix"), false);
    route.hostRewrite = reader.string(QStringLiteral("hostRewrite"), QString());
    if (!route.hostRewrite.isEmpty() && !isValidHostHeader(route.hostRewrite))
        reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("hostRewrite"), {route.hostRewrite});
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
