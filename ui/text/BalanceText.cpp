// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/BalanceText.h"

#include "text/NumberText.h"

namespace Portico {

QString BalanceText::algorithmName(BalanceAlgorithm algorithm)
{
    switch (algorithm) {
    case BalanceAlgorithm::RoundRobin:
        return tr("Spread requests evenly");
    case BalanceAlgorithm::WeightedRoundRobin:
        return tr("Spread requests by each server's weight");
    case BalanceAlgorithm::LeastConnections:
        return tr("Send each request to the least busy server");
    case BalanceAlgorithm::ConsistentHash:
        return tr("Keep each visitor on the same server (by address)");
    case BalanceAlgorithm::StickyCookie:
        return tr("Keep each visitor on the same server (with a cookie)");
    }
    return QString();
}

QString BalanceText::algorithmDescription(BalanceAlgorithm algorithm)
{
    switch (algorithm) {
    case BalanceAlgorithm::RoundRobin:
        return tr("The servers take turns, one request each. Good when they are alike and the application keeps no "
                  "session on the server.");
    case BalanceAlgorithm::WeightedRoundRobin:
        return tr("A server with weight 3 gets three times the requests of one with weight 1. Good when some "
                  "servers are stronger than others.");
    case BalanceAlgorithm::LeastConnections:
        return tr("Each request goes to the server with the fewest requests in progress, allowing for weight. Good "
                  "when some requests take much longer than others.");
    case BalanceAlgorithm::ConsistentHash:
        return tr("The visitor's IP address (or a header or cookie, under Advanced) picks the server, so the same "
                  "visitor keeps reaching the same server without a cookie.");
    case BalanceAlgorithm::StickyCookie:
        return tr("Portico sets a cookie that remembers the visitor's server. Good for applications that keep "
                  "logins or carts on one server. If that server goes down, the visitor moves to another.");
    }
    return QString();
}

QString BalanceText::hashSourceName(HashSource source)
{
    switch (source) {
    case HashSource::ClientIp:
        return tr("The visitor's IP address");
    case HashSource::Header:
        return tr("A request header");
    case HashSource::Cookie:
        return tr("A cookie");
    }
    return QString();
}

QString BalanceText::allDownPolicyName(AllDownPolicy policy)
{
    switch (policy) {
    case AllDownPolicy::TryAll:
        return tr("Keep trying all servers (a check may be wrong)");
    case AllDownPolicy::Fail:
        return tr("Answer with an error page (503) at once");
    }
    return QString();
}

QString BalanceText::describe(const BalanceConfig& balance)
{
    QString text = algorithmName(balance.algorithm);
    if (balance.algorithm == BalanceAlgorithm::ConsistentHash && balance.hashOn != HashSource::ClientIp)
        //: %1 is e.g. "Keep each visitor on the same server (by address)"; %2 the header or cookie name.
        text =
            tr("%1, by the %2 \"%3\"")
                .arg(text, balance.hashOn == HashSource::Header ? tr("header", "hashed on") : tr("cookie", "hashed on"),
                     balance.hashKey);
    if (balance.algorithm == BalanceAlgorithm::StickyCookie)
        text = tr("%1, cookie \"%2\"").arg(text, balance.cookieName);
    return text;
}

QString BalanceText::describe(const HealthCheckConfig& check)
{
    if (!check.enabled)
        return tr("No regular checks; servers are taken out only when real requests to them fail");
    const QString every = NumberText::milliseconds(check.intervalMs);
    if (check.type == HealthCheckType::Tcp)
        return tr("Checks every %1 that each server accepts connections").arg(every);
    //: %1 method, %2 path, %3 interval, %4 status range such as 200-399.
    return tr("Checks %1 %2 every %3; healthy is HTTP %4").arg(check.method, check.path, every, check.expectStatus());
}

} // namespace Portico
