// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/PointAccumulator.h"

#include "history/HistoryReader.h"
#include "history/HistoryWriter.h"

#include <cmath>

namespace Portico {

namespace {

qint64 weightedMean(double weighted, quint64 requests)
{
    return requests > 0 ? qint64(std::llround(weighted / double(requests))) : 0;
}

} // namespace

void PointAccumulator::add(const MetricsPoint& point)
{
    m_sum.timeMs = m_points == 0 ? point.timeMs : qMax(m_sum.timeMs, point.timeMs);
    m_sum.spanMs += point.spanMs;
    m_sum.requests += point.requests;
    m_sum.bytesIn += point.bytesIn;
    m_sum.bytesOut += point.bytesOut;
    for (size_t i = 0; i < m_sum.responsesByClass.size(); ++i)
        m_sum.responsesByClass[i] += point.responsesByClass[i];
    m_sum.backendErrors += point.backendErrors;
    m_sum.activeConnections = qMax(m_sum.activeConnections, point.activeConnections);
    m_sum.cacheHits += point.cacheHits;
    m_sum.cacheMisses += point.cacheMisses;
    const double weight = double(point.requests);
    m_weightedP50 += double(point.latencyP50Us) * weight;
    m_weightedP95 += double(point.latencyP95Us) * weight;
    m_weightedP99 += double(point.latencyP99Us) * weight;
    ++m_points;
}

MetricsPoint PointAccumulator::point() const
{
    MetricsPoint result = m_sum;
    result.latencyP50Us = weightedMean(m_weightedP50, m_sum.requests);
    result.latencyP95Us = weightedMean(m_weightedP95, m_sum.requests);
    result.latencyP99Us = weightedMean(m_weightedP99, m_sum.requests);
    return result;
}

MetricsPoint PointAccumulator::merged(const MetricsPoint& a, const MetricsPoint& b)
{
    PointAccumulator sum;
    sum.add(a);
    sum.add(b);
    return sum.point();
}

void PointAccumulator::writePoint(HistoryWriter& out, const MetricsPoint& point)
{
    out.write(point.timeMs);
    out.write(point.spanMs);
    out.write(point.requests);
    out.write(point.bytesIn);
    out.write(point.bytesOut);
    for (const quint64 count : point.responsesByClass)
        out.write(count);
    out.write(point.backendErrors);
    out.write(point.activeConnections);
    out.write(point.latencyP50Us);
    out.write(point.latencyP95Us);
    out.write(point.latencyP99Us);
    out.write(point.cacheHits);
    out.write(point.cacheMisses);
}

bool PointAccumulator::readPoint(HistoryReader& in, MetricsPoint& point)
{
    in.read(point.timeMs);
    in.read(point.spanMs);
    in.read(point.requests);
    in.read(point.bytesIn);
    in.read(point.bytesOut);
    for (quint64& count : point.responsesByClass)
        in.read(count);
    in.read(point.backendErrors);
    in.read(point.activeConnections);
    in.read(point.latencyP50Us);
    in.read(point.latencyP95Us);
    if (!in.read(point.latencyP99Us))
        return false;
    if (in.formatVersion() < cacheFieldsVersion) {
        point.cacheHits = 0;
        point.cacheMisses = 0;
        return true;
    }
    in.read(point.cacheHits);
    return in.read(point.cacheMisses);
}

void PointAccumulator::write(HistoryWriter& out) const
{
    out.write(m_points);
    writePoint(out, m_sum);
    out.write(m_weightedP50);
    out.write(m_weightedP95);
    out.write(m_weightedP99);
}

bool PointAccumulator::read(HistoryReader& in)
{
    in.read(m_points);
    readPoint(in, m_sum);
    in.read(m_weightedP50);
    in.read(m_weightedP95);
    if (!in.read(m_weightedP99))
        return false;
    if (m_points < 0 || !std::isfinite(m_weightedP50) || !std::isfinite(m_weightedP95) || !std::isfinite(m_weightedP99))
        return in.fail(QStringLiteral("a damaged partial point"));
    return true;
}

} // namespace Portico
