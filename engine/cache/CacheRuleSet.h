// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRequestOutcome.h"
#include "cache/CacheRuleOutcome.h"
#include "cache/SiteCacheConfig.h"

#include <QByteArrayView>
#include <QStringView>

#include <vector>

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
    // A rule in the form the hot path reads: bytes, lower case where matching ignores case, so that
    // matching a request allocates nothing (unless a bypass cookie has to be looked for).
    struct Compiled
    {
        QString route;
        QList<QByteArray> globs;
        QList<QByteArray> extensions;
        // Lower case; "image/*" kept as the prefix "image/".
        QList<QByteArray> contentTypes;
        QList<bool> contentTypeIsPrefix;
        bool get = true;
        bool head = true;
        QList<QByteArray> cookies;
        QList<QByteArray> headers;
        QList<QByteArray> ignoredParameters;
    };

    static bool globMatchesBytes(QByteArrayView glob, QByteArrayView path);
    bool hasCookie(const CacheRequestFacts& request, const Compiled& rule, QByteArray& name) const;

    SiteCacheConfig m_config;
    std::vector<Compiled> m_rules;
};

} // namespace Portico
