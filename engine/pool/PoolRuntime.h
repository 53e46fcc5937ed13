// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/PoolConfig.h"
#include "pool/BackendState.h"
#include "pool/BackendTarget.h"
#include "pool/ConsistentHashRing.h"
#include "pool/StickyCookie.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Portico {

// A pool as one config generation runs it: its backends with resolved addresses and shared
// state, and what its algorithm precomputes. Immutable once built; workers share it.
class PoolRuntime
{
public:
    PoolRuntime(const PoolConfig& config, std::vector<BackendTarget> backends,
                std::vector<std::shared_ptr<BackendState>> states, const QByteArray& stickySecret);

    const PoolConfig& config;
    const std::vector<BackendTarget> backends;
    // Keeps the shared states alive as long as the generation.
    const std::vector<std::shared_ptr<BackendState>> states;
    // consistentHash only.
    const ConsistentHashRing ring;
    // stickyCookie only.
    const std::optional<StickyCookie> sticky;
    // The hashed header or cookie name, and the sticky cookie's name, as bytes.
    const QByteArray hashKey;
    const QByteArray cookieName;

    int indexOfStickyId(quint64 id) const;

    // Requests of this generation waiting for a backend below its connection limit, all workers.
    mutable std::atomic<qint64> queued{0};
};

} // namespace Portico
