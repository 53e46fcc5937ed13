// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRule.h"

#include <QList>

namespace Portico {

// A site's cache (JSON sites[].cache): off unless enabled; the rules are tried in order.
class SiteCacheConfig
{
public:
    bool enabled = false;
    QList<CacheRule> rules;

    // What "porticod proxy --cache SIZE" and the Cache page's "Turn on" use: static files for an
    // hour when the backend says nothing, everything else as the backend says.
    static SiteCacheConfig defaults();
    // A site's rules fit one bit each in CacheRequestOutcome::candidates.
    static constexpr int maxRules = 64;
    static SiteCacheConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const SiteCacheConfig&) const = default;
};

} // namespace Portico
