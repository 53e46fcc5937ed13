// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ChangeText.h"

#include "text/BalanceText.h"
#include "text/CacheRuleText.h"
#include "text/HealthText.h"
#include "text/SecurityText.h"

#include <QUrl>

#include <algorithm>

namespace Portico {

namespace {

QString nameList(const QStringList& names)
{
    QStringList list;
    for (const QString& name : names)
        list << name;
    return QLocale().createSeparatedList(list);
}

QString endpoint(const BackendConfig& backend)
{
    return ListenerConfig{backend.host, backend.port, ListenerProtocol::Http}.endpoint();
}

const BackendConfig* findBackend(const PoolConfig& pool, const BackendConfig& like)
{
    for (const BackendConfig& backend : pool.backends) {
        if (backend.host == like.host && backend.port == like.port)
            return &backend;
    }
    return nullptr;
}

QString levelText(const SiteSecurityConfig& config)
{
    const SecurityPreset preset = SecurityText::level(config);
    return SecurityText::presetName(preset);
}

// The protections of one site (or the default for sites) that differ, sentence by sentence.
void describeProtection(const QString& who, const SiteSecurityConfig& before, const SiteSecurityConfig& after,
                        QStringList& lines)
{
    if (before == after)
        return;
    const SecurityPreset preset = SecurityText::level(after);
    if (preset != SecurityText::level(before)) {
        //: %1 is "the site \"shop\"" or "sites without their own", %2 a level (Off, Basic, Strict, Custom).
        lines << ChangeText::tr("Protection of %1: %2. %3")
                     .arg(who, levelText(after), SecurityText::presetDescription(preset));
    }
    if (after.access.officeOnly != before.access.officeOnly)
        lines << (after.access.officeOnly ? ChangeText::tr("Only the office network may reach %1.").arg(who)
                                          : ChangeText::tr("Any network may reach %1 again.").arg(who));
    if (after.access.allow != before.access.allow || after.access.deny != before.access.deny)
        lines << ChangeText::tr("The allowed and denied addresses of %1 change.").arg(who);
    if (after.waf.mode != before.waf.mode)
        //: %1 "the site \"shop\"", %2 Off, Log only or Block.
        lines << ChangeText::tr("Attack rules on %1: %2.").arg(who, SecurityText::wafModeName(after.waf.mode));
    for (const WafConfig::Exception& exception : after.waf.exceptions) {
        if (!before.waf.exceptions.contains(exception))
            //: %1 an attack rule's title, %2 a path prefix, %3 "the site \"shop\"".
            lines << ChangeText::tr("The attack rule \"%1\" no longer applies under %2 on %3.")
                         .arg(SecurityText::ruleTitle(exception.rule), exception.pathPrefix, who);
    }
    for (const WafConfig::Exception& exception : before.waf.exceptions) {
        if (!after.waf.exceptions.contains(exception))
            lines << ChangeText::tr("The attack rule \"%1\" applies again under %2 on %3.")
                         .arg(SecurityText::ruleTitle(exception.rule), exception.pathPrefix, who);
    }
    if (!(after.rateLimit == before.rateLimit) && preset == SecurityPreset::Custom)
        lines << (after.rateLimit.enabled
                      ? ChangeText::tr("Each client may send %2 requests a second (bursts of %3) to %1.")
                            .arg(who, QLocale().toString(after.rateLimit.requestsPerSecond))
                            .arg(after.rateLimit.burst)
                      : ChangeText::tr("No request rate limit on %1.").arg(who));
    if (!(after.headers == before.headers) && preset == SecurityPreset::Custom)
        lines << ChangeText::tr("The response headers added or hidden on %1 change.").arg(who);
}

// In the review's own quotes, like the site and pool names around it.
QString ruleName(const CacheRule& rule)
{
    //: A cache rule's name in quotes, as the review quotes site names.
    return rule.name.isEmpty() ? CacheRuleText::quotedName(rule.name) : ChangeText::tr("\"%1\"").arg(rule.name);
}

//: A cache rule in the review of a change: its name, what it matches, what it does.
QString ruleLine(const CacheRule& rule)
{
    return ChangeText::tr("%1: %2, %3.").arg(ruleName(rule), CacheRuleText::match(rule), CacheRuleText::action(rule));
}

const CacheRule* findRule(const QList<CacheRule>& rules, const QString& name)
{
    for (const CacheRule& rule : rules) {
        if (!name.isEmpty() && rule.name == name)
            return &rule;
    }
    return nullptr;
}

// before is null for a new site. Rules are told apart by name; unnamed ones by their whole content.
void describeCache(const QString& site, const SiteCacheConfig* before, const SiteCacheConfig& after, QStringList& lines)
{
    const bool wasOn = before && before->enabled;
    if (!after.enabled) {
        if (wasOn)
            lines
                << ChangeText::tr("The site \"%1\" stops caching: every request goes to its backends again.").arg(site);
        return;
    }
    if (!wasOn) {
        lines << ChangeText::tr("The site \"%1\" keeps copies of its backends' answers (cache on), with %n rule(s).",
                                nullptr, int(after.rules.size()))
                     .arg(site);
        for (const CacheRule& rule : after.rules)
            lines << ruleLine(rule);
        return;
    }
    const QList<CacheRule>& oldRules = before->rules;
    for (const CacheRule& rule : after.rules) {
        if (oldRules.contains(rule))
            continue;
        lines << (findRule(oldRules, rule.name) ? ChangeText::tr("A cache rule of \"%1\" changes. %2")
                                                : ChangeText::tr("A new cache rule for \"%1\". %2"))
                     .arg(site, ruleLine(rule));
    }
    for (const CacheRule& rule : oldRules) {
        if (!after.rules.contains(rule) && !findRule(after.rules, rule.name))
            lines << ChangeText::tr("Removes the cache rule %1 from \"%2\".").arg(ruleName(rule), site);
    }
    if (after.rules.size() == oldRules.size() && after.rules != oldRules &&
        std::is_permutation(after.rules.cbegin(), after.rules.cend(), oldRules.cbegin()))
        lines << ChangeText::tr("The cache rules of \"%1\" are tried in a new order.").arg(site);
}

void describeSecurity(const Config& before, const Config& after, QStringList& lines)
{
    const SecuritySettings& oldSecurity = before.settings.security;
    const SecuritySettings& newSecurity = after.settings.security;
    describeProtection(ChangeText::tr("sites without their own"), oldSecurity.sites, newSecurity.sites, lines);
    for (const SiteConfig& site : after.sites) {
        const SiteConfig* old = nullptr;
        for (const SiteConfig& candidate : before.sites) {
            if (candidate.name == site.name)
                old = &candidate;
        }
        if (!old)
            continue;
        const QString who = ChangeText::tr("the site \"%1\"").arg(site.name);
        if (site.security.has_value() != old->security.has_value()) {
            if (!site.security)
                lines << ChangeText::tr("The site \"%1\" follows the default protection again.").arg(site.name);
            else
                lines << ChangeText::tr("The site \"%1\" gets protection of its own.").arg(site.name);
        }
        describeProtection(who, old->effectiveSecurity(before.settings), site.effectiveSecurity(after.settings), lines);
        for (const RouteConfig& route : site.routes) {
            for (const RouteConfig& oldRoute : old->routes) {
                if (oldRoute.pathPrefix != route.pathPrefix || oldRoute.security.basicAuth == route.security.basicAuth)
                    continue;
                const auto& users = route.security.basicAuth.users;
                lines << (users.isEmpty() ? ChangeText::tr("%1 on \"%2\" no longer asks for a password.")
                                                .arg(route.pathPrefix, site.name)
                                          : ChangeText::tr("%1 on \"%2\" asks for a password; %n user(s) may log in.",
                                                           nullptr, int(users.size()))
                                                .arg(route.pathPrefix, site.name));
            }
        }
    }
    if (!(newSecurity.ban == oldSecurity.ban))
        lines << ChangeText::tr("The rules for banning clients change.");
    if (newSecurity.serverHeader != oldSecurity.serverHeader ||
        newSecurity.officeNetworks != oldSecurity.officeNetworks)
        lines << ChangeText::tr("Engine-wide security settings change.");
    const GlobalSettings& a = after.settings;
    const GlobalSettings& b = before.settings;
    if (a.clientHeaderTimeoutMs != b.clientHeaderTimeoutMs || a.clientBodyTimeoutMs != b.clientBodyTimeoutMs ||
        a.minClientBytesPerSecond != b.minClientBytesPerSecond || a.minRateGraceMs != b.minRateGraceMs ||
        a.maxConnectionsPerIp != b.maxConnectionsPerIp)
        lines << ChangeText::tr("The limits for slow clients and connections per client change.");
}

} // namespace

QString ChangeText::server(const BackendConfig& backend)
{
    QStringList extras;
    extras << tr("weight %1").arg(backend.weight);
    if (backend.maxConnections > 0)
        extras << tr("at most %n connection(s)", nullptr, backend.maxConnections);
    if (backend.backup)
        extras << tr("backup");
    if (backend.state != BackendAdminState::Enabled)
        extras << HealthText::adminStateName(backend.state);
    //: A server and its settings: "10.0.0.5:8080 (weight 2, backup)".
    return tr("%1 (%2)").arg(endpoint(backend), extras.join(QStringLiteral(", ")));
}

QString ChangeText::caName(const AcmeConfig& acme)
{
    if (acme.directoryUrl == QLatin1String(AcmeConfig::letsEncryptDirectory))
        return QStringLiteral("Let's Encrypt");
    const QString host = QUrl(acme.directoryUrl).host();
    return host.isEmpty() ? acme.directoryUrl : host;
}

QStringList ChangeText::describeTls(const SiteConfig& site, const AcmeConfig& acme,
                                    const QHash<QString, QString>& certificateNames, bool fromLocalCa)
{
    const SiteTlsConfig& tls = site.tls;
    QStringList lines;
    if (fromLocalCa)
        lines << tr("\"%1\" gets a new certificate from the office's local CA for https://, issued when you press "
                    "Apply.")
                     .arg(site.name);
    else if (tls.acme)
        lines << tr("\"%1\" gets its certificate for https:// from %2; Portico asks for it while the engine runs "
                    "and renews it by itself.")
                     .arg(site.name, caName(acme));
    else if (!tls.certificate.isEmpty())
        lines << tr("\"%1\" uses the certificate \"%2\" for https://.")
                     .arg(site.name, certificateNames.value(tls.certificate, tls.certificate));
    else if (tls.hasFiles())
        lines << tr("\"%1\" uses the certificate file %2 for https://.").arg(site.name, tls.certificateFile);
    else if (tls.redirectHttp || tls.hstsMaxAgeSeconds > 0)
        lines << tr("\"%1\" uses whichever stored certificate covers each of its names for https://.").arg(site.name);
    else
        lines << tr("\"%1\" is reached over plain http:// (no HTTPS).").arg(site.name);
    if (tls.redirectHttp)
        lines << tr("Visitors who come to \"%1\" by http:// are sent on to https://.").arg(site.name);
    if (tls.hstsMaxAgeSeconds > 0) {
        //: How long browsers remember to use only HTTPS.
        const QString duration =
            tr("%n day(s)", nullptr, static_cast<int>(qMax<qint64>(1, tls.hstsMaxAgeSeconds / (24 * 3600))));
        lines
            << (tls.hstsIncludeSubdomains
                    ? tr("Browsers are told to use only https:// for \"%1\" and every name under its names, for "
                         "%2 (HSTS).")
                          .arg(site.name, duration)
                    : tr("Browsers are told to use only https:// for \"%1\", for %2 (HSTS).").arg(site.name, duration));
    }
    return lines;
}

QStringList ChangeText::describe(const Config& before, const Config& after,
                                 const QHash<QString, QString>& certificateNames, const QStringList& localCaSites)
{
    QStringList lines;
    for (const SiteConfig& site : after.sites) {
        const SiteConfig* old = nullptr;
        for (const SiteConfig& candidate : before.sites) {
            if (candidate.name == site.name)
                old = &candidate;
        }
        describeSite(old, site, after.settings.acme, certificateNames, localCaSites.contains(site.name), lines);
    }
    for (const SiteConfig& site : before.sites) {
        bool kept = false;
        for (const SiteConfig& candidate : after.sites)
            kept = kept || candidate.name == site.name;
        if (!kept)
            lines << tr("Removes the site \"%1\"; Portico no longer answers %2.")
                         .arg(site.name, nameList(site.serverNames));
    }
    describeSecurity(before, after, lines);
    for (const PoolConfig& pool : after.pools)
        describePool(before.findPool(pool.name), pool, lines);
    for (const PoolConfig& pool : before.pools) {
        if (!after.findPool(pool.name))
            lines << tr("Removes the pool \"%1\" and its %n server(s).", nullptr,
                        static_cast<int>(pool.backends.size()))
                         .arg(pool.name);
    }
    for (const ListenerConfig& listener : after.listeners) {
        if (before.listeners.contains(listener))
            continue;
        lines << (listener.protocol == ListenerProtocol::Https
                      ? tr("Portico also listens for https:// on %1.").arg(listener.endpoint())
                      : tr("Portico also listens on %1.").arg(listener.endpoint()));
    }
    const AcmeConfig& acmeBefore = before.settings.acme;
    const AcmeConfig& acmeAfter = after.settings.acme;
    if (acmeAfter.termsAgreed && !acmeBefore.termsAgreed)
        lines << tr("You accept the terms of service of %1; Portico creates an account there for all sites.")
                     .arg(caName(acmeAfter));
    if (acmeAfter.email != acmeBefore.email && !acmeAfter.email.isEmpty())
        lines << tr("%1 may write to %2 about the account.").arg(caName(acmeAfter), acmeAfter.email);
    for (const ListenerConfig& listener : before.listeners) {
        if (!after.listeners.contains(listener))
            lines << tr("Portico stops listening on %1.").arg(listener.endpoint());
    }
    if (lines.isEmpty() && !(before == after))
        lines << tr("Changes settings that have no plain description here.");
    if (lines.isEmpty())
        lines << tr("Nothing changes.");
    return lines;
}

void ChangeText::describeSite(const SiteConfig* before, const SiteConfig& after, const AcmeConfig& acme,
                              const QHash<QString, QString>& certificateNames, bool fromLocalCa, QStringList& lines)
{
    if (!before) {
        if (after.serverNames.isEmpty())
            lines << tr("Adds the site \"%1\".").arg(after.name);
        else
            lines << tr("Adds the site \"%1\", answering %2.").arg(after.name, nameList(after.serverNames));
        if (after.isDefault)
            lines << tr("\"%1\" becomes the default site: it also answers names no other site claims.").arg(after.name);
        for (const RouteConfig& route : after.routes) {
            if (route.type == RouteType::Proxy)
                lines << tr("Requests under %1 go to the pool \"%2\".").arg(route.pathPrefix, route.pool);
        }
        lines << describeTls(after, acme, certificateNames, fromLocalCa);
        describeCache(after.name, nullptr, after.cache, lines);
        return;
    }
    QStringList added;
    QStringList removed;
    for (const QString& name : after.serverNames) {
        if (!before->serverNames.contains(name))
            added << name;
    }
    for (const QString& name : before->serverNames) {
        if (!after.serverNames.contains(name))
            removed << name;
    }
    if (!added.isEmpty())
        lines << tr("The site \"%1\" also answers %2.").arg(after.name, nameList(added));
    if (!removed.isEmpty())
        lines << tr("The site \"%1\" no longer answers %2.").arg(after.name, nameList(removed));
    if (after.isDefault != before->isDefault)
        lines << (after.isDefault ? tr("\"%1\" becomes the default site.").arg(after.name)
                                  : tr("\"%1\" is no longer the default site.").arg(after.name));
    if (after.routes != before->routes)
        lines << tr("The routes of the site \"%1\" change.").arg(after.name);
    if (!(after.tls == before->tls) || fromLocalCa)
        lines << describeTls(after, acme, certificateNames, fromLocalCa);
    describeCache(after.name, &before->cache, after.cache, lines);
}

void ChangeText::describePool(const PoolConfig* before, const PoolConfig& after, QStringList& lines)
{
    if (!before) {
        QStringList servers;
        for (const BackendConfig& backend : after.backends)
            servers << server(backend);
        lines << tr("Adds the pool \"%1\" with %n server(s): %2", nullptr, static_cast<int>(after.backends.size()))
                     .arg(after.name, servers.join(QStringLiteral(", ")));
        lines << tr("Balancing: %1.").arg(BalanceText::describe(after.balance));
        lines << tr("Health: %1.").arg(BalanceText::describe(after.healthCheck));
        return;
    }
    for (const BackendConfig& backend : after.backends) {
        const BackendConfig* old = findBackend(*before, backend);
        if (!old)
            lines << tr("Adds the server %1 to the pool \"%2\".").arg(server(backend), after.name);
        else if (!(*old == backend))
            lines << tr("Changes the server %1 in the pool \"%2\" to %3.")
                         .arg(endpoint(backend), after.name, server(backend));
    }
    for (const BackendConfig& backend : before->backends) {
        if (!findBackend(after, backend))
            lines << tr("Removes the server %1 from the pool \"%2\".").arg(endpoint(backend), after.name);
    }
    if (!(after.balance == before->balance))
        lines << tr("The pool \"%1\" now balances: %2.").arg(after.name, BalanceText::describe(after.balance));
    if (!(after.healthCheck == before->healthCheck))
        lines << tr("The pool \"%1\" now checks: %2.").arg(after.name, BalanceText::describe(after.healthCheck));
    if (after.slowStartMs != before->slowStartMs || !(after.passiveHealth == before->passiveHealth) ||
        !(after.queue == before->queue) || !(after.retry == before->retry))
        lines << tr("Other settings of the pool \"%1\" change.").arg(after.name);
}

} // namespace Portico
