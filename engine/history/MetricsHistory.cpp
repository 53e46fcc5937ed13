// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/MetricsHistory.h"

#include <QStandardPaths>

namespace Portico {

// Placeholder until the history lands: keeps nothing.
class MetricsHistory::Data
{};

MetricsHistory::MetricsHistory()
    : m_data(std::make_shared<Data>())
{}

QString MetricsHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history/metrics.dat");
}

void MetricsHistory::record(const StatsSnapshot&) {}
void MetricsHistory::recordTransition(const QString&, const QString&, const BackendTransition&) {}
void MetricsHistory::recordTally(const RequestTally&) {}

MetricsSeries MetricsHistory::series(HistoryRange range, const QString& site, qint64 nowMs) const
{
    MetricsSeries result;
    result.range = range;
    result.site = site;
    result.endMs = nowMs;
    return result;
}

TopLists MetricsHistory::topLists(HistoryRange range, qint64, int) const
{
    TopLists result;
    result.range = range;
    return result;
}

QList<BackendTimeline> MetricsHistory::backendTimelines(HistoryRange, qint64) const
{
    return {};
}

QStringList MetricsHistory::sites() const
{
    return {};
}

bool MetricsHistory::isEmpty() const
{
    return true;
}

QByteArray MetricsHistory::serialize() const
{
    return {};
}

bool MetricsHistory::deserialize(const QByteArray&, MetricsHistory&, QString* error)
{
    if (error)
        *error = QStringLiteral("not implemented");
    return false;
}

bool MetricsHistory::save(const QString&, QString*) const
{
    return false;
}

MetricsHistory MetricsHistory::load(const QString&, QString*)
{
    return MetricsHistory();
}

} // namespace Portico
