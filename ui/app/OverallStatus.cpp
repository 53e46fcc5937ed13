// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/OverallStatus.h"

#include <QSet>

namespace Portico {

OverallStatus OverallStatus::of(EngineState state, bool startFailed, const QList<BackendStats>& backends,
                                bool recentWarning)
{
    OverallStatus status;
    if (startFailed) {
        status.health = OverallHealth::Failing;
        return status;
    }
    if (state != EngineState::Running)
        return status;
    QStringList pools;
    QSet<QString> serving;
    for (const BackendStats& backend : backends) {
        ++status.servers;
        if (!pools.contains(backend.pool))
            pools << backend.pool;
        if (backend.inRotation)
            serving.insert(backend.pool);
        // A server the admin took out on purpose is not news.
        if (backend.adminState == BackendAdminState::Enabled &&
            (backend.health == BackendHealth::Down || backend.health == BackendHealth::Ejected) &&
            !status.serversDown.contains(backend.key()))
            status.serversDown << backend.key();
    }
    for (const QString& pool : std::as_const(pools)) {
        if (!serving.contains(pool))
            status.poolsDown << pool;
    }
    if (!status.poolsDown.isEmpty())
        status.health = OverallHealth::Failing;
    else if (!status.serversDown.isEmpty() || recentWarning)
        status.health = OverallHealth::Degraded;
    else
        status.health = OverallHealth::Healthy;
    return status;
}

} // namespace Portico
