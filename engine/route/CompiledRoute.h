// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/RouteConfig.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Portico {

// A route prepared by Router for matching: the bytes compared on every request are computed once.
class CompiledRoute
{
public:
    RouteConfig config;
    // Position in SiteConfig::routes (Router keeps the routes sorted longest prefix first).
    int index = -1;
    // Position in Config::pools; -1 for a redirect route.
    int poolIndex = -1;
    // The prefix as it appears in a request path: UTF-8 with bytes above 127 percent-encoded.
    QByteArray prefix;
    // Length of the prefix without a trailing "/": what stripPrefix and keepPath remove.
    qsizetype stripLength = 0;
    QByteArray hostRewrite;
    // RedirectConfig::to, with "/" added when it has no path, so appending never doubles a slash.
    QByteArray redirectTo;

    static CompiledRoute compile(const RouteConfig& route, int index, int poolIndex);
    // A prefix without a trailing "/" matches on segment boundaries only: "/api" takes "/api" and
    // "/api/x" but not "/apiary".
    bool matches(QByteArrayView path) const;
    // What follows the prefix: empty or starting with "/".
    QByteArrayView remainder(QByteArrayView path) const { return path.sliced(stripLength); }
};

} // namespace Portico
