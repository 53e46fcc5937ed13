// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/RouteTestStep.h"

namespace Portico {

QString RouteTestStep::message() const
{
    const QString a0 = args.value(0);
    const QString a1 = args.value(1);
    switch (kind) {
    case RouteTestStepKind::BadUrl:
        return QStringLiteral("'%1' is not an http or https URL with a host").arg(a0);
    case RouteTestStepKind::SiteExact:
        return QStringLiteral("site %1: its server name %2 matches the host").arg(a0, a1);
    case RouteTestStepKind::SiteWildcard:
        return QStringLiteral("site %1: its wildcard %2 matches the host").arg(a0, a1);
    case RouteTestStepKind::SiteDefault:
        return QStringLiteral("site %1: no server name matches, so the default site answers").arg(a0);
    case RouteTestStepKind::NoSite:
        return QStringLiteral("no site serves %1 and there is no default site: 404").arg(a0);
    case RouteTestStepKind::RouteMatched:
        return QStringLiteral("route %1 is the longest path prefix that matches").arg(a0);
    case RouteTestStepKind::NoRoute:
        return QStringLiteral("no route of the site matches %1: 404").arg(a0);
    case RouteTestStepKind::Redirect:
        return QStringLiteral("the route redirects with %1 to %2").arg(a0, a1);
    case RouteTestStepKind::PoolChosen:
        return QStringLiteral("pool %1 balances with %2").arg(a0, a1);
    case RouteTestStepKind::BackendSkipped:
        return QStringLiteral("backend %1 is skipped: %2").arg(a0, a1);
    case RouteTestStepKind::HashKey:
        return a1.isEmpty() ? QStringLiteral("the request has no %1 to hash on").arg(a0)
                            : QStringLiteral("hashing on %1 '%2'").arg(a0, a1);
    case RouteTestStepKind::StickyCookie:
        return a1.isEmpty() ? QStringLiteral("no valid %1 cookie: a backend is chosen and the cookie set").arg(a0)
                            : QStringLiteral("the %1 cookie points to %2").arg(a0, a1);
    case RouteTestStepKind::AllDownTryAll:
        return QStringLiteral("every backend is down; the pool tries them all anyway");
    case RouteTestStepKind::BackendChosen:
        return QStringLiteral("backend %1 would serve the request").arg(a0);
    case RouteTestStepKind::NoBackend:
        return QStringLiteral("no backend can take the request: 503");
    }
    return QString();
}

} // namespace Portico
