// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../pool/AllocationCounter.h"
#include "cache/CachePurge.h"
#include "cache/MemoryCache.h"

#include <QTest>

using namespace Portico;

namespace {

// Same-sized entries: fixed-width keys and paths, equal bodies.
std::shared_ptr<const CacheEntry> makeEntry(int number, const QList<QByteArray>& varyValues = {},
                                            const QString& site = QStringLiteral("shop"), char fill = 'x')
{
    auto entry = std::make_shared<CacheEntry>();
    entry->path = "/p/" + QByteArray::number(number).rightJustified(4, '0');
    entry->key = "http|" + site.toUtf8() + "|example.test|" + entry->path;
    entry->site = site;
    for (qsizetype i = 0; i < varyValues.size(); ++i)
        entry->varyNames.append("accept-encoding");
    entry->varyValues = varyValues;
    entry->body = QByteArray(1000, fill);
    return entry;
}

QByteArray keyOf(int number, const QString& site = QStringLiteral("shop"))
{
    return makeEntry(number, {}, site)->key;
}

qint64 unitSize()
{
    return makeEntry(0)->sizeBytes();
}

bool has(MemoryCache& cache, int number)
{
    return cache.containsKey(keyOf(number));
}

} // namespace

class TestMemoryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndFind();
    void capacityEvictsOldest();
    void shrinkingEvicts();
    void scanDoesNotEvictHotKey();
    void scanEvictsColdKey();
    void protectedOverflowIsDemoted();
    void variants();
    void replaceSameVariant();
    void oversizeRefused();
    void remove();
    void purgeScopes_data();
    void purgeScopes();
    void topEntriesOrder();
    void findDoesNotAllocate();
};

void TestMemoryCache::insertAndFind()
{
    MemoryCache cache(100 * unitSize());
    QCOMPARE(cache.find(keyOf(1), {}), nullptr);
    QVERIFY(!cache.containsKey(keyOf(1)));
    const auto entry = makeEntry(1);
    QVERIFY(cache.insert(entry));
    QVERIFY(cache.containsKey(keyOf(1)));
    QCOMPARE(cache.find(keyOf(1), {}), entry);
    QCOMPARE(cache.entryCount(), 1);
    QCOMPARE(cache.sizeBytes(), entry->sizeBytes());
    QCOMPARE(cache.find(keyOf(2), {}), nullptr);
    cache.clear();
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.sizeBytes(), 0);
    QCOMPARE(cache.find(keyOf(1), {}), nullptr);
}

