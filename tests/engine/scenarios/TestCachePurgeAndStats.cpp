// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"

#include "cache/DiskCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Purges through the controller reach every worker's memory tier, and the once-a-second snapshot counts
// what the cache did.
class TestCachePurgeAndStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void purgeRemovesWhatItNames_data();
    void purgeRemovesWhatItNames();
    void purgeReachesEveryWorker();
    void statsCountHitsMissesAndStores();
    void hitRatioCoversTheInterval();
    void statsFollowAPurge();
    void cachingOffHasNoMemoryTier();
    void diskTierFollowsApply();
    void invalidationReachesEveryWorkerAndTheDisk();

private:
    // Cacheable for ten minutes, with a body naming the path.
    void script(const QByteArray& path);
    // Asks and waits for the answer; -1 when none came.
    int purge(const CachePurge& purge);

    std::unique_ptr<CacheScenario> m_s;
};

void TestCachePurgeAndStats::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCachePurgeAndStats::cleanup()
{
    m_s.reset();
}

void TestCachePurgeAndStats::script(const QByteArray& path)
{
    m_s->backend().setResponse(path, 200, {{"Cache-Control", "max-age=600"}, {"Content-Type", "text/plain"}},
                               "body of " + path);
}

int TestCachePurgeAndStats::purge(const CachePurge& purge)
{
    QSignalSpy purged(&m_s->engine(), &EngineController::cachePurged);
    const quint64 id = m_s->engine().purgeCache(purge);
    if (!purged.wait(10'000) || purged.first().at(0).toULongLong() != id)
        return -1;
    return purged.first().at(1).toInt();
}

void TestCachePurgeAndStats::purgeRemovesWhatItNames_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArrayList>("purged");

    const auto url = static_cast<int>(CachePurge::Scope::Url);
    const auto prefix = static_cast<int>(CachePurge::Scope::Prefix);
    const auto site = static_cast<int>(CachePurge::Scope::Site);
    const auto all = static_cast<int>(CachePurge::Scope::All);
    QTest::newRow("url of the site") << url << "app" << QByteArray("/a/1") << QByteArrayList{"/a/1"};
    QTest::newRow("url of any site") << url << "" << QByteArray("/a/2") << QByteArrayList{"/a/2"};
    QTest::newRow("url of another site") << url << "other" << QByteArray("/a/1") << QByteArrayList{};
    QTest::newRow("url not stored") << url << "app" << QByteArray("/a") << QByteArrayList{};
    QTest::newRow("prefix") << prefix << "app" << QByteArray("/a/") << QByteArrayList{"/a/1", "/a/2"};
    QTest::newRow("site") << site << "app" << QByteArray() << QByteArrayList{"/a/1", "/a/2", "/b/1"};
    QTest::newRow("other site") << site << "other" << QByteArray() << QByteArrayList{};
    QTest::newRow("all") << all << "" << QByteArray() << QByteArrayList{"/a/1", "/a/2", "/b/1"};
}

void TestCachePurgeAndStats::purgeRemovesWhatItNames()
{
    QFETCH(int, scope);
    QFETCH(QString, site);
    QFETCH(QByteArray, path);
    QFETCH(QByteArrayList, purged);

    QVERIFY(m_s->start());
    // "/a/2" with a query: a URL purge takes every query of the path.
    const QList<QPair<QByteArray, QByteArray>> targets{{"/a/1", "/a/1"}, {"/a/2", "/a/2?x=1"}, {"/b/1", "/b/1"}};
    for (const auto& [stored, target] : targets) {
        script(stored);
        QCOMPARE(m_s->get(target).body, "body of " + stored);
        // Stored: the second answer comes from the cache.
        QCOMPARE(m_s->get(target).header("Cache-Status").left(12), QByteArray("Portico; hit"));
        QCOMPARE(m_s->backend().countFor(stored), 1);
    }

    QCOMPARE(purge(CachePurge{static_cast<CachePurge::Scope>(scope), site, path}), int(purged.size()));

    for (const auto& [stored, target] : targets) {
        const HttpResponse response = m_s->get(target);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, "body of " + stored);
        // What was purged goes to the backend again; the rest is still a hit.
        QCOMPARE(m_s->backend().countFor(stored), purged.contains(stored) ? 2 : 1);
    }
}

