// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Portico {

class CompiledRoute;
class CompiledSite;
class RouteConfig;

// What Router::match() decided for one request. It points into the Router and, for path() and
// query(), into the target bytes given to match(): keep both alive and unchanged while using it.
class RouteMatch
{
public:
    enum class Outcome
    {
        // Forward to poolIndex().
        Route,
        // Answer redirectStatus() with Location: redirectLocation().
        Redirect,
        // No server name matched and there is no default site: 404.
        NoSite,
        // The site has no route for the path: 404.
        NoRoute,
        // The Host value is not a host name or address with an optional port: 400.
        BadHost,
        // The target is not routable (not origin or http(s) absolute form, has a fragment) or its
        // path climbs above the root: 400.
        BadPath,
    };

    Outcome outcome() const { return m_outcome; }
    // The status Portico answers with itself: 301-308, 400 or 404; 0 for Outcome::Route.
    int status() const;

    // -1 / empty when no site was chosen (NoSite, BadHost). BadPath keeps the site for the access log.
    int siteIndex() const;
    QString siteName() const;
    // Position in SiteConfig::routes; -1 without a route.
    int routeIndex() const;
    const RouteConfig* route() const;
    // Position in Config::pools; -1 unless outcome() is Route.
    int poolIndex() const;

    // The path the route was chosen by: without the query and dot segments.
    QByteArrayView path() const;
    // From the "?" on, or empty.
    QByteArrayView query() const { return m_query; }

    // Origin-form target for the backend: path() without the prefix when the route strips it
    // (stripping "/api" from "/api" leaves "/"), then the query. Empty unless outcome() is Route.
    QByteArray upstreamTarget() const;
    // The route's hostRewrite; empty to keep the client's Host.
    QByteArrayView hostRewrite() const;

    // 301, 302, 307 or 308; 0 unless outcome() is Redirect.
    int redirectStatus() const;
    // The redirect's `to`, followed (with keepPath) by the path after the route prefix and the
    // query, with no doubled "/" where they meet. Empty unless outcome() is Redirect.
    QByteArray redirectLocation() const;

private:
    friend class Router;

    Outcome m_outcome = Outcome::NoSite;
    const CompiledSite* m_site = nullptr;
    const CompiledRoute* m_route = nullptr;
    QByteArrayView m_path;
    QByteArrayView m_query;
    // Only filled when the path had dot segments.
    QByteArray m_normalisedPath;
    bool m_pathNormalised = false;
};

} // namespace Portico
