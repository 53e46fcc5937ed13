// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/BackendTimeline.h"
#include "history/MetricsSeries.h"
#include "history/RequestTally.h"
#include "history/TopLists.h"
#include "stats/StatsSnapshot.h"

#include <QString>

#include <array>
#include <memory>

namespace Portico {

// The engine's traffic history, downsampled as it ages: 1 s points for the last minutes, 10 s points
// for the last day, 1 min points for the last week; for all sites together and for each site. Also
// each backend's health changes and the top-list tallies. Bounded in memory whatever the uptime.
// Lives on the controller's thread; times come from the snapshots (so from the engine's Clock).
// Copies are cheap and independent (copy-on-write), so a copy can be saved on another thread while
// this one goes on recording.
class MetricsHistory
{
public:
    // 2 added the cache's hits and misses to every point; files of version 1 are read with them 0.
    static constexpr quint32 formatVersion = 2;

    MetricsHistory();

    // <app data dir>/history/metrics.dat
    static QString defaultPath();

    void record(const StatsSnapshot& snapshot);
    void recordTransition(const QString& pool, const QString& backend, const BackendTransition& transition);
    void recordTally(const RequestTally& tally);

    // Points covering [nowMs - range, nowMs], oldest first; site empty for all sites.
    MetricsSeries series(HistoryRange range, const QString& site, qint64 nowMs) const;
    TopLists topLists(HistoryRange range, qint64 nowMs, int limit = 10) const;
    QList<BackendTimeline> backendTimelines(HistoryRange range, qint64 nowMs) const;
    // Sites with points in the history, current and past.
    QStringList sites() const;
    bool isEmpty() const;
    // Points held at 1 s, 10 s and 1 min for one series (site empty: all sites), and the bytes held
    // for points in every series: for the memory-bound tests and the docs.
    std::array<qsizetype, 3> tierSizes(const QString& site = QString()) const;
    qsizetype storageBytes() const;

    // Binary, versioned, with a checksum. save() writes atomically.
    QByteArray serialize() const;
    // Empty optional-like result: false, with the reason in error, for anything damaged or from a newer version.
    static bool deserialize(const QByteArray& data, MetricsHistory& into, QString* error);
    bool save(const QString& path, QString* error = nullptr) const;
    // A missing file gives an empty history and no warning; a damaged one an empty history and the reason.
    static MetricsHistory load(const QString& path, QString* warning = nullptr);

private:
    class Data;
    void detach();

    // Shared until written to (detach()): the controller hands a copy to the saving thread without copying the tiers.
    std::shared_ptr<Data> m_data;
};

} // namespace Portico
