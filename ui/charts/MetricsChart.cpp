// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/MetricsChart.h"

#include "widgets/UiStyle.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Portico {

namespace {

// Mid tones that keep their contrast on a white and on a near-black background.
QColor lineColor(ChartModel::Line line)
{
    switch (line) {
    case ChartModel::Line::Requests:
    case ChartModel::Line::LatencyP50:
    case ChartModel::Line::Responses3xx:
        return QColor(0x3b, 0x82, 0xf6);
    case ChartModel::Line::BytesIn:
    case ChartModel::Line::ActiveConnections:
        return QColor(0x14, 0xa3, 0x9a);
    case ChartModel::Line::BytesOut:
        return QColor(0x8b, 0x5c, 0xf6);
    case ChartModel::Line::LatencyP95:
    case ChartModel::Line::Responses4xx:
    case ChartModel::Line::BackendErrors:
        return QColor(0xe8, 0x9b, 0x0c);
    case ChartModel::Line::LatencyP99:
    case ChartModel::Line::Responses5xx:
    case ChartModel::Line::ServerErrors:
        return QColor(0xe5, 0x48, 0x4d);
    case ChartModel::Line::Responses2xx:
    case ChartModel::Line::CacheHitRatio:
        return QColor(0x22, 0xa0, 0x6b);
    }
    return QColor(0x80, 0x80, 0x80);
}

QString timeFormat(HistoryRange range)
{
    switch (range) {
    case HistoryRange::FiveMinutes:
        return QStringLiteral("HH:mm:ss");
    case HistoryRange::OneHour:
    case HistoryRange::OneDay:
        return QStringLiteral("HH:mm");
    case HistoryRange::SevenDays:
        return QStringLiteral("ddd HH:mm");
    }
    return QStringLiteral("HH:mm");
}

} // namespace

MetricsChart::MetricsChart(ChartModel::Topic topic, const ChartModel& model, QWidget* parent)
    : QChartView(parent)
    , m_topic(topic)
    , m_model(model)
    , m_timeAxis(new QDateTimeAxis())
    , m_valueAxis(new QValueAxis())
    , m_lines(ChartModel::lines(topic))
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::TabFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    QChart* chart = this->chart();
    // Redrawn every second: animations would only cost CPU and blur the values.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(6, 6, 6, 6));
    // Flush with the tiles above: no extra frame or layout inset around the chart card.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    setFrameShape(QFrame::NoFrame);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(6);
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setMinorTickCount(0);

    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        m_segments.append(QList<QLineSeries*>());
        addSegment(i);
    }
    chart->legend()->setVisible(m_lines.size() > 1);
    applyPalette();
    retranslate();
    refresh();
}

void MetricsChart::setTitle(const QString& title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

QLineSeries* MetricsChart::addSegment(qsizetype lineIndex)
{
    auto* series = new QLineSeries(chart());
    const ChartModel::Line line = m_lines.at(lineIndex);
    series->setName(ChartModel::lineName(line));
    series->setPointsVisible(false);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
    QPen pen(lineColor(line));
    pen.setWidthF(2.0);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    series->setPen(pen);
    // One legend entry per line, however many pieces gaps cut it into.
    if (!m_segments.at(lineIndex).isEmpty())
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(false);
    connect(series, &QXYSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (state)
            showToolTip(point.x(), QCursor::pos());
    });
    m_segments[lineIndex].append(series);
    return series;
}

