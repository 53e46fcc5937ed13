// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"

#include "history/MetricsHistory.h"

#include <QTest>

#include <numeric>

using namespace Portico;
using namespace Portico::Test;

namespace {

// 2026-01-01 09:00:00 UTC: on a 10 s, minute and hour boundary.
const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
const qint64 startMs = start.toMSecsSinceEpoch();

// What the engine would report second by second: running totals that only grow (until a restart).
class SnapshotFeed
{
public:
    explicit SnapshotFeed(ManualClock& clock)
        : m_clock(clock)
    {}

    // One more second of traffic: requests (all 2xx), bytes in and out, and the interval's percentiles.
    StatsSnapshot next(quint64 requests, qint64 active = 0, qint64 p50 = 0, quint64 bytes = 0)
    {
        m_clock.advance(1000);
        m_snapshot.time = m_clock.now();
        m_snapshot.uptimeMs += 1000;
        m_snapshot.intervalMs = 1000;
        m_snapshot.requestsTotal += requests;
        m_snapshot.bytesInTotal += bytes;
        m_snapshot.bytesOutTotal += 2 * bytes;
        m_snapshot.responsesByClass[1] += requests;
        m_snapshot.requestsPerSecond = double(requests);
        m_snapshot.activeConnections = active;
        m_snapshot.latencyP50Us = p50;
        m_snapshot.latencyP95Us = 2 * p50;
        m_snapshot.latencyP99Us = 3 * p50;
        return m_snapshot;
    }
    StatsSnapshot& snapshot() { return m_snapshot; }

private:
    ManualClock& m_clock;
    StatsSnapshot m_snapshot;
};

quint64 requestSum(const QList<MetricsPoint>& points)
{
    return std::accumulate(points.cbegin(), points.cend(), quint64(0),
                           [](quint64 sum, const MetricsPoint& point) { return sum + point.requests; });
}

// A site serving perSecond requests a second, each 100 bytes in.
SiteStats site(const QString& name, quint64 requestsTotal, quint64 errorsTotal, quint64 perSecond)
{
    SiteStats stats;
    stats.name = name;
    stats.requestsTotal = requestsTotal;
    stats.requestsPerSecond = double(perSecond);
    stats.bytesInPerSecond = 100.0 * double(perSecond);
    stats.errorsTotal = errorsTotal;
    stats.responsesByClass[1] = requestsTotal - errorsTotal;
    stats.responsesByClass[4] = errorsTotal;
    stats.bytesInTotal = 100 * requestsTotal;
    stats.latencyP50Us = 1000;
    return stats;
}

BackendTransition transition(qint64 ms, BackendHealth from, BackendHealth to)
{
    BackendTransition result;
    result.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    result.from = from;
    result.to = to;
    result.cause = TransitionCause::ActiveCheck;
    return result;
}

BackendStats backend(const QString& pool, quint16 port)
{
    BackendStats stats;
    stats.pool = pool;
    stats.host = QStringLiteral("10.0.0.1");
    stats.port = port;
    return stats;
}

RequestTally tally(qint64 timeMs, const QHash<QString, quint64>& paths, int status = 200)
{
    RequestTally result;
    result.timeMs = timeMs;
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        result.requests += it.value();
        result.statuses[status] += it.value();
        result.clients[QStringLiteral("192.0.2.1")] += it.value();
        result.sites[QStringLiteral("shop")] += it.value();
    }
    result.paths = paths;
    return result;
}

} // namespace

class TestMetricsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistoryHasNoPoints();
    void secondsTierKeepsEachSnapshot();
    void tenSecondPointsSumAndWeigh_data();
    void tenSecondPointsSumAndWeigh();
    void minutePointsAlignToTheClock();
    void rangesUseTheirTier_data();
    void rangesUseTheirTier();
    void siteSeriesAreSeparate();
    void restartNeverGivesNegativeOrHugeCounts_data();
    void restartNeverGivesNegativeOrHugeCounts();
    void backendErrorsAreDifferencesPerBackend();
    void cacheHitsAndMissesAreIntervalCounts();
    void cacheCountsSurviveARestart();
    void memoryStaysBoundedAfterDays();
    void topListsMergeMinutesInRange();
    void topListsKeepFiftyPerMinute();
    void topListsOverAWeekUseHours();
    void backendTimelinesStartInTheRightState();
    void removedBackendsShowOnlyWithChanges();
    void copiesAreIndependent();
};

