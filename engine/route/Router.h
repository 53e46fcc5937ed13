// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "route/CompiledSite.h"
#include "route/RouteMatch.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <vector>

namespace Portico {

class Config;
class HostName;

// Chooses the site and route for each request. Built once per config generation and immutable
// afterwards: workers share it as shared_ptr<const Router> and call match() concurrently without a
// lock. match() allocates nothing unless the path has dot segments.
class Router
{
public:
    // config has passed ConfigValidator; for anything it would reject (a duplicate name), the first wins.
    explicit Router(const Config& config);
    Q_DISABLE_COPY_MOVE(Router)

    // host: the Host header value, or the authority of an absolute-form target (the caller picks).
    // Sites: exact server name, then the longest matching wildcard suffix ("*.example.com" takes
    // "a.example.com" and "a.b.example.com" but not "example.com"), then the default site.
    // Routes: the longest path prefix matching on segment boundaries.
    RouteMatch match(QByteArrayView host, QByteArrayView target) const;

    // -1 when no site fits; exposed for tests and diagnostics.
    int siteIndexFor(QByteArrayView host) const;

private:
    int findSite(const HostName& host) const;

    std::vector<CompiledSite> m_sites;
    QHash<QByteArray, int> m_exactNames;
    // "*.example.com" is stored as "example.com".
    QHash<QByteArray, int> m_wildcardSuffixes;
    int m_defaultSite = -1;
};

} // namespace Portico
