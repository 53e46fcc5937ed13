// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/MetricsPoint.h"
#include "stats/StatsSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Portico {

// Turns the engine's running totals into what happened during each snapshot's interval. Totals restart
// at zero with the engine (and a site's or backend's when it is re-created): a total that went down, or
// a snapshot with no usable predecessor, falls back on the snapshot's own rates x interval, so nothing
// ever comes out negative or as a whole run's worth at once.
class SnapshotDiffer
{
public:
    class Points
    {
    public:
        MetricsPoint total;
        QList<std::pair<QString, MetricsPoint>> sites;
    };

    Points next(const StatsSnapshot& snapshot);
    // Forget the previous snapshot (the history was replaced).
    void reset() { *this = SnapshotDiffer(); }

private:
    class SiteTotals
    {
    public:
        quint64 requests = 0;
        quint64 errors = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        std::array<quint64, 5> responsesByClass{};
    };

    MetricsPoint sitePoint(const SiteStats& site, qint64 timeMs, qint64 spanMs, bool engineRestarted) const;
    quint64 backendErrors(const StatsSnapshot& snapshot, bool engineRestarted) const;
    // The cache's hits (stale ones included) and misses of the interval; whole engine only.
    void cachePoint(const StatsSnapshot& snapshot, bool engineRestarted, bool sinceStart, MetricsPoint& point) const;

    bool m_hasPrevious = false;
    StatsSnapshot m_previous;
    QHash<QString, SiteTotals> m_sites;
    QHash<QString, quint64> m_backendErrors;
};

} // namespace Portico