void TestMetricsHistory::emptyHistoryHasNoPoints()
{
    const MetricsHistory history;
    QVERIFY(history.isEmpty());
    const MetricsSeries series = history.series(HistoryRange::OneHour, QString(), startMs);
    QCOMPARE(series.range, HistoryRange::OneHour);
    QCOMPARE(series.resolutionMs, 10'000);
    QCOMPARE(series.endMs, startMs);
    QVERIFY(series.points.isEmpty());
    QVERIFY(history.sites().isEmpty());
    QVERIFY(history.backendTimelines(HistoryRange::OneDay, startMs).isEmpty());
    QCOMPARE(history.topLists(HistoryRange::OneDay, startMs).requests, 0u);
}

void TestMetricsHistory::secondsTierKeepsEachSnapshot()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    for (quint64 i = 1; i <= 5; ++i)
        history.record(feed.next(i, qint64(i) * 10, 1000, 50));

    const MetricsSeries series = history.series(HistoryRange::FiveMinutes, QString(), clock.now().toMSecsSinceEpoch());
    QCOMPARE(series.resolutionMs, 1000);
    QCOMPARE(series.points.size(), 5);
    for (qsizetype i = 0; i < 5; ++i) {
        const MetricsPoint& point = series.points.at(i);
        QCOMPARE(point.timeMs, startMs + (i + 1) * 1000);
        QCOMPARE(point.spanMs, 1000);
        // The first snapshot after a start carries everything since the start.
        QCOMPARE(point.requests, quint64(i + 1));
        QCOMPARE(point.responsesByClass[1], quint64(i + 1));
        QCOMPARE(point.bytesIn, 50u);
        QCOMPARE(point.bytesOut, 100u);
        QCOMPARE(point.activeConnections, (i + 1) * 10);
        QCOMPARE(point.latencyP99Us, 3000);
    }
    QCOMPARE(series.points.last().requestsPerSecond(), 5.0);
}

