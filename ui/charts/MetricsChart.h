// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ChartModel.h"

#include <QChartView>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Portico {

// One dashboard chart: the lines of one ChartModel topic over the selected range. refresh() swaps
// the data in with QXYSeries::replace() into a fixed set of series, so a chart redrawn every second
// neither allocates more series nor keeps old points. Hovering shows every line's value at that time.
class MetricsChart : public QChartView
{
    Q_OBJECT

public:
    // model is shared by the page's charts and must outlive this one.
    MetricsChart(ChartModel::Topic topic, const ChartModel& model, QWidget* parent = nullptr);

    ChartModel::Topic topic() const { return m_topic; }
    void setTitle(const QString& title);
    // Takes the model's current points, axis ranges and units.
    void refresh();

    QDateTimeAxis* timeAxis() const { return m_timeAxis; }
    QValueAxis* valueAxis() const { return m_valueAxis; }
    // Every QLineSeries the chart holds (segments included) and the points in them: for tests that
    // check nothing piles up.
    qsizetype seriesCount() const;
    qsizetype pointCount() const;
    // The tooltip text for a time (ms since the epoch), empty when no point is near.
    QString toolTipAt(double x) const;

protected:
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void applyPalette();
    void retranslate();
    QLineSeries* addSegment(qsizetype lineIndex);
    void showToolTip(double x, const QPoint& globalPos);

    ChartModel::Topic m_topic;
    const ChartModel& m_model;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QList<ChartModel::Line> m_lines;
    // Per line (as m_lines): its segments, reused on every refresh; the first carries the legend entry.
    QList<QList<QLineSeries*>> m_segments;
    HistoryRange m_formatRange = HistoryRange::SevenDays;
    bool m_paletteApplied = false;
};

} // namespace Portico