void TestCachePurgeAndStats::purgeReachesEveryWorker()
{
    QVERIFY(m_s->start(m_s->config(3)));
    script("/p");
    // New connections spread over the workers; each that missed stored its own copy.
    for (int i = 0; i < 12; ++i)
        QCOMPARE(m_s->get("/p").status, 200);
    const int stored = m_s->backend().countFor("/p");
    QVERIFY(stored >= 1 && stored <= 3);

    QCOMPARE(purge(CachePurge{CachePurge::Scope::Url, QStringLiteral("app"), "/p"}), stored);
    // No worker has it any more: whichever takes the next request asks the backend.
    const HttpResponse response = m_s->get("/p");
    QCOMPARE(response.status, 200);
    QCOMPARE(m_s->backend().countFor("/p"), stored + 1);
    QVERIFY(!response.header("Cache-Status").startsWith("Portico; hit"));
}

void TestCachePurgeAndStats::statsCountHitsMissesAndStores()
{
    QVERIFY(m_s->start());
    script("/s1");
    script("/s2");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_s->get("/s1").status, 200);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_s->get("/s2").status, 200);
    QCOMPARE(m_s->backend().countFor("/s1"), 1);
    QCOMPARE(m_s->backend().countFor("/s2"), 1);

    // The top list comes from the worker once a second and joins the next snapshot.
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.topPaths.size(), 2, 10'000);
    const CacheStats cache = m_s->engine().lastStats().cache;
    QVERIFY(cache.enabled);
    QCOMPARE(cache.hitsTotal, 3u);
    QCOMPARE(cache.missesTotal, 2u);
    QCOMPARE(cache.storesTotal, 2u);
    QCOMPARE(cache.memoryEntries, 2);
    QVERIFY2(cache.memoryBytes > qint64(sizeof("body of /s1") * 2), qPrintable(QString::number(cache.memoryBytes)));
    QCOMPARE(cache.memoryCapacityBytes, qint64(m_s->config().settings.cache.memoryMb) * 1024 * 1024);
    QCOMPARE(cache.diskCapacityBytes, 0);

    const CachedPathStat& top = cache.topPaths.at(0);
    QCOMPARE(top.site, QStringLiteral("app"));
    QCOMPARE(top.path, QByteArray("/s1"));
    QCOMPARE(top.hits, 2u);
    QVERIFY(top.bytes > 0);
    QVERIFY(top.ttlSeconds > 500 && top.ttlSeconds <= 600);
    QCOMPARE(cache.topPaths.at(1).path, QByteArray("/s2"));
    QCOMPARE(cache.topPaths.at(1).hits, 1u);
}