void TestMemoryCache::capacityEvictsOldest()
{
    const qint64 unit = unitSize();
    MemoryCache cache(20 * unit);
    QCOMPARE(cache.capacity(), 20 * unit);
    for (int i = 0; i < 30; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    QCOMPARE(cache.entryCount(), 20);
    QCOMPARE(cache.sizeBytes(), 20 * unit);
    QCOMPARE(cache.evictions(), quint64(10));
    for (int i = 0; i < 10; ++i)
        QVERIFY2(!has(cache, i), qPrintable(QString::number(i)));
    for (int i = 10; i < 30; ++i)
        QVERIFY2(has(cache, i), qPrintable(QString::number(i)));
}

void TestMemoryCache::shrinkingEvicts()
{
    const qint64 unit = unitSize();
    MemoryCache cache(20 * unit);
    for (int i = 0; i < 20; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    cache.setCapacity(10 * unit);
    QCOMPARE(cache.entryCount(), 10);
    QVERIFY(cache.sizeBytes() <= 10 * unit);
    QCOMPARE(cache.evictions(), quint64(10));
    QVERIFY(!has(cache, 9));
    QVERIFY(has(cache, 10));
    QVERIFY(has(cache, 19));
}

void TestMemoryCache::scanDoesNotEvictHotKey()
{
    MemoryCache cache(20 * unitSize());
    QVERIFY(cache.insert(makeEntry(0)));
    // Used once more after being stored: it moves to the protected segment.
    QVERIFY(cache.find(keyOf(0), {}));
    for (int i = 1; i <= 200; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    QVERIFY(has(cache, 0));
    QVERIFY(cache.find(keyOf(0), {}));
    QCOMPARE(cache.entryCount(), 20);
    QVERIFY(!has(cache, 1));
}

void TestMemoryCache::scanEvictsColdKey()
{
    // The counterpart: a key stored but never used again is not protected from the scan.
    MemoryCache cache(20 * unitSize());
    QVERIFY(cache.insert(makeEntry(0)));
    for (int i = 1; i <= 200; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    QVERIFY(!has(cache, 0));
}

void TestMemoryCache::protectedOverflowIsDemoted()
{
    // 20 entries fill the budget; using all of them overflows the protected 80% (16 entries), so the four
    // used first go back on probation, and the next insert evicts the one of those used longest ago.
    MemoryCache cache(20 * unitSize());
    for (int i = 0; i < 20; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    for (int i = 0; i < 20; ++i)
        QVERIFY(cache.find(keyOf(i), {}));
    QVERIFY(cache.insert(makeEntry(100)));
    QCOMPARE(cache.evictions(), quint64(1));
    QVERIFY(!has(cache, 0));
    for (int i = 1; i < 20; ++i)
        QVERIFY2(has(cache, i), qPrintable(QString::number(i)));
    QVERIFY(has(cache, 100));
    // The demoted ones leave before the protected ones.
    for (int i = 101; i < 104; ++i)
        QVERIFY(cache.insert(makeEntry(i)));
    QVERIFY(!has(cache, 1));
    QVERIFY(!has(cache, 2));
    QVERIFY(!has(cache, 3));
    for (int i = 4; i < 20; ++i)
        QVERIFY2(has(cache, i), qPrintable(QString::number(i)));
}

void TestMemoryCache::variants()
{
    MemoryCache cache(100 * unitSize());
    const auto gzip = makeEntry(1, {"gzip"});
    const auto br = makeEntry(1, {"br"});
    QVERIFY(cache.insert(gzip));
    QVERIFY(cache.insert(br));
    QCOMPARE(cache.entryCount(), 2);
    const auto wants = [](const QByteArray& coding) {
        return [coding](const CacheEntry& entry) {
            return entry.varyValues == QList<QByteArray>{coding};
        };
    };
    QCOMPARE(cache.find(keyOf(1), wants("gzip")), gzip);
    QCOMPARE(cache.find(keyOf(1), wants("br")), br);
    // A Vary miss: the URI is stored, this variant is not.
    QCOMPARE(cache.find(keyOf(1), wants("identity")), nullptr);
    QVERIFY(cache.containsKey(keyOf(1)));
}

void TestMemoryCache::replaceSameVariant()
{
    MemoryCache cache(100 * unitSize());
    const auto first = makeEntry(1, {"gzip"}, QStringLiteral("shop"), 'a');
    auto second = std::make_shared<CacheEntry>(*makeEntry(1, {"gzip"}, QStringLiteral("shop"), 'b'));
    second->body.append(QByteArray(500, 'b'));
    const auto other = makeEntry(1, {"br"});
    QVERIFY(cache.insert(first));
    QVERIFY(cache.insert(other));
    QVERIFY(cache.insert(second));
    QCOMPARE(cache.entryCount(), 2);
    QCOMPARE(cache.sizeBytes(), second->sizeBytes() + other->sizeBytes());
    const auto found = cache.find(keyOf(1), [](const CacheEntry& e) { return e.varyValues.first() == "gzip"; });
    QCOMPARE(found, std::shared_ptr<const CacheEntry>(second));
    QCOMPARE(cache.evictions(), quint64(0));
}

void TestMemoryCache::oversizeRefused()
{
    const auto entry = makeEntry(1);
    const qint64 size = entry->sizeBytes();
    {
        MemoryCache cache(8 * size);
        QVERIFY(cache.insert(entry));
        QCOMPARE(cache.entryCount(), 1);
    }
    MemoryCache cache(8 * size - 1);
    QVERIFY(!cache.insert(entry));
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.sizeBytes(), 0);

    // A newer response too large to keep still makes the stored one of that variant outdated.
    auto small = std::make_shared<CacheEntry>(*entry);
    small->body.truncate(10);
    QVERIFY(cache.insert(small));
    QVERIFY(!cache.insert(entry));
    QVERIFY(!cache.containsKey(entry->key));

    MemoryCache none(0);
    QVERIFY(!none.insert(small));
}

void TestMemoryCache::remove()
{
    MemoryCache cache(100 * unitSize());
    QVERIFY(cache.insert(makeEntry(1, {"gzip"})));
    QVERIFY(cache.insert(makeEntry(1, {"br"})));
    QVERIFY(cache.insert(makeEntry(2)));
    QCOMPARE(cache.remove(keyOf(1)), 2);
    QCOMPARE(cache.remove(keyOf(1)), 0);
    QCOMPARE(cache.entryCount(), 1);
    QCOMPARE(cache.sizeBytes(), unitSize());
    QVERIFY(has(cache, 2));
}

void TestMemoryCache::purgeScopes_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("removed");

    using S = CachePurge::Scope;
    QTest::newRow("url, any site") << int(S::Url) << QString() << QByteArray("/img/a.png") << 4;
    QTest::newRow("url, one site") << int(S::Url) << QStringLiteral("shop") << QByteArray("/img/a.png") << 3;
    QTest::newRow("url, nothing") << int(S::Url) << QString() << QByteArray("/img/") << 0;
    QTest::newRow("prefix, any site") << int(S::Prefix) << QString() << QByteArray("/img/") << 5;
    QTest::newRow("prefix, one site") << int(S::Prefix) << QStringLiteral("blog") << QByteArray("/img/") << 1;
    QTest::newRow("site") << int(S::Site) << QStringLiteral("shop") << QByteArray() << 5;
    QTest::newRow("all") << int(S::All) << QString() << QByteArray() << 6;
}

void TestMemoryCache::purgeScopes()
{
    QFETCH(int, scope);
    QFETCH(QString, site);
    QFETCH(QByteArray, path);
    QFETCH(int, removed);

    const auto entry = [](const QString& site, const QByteArray& path, const QByteArray& query,
                          const QList<QByteArray>& vary) {
        auto e = std::make_shared<CacheEntry>();
        e->site = site;
        e->path = path;
        e->key = "http|" + site.toUtf8() + "|example.test|" + path + query;
        e->varyNames = vary.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{"accept-encoding"};
        e->varyValues = vary;
        e->body = "body";
        return e;
    };
    const QString shop = QStringLiteral("shop");
    // shop: /img/a.png twice by query and once more as a variant; /img/b.png; /index.html. blog: /img/a.png.
    const QList<std::shared_ptr<CacheEntry>> entries{
        entry(shop, "/img/a.png", "", {"gzip"}),   entry(shop, "/img/a.png", "?v=2", {"gzip"}),
        entry(shop, "/img/a.png", "?v=2", {"br"}), entry(shop, "/img/b.png", "", {}),
        entry(shop, "/index.html", "", {}),        entry(QStringLiteral("blog"), "/img/a.png", "", {}),
    };
    MemoryCache cache(1 << 20);
    for (const auto& e : entries)
        QVERIFY(cache.insert(e));
    QCOMPARE(cache.entryCount(), 6);

    CachePurge purge;
    purge.scope = CachePurge::Scope(scope);
    purge.site = site;
    purge.path = path;
    QCOMPARE(cache.purge(purge), removed);
    QCOMPARE(cache.entryCount(), 6 - removed);
    qint64 keptBytes = 0;
    for (const auto& e : entries)
        keptBytes += purge.matches(*e) ? 0 : e->sizeBytes();
    QCOMPARE(cache.sizeBytes(), keptBytes);
    // What is left does not match; a second purge finds nothing.
    for (const CachedPathStat& left : cache.topEntries(100, 0)) {
        CacheEntry remaining;
        remaining.site = left.site;
        remaining.path = left.path;
        QVERIFY(!purge.matches(remaining));
    }
    QCOMPARE(cache.purge(purge), 0);
}

void TestMemoryCache::topEntriesOrder()
{
    constexpr qint64 now = 1767258000000;
    MemoryCache cache(100 * unitSize());
    for (int i = 1; i <= 3; ++i) {
        auto entry = std::make_shared<CacheEntry>(*makeEntry(i));
        entry->requestTimeMs = now;
        entry->responseTimeMs = now;
        entry->dateMs = now;
        entry->freshnessLifetimeMs = 60000 * i;
        QVERIFY(cache.insert(entry));
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY(cache.find(keyOf(2), {}));
    QVERIFY(cache.find(keyOf(3), {}));

    const QList<CachedPathStat> top = cache.topEntries(10, now + 30000);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0].path, QByteArray("/p/0002"));
    QCOMPARE(top[0].hits, quint64(3));
    QCOMPARE(top[0].site, QStringLiteral("shop"));
    QCOMPARE(top[0].bytes, unitSize());
    QCOMPARE(top[1].path, QByteArray("/p/0003"));
    QCOMPARE(top[1].hits, quint64(1));
    QCOMPARE(top[2].path, QByteArray("/p/0001"));
    QCOMPARE(top[2].hits, quint64(0));
    // Fresh for 60 s from now, stored 30 s ago: 30 s left; the entry of 120 s has 90 s left.
    QCOMPARE(top[2].ttlSeconds, 30);
    QCOMPARE(top[0].ttlSeconds, 90);
    // Stale by half a second shows as negative.
    QCOMPARE(cache.topEntries(3, now + 60500).last().ttlSeconds, -1);

    const QList<CachedPathStat> two = cache.topEntries(2, now);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].path, QByteArray("/p/0002"));
    QVERIFY(cache.topEntries(0, now).isEmpty());
}

void TestMemoryCache::findDoesNotAllocate()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    MemoryCache cache(100 * unitSize());
    for (int i = 0; i < 10; ++i) {
        QVERIFY(cache.insert(makeEntry(i, {"gzip"})));
        QVERIFY(cache.insert(makeEntry(i, {"br"})));
    }
    const QByteArray present = keyOf(5);
    const QByteArray absent = keyOf(50);
    const QByteArray br = "br";
    const std::function<bool(const CacheEntry&)> matches = [&br](const CacheEntry& entry) {
        return entry.varyValues.size() == 1 && entry.varyValues.first() == br;
    };
    int found = 0;
    {
        Test::AllocationCounter counter;
        for (int i = 0; i < 100; ++i) {
            if (cache.find(present, matches))
                ++found;
            if (cache.find(absent, matches))
                ++found;
        }
        QCOMPARE(counter.count(), 0);
    }
    QCOMPARE(found, 100);
}

QTEST_GUILESS_MAIN(TestMemoryCache)
#include "TestMemoryCache.moc"
