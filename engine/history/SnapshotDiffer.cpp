// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/SnapshotDiffer.h"

#include <cmath>

namespace Portico {

namespace {

// Far more than any link carries in an interval, far less than a wrapped counter.
constexpr double maxCount = 1e15;

quint64 rateCount(double perSecond, qint64 spanMs)
{
    const double count = perSecond * double(spanMs) / 1000.0;
    if (!std::isfinite(count) || count <= 0)
        return 0;
    return quint64(std::llround(qMin(count, maxCount)));
}

// Splits requests over the status classes in the proportions of the totals.
std::array<quint64, 5> proportional(quint64 requests, const std::array<quint64, 5>& totals)
{
    std::array<quint64, 5> result{};
    double sum = 0;
    for (const quint64 count : totals)
        sum += double(count);
    if (sum <= 0)
        return result;
    for (size_t i = 0; i < totals.size(); ++i)
        result[i] = quint64(std::llround(double(requests) * double(totals[i]) / sum));
    return result;
}

bool anyBelow(const std::array<quint64, 5>& now, const std::array<quint64, 5>& before)
{
    for (size_t i = 0; i < now.size(); ++i) {
        if (now[i] < before[i])
            return true;
    }
    return false;
}

std::array<quint64, 5> difference(const std::array<quint64, 5>& now, const std::array<quint64, 5>& before)
{
    std::array<quint64, 5> result{};
    for (size_t i = 0; i < now.size(); ++i)
        result[i] = now[i] - before[i];
    return result;
}

QString backendId(const BackendStats& backend)
{
    return backend.pool + QLatin1Char('\n') + backend.key();
}

} // namespace

SnapshotDiffer::Points SnapshotDiffer::next(const StatsSnapshot& snapshot)
{
    Points points;
    const qint64 timeMs = snapshot.time.toMSecsSinceEpoch();
    const qint64 spanMs = qMax<qint64>(0, snapshot.intervalMs);
    const StatsSnapshot& before = m_previous;

    const bool restarted =
        !m_hasPrevious || snapshot.uptimeMs < before.uptimeMs || snapshot.requestsTotal < before.requestsTotal ||
        snapshot.bytesInTotal < before.bytesInTotal || snapshot.bytesOutTotal < before.bytesOutTotal ||
        anyBelow(snapshot.responsesByClass, before.responsesByClass);
    // The first snapshot after a start covers everything since the start: its totals are the interval's.
    const bool sinceStart = snapshot.uptimeMs <= snapshot.intervalMs;

    MetricsPoint& total = points.total;
    total.timeMs = timeMs;
    total.spanMs = spanMs;
    if (!restarted) {
        total.requests = snapshot.requestsTotal - before.requestsTotal;
        total.bytesIn = snapshot.bytesInTotal - before.bytesInTotal;
        total.bytesOut = snapshot.bytesOutTotal - before.bytesOutTotal;
        total.responsesByClass = difference(snapshot.responsesByClass, before.responsesByClass);
    } else if (sinceStart) {
        total.requests = snapshot.requestsTotal;
        total.bytesIn = snapshot.bytesInTotal;
        total.bytesOut = snapshot.bytesOutTotal;
        total.responsesByClass = snapshot.responsesByClass;
    } else {
        total.requests = rateCount(snapshot.requestsPerSecond, spanMs);
        total.bytesIn = rateCount(snapshot.bytesInPerSecond, spanMs);
        total.bytesOut = rateCount(snapshot.bytesOutPerSecond, spanMs);
        total.responsesByClass = proportional(total.requests, snapshot.responsesByClass);
    }
    total.backendErrors = backendErrors(snapshot, restarted);
    total.activeConnections = qMax<qint64>(0, snapshot.activeConnections);
    total.latencyP50Us = qMax<qint64>(0, snapshot.latencyP50Us);
    total.latencyP95Us = qMax<qint64>(0, snapshot.latencyP95Us);
    total.latencyP99Us = qMax<qint64>(0, snapshot.latencyP99Us);
    cachePoint(snapshot, restarted, sinceStart, total);

    QHash<QString, SiteTotals> sites;
    for (const SiteStats& site : snapshot.sites) {
        points.sites.append({site.name, sitePoint(site, timeMs, spanMs, restarted)});
        sites.insert(site.name, SiteTotals{site.requestsTotal, site.errorsTotal, site.bytesInTotal, site.bytesOutTotal,
                                           site.responsesByClass});
    }
    m_sites = std::move(sites);
    QHash<QString, quint64> backends;
    for (const BackendStats& backend : snapshot.backends)
        backends.insert(backendId(backend), backend.errorsTotal);
    m_backendErrors = std::move(backends);
    m_previous = snapshot;
    // Only the totals are compared next time.
    m_previous.backends.clear();
    m_previous.sites.clear();
    m_previous.cache.topPaths.clear();
    m_hasPrevious = true;
    return points;
}

MetricsPoint SnapshotDiffer::sitePoint(const SiteStats& site, qint64 timeMs, qint64 spanMs, bool engineRestarted) const
{
    MetricsPoint point;
    point.timeMs = timeMs;
    point.spanMs = spanMs;
    const auto found = m_sites.constFind(site.name);
    const bool known = found != m_sites.cend();
    const bool wentDown = known && (site.requestsTotal < found->requests || site.errorsTotal < found->errors ||
                                    site.bytesInTotal < found->bytesIn || site.bytesOutTotal < found->bytesOut ||
                                    anyBelow(site.responsesByClass, found->responsesByClass));
    quint64 errors = 0;
    if (known && !wentDown) {
        point.requests = site.requestsTotal - found->requests;
        point.bytesIn = site.bytesInTotal - found->bytesIn;
        point.bytesOut = site.bytesOutTotal - found->bytesOut;
        point.responsesByClass = difference(site.responsesByClass, found->responsesByClass);
        errors = site.errorsTotal - found->errors;
    } else if (m_hasPrevious && !engineRestarted) {
        // New (or re-created) while the engine ran: its counters started within this interval.
        point.requests = site.requestsTotal;
        point.bytesIn = site.bytesInTotal;
        point.bytesOut = site.bytesOutTotal;
        point.responsesByClass = site.responsesByClass;
        errors = site.errorsTotal;
    } else {
        point.requests = rateCount(site.requestsPerSecond, spanMs);
        point.bytesIn = rateCount(site.bytesInPerSecond, spanMs);
        point.bytesOut = rateCount(site.bytesOutPerSecond, spanMs);
        point.responsesByClass = proportional(point.requests, site.responsesByClass);
    }
    // errorsTotal counts 5xx too; keep whichever the stats filled in.
    point.responsesByClass[4] = qMax(point.responsesByClass[4], errors);
    point.latencyP50Us = qMax<qint64>(0, site.latencyP50Us);
    point.latencyP95Us = qMax<qint64>(0, site.latencyP95Us);
    point.latencyP99Us = qMax<qint64>(0, site.latencyP99Us);
    return point;
}

void SnapshotDiffer::cachePoint(const StatsSnapshot& snapshot, bool engineRestarted, bool sinceStart,
                                MetricsPoint& point) const
{
    const CacheStats& now = snapshot.cache;
    const CacheStats& before = m_previous.cache;
    const quint64 served = now.hitsTotal + now.staleHitsTotal;
    const quint64 servedBefore = before.hitsTotal + before.staleHitsTotal;
    const bool wentDown = served < servedBefore || now.missesTotal < before.missesTotal;
    if (!engineRestarted && !wentDown) {
        point.cacheHits = served - servedBefore;
        point.cacheMisses = now.missesTotal - before.missesTotal;
    } else if (sinceStart || (m_hasPrevious && !engineRestarted)) {
        // Counted from zero within this interval.
        point.cacheHits = served;
        point.cacheMisses = now.missesTotal;
    }
    // Otherwise no predecessor to compare with and no rate to fall back on: nothing is claimed.
}

quint64 SnapshotDiffer::backendErrors(const StatsSnapshot& snapshot, bool engineRestarted) const
{
    const qint64 spanMs = qMax<qint64>(0, snapshot.intervalMs);
    quint64 sum = 0;
    for (const BackendStats& backend : snapshot.backends) {
        const auto found = m_backendErrors.constFind(backendId(backend));
        if (found != m_backendErrors.cend() && backend.errorsTotal >= *found)
            sum += backend.errorsTotal - *found;
        else if (m_hasPrevious && !engineRestarted)
            sum += backend.errorsTotal;
        else
            sum += rateCount(backend.errorsPerSecond, spanMs);
    }
    return sum;
}

} // namespace Portico
