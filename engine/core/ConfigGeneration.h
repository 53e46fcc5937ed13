// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "pool/BackendTarget.h"
#include "route/Router.h"

#include <memory>
#include <vector>

namespace Portico {

// Everything the data path derives from one Config, built once by the controller when the config
// is applied and then shared read-only by every worker: requests take a shared_ptr to the
// generation they started with and keep it until they end, so a reload never changes a request
// halfway through.
class ConfigGeneration
{
public:
    explicit ConfigGeneration(Config config);
    Q_DISABLE_COPY_MOVE(ConfigGeneration)

    const Config config;
    const Router router;
    // Per pool (same order as config.pools), its backends with resolved addresses.
    std::vector<std::vector<BackendTarget>> pools;
    // Subnets whose X-Forwarded-* and Forwarded fields are believed.
    QList<QPair<QHostAddress, int>> trustedProxies;

    bool isTrustedProxy(const QHostAddress& address) const;
};

} // namespace Portico
