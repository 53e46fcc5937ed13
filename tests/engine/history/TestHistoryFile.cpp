// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"
#include "TestPaths.h"

#include "controller/EngineController.h"
#include "history/MetricsHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

namespace {

const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
const qint64 startMs = start.toMSecsSinceEpoch();
constexpr HistoryRange allRanges[] = {HistoryRange::FiveMinutes, HistoryRange::OneHour, HistoryRange::OneDay,
                                      HistoryRange::SevenDays};

// Two days of traffic for two sites, top-list tallies and a backend that went down and came back.
MetricsHistory busyHistory(qint64& nowMs)
{
    MetricsHistory history;
    StatsSnapshot snapshot;
    BackendStats backend;
    backend.pool = QStringLiteral("web");
    backend.host = QStringLiteral("10.0.0.1");
    backend.port = 80;
    snapshot.backends = {backend};
    SiteStats shop;
    shop.name = QStringLiteral("shop");
    SiteStats blog;
    blog.name = QStringLiteral("blög");
    const int seconds = 2 * 24 * 3600;
    for (int second = 1; second <= seconds; ++second) {
        const quint64 requests = quint64(second % 7);
        snapshot.time = start.addSecs(second);
        snapshot.uptimeMs = second * 1000LL;
        snapshot.intervalMs = 1000;
        snapshot.requestsTotal += requests;
        snapshot.bytesInTotal += requests * 300;
        snapshot.bytesOutTotal += requests * 5000;
        snapshot.responsesByClass[1] += requests;
        snapshot.responsesByClass[4] += second % 11 == 0 ? 1 : 0;
        snapshot.activeConnections = second % 13;
        snapshot.latencyP50Us = 1000 + second % 17;
        snapshot.latencyP95Us = 5000 + second % 19;
        snapshot.latencyP99Us = 9000 + second % 23;
        snapshot.cache.hitsTotal += requests / 3;
        snapshot.cache.staleHitsTotal += second % 29 == 0 ? 1 : 0;
        snapshot.cache.missesTotal += requests - requests / 3;
        shop.requestsTotal += requests / 2;
        blog.requestsTotal += requests - requests / 2;
        snapshot.sites = {shop, blog};
        history.record(snapshot);
        if (second % 30 == 0) {
            RequestTally tally;
            tally.timeMs = snapshot.time.toMSecsSinceEpoch();
            tally.requests = 9;
            tally.paths = {{QStringLiteral("/cart"), 6}, {QStringLiteral("/p%1").arg(second % 90), 3}};
            tally.clients = {{QStringLiteral("192.0.2.%1").arg(second % 5), 9}};
            tally.statuses = {{200, 8}, {503, 1}};
            tally.sites = {{QStringLiteral("shop"), 9}};
            history.recordTally(tally);
        }
    }
    BackendTransition down;
    down.time = start.addSecs(seconds - 3000);
    down.from = BackendHealth::Up;
    down.to = BackendHealth::Down;
    down.cause = TransitionCause::ActiveCheck;
    down.check.time = down.time.addMSecs(-20);
    down.check.failure = HealthCheckFailure::TimedOut;
    down.check.elapsedMs = 2000;
    down.check.path = QStringLiteral("/health");
    down.failures = 3;
    history.recordTransition(QStringLiteral("web"), backend.key(), down);
    BackendTransition up = down;
    up.time = start.addSecs(seconds - 100);
    up.from = BackendHealth::Down;
    up.to = BackendHealth::Up;
    up.check = HealthCheckResult();
    up.check.ok = true;
    up.check.httpStatus = 200;
    history.recordTransition(QStringLiteral("web"), backend.key(), up);
    nowMs = start.addSecs(seconds).toMSecsSinceEpoch();
    return history;
}

void compareHistories(const MetricsHistory& a, const MetricsHistory& b, qint64 nowMs)
{
    QCOMPARE(a.sites(), b.sites());
    for (const HistoryRange range : allRanges) {
        QCOMPARE(a.series(range, QString(), nowMs), b.series(range, QString(), nowMs));
        for (const QString& site : a.sites())
            QCOMPARE(a.series(range, site, nowMs), b.series(range, site, nowMs));
        QCOMPARE(a.topLists(range, nowMs, 100), b.topLists(range, nowMs, 100));
        QCOMPARE(a.backendTimelines(range, nowMs), b.backendTimelines(range, nowMs));
    }
}

} // namespace

class TestHistoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsEverything();
    void savedFileIsSmall();
    void missingFileIsEmptyWithoutWarning();
    void committedFormatOneStillLoads();
    void cacheCountsAreSavedInFormatTwo();
    void damagedFilesLoadEmptyWithAReason_data();
    void damagedFilesLoadEmptyWithAReason();
    void everyTruncationIsRefused();
    void controllerSetsDamagedFileAsideAndRuns();
    void controllerSavesWhenTheEngineStops();

private:
    // Built once: two days of seconds take a moment.
    MetricsHistory m_busy;
    qint64 m_busyNowMs = 0;
};

void TestHistoryFile::initTestCase()
{
    m_busy = busyHistory(m_busyNowMs);
}

void TestHistoryFile::roundTripKeepsEverything()
{
    const qint64 nowMs = m_busyNowMs;
    const MetricsHistory history = m_busy;
    QVERIFY(!history.series(HistoryRange::SevenDays, QString(), nowMs).points.isEmpty());
    QVERIFY(!history.topLists(HistoryRange::OneDay, nowMs).paths.isEmpty());
    QCOMPARE(history.backendTimelines(HistoryRange::OneDay, nowMs).first().transitions.size(), 2);
    QVERIFY(history.series(HistoryRange::SevenDays, QString(), nowMs).points.last().cacheHits > 0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/history/metrics.dat"));
    QString error;
    QVERIFY2(history.save(path, &error), qPrintable(error));

    QString warning;
    const MetricsHistory loaded = MetricsHistory::load(path, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    compareHistories(history, loaded, nowMs);
    QCOMPARE(loaded.tierSizes(), history.tierSizes());
    QCOMPARE(loaded.serialize(), history.serialize());

    // The partial buckets came along: the loaded history goes on exactly as the original.
    MetricsHistory original = history;
    MetricsHistory resumed = loaded;
    StatsSnapshot next;
    next.time = QDateTime::fromMSecsSinceEpoch(nowMs + 1000, Qt::UTC);
    next.uptimeMs = 1000;
    next.intervalMs = 1000;
    next.requestsTotal = 4;
    original.record(next);
    resumed.record(next);
    compareHistories(original, resumed, nowMs + 1000);
}

void TestHistoryFile::savedFileIsSmall()
{
    const MetricsHistory history = m_busy;
    const QByteArray data = history.serialize();
    qInfo("two days, three series: %lld bytes in memory, %lld bytes on disk", qlonglong(history.storageBytes()),
          qlonglong(data.size()));
    QVERIFY(data.size() < history.storageBytes() / 2);
}

void TestHistoryFile::missingFileIsEmptyWithoutWarning()
{
    QTemporaryDir dir;
    QString warning = QStringLiteral("untouched");
    const MetricsHistory history = MetricsHistory::load(dir.filePath(QStringLiteral("none.dat")), &warning);
    QVERIFY(history.isEmpty());
    QCOMPARE(warning, QStringLiteral("untouched"));
}

void TestHistoryFile::committedFormatOneStillLoads()
{
    QString warning;
    const MetricsHistory history =
        MetricsHistory::load(TestPaths::data(QStringLiteral("history/valid-v1.dat")), &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    const qint64 nowMs = startMs + 2000;

    const MetricsSeries seconds = history.series(HistoryRange::FiveMinutes, QString(), nowMs);
    QCOMPARE(seconds.points.size(), 2);
    QCOMPARE(seconds.points.at(1).timeMs, startMs + 2000);
    QCOMPARE(seconds.points.at(1).requests, 5u);
    QCOMPARE(seconds.points.at(1).bytesOut, 5000u);
    QCOMPARE(seconds.points.at(1).activeConnections, 4);
    QCOMPARE(seconds.points.at(1).latencyP99Us, 7500);
    // Format 1 had no cache fields: they read as nothing, everywhere.
    for (const HistoryRange range : allRanges) {
        for (const MetricsPoint& point : history.series(range, QString(), nowMs).points) {
            QCOMPARE(point.cacheHits, 0u);
            QCOMPARE(point.cacheMisses, 0u);
        }
    }
    const MetricsSeries hour = history.series(HistoryRange::OneHour, QString(), nowMs);
    QCOMPARE(hour.points.size(), 1);
    QCOMPARE(hour.points.first().requests, 8u);
    QCOMPARE(history.sites(), QStringList{QStringLiteral("shop")});
    QCOMPARE(history.series(HistoryRange::FiveMinutes, QStringLiteral("shop"), nowMs).points.first().requests, 4u);

    const TopLists lists = history.topLists(HistoryRange::OneHour, nowMs);
    QCOMPARE(lists.requests, 8u);
    QCOMPARE(lists.paths, (QList<TopEntry>{{QStringLiteral("/cart"), 5}, {QStringLiteral("/"), 3}}));
    QCOMPARE(lists.statuses, (QList<TopEntry>{{QStringLiteral("200"), 8}}));
    QCOMPARE(history.topLists(HistoryRange::SevenDays, nowMs).requests, 8u);

    const QList<BackendTimeline> timelines = history.backendTimelines(HistoryRange::FiveMinutes, nowMs);
    QCOMPARE(timelines.size(), 1);
    QCOMPARE(timelines.first().pool, QStringLiteral("web"));
    QCOMPARE(timelines.first().backend, QStringLiteral("10.0.0.1:80"));
    const BackendTransition& change = timelines.first().transitions.first();
    QCOMPARE(change.to, BackendHealth::Down);
    QCOMPARE(change.failures, 3);
    QCOMPARE(change.check.time, QDateTime::fromMSecsSinceEpoch(startMs + 1400, Qt::UTC));
    QCOMPARE(change.check.message(), QStringLiteral("HTTP 503 on /health"));
    QCOMPARE(change.check.server, QStringLiteral("nginx"));
}

void TestHistoryFile::cacheCountsAreSavedInFormatTwo()
{
    MetricsHistory history;
    StatsSnapshot snapshot;
    for (int second = 1; second <= 75; ++second) {
        snapshot.time = start.addSecs(second);
        snapshot.uptimeMs = second * 1000LL;
        snapshot.intervalMs = 1000;
        snapshot.requestsTotal += 4;
        snapshot.cache.hitsTotal += 3;
        snapshot.cache.missesTotal += 1;
        history.record(snapshot);
    }
    const qint64 nowMs = start.addSecs(75).toMSecsSinceEpoch();
    const QByteArray data = history.serialize();
    // "PHST", then the version, big-endian.
    QCOMPARE(data.mid(4, 4), QByteArray::fromHex("00000002"));
    MetricsHistory loaded;
    QString error;
    QVERIFY2(MetricsHistory::deserialize(data, loaded, &error), qPrintable(error));
    compareHistories(history, loaded, nowMs);
    const MetricsSeries day = loaded.series(HistoryRange::OneDay, QString(), nowMs);
    // A closed minute and the one still filling, both with their share.
    QCOMPARE(day.points.size(), 2);
    QVERIFY(day.points.last().cacheHits > 0);
    QCOMPARE(day.points.first().cacheHits + day.points.last().cacheHits, 3u * 75);
    QCOMPARE(day.points.first().cacheMisses + day.points.last().cacheMisses, 75u);
    QCOMPARE(day.points.first().cacheHits, 3 * day.points.first().cacheMisses);
}

void TestHistoryFile::damagedFilesLoadEmptyWithAReason_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");

    QTest::newRow("truncated") << "truncated.dat"
                               << "ends early";
    QTest::newRow("bad magic") << "bad-magic.dat"
                               << "not a Portico history file";
    QTest::newRow("bad checksum") << "bad-checksum.dat"
                                  << "checksum does not match";
    QTest::newRow("newer version") << "newer-version.dat"
                                   << "newer version of Portico";
    QTest::newRow("garbage") << "garbage.dat"
                             << "not a Portico history file";
    QTest::newRow("empty") << "empty.dat"
                           << "not a Portico history file";
    QTest::newRow("absurd size") << "absurd-size.dat"
                                 << "impossible size";
    QTest::newRow("absurd count") << "absurd-count.dat"
                                  << "at most";
    QTest::newRow("trailing data") << "trailing-data.dat"
                                   << "unexpected data after the end";
}

void TestHistoryFile::damagedFilesLoadEmptyWithAReason()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const QString path = TestPaths::data(QStringLiteral("history/") + file);
    QVERIFY(QFile::exists(path));
    QString warning;
    const MetricsHistory history = MetricsHistory::load(path, &warning);
    QVERIFY(history.isEmpty());
    QVERIFY2(warning.contains(reason), qPrintable(warning));
    QVERIFY2(warning.contains(path), qPrintable(warning));
}

void TestHistoryFile::everyTruncationIsRefused()
{
    const QByteArray data = m_busy.serialize();
    // Every prefix, and a few hundred bytes around the middle, cut one at a time.
    for (qsizetype size = 0; size < data.size(); size += size < 64 || size > data.size() - 64 ? 1 : 997) {
        MetricsHistory into;
        QString error;
        QVERIFY2(!MetricsHistory::deserialize(data.left(size), into, &error), qPrintable(QString::number(size)));
        QVERIFY(!error.isEmpty());
        QVERIFY(into.isEmpty());
    }
}

void TestHistoryFile::controllerSetsDamagedFileAsideAndRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("metrics.dat"));
    QVERIFY(QFile::copy(TestPaths::data(QStringLiteral("history/bad-checksum.dat")), path));

    EngineController engine;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring the traffic history: .*checksum")));
    engine.setHistoryPath(path);
    QCOMPARE(engine.historyPath(), path);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
    QVERIFY(engine.history(HistoryRange::FiveMinutes).points.isEmpty());

    Config config;
    config.settings.workers = 1;
    config.settings.accessLog = false;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    QSignalSpy stats(&engine, &EngineController::statsUpdated);
    QVERIFY(engine.start(config).ok());
    QVERIFY(stats.wait(10'000));
    QVERIFY(!engine.history(HistoryRange::FiveMinutes).points.isEmpty());
    engine.stop();
    QTRY_COMPARE(engine.state(), EngineState::Stopped);

    // Saved on stop, over the damaged file's old place; the damaged one stays for a person to look at.
    QString warning;
    const MetricsHistory saved = MetricsHistory::load(path, &warning);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(!saved.isEmpty());
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
}

void TestHistoryFile::controllerSavesWhenTheEngineStops()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history/metrics.dat"));
    ManualClock clock(start);
    Config config;
    config.settings.workers = 1;
    config.settings.accessLog = false;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    {
        EngineController engine(clock);
        engine.setHistoryPath(path);
        QVERIFY(engine.start(config).ok());
        QSignalSpy stats(&engine, &EngineController::statsUpdated);
        for (int i = 0; i < 2; ++i) {
            clock.advance(1000);
            QVERIFY(stats.wait(10'000));
        }
        QVERIFY(!QFile::exists(path)); // nothing written before the minute is up or the engine stops
        engine.stop();
        QTRY_COMPARE(engine.state(), EngineState::Stopped);
        QVERIFY(QFile::exists(path));
    }
    EngineController reopened(clock);
    reopened.setHistoryPath(path);
    const MetricsSeries series = reopened.history(HistoryRange::FiveMinutes);
    QVERIFY(series.points.size() >= 2);
    QCOMPARE(series.endMs, clock.now().toMSecsSinceEpoch());

    // Memory only from now on: nothing more is written.
    const QDateTime written = QFileInfo(path).lastModified();
    reopened.setHistoryPath(QString());
    QVERIFY(reopened.historyPath().isEmpty());
    QCOMPARE(QFileInfo(path).lastModified(), written);
    QCOMPARE(reopened.history(HistoryRange::FiveMinutes).points.size(), series.points.size());
}

QTEST_GUILESS_MAIN(TestHistoryFile)
#include "TestHistoryFile.moc"
