// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ConfigGeneration.h"

#include "core/Logging.h"

#include <QHostInfo>

namespace Portico {

namespace {

BackendTarget resolve(const BackendConfig& backend)
{
    BackendTarget target;
    target.port = backend.port;
    target.weight = backend.weight;
    target.key = backend.host.toUtf8() + ':' + QByteArray::number(backend.port);
    if (target.address.setAddress(backend.host))
        return target;
    // Resolved once per apply on the controller's thread; the workers only ever see addresses.
    const QHostInfo info = QHostInfo::fromName(backend.host);
    for (const QHostAddress& address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol || target.address.isNull())
            target.address = address;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            break;
    }
    if (target.address.isNull())
        qCWarning(lcConfig).noquote() << "backend" << backend.host << "does not resolve:" << info.errorString();
    return target;
}

} // namespace

ConfigGeneration::ConfigGeneration(Config value)
    : config(std::move(value))
    , router(config)
{
    pools.reserve(static_cast<size_t>(config.pools.size()));
    for (const PoolConfig& pool : config.pools) {
        std::vector<BackendTarget> targets;
        for (const BackendConfig& backend : pool.backends)
            targets.push_back(resolve(backend));
        pools.push_back(std::move(targets));
    }
    for (const QString& subnet : config.settings.trustedProxies)
        trustedProxies.append(QHostAddress::parseSubnet(subnet));
}

bool ConfigGeneration::isTrustedProxy(const QHostAddress& address) const
{
    for (const auto& subnet : trustedProxies) {
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

} // namespace Portico
