// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../scenarios/ProxyScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Portico;
using namespace Portico::Test;

namespace {

quint64 requestSum(const MetricsSeries& series)
{
    return std::accumulate(series.points.cbegin(), series.points.cend(), quint64(0),
                           [](quint64 sum, const MetricsPoint& point) { return sum + point.requests; });
}

} // namespace

// The history as the dashboard sees it: a real engine on loopback proxying to a real backend.
class TestHistoryScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyCountsWhatWasSent();
};

void TestHistoryScenario::historyCountsWhatWasSent()
{
    TestBackend backend("a");
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({backend.port()})).ok());
    const quint16 port = engine.listeners().first().port;

    const int sent = 7;
    for (int i = 0; i < sent; ++i)
        QCOMPARE(HttpClient::get(port, "/page").status, 200);
    QCOMPARE(HttpClient::get(port, "/status/503").status, 503);

    // Two snapshots after the last answer: the second one surely covers it.
    QSignalSpy stats(&engine, &EngineController::statsUpdated);
    QVERIFY(stats.wait(10'000));
    QVERIFY(stats.wait(10'000));

    const MetricsSeries all = engine.history(HistoryRange::FiveMinutes);
    QCOMPARE(all.resolutionMs, 1000);
    QVERIFY(all.points.size() >= 2);
    QCOMPARE(requestSum(all), quint64(sent + 1));
    const quint64 errors = std::accumulate(all.points.cbegin(), all.points.cend(), quint64(0),
                                           [](quint64 sum, const MetricsPoint& point) { return sum + point.errors(); });
    QCOMPARE(errors, 1u);
    for (const MetricsPoint& point : all.points)
        QVERIFY(point.timeMs <= all.endMs);
    QCOMPARE(requestSum(engine.history(HistoryRange::OneHour)), quint64(sent + 1));

    QCOMPARE(engine.historySites(), QStringList{QStringLiteral("app")});
    QCOMPARE(requestSum(engine.history(HistoryRange::FiveMinutes, QStringLiteral("app"))), quint64(sent + 1));

    // The workers' tallies arrive once a second too.
    QTRY_COMPARE(engine.topLists(HistoryRange::FiveMinutes).requests, quint64(sent + 1));
    const TopLists lists = engine.topLists(HistoryRange::FiveMinutes);
    QCOMPARE(lists.paths.first(), (TopEntry{QStringLiteral("/page"), quint64(sent)}));
    QCOMPARE(lists.statuses.first(), (TopEntry{QStringLiteral("200"), quint64(sent)}));
    QCOMPARE(lists.sites, (QList<TopEntry>{{QStringLiteral("app"), quint64(sent + 1)}}));
    QCOMPARE(lists.clients.size(), 1);

    const QList<BackendTimeline> timelines = engine.backendTimelines(HistoryRange::FiveMinutes);
    QCOMPARE(timelines.size(), 1);
    QCOMPARE(timelines.first().pool, QStringLiteral("app"));
    QCOMPARE(timelines.first().backend, QStringLiteral("127.0.0.1:%1").arg(backend.port()));

    engine.stop();
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
    // Stopping adds a last snapshot, not more requests.
    QCOMPARE(requestSum(engine.history(HistoryRange::FiveMinutes)), quint64(sent + 1));
}

QTEST_GUILESS_MAIN(TestHistoryScenario)
#include "TestHistoryScenario.moc"
