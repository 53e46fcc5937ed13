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

bool RouteConfig::isValidPathPrefix(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return false;
    }
    for (const QStringView segment : QStringView(path).split(u'/')) {
        if (segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

RouteConfig RouteConfig::read(JsonReader& reader)
{
    RouteConfig route;
    const qsizetype errorsBefore = reader.errors().size();
    route.type = reader.choice(QStringLiteral("type"), RouteType::Proxy,
                               {{"proxy", RouteType::Proxy}, {"redirect", RouteType::Redirect}});
    // With a type that could not be read, which keys belong is unknown: report only what is certain.
    const bool typeKnown = reader.errors().size() == errorsBefore;
    const bool isRedirect = route.type == RouteType::Redirect;
    const QStringList redirectType{QStringLiteral("type"), QStringLiteral("redirect")};

    route.pathPrefix = reader.string(QStringLiteral("path"), route.pathPrefix);
    if (!isValidPathPrefix(route.pathPrefix))
        reader.addError(ConfigErrorCode::InvalidPath, QStringLiteral("path"), {route.pathPrefix});

    if (isRedirect) {
        route.pool = reader.string(QStringLiteral("pool"), QString());
        if (reader.contains(QStringLiteral("pool")))
            reader.addError(ConfigErrorCode::KeyNotAllowed, QStringLiteral("pool"), redirectType);
    } else {
        route.pool = reader.nonEmptyString(QStringLiteral("pool"), typeKnown);
    }

    route.stripPrefix = reader.boolean(QStringLiteral("stripPrefix"), false);
    if (isRedirect && reader.contains(QStringLiteral("stripPrefix")))
        reader.addError(ConfigErrorCode::KeyNotAllowed, QStringLiteral("stripPrefix"), redirectType);

    route.hostRewrite = reader.string(QStringLiteral("hostRewrite"), QString());
    if (isRedirect && reader.contains(QStringLiteral("hostRewrite")))
        reader.addError(ConfigErrorCode::KeyNotAllowed, QStringLiteral("hostRewrite"), redirectType);
    else if (!route.hostRewrite.isEmpty() && !isValidHostHeader(route.hostRewrite))
        reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("hostRewrite"), {route.hostRewrite});

    route.maxBodyBytes = reader.integer(QStringLiteral("maxBodyBytes"), -1, -1, std::numeric_limits<qint64>::max() / 2);

    if (reader.contains(QStringLiteral("redirect"))) {
        reader.object(QStringLiteral("redirect"),
                      [&route](JsonReader& item) { route.redirect = RedirectConfig::read(item); });
        if (!isRedirect && typeKnown)
            reader.addError(ConfigErrorCode::KeyNotAllowed, QStringLiteral("redirect"),
                            {QStringLiteral("type"), QStringLiteral("proxy")});
    } else if (isRedirect) {
        reader.addError(ConfigErrorCode::MissingKey, QStringLiteral("redirect"));
    }
    return route;
}

QJsonObject RouteConfig::toJson() const
{
    // Keys that do not belong to the type are still written when set, so that re-validating a Config
    // built in code reports them instead of dropping them silently.
    QJsonObject json{{QStringLiteral("path"), pathPrefix}};
    if (type == RouteType::Redirect)
        json.insert(QStringLiteral("type"), QStringLiteral("redirect"));
    if (type == RouteType::Proxy || !pool.isEmpty())
        json.insert(QStringLiteral("pool"), pool);
    if (stripPrefix)
        json.insert(QStringLiteral("stripPrefix"), true);
    if (!hostRewrite.isEmpty())
        json.insert(QStringLiteral("hostRewrite"), hostRewrite);
    if (maxBodyBytes >= 0)
        json.insert(QStringLiteral("maxBodyBytes"), maxBodyBytes);
    if (type == RouteType::Redirect || redirect != RedirectConfig())
        json.insert(QStringLiteral("redirect"), redirect.toJson());
    return json;
}

} // namespace Portico