void TestMetricsHistory::tenSecondPointsSumAndWeigh_data()
{
    QTest::addColumn<QList<quint64>>("requests");
    QTest::addColumn<QList<qint64>>("active");
    QTest::addColumn<QList<qint64>>("p50");
    QTest::addColumn<qint64>("maxActive");
    QTest::addColumn<qint64>("meanP50");

    QTest::newRow("steady") << QList<quint64>(10, 3) << QList<qint64>(10, 4) << QList<qint64>(10, 2000) << qint64(4)
                            << qint64(2000);
    // 9 requests at 1 ms and 1 at 11 ms: the busy seconds weigh more.
    QTest::newRow("weighted") << QList<quint64>{9, 1, 0, 0, 0, 0, 0, 0, 0, 0}
                              << QList<qint64>{1, 7, 2, 0, 0, 0, 0, 0, 0, 0}
                              << QList<qint64>{1000, 11'000, 0, 0, 0, 0, 0, 0, 0, 0} << qint64(7) << qint64(2000);
    // Idle seconds carry no latency and must not drag the mean to zero.
    QTest::newRow("idle seconds") << QList<quint64>{0, 0, 0, 0, 4, 0, 0, 0, 0, 0} << QList<qint64>(10, 1)
                                  << QList<qint64>{0, 0, 0, 0, 5000, 0, 0, 0, 0, 0} << qint64(1) << qint64(5000);
    QTest::newRow("nothing at all") << QList<quint64>(10, 0) << QList<qint64>(10, 0) << QList<qint64>(10, 0)
                                    << qint64(0) << qint64(0);
}

void TestMetricsHistory::tenSecondPointsSumAndWeigh()
{
    QFETCH(QList<quint64>, requests);
    QFETCH(QList<qint64>, active);
    QFETCH(QList<qint64>, p50);
    QFETCH(qint64, maxActive);
    QFETCH(qint64, meanP50);

    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    for (qsizetype i = 0; i < requests.size(); ++i)
        history.record(feed.next(requests.at(i), active.at(i), p50.at(i), requests.at(i) * 10));
    // The 11th second opens the next bucket and closes this one.
    history.record(feed.next(100, 100, 100'000));

    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    const MetricsSeries series = history.series(HistoryRange::OneHour, QString(), nowMs);
    QCOMPARE(series.resolutionMs, 10'000);
    QCOMPARE(series.points.size(), 2); // the closed bucket and the one filling
    const MetricsPoint& point = series.points.first();
    const quint64 sum = std::accumulate(requests.cbegin(), requests.cend(), quint64(0));
    QCOMPARE(point.timeMs, startMs + 10'000);
    QCOMPARE(point.spanMs, 10'000);
    QCOMPARE(point.requests, sum);
    QCOMPARE(point.responsesByClass[1], sum);
    QCOMPARE(point.bytesIn, sum * 10);
    QCOMPARE(point.bytesOut, sum * 20);
    QCOMPARE(point.activeConnections, maxActive);
    QCOMPARE(point.latencyP50Us, meanP50);
    QCOMPARE(point.latencyP95Us, 2 * meanP50);
    QCOMPARE(point.latencyP99Us, 3 * meanP50);

    // The bucket still filling is the newest point, timed by its newest second.
    const MetricsPoint& filling = series.points.last();
    QCOMPARE(filling.timeMs, nowMs);
    QCOMPARE(filling.spanMs, 1000);
    QCOMPARE(filling.requests, 100u);
    QCOMPARE(filling.activeConnections, 100);
}

void TestMetricsHistory::minutePointsAlignToTheClock()
{
    // Snapshots 400 ms past the second, as a timer started at an odd moment delivers them.
    ManualClock clock(start.addMSecs(400));
    SnapshotFeed feed(clock);
    MetricsHistory history;
    for (int i = 0; i < 150; ++i)
        history.record(feed.next(1, i, 1000));

    const qint64 nowMs = clock.now().toMSecsSinceEpoch(); // 09:02:30.400
    const MetricsSeries day = history.series(HistoryRange::OneDay, QString(), nowMs);
    QCOMPARE(day.resolutionMs, 60'000);
    QCOMPARE(day.points.size(), 3);
    QCOMPARE(day.points.at(0).timeMs, startMs + 60'000);
    // 09:00:01.4 .. 09:00:59.4 land in the first minute, 09:01:00.4 .. 09:01:59.4 in the second.
    QCOMPARE(day.points.at(0).requests, 59u);
    QCOMPARE(day.points.at(0).activeConnections, 58);
    QCOMPARE(day.points.at(1).timeMs, startMs + 120'000);
    QCOMPARE(day.points.at(1).requests, 60u);
    QCOMPARE(day.points.at(1).spanMs, 60'000);
    QCOMPARE(day.points.at(2).timeMs, nowMs);
    QCOMPARE(day.points.at(2).requests, 31u);
    QCOMPARE(requestSum(day.points), 150u);

    const MetricsSeries hour = history.series(HistoryRange::OneHour, QString(), nowMs);
    for (qsizetype i = 0; i + 1 < hour.points.size(); ++i)
        QCOMPARE(hour.points.at(i).timeMs % 10'000, 0);
    QCOMPARE(requestSum(hour.points), 150u);
}

void TestMetricsHistory::rangesUseTheirTier_data()
{
    QTest::addColumn<HistoryRange>("range");
    QTest::addColumn<qint64>("resolutionMs");
    QTest::addColumn<qsizetype>("points");
    QTest::addColumn<quint64>("requests");

    // Two hours of 2 requests a second, ending on the hour: ranges ending then.
    QTest::newRow("5 min") << HistoryRange::FiveMinutes << qint64(1000) << qsizetype(301) << quint64(2 * 301);
    QTest::newRow("1 h") << HistoryRange::OneHour << qint64(10'000) << qsizetype(361) << quint64(2 * 3610);
    QTest::newRow("24 h") << HistoryRange::OneDay << qint64(60'000) << qsizetype(120) << quint64(2 * 7200);
    QTest::newRow("7 d") << HistoryRange::SevenDays << qint64(600'000) << qsizetype(12) << quint64(2 * 7200);
}

void TestMetricsHistory::rangesUseTheirTier()
{
    QFETCH(HistoryRange, range);
    QFETCH(qint64, resolutionMs);
    QFETCH(qsizetype, points);
    QFETCH(quint64, requests);

    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    for (int i = 0; i < 7200; ++i)
        history.record(feed.next(2));
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();

    const MetricsSeries series = history.series(range, QString(), nowMs);
    QCOMPARE(series.resolutionMs, resolutionMs);
    QCOMPARE(series.points.size(), points);
    QCOMPARE(requestSum(series.points), requests);
    QCOMPARE(series.points.last().timeMs, nowMs);
    for (const MetricsPoint& point : series.points) {
        QVERIFY(point.timeMs >= nowMs - historyRangeMs(range));
        QVERIFY(point.timeMs <= nowMs);
        QCOMPARE(point.requestsPerSecond(), 2.0);
    }
    // Seen from later, the same history ends at the last snapshot.
    QCOMPARE(history.series(range, QString(), nowMs + resolutionMs).points.last().timeMs, nowMs);
}

void TestMetricsHistory::siteSeriesAreSeparate()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    quint64 shop = 0;
    quint64 blog = 0;
    for (int i = 0; i < 20; ++i) {
        StatsSnapshot& snapshot = feed.snapshot();
        shop += 3;
        blog += 1;
        // The first snapshot has no predecessor: its rates count.
        snapshot.sites = {site(QStringLiteral("shop"), shop, shop / 3, 3), site(QStringLiteral("blog"), blog, 0, 1)};
        history.record(feed.next(4, 9));
    }
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    QCOMPARE(history.sites(), (QStringList{QStringLiteral("blog"), QStringLiteral("shop")}));

    const MetricsSeries shopSeries = history.series(HistoryRange::FiveMinutes, QStringLiteral("shop"), nowMs);
    QCOMPARE(shopSeries.site, QStringLiteral("shop"));
    QCOMPARE(shopSeries.points.size(), 20);
    QCOMPARE(requestSum(shopSeries.points), 60u);
    for (const MetricsPoint& point : shopSeries.points) {
        QCOMPARE(point.requests, 3u);
        QCOMPARE(point.errors(), 1u);
        QCOMPARE(point.bytesIn, 300u);
        QCOMPARE(point.latencyP50Us, 1000);
        QCOMPARE(point.activeConnections, 0); // whole engine only
    }
    QCOMPARE(requestSum(history.series(HistoryRange::OneHour, QStringLiteral("blog"), nowMs).points), 20u);
    QCOMPARE(requestSum(history.series(HistoryRange::OneHour, QString(), nowMs).points), 80u);
    QVERIFY(history.series(HistoryRange::OneHour, QStringLiteral("nobody"), nowMs).points.isEmpty());
    QCOMPARE(history.tierSizes(QStringLiteral("shop"))[0], 20);
}

void TestMetricsHistory::restartNeverGivesNegativeOrHugeCounts_data()
{
    QTest::addColumn<qint64>("uptimeMs");
    QTest::addColumn<quint64>("requestsTotal");
    QTest::addColumn<double>("requestsPerSecond");
    QTest::addColumn<quint64>("expected");

    // The engine restarted and this is its first snapshot: its totals are the interval's.
    QTest::newRow("first snapshot after a restart") << qint64(1000) << quint64(6) << 6.0 << quint64(6);
    // A total went down without the uptime saying so: the rate is all there is to go on.
    QTest::newRow("totals dropped") << qint64(500'000) << quint64(40) << 7.0 << quint64(7);
    QTest::newRow("uptime dropped") << qint64(20'000) << quint64(5'000) << 3.0 << quint64(3);
    QTest::newRow("absurd rate") << qint64(20'000) << quint64(5) << 1e300 << quint64(1e15);
}

void TestMetricsHistory::restartNeverGivesNegativeOrHugeCounts()
{
    QFETCH(qint64, uptimeMs);
    QFETCH(quint64, requestsTotal);
    QFETCH(double, requestsPerSecond);
    QFETCH(quint64, expected);

    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    feed.snapshot().uptimeMs = 100'000;
    feed.snapshot().requestsTotal = 10'000;
    history.record(feed.next(10));
    history.record(feed.next(10));

    StatsSnapshot restarted = feed.next(0);
    restarted.uptimeMs = uptimeMs;
    restarted.requestsTotal = requestsTotal;
    restarted.requestsPerSecond = requestsPerSecond;
    restarted.responsesByClass = {0, requestsTotal, 0, 0, 0};
    history.record(restarted);

    const QList<MetricsPoint> points =
        history.series(HistoryRange::FiveMinutes, QString(), clock.now().toMSecsSinceEpoch()).points;
    QCOMPARE(points.size(), 3);
    // The very first snapshot had no predecessor and a long uptime: rate x interval.
    QCOMPARE(points.at(0).requests, 10u);
    QCOMPARE(points.at(1).requests, 10u);
    QCOMPARE(points.at(2).requests, expected);
    QVERIFY(points.at(2).responsesByClass[1] <= expected);
}

void TestMetricsHistory::backendErrorsAreDifferencesPerBackend()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    BackendStats a = backend(QStringLiteral("app"), 80);
    BackendStats b = backend(QStringLiteral("app"), 81);
    a.errorsTotal = 100;
    a.errorsPerSecond = 2;
    feed.snapshot().uptimeMs = 60'000;
    feed.snapshot().backends = {a};
    history.record(feed.next(1)); // no predecessor: 2/s x 1 s
    a.errorsTotal = 103;
    b.errorsTotal = 4; // added while running: all of its errors are new
    feed.snapshot().backends = {a, b};
    history.record(feed.next(1));
    feed.snapshot().backends = {b}; // a removed: its errors must not count as negative
    b.errorsTotal = 5;
    feed.snapshot().backends = {b};
    history.record(feed.next(1));

    const QList<MetricsPoint> points =
        history.series(HistoryRange::FiveMinutes, QString(), clock.now().toMSecsSinceEpoch()).points;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).backendErrors, 2u);
    QCOMPARE(points.at(1).backendErrors, 7u);
    QCOMPARE(points.at(2).backendErrors, 1u);
}

void TestMetricsHistory::cacheHitsAndMissesAreIntervalCounts()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    const QList<quint64> hits{5, 0, 7, 1, 2, 3, 4, 0, 9, 6};
    const QList<quint64> stale{1, 0, 0, 2, 0, 0, 0, 0, 0, 1};
    const QList<quint64> misses{3, 4, 0, 0, 1, 1, 0, 0, 2, 8};
    for (qsizetype i = 0; i < hits.size(); ++i) {
        CacheStats& cache = feed.snapshot().cache;
        cache.hitsTotal += hits.at(i);
        cache.staleHitsTotal += stale.at(i);
        cache.missesTotal += misses.at(i);
        cache.storesTotal += 100; // not part of the history
        feed.snapshot().sites = {site(QStringLiteral("shop"), quint64(i + 1), 0, 1)};
        history.record(feed.next(1));
    }
    // The 11th second closes the first 10 s bucket.
    feed.snapshot().cache.missesTotal += 50;
    history.record(feed.next(1));
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();

    const MetricsSeries seconds = history.series(HistoryRange::FiveMinutes, QString(), nowMs);
    QCOMPARE(seconds.points.size(), 11);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QCOMPARE(seconds.points.at(i).cacheHits, hits.at(i) + stale.at(i));
        QCOMPARE(seconds.points.at(i).cacheMisses, misses.at(i));
    }
    QCOMPARE(seconds.points.last().cacheHits, 0u);
    QCOMPARE(seconds.points.last().cacheMisses, 50u);

    const MetricsSeries tens = history.series(HistoryRange::OneHour, QString(), nowMs);
    QCOMPARE(tens.points.size(), 2);
    QCOMPARE(tens.points.first().cacheHits, std::accumulate(hits.cbegin(), hits.cend(), quint64(0)) +
                                                std::accumulate(stale.cbegin(), stale.cend(), quint64(0)));
    QCOMPARE(tens.points.first().cacheMisses, std::accumulate(misses.cbegin(), misses.cend(), quint64(0)));
    QCOMPARE(tens.points.last().cacheMisses, 50u);
    const MetricsSeries minutes = history.series(HistoryRange::OneDay, QString(), nowMs);
    QCOMPARE(minutes.points.size(), 1);
    QCOMPARE(minutes.points.first().cacheHits, 41u);
    QCOMPARE(minutes.points.first().cacheMisses, 69u);

    // The cache is engine-wide: site series carry none of it.
    for (const MetricsPoint& point : history.series(HistoryRange::FiveMinutes, QStringLiteral("shop"), nowMs).points) {
        QCOMPARE(point.cacheHits, 0u);
        QCOMPARE(point.cacheMisses, 0u);
    }
}

void TestMetricsHistory::cacheCountsSurviveARestart()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    for (int i = 0; i < 3; ++i) {
        feed.snapshot().cache.hitsTotal += 10;
        feed.snapshot().cache.missesTotal += 2;
        history.record(feed.next(12));
    }
    // The engine restarted: every total begins again, the first snapshot covering the time since the start.
    StatsSnapshot restarted;
    clock.advance(5000);
    restarted.time = clock.now();
    restarted.uptimeMs = 1000;
    restarted.intervalMs = 1000;
    restarted.requestsTotal = 4;
    restarted.cache.hitsTotal = 3;
    restarted.cache.missesTotal = 1;
    history.record(restarted);
    // Then a snapshot whose cache totals went down although nothing else did (no predecessor to trust).
    StatsSnapshot lower = restarted;
    clock.advance(1000);
    lower.time = clock.now();
    lower.uptimeMs = 2000;
    lower.requestsTotal = 5;
    lower.cache.hitsTotal = 1;
    lower.cache.missesTotal = 0;
    history.record(lower);

    const MetricsSeries seconds = history.series(HistoryRange::FiveMinutes, QString(), clock.now().toMSecsSinceEpoch());
    QCOMPARE(seconds.points.size(), 5);
    QCOMPARE(seconds.points.at(2).cacheHits, 10u);
    QCOMPARE(seconds.points.at(3).cacheHits, 3u);
    QCOMPARE(seconds.points.at(3).cacheMisses, 1u);
    // Counted from zero within the interval, never as a huge wrapped difference.
    QCOMPARE(seconds.points.at(4).cacheHits, 1u);
    QCOMPARE(seconds.points.at(4).cacheMisses, 0u);
}

void TestMetricsHistory::memoryStaysBoundedAfterDays()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    const int day = 24 * 3600;
    qsizetype bytesAtEightDays = 0;
    for (int second = 1; second <= 9 * day; ++second) {
        history.record(feed.next(1, 1, 1000));
        if (second == 8 * day + 12 * 3600)
            bytesAtEightDays = history.storageBytes();
    }
    const std::array<qsizetype, 3> sizes = history.tierSizes();
    QCOMPARE(sizes[0], 600);    // 10 min of 1 s
    QCOMPARE(sizes[1], 9000);   // 25 h of 10 s
    QCOMPARE(sizes[2], 11'520); // 8 days of 1 min
    QCOMPARE(history.storageBytes(), bytesAtEightDays);
    QVERIFY(history.storageBytes() < 3 * 1024 * 1024);
    qInfo("bytes held for a full series: %lld", qlonglong(history.storageBytes()));

    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    QCOMPARE(history.series(HistoryRange::SevenDays, QString(), nowMs).points.size(), 7 * 24 * 6 + 1);
    QCOMPARE(history.series(HistoryRange::OneDay, QString(), nowMs).points.size(), 24 * 60 + 1);
    QCOMPARE(requestSum(history.series(HistoryRange::OneDay, QString(), nowMs).points), quint64(day + 60));
}

void TestMetricsHistory::topListsMergeMinutesInRange()
{
    MetricsHistory history;
    // One tally every 20 s for 10 minutes: /a always, /b only in the first 5 minutes.
    for (int i = 0; i < 30; ++i) {
        QHash<QString, quint64> paths{{QStringLiteral("/a"), 2}};
        if (i < 15)
            paths.insert(QStringLiteral("/b"), 5);
        history.recordTally(tally(startMs + i * 20'000, paths, i % 2 == 0 ? 200 : 404));
    }
    const qint64 nowMs = startMs + 10 * 60'000;

    const TopLists day = history.topLists(HistoryRange::OneDay, nowMs);
    QCOMPARE(day.range, HistoryRange::OneDay);
    QCOMPARE(day.requests, 30u * 2 + 15u * 5);
    QCOMPARE(day.paths, (QList<TopEntry>{{QStringLiteral("/b"), 75}, {QStringLiteral("/a"), 60}}));
    QCOMPARE(day.statuses.first().key, QStringLiteral("200"));
    QCOMPARE(day.statuses.size(), 2);
    QCOMPARE(day.sites, (QList<TopEntry>{{QStringLiteral("shop"), 135}}));
    QCOMPARE(day.clients, (QList<TopEntry>{{QStringLiteral("192.0.2.1"), 135}}));

    // The last five minutes: minutes 5..9, where /b no longer shows.
    const TopLists recent = history.topLists(HistoryRange::FiveMinutes, nowMs);
    QCOMPARE(recent.paths, (QList<TopEntry>{{QStringLiteral("/a"), 30}}));
    QCOMPARE(recent.requests, 30u);

    QCOMPARE(history.topLists(HistoryRange::OneDay, nowMs, 1).paths.size(), 1);
    // A day later, the minutes have left the 5-minute range.
    QVERIFY(history.topLists(HistoryRange::FiveMinutes, nowMs + 24 * 3'600'000).paths.isEmpty());
}

void TestMetricsHistory::topListsKeepFiftyPerMinute()
{
    MetricsHistory history;
    QHash<QString, quint64> paths;
    for (int i = 0; i < 80; ++i)
        paths.insert(QStringLiteral("/p%1").arg(i, 2, 10, QLatin1Char('0')), quint64(100 + i));
    history.recordTally(tally(startMs, paths));
    history.recordTally(tally(startMs + 60'000, {{QStringLiteral("/late"), 1}}));

    const TopLists lists = history.topLists(HistoryRange::OneHour, startMs + 90'000, 100);
    QCOMPARE(lists.paths.size(), 51); // the closed minute's 50 and the open one's path
    QCOMPARE(lists.paths.first(), (TopEntry{QStringLiteral("/p79"), 179}));
    QCOMPARE(lists.paths.at(49), (TopEntry{QStringLiteral("/p30"), 130}));
    QCOMPARE(lists.paths.last(), (TopEntry{QStringLiteral("/late"), 1}));
}

void TestMetricsHistory::topListsOverAWeekUseHours()
{
    MetricsHistory history;
    // One tally an hour for 9 days: the week shows 7 days' worth (hour granularity), the day one day's.
    const int hours = 9 * 24;
    for (int h = 0; h < hours; ++h)
        history.recordTally(tally(startMs + h * 3'600'000LL + 30'000, {{QStringLiteral("/x"), 1}}));
    const qint64 nowMs = startMs + (hours - 1) * 3'600'000LL + 60'000;

    // The hour the week begins in counts whole: 7 x 24 hours and the one cut by the range's start.
    const TopLists week = history.topLists(HistoryRange::SevenDays, nowMs);
    QCOMPARE(week.paths.first().count, quint64(7 * 24 + 1));
    QCOMPARE(week.requests, quint64(7 * 24 + 1));
    QCOMPARE(history.topLists(HistoryRange::OneDay, nowMs).requests, quint64(24));
    QCOMPARE(history.topLists(HistoryRange::OneHour, nowMs).requests, 1u);
}

void TestMetricsHistory::backendTimelinesStartInTheRightState()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    feed.snapshot().backends = {backend(QStringLiteral("web"), 80), backend(QStringLiteral("web"), 81),
                                backend(QStringLiteral("api"), 90)};
    history.record(feed.next(0));

    const QString web80 = QStringLiteral("10.0.0.1:80");
    const QString api90 = QStringLiteral("10.0.0.1:90");
    history.recordTransition(QStringLiteral("web"), web80,
                             transition(startMs + 1000, BackendHealth::Unchecked, BackendHealth::Up));
    BackendTransition down = transition(startMs + 2 * 3'600'000, BackendHealth::Up, BackendHealth::Down);
    down.check.failure = HealthCheckFailure::BadStatus;
    down.check.httpStatus = 503;
    down.check.path = QStringLiteral("/health");
    history.recordTransition(QStringLiteral("web"), web80, down);
    history.recordTransition(QStringLiteral("web"), web80,
                             transition(startMs + 2 * 3'600'000 + 120'000, BackendHealth::Down, BackendHealth::Up));
    history.recordTransition(QStringLiteral("api"), api90,
                             transition(startMs + 5000, BackendHealth::Unchecked, BackendHealth::Ejected));

    const qint64 nowMs = startMs + 2 * 3'600'000 + 360'000;
    const QList<BackendTimeline> hour = history.backendTimelines(HistoryRange::OneHour, nowMs);
    QCOMPARE(hour.size(), 3);
    // Pools in the order first seen, backends in theirs.
    QCOMPARE(hour.at(0).pool, QStringLiteral("web"));
    QCOMPARE(hour.at(0).backend, web80);
    QCOMPARE(hour.at(1).backend, QStringLiteral("10.0.0.1:81"));
    QCOMPARE(hour.at(2).pool, QStringLiteral("api"));

    QCOMPARE(hour.at(0).initial, BackendHealth::Up);
    QCOMPARE(hour.at(0).transitions.size(), 2);
    QCOMPARE(hour.at(0).transitions.first(), down);
    QCOMPARE(hour.at(0).transitions.first().check.message(), QStringLiteral("HTTP 503 on /health"));
    QCOMPARE(hour.at(1).initial, BackendHealth::Unchecked);
    QVERIFY(hour.at(1).transitions.isEmpty());
    QCOMPARE(hour.at(2).initial, BackendHealth::Ejected);
    QVERIFY(hour.at(2).transitions.isEmpty());

    // Within five minutes only the recovery remains, starting from Down.
    const QList<BackendTimeline> recent = history.backendTimelines(HistoryRange::FiveMinutes, nowMs);
    QCOMPARE(recent.at(0).initial, BackendHealth::Down);
    QCOMPARE(recent.at(0).transitions.size(), 1);
    QCOMPARE(recent.at(0).transitions.first().to, BackendHealth::Up);

    const QList<BackendTimeline> day = history.backendTimelines(HistoryRange::OneDay, nowMs);
    QCOMPARE(day.at(0).initial, BackendHealth::Unchecked);
    QCOMPARE(day.at(0).transitions.size(), 3);
}

void TestMetricsHistory::removedBackendsShowOnlyWithChanges()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    feed.snapshot().backends = {backend(QStringLiteral("web"), 80), backend(QStringLiteral("web"), 81)};
    history.record(feed.next(0));
    history.recordTransition(QStringLiteral("web"), QStringLiteral("10.0.0.1:81"),
                             transition(startMs + 2000, BackendHealth::Unchecked, BackendHealth::Down));
    // :81 leaves the config.
    feed.snapshot().backends = {backend(QStringLiteral("web"), 80)};
    history.record(feed.next(0));

    const qint64 soon = startMs + 60'000;
    QCOMPARE(history.backendTimelines(HistoryRange::FiveMinutes, soon).size(), 2);
    const QList<BackendTimeline> later = history.backendTimelines(HistoryRange::FiveMinutes, startMs + 3'600'000);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().backend, QStringLiteral("10.0.0.1:80"));
    QCOMPARE(history.backendTimelines(HistoryRange::OneDay, startMs + 3'600'000).size(), 2);
}

void TestMetricsHistory::copiesAreIndependent()
{
    ManualClock clock(start);
    SnapshotFeed feed(clock);
    MetricsHistory history;
    history.record(feed.next(1));
    const MetricsHistory copy = history;
    history.record(feed.next(1));
    const qint64 nowMs = clock.now().toMSecsSinceEpoch();
    QCOMPARE(copy.series(HistoryRange::FiveMinutes, QString(), nowMs).points.size(), 1);
    QCOMPARE(history.series(HistoryRange::FiveMinutes, QString(), nowMs).points.size(), 2);
}

QTEST_GUILESS_MAIN(TestMetricsHistory)
#include "TestMetricsHistory.moc"
