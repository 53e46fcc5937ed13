// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ChartModel.h"

#include "text/NumberText.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Portico {

namespace {

double perSecond(quint64 count, qint64 spanMs)
{
    return spanMs > 0 ? double(count) * 1000.0 / double(spanMs) : 0.0;
}

// The least an axis shows, in its unit, so a quiet chart keeps a sensible scale.
constexpr double yFloor = 1.0;

} // namespace

void ChartModel::setSeries(const MetricsSeries& series)
{
    m_series = series;
    double busiest = 0;
    for (const MetricsPoint& point : m_series.points)
        busiest = std::max({busiest, point.bytesInPerSecond(), point.bytesOutPerSecond()});
    m_byteDivisor = 1;
    while (busiest / m_byteDivisor >= 1024.0 && m_byteDivisor < 1024.0 * 1024.0 * 1024.0)
        m_byteDivisor *= 1024.0;
}

double ChartModel::axisStart() const
{
    return double(m_series.endMs - historyRangeMs(m_series.range));
}

double ChartModel::axisEnd() const
{
    return double(m_series.endMs);
}

QList<ChartModel::Line> ChartModel::lines(Topic topic)
{
    switch (topic) {
    case Topic::Requests:
        return {Line::Requests};
    case Topic::Bandwidth:
        return {Line::BytesIn, Line::BytesOut};
    case Topic::Latency:
        return {Line::LatencyP50, Line::LatencyP95, Line::LatencyP99};
    case Topic::Responses:
        return {Line::Responses2xx, Line::Responses3xx, Line::Responses4xx, Line::Responses5xx};
    case Topic::Connections:
        return {Line::ActiveConnections};
    case Topic::Errors:
        return {Line::ServerErrors, Line::BackendErrors};
    case Topic::CacheHitRatio:
        return {Line::CacheHitRatio};
    }
    return {};
}

ChartModel::Topic ChartModel::topicOf(Line line)
{
    switch (line) {
    case Line::Requests:
        return Topic::Requests;
    case Line::BytesIn:
    case Line::BytesOut:
        return Topic::Bandwidth;
    case Line::LatencyP50:
    case Line::LatencyP95:
    case Line::LatencyP99:
        return Topic::Latency;
    case Line::Responses2xx:
    case Line::Responses3xx:
    case Line::Responses4xx:
    case Line::Responses5xx:
        return Topic::Responses;
    case Line::ActiveConnections:
        return Topic::Connections;
    case Line::ServerErrors:
    case Line::BackendErrors:
        return Topic::Errors;
    case Line::CacheHitRatio:
        return Topic::CacheHitRatio;
    }
    return Topic::Requests;
}

QString ChartModel::lineName(Line line)
{
    switch (line) {
    case Line::Requests:
        return tr("Requests");
    case Line::BytesIn:
        return tr("Received");
    case Line::BytesOut:
        return tr("Sent");
    case Line::LatencyP50:
        return tr("Median");
    case Line::LatencyP95:
        return tr("95th percentile");
    case Line::LatencyP99:
        return tr("99th percentile");
    case Line::Responses2xx:
        return tr("2xx success");
    case Line::Responses3xx:
        return tr("3xx redirection");
    case Line::Responses4xx:
        return tr("4xx client error");
    case Line::Responses5xx:
        return tr("5xx server error");
    case Line::ActiveConnections:
        return tr("Open connections");
    case Line::ServerErrors:
        //: Chart line: HTTP 5xx answers sent to visitors.
        return tr("5xx answers");
    case Line::BackendErrors:
        //: Chart line: failed attempts to reach a backend (refused, timed out, broken).
        return tr("Backend errors");
    case Line::CacheHitRatio:
        //: Chart line: share of cacheable requests answered from the cache.
        return tr("Hit ratio");
    }
    return QString();
}

