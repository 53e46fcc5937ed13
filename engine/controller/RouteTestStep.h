// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QStringList>

namespace Portico {

// One step of the route tester's explanation: a code and its arguments, worded by the UI.
enum class RouteTestStepKind
{
    BadUrl,         // args: url
    SiteExact,      // args: site, server name matched
    SiteWildcard,   // args: site, wildcard matched
    SiteDefault,    // args: site
    NoSite,         // args: host (404)
    RouteMatched,   // args: path prefix, route index
    NoRoute,        // args: path (404)
    Redirect,       // args: status, location
    PoolChosen,     // args: pool, algorithm name
    BackendSkipped, // args: backend, reason (down, ejected, drain, maintenance, backup, full)
    HashKey,        // args: source (clientIp, header, cookie), key value ("" when absent)
    StickyCookie,   // args: cookie name, backend it points to ("" when none or invalid)
    AllDownTryAll,  // args: -
    BackendChosen,  // args: backend
    NoBackend,      // args: - (503)
};

class RouteTestStep
{
public:
    RouteTestStepKind kind = RouteTestStepKind::BadUrl;
    QStringList args;

    // Plain English for logs and porticod.
    QString message() const;
    bool operator==(const RouteTestStep&) const = default;
};

} // namespace Portico
