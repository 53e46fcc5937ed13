// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TranslationManager.h"
#include "charts/MetricsChart.h"
#include "models/ChartModel.h"
#include "text/NumberText.h"

#include <QDateTimeAxis>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace Portico;

namespace {

constexpr qint64 baseMs = 1'767'225'600'000; // 2026-01-01 00:00 UTC

MetricsPoint point(qint64 timeMs, quint64 requests, qint64 spanMs = 1000)
{
    MetricsPoint p;
    p.timeMs = timeMs;
    p.spanMs = spanMs;
    p.requests = requests;
    p.responsesByClass[1] = requests;
    p.bytesIn = requests * 100;
    p.bytesOut = requests * 1000;
    p.latencyP50Us = requests > 0 ? 1500 : 0;
    p.latencyP95Us = requests > 0 ? 4000 : 0;
    p.latencyP99Us = requests > 0 ? 9000 : 0;
    return p;
}

// Points every second from startMs, count of them, each with `requests` requests.
MetricsSeries secondsSeries(qint64 startMs, int count, quint64 requests = 10)
{
    MetricsSeries series;
    series.range = HistoryRange::FiveMinutes;
    series.resolutionMs = 1000;
    for (int i = 0; i < count; ++i)
        series.points << point(startMs + i * 1000, requests);
    series.endMs = startMs + count * 1000;
    return series;
}

qsizetype totalPoints(const QList<QList<QPointF>>& segments)
{
    qsizetype total = 0;
    for (const QList<QPointF>& segment : segments)
        total += segment.size();
    return total;
}

} // namespace

// ChartModel with hand-made series: what the charts draw, in which unit, over which range, with gaps.
class TestChartModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pointsAndUnits();
    void bandwidthUnitFollowsTheBusiestPoint_data();
    void bandwidthUnitFollowsTheBusiestPoint();
    void axisCoversTheRange_data();
    void axisCoversTheRange();
    void gapsSplitLines();
    void latencyBreaksWhereNothingFinished();
    void segmentsAreCapped();
    void yMaxHasHeadroom_data();
    void yMaxHasHeadroom();
    void tooltipNamesEveryLine();
    void replacingKeepsTheChartBounded();

private:
    std::unique_ptr<TranslationManager> m_translations;
};

void TestChartModel::initTestCase()
{
    m_translations = std::make_unique<TranslationManager>();
    m_translations->setLanguage(QStringLiteral("en"));
}

void TestChartModel::pointsAndUnits()
{
    MetricsSeries series = secondsSeries(baseMs, 3);
    series.points[1].responsesByClass[4] = 2;
    series.points[1].backendErrors = 3;
    series.points[2].activeConnections = 7;
    ChartModel model;
    model.setSeries(series);

    const QList<QList<QPointF>> requests = model.segments(ChartModel::Line::Requests);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().size(), 3);
    QCOMPARE(requests.first().first(), QPointF(double(baseMs), 10.0));
    QCOMPARE(model.segments(ChartModel::Line::LatencyP50).first().first().y(), 1.5);
    QCOMPARE(model.segments(ChartModel::Line::LatencyP99).first().first().y(), 9.0);
    QCOMPARE(model.segments(ChartModel::Line::Responses2xx).first().first().y(), 10.0);
    // Errors are counts per point, not rates: 2 errors in a 10-minute point stay readable.
    QCOMPARE(model.segments(ChartModel::Line::ServerErrors).first().at(1).y(), 2.0);
    QCOMPARE(model.segments(ChartModel::Line::BackendErrors).first().at(1).y(), 3.0);
    QCOMPARE(model.segments(ChartModel::Line::ActiveConnections).first().at(2).y(), 7.0);
    QCOMPARE(model.axisTitle(ChartModel::Topic::Latency), QStringLiteral("ms"));
    QCOMPARE(model.axisTitle(ChartModel::Topic::Errors), QStringLiteral("per 1 s"));

    // A 10 s point of 100 requests is 10 per second.
    MetricsSeries coarse;
    coarse.range = HistoryRange::OneHour;
    coarse.resolutionMs = 10'000;
    coarse.endMs = baseMs;
    coarse.points << point(baseMs, 100, 10'000);
    model.setSeries(coarse);
    QCOMPARE(model.segments(ChartModel::Line::Requests).first().first().y(), 10.0);
    QCOMPARE(model.axisTitle(ChartModel::Topic::Errors), QStringLiteral("per 10 s"));
}