QString ChartModel::axisTitle(Topic topic) const
{
    switch (topic) {
    case Topic::Requests:
    case Topic::Responses:
        return tr("per second");
    case Topic::Bandwidth: {
        // The unit of the scaled values, as NumberText writes rates ("1.5 MiB/s" without the number).
        const QString one = NumberText::bytesPerSecond(m_byteDivisor);
        const qsizetype space = one.indexOf(QLatin1Char(' '));
        return space >= 0 ? one.mid(space + 1) : one;
    }
    case Topic::Latency:
        //: Axis unit: milliseconds.
        return tr("ms");
    case Topic::Connections:
        return tr("connections");
    case Topic::Errors:
        //: Axis unit of the error chart: counts per point, e.g. "per 10 s".
        return tr("per %1").arg(NumberText::milliseconds(m_series.resolutionMs));
    case Topic::CacheHitRatio:
        //: Axis unit: percent.
        return tr("%");
    }
    return QString();
}

bool ChartModel::hasValue(const MetricsPoint& point, Line line)
{
    switch (line) {
    case Line::LatencyP50:
    case Line::LatencyP95:
    case Line::LatencyP99:
        return point.requests > 0;
    case Line::CacheHitRatio:
        return point.cacheHits + point.cacheMisses > 0;
    default:
        return true;
    }
}

double ChartModel::value(const MetricsPoint& point, Line line) const
{
    switch (line) {
    case Line::Requests:
        return point.requestsPerSecond();
    case Line::BytesIn:
        return point.bytesInPerSecond() / m_byteDivisor;
    case Line::BytesOut:
        return point.bytesOutPerSecond() / m_byteDivisor;
    case Line::LatencyP50:
        return double(point.latencyP50Us) / 1000.0;
    case Line::LatencyP95:
        return double(point.latencyP95Us) / 1000.0;
    case Line::LatencyP99:
        return double(point.latencyP99Us) / 1000.0;
    case Line::Responses2xx:
        return perSecond(point.responsesByClass[1], point.spanMs);
    case Line::Responses3xx:
        return perSecond(point.responsesByClass[2], point.spanMs);
    case Line::Responses4xx:
        return perSecond(point.responsesByClass[3], point.spanMs);
    case Line::Responses5xx:
        return perSecond(point.responsesByClass[4], point.spanMs);
    case Line::ActiveConnections:
        return double(point.activeConnections);
    case Line::ServerErrors:
        return double(point.errors());
    case Line::BackendErrors:
        return double(point.backendErrors);
    case Line::CacheHitRatio:
        return hasValue(point, line) ? 100.0 * double(point.cacheHits) / double(point.cacheHits + point.cacheMisses)
                                     : 0.0;
    }
    return 0;
}

bool ChartModel::startsSegment(qsizetype index, Line line) const
{
    if (index == 0)
        return true;
    const MetricsPoint& previous = m_series.points.at(index - 1);
    const MetricsPoint& point = m_series.points.at(index);
    const qint64 resolution = std::max<qint64>(m_series.resolutionMs, 1);
    if (double(point.timeMs - previous.timeMs) > maxGapFactor * double(resolution))
        return true;
    return !hasValue(previous, line);
}

QList<QList<QPointF>> ChartModel::segments(Line line) const
{
    QList<QList<QPointF>> result;
    const QList<MetricsPoint>& points = m_series.points;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const MetricsPoint& point = points.at(i);
        if (!hasValue(point, line))
            continue;
        if (result.isEmpty() || startsSegment(i, line))
            result.append(QList<QPointF>());
        result.last().append(QPointF(double(point.timeMs), value(point, line)));
    }
    // Bridge the oldest gaps: recent ones matter most when reading the chart.
    while (result.size() > maxSegments) {
        result[0].append(result.at(1));
        result.removeAt(1);
    }
    return result;
}

double ChartModel::yMax(Topic topic) const
{
    if (topic == Topic::CacheHitRatio)
        return 100.0;
    double highest = 0;
    const QList<Line> topicLines = lines(topic);
    for (const MetricsPoint& point : m_series.points)
        for (Line line : topicLines)
            if (hasValue(point, line))
                highest = std::max(highest, value(point, line));
    return niceCeiling(std::max(highest * 1.1, yFloor));
}

