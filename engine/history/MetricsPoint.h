// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace Portico {

// Traffic over one span of time: one second, or a downsampled 10 s or 1 min bucket.
// Counts are totals over the span; rates divide them by spanMs.
class MetricsPoint
{
public:
    // End of the span, in milliseconds since the epoch (UTC).
    qint64 timeMs = 0;
    // How much time it covers; gaps (engine stopped) have no points at all.
    qint64 spanMs = 0;
    quint64 requests = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    // Index 0 for 1xx up to 4 for 5xx.
    std::array<quint64, 5> responsesByClass{};
    // Failures talking to backends (connect errors, timeouts, 5xx from them), retried ones included.
    quint64 backendErrors = 0;
    // Highest number of open client connections during the span (whole engine only; 0 in site series).
    qint64 activeConnections = 0;
    // Request latency in microseconds. Downsampled points carry the request-weighted mean of the
    // finer points' percentiles (an approximation; exact within a 1 s point).
    qint64 latencyP50Us = 0;
    qint64 latencyP95Us = 0;
    qint64 latencyP99Us = 0;
    // Cacheable requests served from the cache (stale ones included) and sent to the backend.
    quint64 cacheHits = 0;
    quint64 cacheMisses = 0;

    double requestsPerSecond() const { return spanMs > 0 ? double(requests) * 1000.0 / double(spanMs) : 0.0; }
    double bytesInPerSecond() const { return spanMs > 0 ? double(bytesIn) * 1000.0 / double(spanMs) : 0.0; }
    double bytesOutPerSecond() const { return spanMs > 0 ? double(bytesOut) * 1000.0 / double(spanMs) : 0.0; }
    // 5xx answers to clients.
    quint64 errors() const { return responsesByClass[4]; }

    bool operator==(const MetricsPoint&) const = default;
};

} // namespace Portico
