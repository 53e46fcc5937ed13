// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/Router.h"

#include "config/Config.h"
#include "route/HostName.h"
#include "route/PathNormalizer.h"
#include "route/RequestTarget.h"

#include <algorithm>

namespace Portico {

namespace {

// A key for a lookup that copies nothing: the bytes stay where they are.
QByteArray lookupKey(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

} // namespace

Router::Router(const Config& config)
{
    QHash<QString, int> poolIndices;
    for (qsizetype i = 0; i < config.pools.size(); ++i) {
        if (!poolIndices.contains(config.pools.at(i).name))
            poolIndices.insert(config.pools.at(i).name, static_cast<int>(i));
    }

    m_sites.reserve(static_cast<std::size_t>(config.sites.size()));
    for (qsizetype i = 0; i < config.sites.size(); ++i) {
        const SiteConfig& site = config.sites.at(i);
        const int siteIndex = static_cast<int>(i);
        CompiledSite compiled;
        compiled.name = site.name;
        compiled.index = siteIndex;
        compiled.routes.reserve(static_cast<std::size_t>(site.routes.size()));
        for (qsizetype r = 0; r < site.routes.size(); ++r) {
            const RouteConfig& route = site.routes.at(r);
            compiled.routes.push_back(
                CompiledRoute::compile(route, static_cast<int>(r), poolIndices.value(route.pool, -1)));
        }
        std::stable_sort(
            compiled.routes.begin(), compiled.routes.end(),
            [](const CompiledRoute& a, const CompiledRoute& b) { return a.prefix.size() > b.prefix.size(); });
        m_sites.push_back(std::move(compiled));

        for (const QString& name : site.serverNames) {
            const QByteArray lower = name.toLower().toUtf8();
            if (lower.startsWith("*.")) {
                if (!m_wildcardSuffixes.contains(lower.sliced(2)))
                    m_wildcardSuffixes.insert(lower.sliced(2), siteIndex);
            } else if (!m_exactNames.contains(lower)) {
                m_exactNames.insert(lower, siteIndex);
            }
        }
        if (site.isDefault && m_defaultSite < 0)
            m_defaultSite = siteIndex;
    }
}

int Router::findSite(const HostName& host) const
{
    const QByteArrayView name = host.view();
    // No server name is an IP literal, so "[::1]" can only reach the default site.
    if (name.isEmpty() || host.isIpLiteral())
        return m_defaultSite;
    const auto exact = m_exactNames.constFind(lookupKey(name));
    if (exact != m_exactNames.constEnd())
        return exact.value();
    if (!m_wildcardSuffixes.isEmpty()) {
        // Leftmost dot first: the longest suffix, i.e. the most specific wildcard, wins.
        for (qsizetype i = 0; i + 1 < name.size(); ++i) {
            if (name.at(i) != '.')
                continue;
            const auto wildcard = m_wildcardSuffixes.constFind(lookupKey(name.sliced(i + 1)));
            if (wildcard != m_wildcardSuffixes.constEnd())
                return wildcard.value();
        }
    }
    return m_defaultSite;
}

int Router::siteIndexFor(QByteArrayView host) const
{
    HostName name;
    return name.parse(host) ? findSite(name) : -1;
}

RouteMatch Router::match(QByteArrayView host, QByteArrayView target) const
{
    RouteMatch result;
    HostName name;
    if (!name.parse(host)) {
        result.m_outcome = RouteMatch::Outcome::BadHost;
        return result;
    }
    const int siteIndex = findSite(name);
    if (siteIndex >= 0)
        result.m_site = &m_sites[static_cast<std::size_t>(siteIndex)];

    RequestTarget parsed;
    if (!parsed.parse(target)) {
        result.m_outcome = RouteMatch::Outcome::BadPath;
        return result;
    }
    switch (PathNormalizer::normalise(parsed.path(), result.m_normalisedPath)) {
    case PathNormalizer::Result::Unchanged:
        break;
    case PathNormalizer::Result::Normalised:
        result.m_pathNormalised = true;
        break;
    case PathNormalizer::Result::AboveRoot:
        result.m_outcome = RouteMatch::Outcome::BadPath;
        return result;
    }
    result.m_path = parsed.path();
    result.m_query = parsed.query();

    if (!result.m_site) {
        result.m_outcome = RouteMatch::Outcome::NoSite;
        return result;
    }
    const QByteArrayView path = result.path();
    for (const CompiledRoute& route : result.m_site->routes) {
        if (route.matches(path)) {
            result.m_route = &route;
            result.m_outcome =
                route.config.type == RouteType::Redirect ? RouteMatch::Outcome::Redirect : RouteMatch::Outcome::Route;
            return result;
        }
    }
    result.m_outcome = RouteMatch::Outcome::NoRoute;
    return result;
}

} // namespace Portico
