// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "stats/BackendHealth.h"
#include "stats/BackendTransition.h"
#include "stats/HealthCheckResult.h"

#include <QList>
#include <QString>

namespace Portico {

// One backend of one pool, as of the snapshot.
class BackendStats
{
public:
    QString pool;
    QString host;
    quint16 port = 0;
    BackendAdminState adminState = BackendAdminState::Enabled;
    bool backup = false;
    int weight = 1;
    // Below weight while a recovered backend ramps up (slow start).
    int effectiveWeight = 1;
    BackendHealth health = BackendHealth::Unchecked;
    // Whether new requests may go to it now (health, admin state and backup rules together).
    bool inRotation = true;

    quint64 requestsTotal = 0;
    // Connection errors, timeouts and 5xx responses.
    quint64 errorsTotal = 0;
    double requestsPerSecond = 0;
    double errorsPerSecond = 0;
    qint64 activeRequests = 0;
    // Waiting in the pool's queue because every backend that could take them is at its limit.
    qint64 queuedRequests = 0;
    // Over the last interval; zero when nothing finished.
    qint64 latencyP50Us = 0;
    qint64 latencyP95Us = 0;

    // Invalid time when no active check has run.
    HealthCheckResult lastCheck;
    // Oldest first, at most a few dozen.
    QList<BackendTransition> transitions;

    QString key() const { return host + QLatin1Char(':') + QString::number(port); }
    bool operator==(const BackendStats&) const = default;
};

} // namespace Portico