void MetricsChart::refresh()
{
    const MetricsSeries& series = m_model.series();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QList<QList<QPointF>> pieces = m_model.segments(m_lines.at(i));
        while (m_segments.at(i).size() < pieces.size())
            addSegment(i);
        const QList<QLineSeries*>& pool = m_segments.at(i);
        for (qsizetype s = 0; s < pool.size(); ++s) {
            if (s < pieces.size())
                pool.at(s)->replace(pieces.at(s));
            else if (pool.at(s)->count() > 0)
                pool.at(s)->clear();
        }
    }

    if (m_formatRange != series.range) {
        m_formatRange = series.range;
        m_timeAxis->setFormat(timeFormat(series.range));
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_model.axisStart())),
                         QDateTime::fromMSecsSinceEpoch(qint64(m_model.axisEnd())));

    // A 1/2/2.5/5 top divided into ticks that land on round values.
    const double top = m_model.yMax(m_topic);
    const double mantissa = top / std::pow(10.0, std::floor(std::log10(top)));
    // 1 → 0.2 steps, 2 → 0.5, 2.5 → 0.5, 5 → 1 (times the power of ten).
    const int ticks = std::abs(mantissa - 2.0) < 0.01 ? 5 : 6;
    const double interval = top / (ticks - 1);
    const int decimals = interval >= 1 ? 0 : int(std::ceil(-std::log10(interval) - 1e-9));
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(ticks);
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    m_valueAxis->setTitleText(m_model.axisTitle(m_topic));

    const qsizetype last = series.points.size() - 1;
    setAccessibleDescription(last >= 0 ? tr("Latest: %1")
                                             .arg(QString(m_model.describe(m_topic, last))
                                                      .replace(QStringLiteral("<br>"), QStringLiteral("; "))
                                                      .remove(QStringLiteral("<b>"))
                                                      .remove(QStringLiteral("</b>")))
                                       : tr("No figures in this range yet."));
}

qsizetype MetricsChart::seriesCount() const
{
    qsizetype count = 0;
    for (const QList<QLineSeries*>& pool : m_segments)
        count += pool.size();
    return count;
}

qsizetype MetricsChart::pointCount() const
{
    qsizetype count = 0;
    for (const QList<QLineSeries*>& pool : m_segments)
        for (const QLineSeries* series : pool)
            count += series->count();
    return count;
}

QString MetricsChart::toolTipAt(double x) const
{
    return m_model.describe(m_topic, m_model.indexNear(x));
}

void MetricsChart::showToolTip(double x, const QPoint& globalPos)
{
    const QString text = toolTipAt(x);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, this);
}

void MetricsChart::mouseMoveEvent(QMouseEvent* event)
{
    // Anywhere over the plot, not only on a line: the values of every line at that time.
    const QPointF pos = event->position();
    if (chart()->plotArea().contains(pos))
        showToolTip(chart()->mapToValue(pos).x(), event->globalPosition().toPoint());
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void MetricsChart::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void MetricsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void MetricsChart::retranslate()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        for (QLineSeries* series : m_segments.at(i))
            series->setName(ChartModel::lineName(m_lines.at(i)));
    m_valueAxis->setTitleText(m_model.axisTitle(m_topic));
}

void MetricsChart::applyPalette()
{
    const QPalette& pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    QChart* chart = this->chart();
    if (m_paletteApplied && chart->theme() == (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight))
        return;
    m_paletteApplied = true;
    // The theme sets fonts and defaults; the colours then come from the palette so the chart sits on
    // the page like the tiles do.
    const QFont titleFont = [this] {
        QFont font = this->font();
        font.setBold(true);
        return font;
    }();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor secondary = UiStyle::secondaryText(pal);
    const QColor border = UiStyle::cardBorder(pal);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(QPen(border, 1));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font());
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsBrush(secondary);
        axis->setLabelsFont(font());
        axis->setTitleBrush(secondary);
        axis->setTitleFont(font());
        axis->setGridLineColor(border);
        axis->setLinePenColor(border);
        axis->setShadesVisible(false);
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        for (QLineSeries* series : m_segments.at(i)) {
            QPen pen(lineColor(m_lines.at(i)));
            pen.setWidthF(2.0);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            series->setPen(pen);
        }
    }
    setBackgroundBrush(pal.color(QPalette::Window));
}

} // namespace Portico
