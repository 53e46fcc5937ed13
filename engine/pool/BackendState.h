// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/BackendHealth.h"
#include "stats/LatencyHistogram.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <limits>

namespace Portico {

// What every worker and the health monitor share about one backend of one pool. It outlives config
// generations while the pool keeps the backend, so health and counters survive a reload. Plain
// relaxed atomics: the hot path reads and bumps them without a lock.
class BackendState
{
public:
    BackendState(QString pool, QByteArray key, int weight);
    Q_DISABLE_COPY_MOVE(BackendState)

    const QString pool;
    // "host:port" as configured.
    const QByteArray key;

    // Written by the health monitor.
    std::atomic<BackendHealth> health{BackendHealth::Unchecked};
    // The configured weight, lowered during slow start.
    std::atomic<int> effectiveWeight;

    // Written by the workers.
    std::atomic<qint64> active{0};
    std::atomic<quint64> requests{0};
    std::atomic<quint64> errors{0};
    LatencyHistogram latency;

    // Passive health: consecutive failures on real traffic within the window.
    std::atomic<int> consecutiveFailures{0};
    // noFailure until the first one: 0 is a valid time on the monotonic scale.
    static constexpr qint64 noFailure = std::numeric_limits<qint64>::min();
    std::atomic<qint64> lastFailureMs{noFailure};
    // Set by the worker that reached the threshold (it also takes the backend out of rotation
    // at once); the monitor turns it into an ejection and clears it.
    std::atomic<bool> ejectPending{false};

    bool healthy() const;
    // Counts a failure; true when this one reached the threshold and this caller must ask the
    // monitor to eject (only one caller gets true).
    bool recordFailure(qint64 nowMs, int threshold, qint64 windowMs);
    void recordSuccess();
};

} // namespace Portico
