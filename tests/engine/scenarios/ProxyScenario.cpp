// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyScenario.h"

namespace Portico::Test {

Config ProxyScenario::config(const QList<quint16>& backendPorts, int workers)
{
    Config config;
    config.settings.workers = workers;
    config.settings.accessLog = false;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    PoolConfig pool;
    pool.name = QStringLiteral("app");
    for (const quint16 port : backendPorts)
        pool.backends.append(BackendConfig{QStringLiteral("127.0.0.1"), port, 1});
    config.pools = {pool};
    SiteConfig site;
    site.name = QStringLiteral("app");
    site.isDefault = true;
    RouteConfig route;
    route.pool = QStringLiteral("app");
    site.routes = {route};
    config.sites = {site};
    return config;
}

} // namespace Portico::Test