double ChartModel::niceCeiling(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        // A little tolerance: 2.0000000001 is still 2 after the division.
        if (value <= step * magnitude * (1 + 1e-9))
            return step * magnitude;
    }
    return 10 * magnitude;
}

qsizetype ChartModel::indexNear(double x) const
{
    const QList<MetricsPoint>& points = m_series.points;
    if (points.isEmpty())
        return -1;
    const auto after = std::lower_bound(points.cbegin(), points.cend(), x,
                                        [](const MetricsPoint& point, double at) { return double(point.timeMs) < at; });
    qsizetype best = after - points.cbegin();
    if (best == points.size() ||
        (best > 0 && x - double(points.at(best - 1).timeMs) < double(points.at(best).timeMs) - x))
        --best;
    const double distance = std::abs(double(points.at(best).timeMs) - x);
    return distance <= double(std::max<qint64>(m_series.resolutionMs, 1)) ? best : -1;
}

QString ChartModel::formatValue(const MetricsPoint& point, Line line) const
{
    if (!hasValue(point, line))
        return NumberText::none();
    switch (line) {
    case Line::Requests:
        return NumberText::perSecond(point.requestsPerSecond());
    case Line::BytesIn:
        return NumberText::bytesPerSecond(point.bytesInPerSecond());
    case Line::BytesOut:
        return NumberText::bytesPerSecond(point.bytesOutPerSecond());
    case Line::LatencyP50:
        return NumberText::latency(point.latencyP50Us);
    case Line::LatencyP95:
        return NumberText::latency(point.latencyP95Us);
    case Line::LatencyP99:
        return NumberText::latency(point.latencyP99Us);
    case Line::Responses2xx:
    case Line::Responses3xx:
    case Line::Responses4xx:
    case Line::Responses5xx:
        //: Responses of one status class in a chart point: the rate, then the count in brackets.
        return tr("%1/s (%2)")
            .arg(NumberText::perSecond(value(point, line)),
                 NumberText::count(point.responsesByClass[int(line) - int(Line::Responses2xx) + 1]));
    case Line::ActiveConnections:
        return NumberText::count(quint64(std::max<qint64>(0, point.activeConnections)));
    case Line::ServerErrors:
        return NumberText::count(point.errors());
    case Line::BackendErrors:
        return NumberText::count(point.backendErrors);
    case Line::CacheHitRatio:
        //: Hit ratio of a chart point: the percentage, then hits of cacheable requests, e.g. "87.5 % (42 of 48)".
        return tr("%1 % (%2 of %3)")
            .arg(QLocale().toString(value(point, line), 'f', 1), NumberText::count(point.cacheHits),
                 NumberText::count(point.cacheHits + point.cacheMisses));
    }
    return QString();
}

QString ChartModel::describe(Topic topic, qsizetype index) const
{
    if (index < 0 || index >= m_series.points.size())
        return QString();
    const MetricsPoint& point = m_series.points.at(index);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(point.timeMs).toLocalTime();
    const QDateTime start = end.addMSecs(-point.spanMs);
    const QLocale locale;
    const bool sameDay = start.date() == end.date();
    const QString startText = sameDay ? locale.toString(start.time(), QStringLiteral("HH:mm:ss"))
                                      : locale.toString(start, QLocale::ShortFormat);
    //: Tooltip heading of a chart point: its date, start and end time.
    QString text = QStringLiteral("<b>%1</b>")
                       .arg(tr("%1, %2 – %3")
                                .arg(locale.toString(end.date(), QLocale::ShortFormat), startText,
                                     locale.toString(end.time(), QStringLiteral("HH:mm:ss")))
                                .toHtmlEscaped());
    for (Line line : lines(topic))
        text +=
            QStringLiteral("<br>%1: %2").arg(lineName(line).toHtmlEscaped(), formatValue(point, line).toHtmlEscaped());
    if (topic == Topic::Errors || topic == Topic::Responses)
        text += QStringLiteral("<br>%1").arg(
            tr("of %n request(s)", nullptr, int(std::min<quint64>(point.requests, INT_MAX))).toHtmlEscaped());
    return text;
}

} // namespace Portico
