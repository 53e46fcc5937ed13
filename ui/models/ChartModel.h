// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/MetricsSeries.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace Portico {

// Turns a MetricsSeries into the points of the dashboard's charts: x is the end of each span in ms
// since the epoch, y is in the unit the chart's axis shows. No Qt Charts types here, so it is
// testable without a chart and the chart views stay thin.
//
// Gaps: QLineSeries cannot leave a hole, so every line comes as segments, split where the engine
// was stopped (no points for more than maxGapFactor resolutions) and, for latency, where no request
// finished. The charts keep one QLineSeries per segment and reuse them; to bound their number the
// oldest gaps are bridged by a straight line once a line has more than maxSegments pieces.
class ChartModel
{
    Q_DECLARE_TR_FUNCTIONS(Portico::ChartModel)

public:
    enum class Topic
    {
        Requests,
        Bandwidth,
        Latency,
        Responses,
        Connections,
        Errors,
        // Share of cacheable requests answered from the cache (Cache page).
        CacheHitRatio,
    };

    enum class Line
    {
        Requests,
        BytesIn,
        BytesOut,
        LatencyP50,
        LatencyP95,
        LatencyP99,
        Responses2xx,
        Responses3xx,
        Responses4xx,
        Responses5xx,
        ActiveConnections,
        ServerErrors,
        BackendErrors,
        CacheHitRatio,
    };

    static constexpr int maxSegments = 8;
    static constexpr double maxGapFactor = 2.5;

    void setSeries(const MetricsSeries& series);
    const MetricsSeries& series() const { return m_series; }

    // The x range every chart shows: [end - range, end], whether or not there are points.
    double axisStart() const;
    double axisEnd() const;

    static QList<Line> lines(Topic topic);
    static Topic topicOf(Line line);
    // Legend text: "Requests per second", "95th percentile", "5xx".
    static QString lineName(Line line);
    // Axis title: "Requests per second", "KiB/s", "ms", "per 10 s".
    QString axisTitle(Topic topic) const;

    // The line's points split at gaps, oldest first; at most maxSegments, none empty.
    QList<QList<QPointF>> segments(Line line) const;
    // The top of the y axis: the highest value of the topic's lines with headroom, rounded up to a
    // 1/2/2.5/5 step, never below a small floor so an idle chart does not zoom into noise. A share
    // (the hit ratio) always shows 0 to 100 %.
    double yMax(Topic topic) const;
    // The value a line shows for one point, in the axis unit (bandwidth scaled by byteDivisor()).
    double value(const MetricsPoint& point, Line line) const;
    // Whether the point has a value for the line (latency needs at least one request, the hit ratio
    // at least one cacheable request).
    static bool hasValue(const MetricsPoint& point, Line line);
    // Bandwidth: bytes per axis unit (1, 1024, 1024², ...), chosen from the busiest point in range.
    double byteDivisor() const { return m_byteDivisor; }

    // The point nearest to x (ms since the epoch), or -1 when there is none within one resolution.
    qsizetype indexNear(double x) const;
    // Tooltip text for the point at index: its time span and the value of every line of the topic,
    // worded with NumberText in real units.
    QString describe(Topic topic, qsizetype index) const;

    // Rounds up to 1, 2, 2.5 or 5 times a power of ten.
    static double niceCeiling(double value);

private:
    bool startsSegment(qsizetype index, Line line) const;
    QString formatValue(const MetricsPoint& point, Line line) const;

    MetricsSeries m_series;
    double m_byteDivisor = 1;
};

} // namespace Portico
