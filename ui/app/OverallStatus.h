// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineState.h"
#include "stats/BackendStats.h"

#include <QList>
#include <QStringList>

namespace Portico {

enum class OverallHealth
{
    Stopped,  // stopped, paused or on its way
    Healthy,  // running, every pool has a server in rotation
    Degraded, // a server down or taken out, or a warning in the last minutes
    Failing,  // a site has no working server, or the engine could not start
};

// Whether everything is fine, in one word, for the tray icon and the top of the dashboard.
class OverallStatus
{
public:
    OverallHealth health = OverallHealth::Stopped;
    // Pools with no server in rotation.
    QStringList poolsDown;
    // Servers ("host:port") down or taken out by their errors; those the admin took out on purpose do not count.
    QStringList serversDown;
    int servers = 0;

    static OverallStatus of(EngineState state, bool startFailed, const QList<BackendStats>& backends,
                            bool recentWarning = false);
};

} // namespace Portico
