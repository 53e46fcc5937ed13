// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRuleSet.h"
#include "config/Config.h"
#include "pool/PoolRuntime.h"
#include "route/Router.h"
#include "security/IpMatcher.h"
#include "security/SecurityPolicy.h"
#include "stats/SiteCounters.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QHostInfo;

namespace Portico {

class AcmeChallengeStore;
class TlsClientContext;
class TlsContextSet;

// Everything the workers need from one applied config, built once on the controller's thread and
// then only read.
class ConfigGeneration
{
public:
    // Hands out the state shared across generations for (pool, backend key), creating it if new.
    using BackendStateSource =
        std::function<std::shared_ptr<BackendState>(const QString& pool, const QByteArray& key, int weight)>;
    using SiteCounterSource = std::function<std::shared_ptr<SiteCounters>(const QString& site)>;
    // The address for a backend host name; a null address leaves the backend unresolved (out of
    // rotation). Never called for literal addresses.
    using AddressSource = std::function<QHostAddress(const QString& host)>;

    // Fresh shared state and blocking name lookups: for tests and tools that run one generation.
    explicit ConfigGeneration(Config config);
    ConfigGeneration(Config config, const AddressSource& addresses, const BackendStateSource& backendStates,
                     const SiteCounterSource& siteCounters, const QByteArray& stickySecret);
    // A blocking lookup preferring IPv4; null when the name does not resolve.
    static QHostAddress lookUpNow(const QString& host);
    // The address to use from a lookup's answer: the first IPv4 one, else the first; null (and a
    // warning) when there is none.
    static QHostAddress preferredAddress(const QString& host, const QHostInfo& info);
    Q_DISABLE_COPY_MOVE(ConfigGeneration)

    const Config config;
    const Router router;
    // Subnets whose X-Forwarded-* and Forwarded fields are believed; compiled once here, looked up per request.
    const IpMatcher trustedProxies;
    // Per pool, in config order.
    std::vector<std::unique_ptr<const PoolRuntime>> pools;
    // Per site, in config order.
    std::vector<std::shared_ptr<SiteCounters>> sites;

    // TLS, filled in by the runtime before any worker sees the generation: an SNI set per HTTPS listener (by
    // ListenerConfig::endpoint()) and, per pool, the context for TLS to its backends (null for plain HTTP).
    std::map<QString, std::shared_ptr<const TlsContextSet>> tlsListeners;
    std::vector<std::shared_ptr<const TlsClientContext>> upstreamTls;
    // Where plain-HTTP requests of sites with tls.redirectHttp go: the first HTTPS listener's port, 0 for none.
    quint16 httpsPort = 0;
    // Per site, the Strict-Transport-Security value for HTTPS answers (empty: none).
    std::vector<QByteArray> siteHsts;
    // Per site, its compiled cache rules; null when the site does not cache.
    std::vector<std::shared_ptr<const CacheRuleSet>> siteCache;
    // Per site, its compiled protections (never null; a site with everything off has an empty policy).
    std::vector<std::shared_ptr<const SecurityPolicy>> siteSecurity;
    // "Server: ...\r\n" for every answer, or empty (settings.security.serverHeader).
    QByteArray serverField;
    // HTTP-01 answers for ACME orders in progress; may be null.
    std::shared_ptr<const AcmeChallengeStore> acmeChallenges;

    bool isTrustedProxy(const IpKey& address) const { return trustedProxies.contains(address); }
    const std::shared_ptr<const TlsContextSet>* tlsFor(const QString& endpoint) const;
};

} // namespace Portico
