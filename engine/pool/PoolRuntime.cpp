// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/PoolRuntime.h"

namespace Portico {

namespace {

ConsistentHashRing makeRing(const PoolConfig& config, const std::vector<BackendTarget>& backends)
{
    if (config.balance.algorithm != BalanceAlgorithm::ConsistentHash || backends.empty())
        return ConsistentHashRing();
    QList<QByteArray> keys;
    QList<int> weights;
    for (const BackendTarget& backend : backends) {
        keys.append(backend.key);
        weights.append(backend.weight);
    }
    return ConsistentHashRing(keys, weights);
}

} // namespace

PoolRuntime::PoolRuntime(const PoolConfig& poolConfig, std::vector<BackendTarget> targets,
                         std::vector<std::shared_ptr<BackendState>> shared, const QByteArray& stickySecret)
    : config(poolConfig)
    , backends(std::move(targets))
    , states(std::move(shared))
    , ring(makeRing(poolConfig, backends))
    , sticky(poolConfig.balance.algorithm == BalanceAlgorithm::StickyCookie
                 ? std::optional<StickyCookie>(StickyCookie(stickySecret))
                 : std::nullopt)
    , hashKey(poolConfig.balance.hashKey.toLatin1())
    , cookieName(poolConfig.balance.cookieName.toLatin1())
{}

int PoolRuntime::indexOfStickyId(quint64 id) const
{
    for (size_t i = 0; i < backends.size(); ++i) {
        if (backends[i].stickyId == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace Portico
