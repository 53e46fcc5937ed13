// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRange.h"
#include "history/MetricsPoint.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Portico {

// The points of one range, oldest first, for the whole engine or one site.
class MetricsSeries
{
public:
    HistoryRange range = HistoryRange::FiveMinutes;
    // Empty: all sites together.
    QString site;
    // Spacing of the points: 1 s for five minutes, 10 s for an hour, 1 min for a day, 10 min for a week.
    qint64 resolutionMs = 1000;
    // The range ends here (ms since the epoch, UTC): the clock's now at the query.
    qint64 endMs = 0;
    QList<MetricsPoint> points;

    bool operator==(const MetricsSeries&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::MetricsSeries)