void TestChartModel::bandwidthUnitFollowsTheBusiestPoint_data()
{
    QTest::addColumn<quint64>("requests");
    QTest::addColumn<double>("divisor");
    QTest::addColumn<QString>("unit");
    // bytesOut = requests * 1000 per second.
    QTest::newRow("bytes") << quint64(0) << 1.0 << QStringLiteral("bytes/s");
    QTest::newRow("KiB") << quint64(10) << 1024.0 << QStringLiteral("KiB/s");
    QTest::newRow("MiB") << quint64(5000) << 1024.0 * 1024.0 << QStringLiteral("MiB/s");
}

void TestChartModel::bandwidthUnitFollowsTheBusiestPoint()
{
    QFETCH(quint64, requests);
    QFETCH(double, divisor);
    QFETCH(QString, unit);
    ChartModel model;
    model.setSeries(secondsSeries(baseMs, 2, requests));
    QCOMPARE(model.byteDivisor(), divisor);
    QCOMPARE(model.axisTitle(ChartModel::Topic::Bandwidth), unit);
    if (requests > 0)
        QCOMPARE(model.segments(ChartModel::Line::BytesOut).first().first().y(), double(requests) * 1000.0 / divisor);
}

void TestChartModel::axisCoversTheRange_data()
{
    QTest::addColumn<int>("range");
    QTest::newRow("5 min") << int(HistoryRange::FiveMinutes);
    QTest::newRow("1 h") << int(HistoryRange::OneHour);
    QTest::newRow("24 h") << int(HistoryRange::OneDay);
    QTest::newRow("7 days") << int(HistoryRange::SevenDays);
}

void TestChartModel::axisCoversTheRange()
{
    QFETCH(int, range);
    MetricsSeries series;
    series.range = HistoryRange(range);
    series.endMs = baseMs;
    ChartModel model;
    model.setSeries(series);
    QCOMPARE(model.axisEnd(), double(baseMs));
    QCOMPARE(model.axisEnd() - model.axisStart(), double(historyRangeMs(HistoryRange(range))));
    // An empty range still has a scale.
    QCOMPARE(model.yMax(ChartModel::Topic::Requests), 1.0);
    QVERIFY(model.segments(ChartModel::Line::Requests).isEmpty());
}

