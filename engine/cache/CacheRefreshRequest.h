// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"
#include "cache/CacheRequestOutcome.h"

#include <QByteArray>

#include <memory>

namespace Portico {

class ConfigGeneration;

// A stale entry served under stale-while-revalidate, to be refreshed off the client's path.
class CacheRefreshRequest
{
public:
    std::shared_ptr<const CacheEntry> stale;
    // The request head as it would go to the backend, validators (If-None-Match, If-Modified-Since) added.
    QByteArray upstreamHead;
    std::shared_ptr<const ConfigGeneration> generation;
    int poolIndex = -1;
    int siteIndex = -1;
    // The route's path prefix and the request-phase outcome of the site's rules.
    QString routePrefix;
    CacheRequestOutcome rules;
};

} // namespace Portico
