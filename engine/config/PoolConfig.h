// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "config/BalanceConfig.h"
#include "config/HealthCheckConfig.h"
#include "config/PassiveHealthConfig.h"
#include "config/QueueConfig.h"
#include "config/RetryConfig.h"
#include "config/UpstreamTlsConfig.h"

#include <QList>

namespace Portico {

// A named group of interchangeable backends that routes send requests to, and how requests are
// spread over them, how their health is judged and how failures are retried.
class PoolConfig
{
public:
    QString name;
    QList<BackendConfig> backends;
    BalanceConfig balance = {};
    HealthCheckConfig healthCheck = {};
    PassiveHealthConfig passiveHealth = {};
    // A backend that comes back ramps its weight up from almost nothing over this long; 0 means at once.
    int slowStartMs = 0;
    QueueConfig queue = {};
    RetryConfig retry = {};
    UpstreamTlsConfig tls = {};

    static PoolConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const PoolConfig&) const = default;
};

} // namespace Portico