void TestCachePurgeAndStats::hitRatioCoversTheInterval()
{
    QVERIFY(m_s->start());
    QSignalSpy snapshots(&m_s->engine(), &EngineController::statsUpdated);
    script("/r");
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_s->get("/r").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() && snapshots.last().first().value<StatsSnapshot>().cache.hitsTotal == 3, 10'000);
    QVERIFY(snapshots.wait(10'000)); // and one more, with nothing new in its interval

    // Each snapshot's ratio is that of its own interval: the differences of the totals.
    CacheStats before;
    bool sawTraffic = false;
    for (const QList<QVariant>& arguments : std::as_const(snapshots)) {
        const CacheStats cache = arguments.first().value<StatsSnapshot>().cache;
        const quint64 served = cache.hitsTotal + cache.staleHitsTotal - before.hitsTotal - before.staleHitsTotal;
        const quint64 missed = cache.missesTotal - before.missesTotal;
        if (served + missed == 0) {
            QCOMPARE(cache.hitRatio, -1.0);
        } else {
            sawTraffic = true;
            QCOMPARE(cache.hitRatio, double(served) / double(served + missed));
        }
        before = cache;
    }
    QVERIFY(sawTraffic);
    QCOMPARE(snapshots.last().first().value<StatsSnapshot>().cache.hitRatio, -1.0);
}

void TestCachePurgeAndStats::statsFollowAPurge()
{
    QVERIFY(m_s->start(m_s->config(2)));
    script("/x");
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_s->get("/x").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!m_s->engine().lastStats().cache.topPaths.isEmpty(), 10'000);
    QVERIFY(m_s->engine().lastStats().cache.memoryEntries >= 1);

    QVERIFY(purge(CachePurge{}) >= 1);
    // The emptied memory tiers say so, and their entries leave the list.
    QTRY_VERIFY_WITH_TIMEOUT(m_s->engine().lastStats().cache.topPaths.isEmpty(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.memoryEntries, 0, 10'000);
    QCOMPARE(m_s->engine().lastStats().cache.memoryBytes, 0);
}

void TestCachePurgeAndStats::cachingOffHasNoMemoryTier()
{
    Config config = m_s->config();
    config.sites.first().cache.enabled = false;
    QVERIFY(m_s->start(config));
    script("/o");
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_s->get("/o").status, 200);
    QCOMPARE(m_s->backend().countFor("/o"), 2);
    QSignalSpy snapshots(&m_s->engine(), &EngineController::statsUpdated);
    QVERIFY(snapshots.wait(10'000));
    const CacheStats cache = snapshots.last().first().value<StatsSnapshot>().cache;
    QVERIFY(!cache.enabled);
    QCOMPARE(cache.memoryCapacityBytes, 0);
    QCOMPARE(cache.memoryEntries, 0);
    QCOMPARE(cache.storesTotal, 0u);

    // Turned on live: the workers' memory tiers grow to their share and start storing.
    QVERIFY(m_s->engine().apply(m_s->config()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.memoryCapacityBytes,
                              qint64(m_s->config().settings.cache.memoryMb) * 1024 * 1024, 10'000);
    QCOMPARE(m_s->get("/o").status, 200);
    QCOMPARE(m_s->get("/o").header("Cache-Status").left(12), QByteArray("Portico; hit"));
    QCOMPARE(m_s->backend().countFor("/o"), 3);
}

void TestCachePurgeAndStats::diskTierFollowsApply()
{
    constexpr qint64 mebibyte = 1024 * 1024;
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    Config config = m_s->config();
    config.settings.cache.diskMb = 1;
    config.settings.cache.diskPath = first.path();
    QVERIFY(m_s->start(config));
    script("/d");
    QCOMPARE(m_s->get("/d").status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.diskEntries, 1, 10'000);
    QCOMPARE(m_s->engine().lastStats().cache.diskCapacityBytes, mebibyte);

    // A new size resizes the same tier.
    config.settings.cache.diskMb = 2;
    QVERIFY(m_s->engine().apply(config).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.diskCapacityBytes, 2 * mebibyte, 10'000);
    QCOMPARE(m_s->engine().lastStats().cache.diskEntries, 1);

    // A new place is a new tier: nothing there yet, and a purge reaches the memory tier and the new tier.
    config.settings.cache.diskPath = second.path();
    QVERIFY(m_s->engine().apply(config).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.diskEntries, 0, 10'000);
    QCOMPARE(purge(CachePurge{}), 1);
    QCOMPARE(m_s->get("/d").status, 200);
    QCOMPARE(m_s->backend().countFor("/d"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.diskEntries, 1, 10'000);

    // Off: no disk tier in the figures; what is on disk stays for a later run.
    config.settings.cache.diskMb = 0;
    QVERIFY(m_s->engine().apply(config).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.diskCapacityBytes, 0, 10'000);
    m_s->engine().stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().state(), EngineState::Stopped, 10'000);
    for (const QTemporaryDir* dir : {&first, &second}) {
        DiskCache disk(dir->path(), 2 * mebibyte);
        QVERIFY(disk.open());
        QCOMPARE(disk.entryCount(), 1);
    }
}

void TestCachePurgeAndStats::invalidationReachesEveryWorkerAndTheDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Config config = m_s->config(3);
    config.settings.cache.diskMb = 4;
    config.settings.cache.diskPath = dir.path();
    QVERIFY(m_s->start(config));
    script("/i");
    for (int round = 0; round < 4; ++round) {
        // Copies in some workers' memory and on disk.
        for (int i = 0; i < 9; ++i)
            QCOMPARE(m_s->get("/i").status, 200);
        const int before = m_s->backend().countFor("/i");
        // An unsafe method on one worker drops the key everywhere.
        QCOMPARE(m_s->request("POST", "/i", {}, "change").status, 200);
        QCOMPARE(m_s->backend().countFor("/i"), before + 1);
        const HttpResponse next = m_s->get("/i");
        QCOMPARE(next.status, 200);
        QVERIFY2(!next.header("Cache-Status").startsWith("Portico; hit"), next.header("Cache-Status").constData());
        QCOMPARE(m_s->backend().countFor("/i"), before + 2);
    }
}

QTEST_GUILESS_MAIN(TestCachePurgeAndStats)
#include "TestCachePurgeAndStats.moc"