void TestChartModel::gapsSplitLines()
{
    // Running for 5 s, stopped for 15 s, running again for 3 s.
    MetricsSeries series = secondsSeries(baseMs, 5);
    const MetricsSeries later = secondsSeries(baseMs + 20'000, 3);
    series.points << later.points;
    series.endMs = later.endMs;
    ChartModel model;
    model.setSeries(series);
    const QList<QList<QPointF>> segments = model.segments(ChartModel::Line::Requests);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(0).size(), 5);
    QCOMPARE(segments.at(1).size(), 3);
    QCOMPARE(segments.at(1).first().x(), double(baseMs + 20'000));

    // Jitter of the once-a-second snapshots is no gap.
    MetricsSeries jittery = secondsSeries(baseMs, 3);
    jittery.points[2].timeMs += 1200;
    model.setSeries(jittery);
    QCOMPARE(model.segments(ChartModel::Line::Requests).size(), 1);
}

void TestChartModel::latencyBreaksWhereNothingFinished()
{
    MetricsSeries series = secondsSeries(baseMs, 6);
    series.points[2] = point(series.points[2].timeMs, 0);
    series.points[3] = point(series.points[3].timeMs, 0);
    ChartModel model;
    model.setSeries(series);
    // Requests: zero is a real value; latency: no request, no value.
    QCOMPARE(model.segments(ChartModel::Line::Requests).size(), 1);
    QCOMPARE(model.segments(ChartModel::Line::Requests).first().at(2).y(), 0.0);
    const QList<QList<QPointF>> latency = model.segments(ChartModel::Line::LatencyP95);
    QCOMPARE(latency.size(), 2);
    QCOMPARE(totalPoints(latency), 4);
}

void TestChartModel::segmentsAreCapped()
{
    // 20 runs of 3 s with 10 s pauses between them.
    MetricsSeries series;
    series.resolutionMs = 1000;
    qint64 at = baseMs;
    for (int run = 0; run < 20; ++run) {
        for (int i = 0; i < 3; ++i)
            series.points << point(at + i * 1000, 5);
        at += 13'000;
    }
    series.endMs = at;
    ChartModel model;
    model.setSeries(series);
    const QList<QList<QPointF>> segments = model.segments(ChartModel::Line::Requests);
    QCOMPARE(segments.size(), ChartModel::maxSegments);
    QCOMPARE(totalPoints(segments), 60);
    // The recent gaps stay visible; the oldest ones are bridged.
    QCOMPARE(segments.last().size(), 3);
    QCOMPARE(segments.first().size(), 60 - 3 * (ChartModel::maxSegments - 1));
}

void TestChartModel::yMaxHasHeadroom_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("ceiling");
    QTest::newRow("0.3") << 0.3 << 0.5;
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("1.7") << 1.7 << 2.0;
    QTest::newRow("2.2") << 2.2 << 2.5;
    QTest::newRow("3") << 3.0 << 5.0;
    QTest::newRow("7") << 7.0 << 10.0;
    QTest::newRow("880") << 880.0 << 1000.0;
    QTest::newRow("1200") << 1200.0 << 2000.0;
}

void TestChartModel::yMaxHasHeadroom()
{
    QFETCH(double, value);
    QFETCH(double, ceiling);
    QCOMPARE(ChartModel::niceCeiling(value), ceiling);

    ChartModel model;
    model.setSeries(secondsSeries(baseMs, 4, 100));
    // 100 requests/s plus 10 % headroom: 110 rounds up to 200.
    QCOMPARE(model.yMax(ChartModel::Topic::Requests), 200.0);
    // p99 9 ms: 9.9 rounds up to 10.
    QCOMPARE(model.yMax(ChartModel::Topic::Latency), 10.0);
    // Quiet: nothing below one unit.
    QCOMPARE(model.yMax(ChartModel::Topic::Errors), 1.0);
}

void TestChartModel::tooltipNamesEveryLine()
{
    MetricsSeries series = secondsSeries(baseMs, 3);
    series.points[1].responsesByClass[4] = 4;
    ChartModel model;
    model.setSeries(series);
    QCOMPARE(model.indexNear(double(baseMs + 1100)), 1);
    QCOMPARE(model.indexNear(double(baseMs + 1600)), 2);
    // Far outside: nothing to show.
    QCOMPARE(model.indexNear(double(baseMs - 60'000)), -1);

    const QString latency = model.describe(ChartModel::Topic::Latency, 1);
    for (const QString& expected : {QStringLiteral("Median: 1.5 ms"), QStringLiteral("95th percentile: 4.0 ms"),
                                    QStringLiteral("99th percentile: 9.0 ms")})
        QVERIFY2(latency.contains(expected), qPrintable(latency));
    const QString local =
        QDateTime::fromMSecsSinceEpoch(baseMs + 1000).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(latency.contains(local), qPrintable(latency));
    const QString errors = model.describe(ChartModel::Topic::Errors, 1);
    QVERIFY2(errors.contains(QStringLiteral("5xx answers: 4")), qPrintable(errors));
    const QString bandwidth = model.describe(ChartModel::Topic::Bandwidth, 0);
    QVERIFY2(bandwidth.contains(NumberText::bytesPerSecond(10'000)), qPrintable(bandwidth));
}

void TestChartModel::replacingKeepsTheChartBounded()
{
    ChartModel model;
    MetricsChart chart(ChartModel::Topic::Latency, model);
    chart.resize(600, 300);
    const qsizetype lines = ChartModel::lines(ChartModel::Topic::Latency).size();
    QCOMPARE(chart.seriesCount(), lines);

    // A sliding five-minute window, updated 1,000 times, with a stop every 37 s.
    MetricsSeries series;
    series.range = HistoryRange::FiveMinutes;
    series.resolutionMs = 1000;
    qsizetype mostSeries = 0;
    for (int second = 0; second < 1000; ++second) {
        const qint64 now = baseMs + second * 1000;
        if (second % 37 < 30)
            series.points << point(now, quint64(1 + second % 7));
        while (!series.points.isEmpty() && series.points.first().timeMs <= now - 300'000)
            series.points.removeFirst();
        series.endMs = now;
        model.setSeries(series);
        chart.refresh();
        QVERIFY(series.points.size() <= 300);
        QCOMPARE(chart.pointCount(), lines * series.points.size());
        mostSeries = std::max(mostSeries, chart.seriesCount());
    }
    QVERIFY2(mostSeries <= lines * ChartModel::maxSegments, qPrintable(QString::number(mostSeries)));
    QCOMPARE(chart.timeAxis()->max().toMSecsSinceEpoch(), series.endMs);
    QCOMPARE(chart.timeAxis()->min().toMSecsSinceEpoch(), series.endMs - 300'000);
    QCOMPARE(chart.valueAxis()->max(), model.yMax(ChartModel::Topic::Latency));
    QVERIFY(chart.chart()->animationOptions() == QChart::NoAnimation);
}

QTEST_MAIN(TestChartModel)
#include "TestChartModel.moc"
