// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConfigGeneration.h"

#include "acme/AcmeChallengeStore.h"
#include "core/Logging.h"
#include "pool/StickyCookie.h"
#include "tls/TlsClientContext.h"
#include "tls/TlsContextSet.h"

#include <QHostInfo>

namespace Portico {

namespace {

BackendTarget resolve(const BackendConfig& backend, const ConfigGeneration::AddressSource& addresses)
{
    BackendTarget target;
    target.port = backend.port;
    target.weight = backend.weight;
    target.maxConnections = backend.maxConnections;
    target.backup = backend.backup;
    target.admin = backend.state;
    target.key = backend.host.toUtf8() + ':' + QByteArray::number(backend.port);
    target.stickyId = StickyCookie::backendId(target.key);
    if (!target.address.setAddress(backend.host))
        target.address = addresses(backend.host);
    return target;
}

} // namespace

QHostAddress ConfigGeneration::lookUpNow(const QString& host)
{
    return preferredAddress(host, QHostInfo::fromName(host));
}

QHostAddress ConfigGeneration::preferredAddress(const QString& host, const QHostInfo& info)
{
    QHostAddress chosen;
    for (const QHostAddress& address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol || chosen.isNull())
            chosen = address;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            break;
    }
    if (chosen.isNull())
        qCWarning(lcConfig).noquote() << "backend" << host << "does not resolve:" << info.errorString();
    return chosen;
}

ConfigGeneration::ConfigGeneration(Config value)
    : ConfigGeneration(
          std::move(value), &ConfigGeneration::lookUpNow,
          [](const QString& pool, const QByteArray& key, int weight) {
              return std::make_shared<BackendState>(pool, key, weight);
          },
          [](const QString&) { return std::make_shared<SiteCounters>(); }, QByteArray())
{}

ConfigGeneration::ConfigGeneration(Config value, const AddressSource& addresses,
                                   const BackendStateSource& backendStates, const SiteCounterSource& siteCounters,
                                   const QByteArray& stickySecret)
    : config(std::move(value))
    , router(config)
    , trustedProxies(config.settings.trustedProxies)
{
    pools.reserve(static_cast<size_t>(config.pools.size()));
    for (const PoolConfig& pool : config.pools) {
        std::vector<BackendTarget> targets;
        std::vector<std::shared_ptr<BackendState>> states;
        for (const BackendConfig& backend : pool.backends) {
            targets.push_back(resolve(backend, addresses));
            states.push_back(backendStates(pool.name, targets.back().key, backend.weight));
            targets.back().state = states.back().get();
        }
        pools.push_back(std::make_unique<const PoolRuntime>(pool, std::move(targets), std::move(states), stickySecret));
    }
    for (const SiteConfig& site : config.sites)
        sites.push_back(siteCounters(site.name));
    siteCache.reserve(static_cast<size_t>(config.sites.size()));
    for (const SiteConfig& site : config.sites)
        siteCache.push_back(site.cache.enabled ? std::make_shared<const CacheRuleSet>(site.cache) : nullptr);
    siteSecurity.reserve(static_cast<size_t>(config.sites.size()));
    for (const SiteConfig& site : config.sites) {
        siteSecurity.push_back(std::make_shared<const SecurityPolicy>(site.effectiveSecurity(config.settings), site,
                                                                      config.settings.security));
    }
    if (!config.settings.security.serverHeader.isEmpty())
        serverField = "Server: " + config.settings.security.serverHeader.toLatin1() + "\r\n";
}

const std::shared_ptr<const TlsContextSet>* ConfigGeneration::tlsFor(const QString& endpoint) const
{
    const auto found = tlsListeners.find(endpoint);
    return found == tlsListeners.end() ? nullptr : &found->second;
}

} // namespace Portico
