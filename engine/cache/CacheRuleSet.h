// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRequestOutcome.h"
#include "cache/CacheRuleOutcome.h"
#include "cache/SiteCacheConfig.h"

#include <QByteArrayView>
#include <QStringView>

namespace Portico {

class CacheRequestFacts;

// A site's cache rules, compiled once per config generation and only read afterwards.
class CacheRuleSet
{
public:
    CacheRuleSet() = default;
    explicit CacheRuleSet(const SiteCacheConfig& config);

    bool enabled() const { return m_config.enabled; }
    const SiteCacheConfig& config() const { return m_config; }

    // routePrefix: the path prefix of the route that took the request.
    CacheRequestOutcome matchRequest(const CacheRequestFacts& request, QStringView routePrefix) const;
    // contentType: the response's, parameters allowed ("text/html; charset=utf-8").
    CacheRuleOutcome matchResponse(const CacheRequestOutcome& request, QByteArrayView contentType) const;

    // A path glob ("/static/**", "*.png", "/a/*/b") against a path.
    static bool globMatches(QStringView glob, QByteArrayView path);

private:
    SiteCacheConfig m_config;
};

} // namespace Portico
