// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/RouteTestText.h"

#include "config/BalanceConfig.h"
#include "text/BalanceText.h"

namespace Portico {

QString RouteTestText::step(const RouteTestStep& step)
{
    const QString a0 = step.args.value(0);
    const QString a1 = step.args.value(1);
    switch (step.kind) {
    case RouteTestStepKind::BadUrl:
        return tr("\"%1\" is not an http:// or https:// address with a host name").arg(a0);
    case RouteTestStepKind::SiteExact:
        return tr("Site \"%1\" answers: its server name %2 matches the host").arg(a0, a1);
    case RouteTestStepKind::SiteWildcard:
        return tr("Site \"%1\" answers: its wildcard %2 matches the host").arg(a0, a1);
    case RouteTestStepKind::SiteDefault:
        return tr("No server name matches, so the default site \"%1\" answers").arg(a0);
    case RouteTestStepKind::NoSite:
        return tr("No site serves %1 and there is no default site, so Portico answers 404").arg(a0);
    case RouteTestStepKind::RouteMatched:
        return tr("Route %1 is the longest path prefix that matches").arg(a0);
    case RouteTestStepKind::NoRoute:
        return tr("No route of the site matches %1, so Portico answers 404").arg(a0);
    case RouteTestStepKind::Redirect:
        return tr("The route redirects with status %1 to %2").arg(a0, a1);
    case RouteTestStepKind::PoolChosen: {
        const auto algorithm = BalanceConfig::algorithmFromName(a1);
        //: %1 pool name, %2 how it balances, e.g. "Spread requests evenly".
        return tr("Pool \"%1\" picks the server: %2").arg(a0, algorithm ? BalanceText::algorithmName(*algorithm) : a1);
    }
    case RouteTestStepKind::BackendSkipped:
        //: %1 a backend (host:port), %2 why it is passed over, e.g. "it is down".
        return tr("Server %1 is passed over: %2").arg(a0, skipReason(a1));
    case RouteTestStepKind::HashKey:
        if (a1.isEmpty())
            return tr("The request has no %1 to pick a server by, so any server may answer").arg(hashSource(a0));
        return tr("The server is picked by %1: %2").arg(hashSource(a0), a1);
    case RouteTestStepKind::StickyCookie:
        if (a1.isEmpty())
            return tr("No valid %1 cookie: a server is picked and the cookie set").arg(a0);
        return tr("The %1 cookie points to %2").arg(a0, a1);
    case RouteTestStepKind::AllDownTryAll:
        return tr("Every server is down; the pool tries them all anyway");
    case RouteTestStepKind::BackendChosen:
        return tr("Server %1 would answer").arg(a0);
    case RouteTestStepKind::NoBackend:
        return tr("No server can take the request, so Portico answers 503");
    }
    return QString();
}

QString RouteTestText::outcome(const RouteTestResult& result)
{
    if (result.status == 0)
        return result.backend.isEmpty() ? tr("A server of the pool answers")
                                        : tr("Server %1 answers").arg(result.backend);
    if (result.status >= 300 && result.status < 400)
        return tr("Portico redirects (%1) to %2").arg(QString::number(result.status), result.redirectLocation);
    return tr("Portico answers %1 itself").arg(QString::number(result.status));
}

QString RouteTestText::skipReason(const QString& reason)
{
    if (reason == QLatin1String("down"))
        return tr("its health checks fail");
    if (reason == QLatin1String("ejected"))
        return tr("it was taken out after failed requests");
    if (reason == QLatin1String("drain"))
        return tr("it is draining and takes no new visitors");
    if (reason == QLatin1String("maintenance"))
        return tr("it is in maintenance");
    if (reason == QLatin1String("backup"))
        return tr("it is a backup and other servers are up");
    if (reason == QLatin1String("full"))
        return tr("it has reached its connection limit");
    if (reason == QLatin1String("unresolved"))
        return tr("its host name does not resolve");
    return reason;
}

QString RouteTestText::hashSource(const QString& source)
{
    if (source == QLatin1String("clientIp"))
        return tr("the client IP address");
    if (source == QLatin1String("header"))
        return tr("the header");
    if (source == QLatin1String("cookie"))
        return tr("the cookie");
    return source;
}

} // namespace Portico
