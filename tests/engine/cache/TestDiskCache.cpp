// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "cache/CacheEntryCodec.h"
#include "cache/CachePurge.h"
#include "cache/DiskCache.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;

namespace {

std::shared_ptr<const CacheEntry> makeEntry(const QByteArray& path, const QList<QByteArray>& varyValues = {},
                                            const QString& site = QStringLiteral("shop"), qsizetype bodySize = 1000)
{
    auto entry = std::make_shared<CacheEntry>();
    entry->path = path;
    entry->key = "http|" + site.toUtf8() + "|example.test|" + path;
    entry->site = site;
    for (qsizetype i = 0; i < varyValues.size(); ++i)
        entry->varyNames.append("accept-encoding");
    entry->varyValues = varyValues;
    entry->status = 200;
    entry->reason = "OK";
    entry->headers = {{"Content-Type", "text/plain"}};
    entry->body = QByteArray(bodySize, 'b');
    entry->freshnessLifetimeMs = 60000;
    return entry;
}

QStringList filesIn(const QString& directory, const QString& pattern = QStringLiteral("*"))
{
    QStringList files;
    QDirIterator it(directory, {pattern}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

qint64 bytesIn(const QString& directory)
{
    qint64 total = 0;
    for (const QString& file : filesIn(directory))
        total += QFileInfo(file).size();
    return total;
}

bool copyOver(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

QString sample(const QString& name)
{
    return Test::TestPaths::data(QStringLiteral("cache/") + name);
}

} // namespace

class TestDiskCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeAndLoad();
    void layout();
    void variantsAndReplace();
    void survivesRestart();
    void damagedFileDiscardedOnOpen_data();
    void damagedFileDiscardedOnOpen();
    void damagedFileDiscardedOnLoad_data();
    void damagedFileDiscardedOnLoad();
    void misnamedFileDiscarded();
    void fileDeletedByHandIsNotDamage();
    void unusableDirectory();
    void leftoverTempFileRemoved();
    void capacityEvictsLeastRecentlyUsed();
    void shrinkingEvicts();
    void oversizeNotStored();
    void purge();
    void clear();
};

void TestDiskCache::storeAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DiskCache disk(dir.path() + QStringLiteral("/cache"), 1 << 20);
    QCOMPARE(disk.directory(), dir.path() + QStringLiteral("/cache"));
    QVERIFY(disk.open());
    QVERIFY(QFileInfo(disk.directory()).isDir());
    QVERIFY(disk.load("nothing").isEmpty());

    const auto entry = makeEntry("/a.txt");
    disk.store(entry);
    QCOMPARE(disk.entryCount(), 1);
    QCOMPARE(disk.sizeBytes(), bytesIn(disk.directory()));
    QCOMPARE(disk.sizeBytes(), CacheEntryCodec::encode(*entry).size());
    const auto loaded = disk.load(entry->key);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first()->body, entry->body);
    QCOMPARE(loaded.first()->key, entry->key);
    QCOMPARE(loaded.first()->headers, entry->headers);
    QCOMPARE(loaded.first()->freshnessLifetimeMs, entry->freshnessLifetimeMs);
    QCOMPARE(disk.damagedDiscarded(), quint64(0));
}

void TestDiskCache::layout()
{
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    disk.store(makeEntry("/a.txt"));
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files.size(), 1);
    // <dir>/<2 hex>/<40 hex>.pce, the two being the name's first two.
    const QString relative = QDir(dir.path()).relativeFilePath(files.first());
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{2})/(\\1[0-9a-f]{38})\\.pce$"));
    QVERIFY2(pattern.match(relative).hasMatch(), qPrintable(relative));
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.tmp")).isEmpty());
}

void TestDiskCache::variantsAndReplace()
{
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    disk.store(makeEntry("/a.txt", {"gzip"}));
    disk.store(makeEntry("/a.txt", {"br"}));
    disk.store(makeEntry("/b.txt"));
    QCOMPARE(disk.entryCount(), 3);
    QCOMPARE(filesIn(dir.path()).size(), 3);
    auto loaded = disk.load(makeEntry("/a.txt")->key);
    QCOMPARE(loaded.size(), 2);
    QSet<QByteArray> codings;
    for (const auto& entry : loaded)
        codings.insert(entry->varyValues.value(0));
    QCOMPARE(codings, (QSet<QByteArray>{"gzip", "br"}));

    // The same variant again replaces its file.
    disk.store(makeEntry("/a.txt", {"br"}, QStringLiteral("shop"), 10));
    QCOMPARE(disk.entryCount(), 3);
    QCOMPARE(filesIn(dir.path()).size(), 3);
    QCOMPARE(disk.sizeBytes(), bytesIn(dir.path()));
    loaded = disk.load(makeEntry("/a.txt")->key);
    QCOMPARE(loaded.size(), 2);
    for (const auto& entry : loaded)
        QCOMPARE(entry->body.size(), entry->varyValues.value(0) == "br" ? 10 : 1000);
}

void TestDiskCache::survivesRestart()
{
    QTemporaryDir dir;
    const auto a = makeEntry("/a.txt", {"gzip"});
    const auto b = makeEntry("/b.txt");
    qint64 size = 0;
    {
        DiskCache disk(dir.path(), 1 << 20);
        QVERIFY(disk.open());
        disk.store(a);
        disk.store(b);
        size = disk.sizeBytes();
    }
    DiskCache disk(dir.path(), 1 << 20);
    QCOMPARE(disk.entryCount(), 0);
    QVERIFY(disk.open());
    QCOMPARE(disk.entryCount(), 2);
    QCOMPARE(disk.sizeBytes(), size);
    QCOMPARE(disk.damagedDiscarded(), quint64(0));
    const auto loaded = disk.load(a->key);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first()->varyValues, a->varyValues);
    QCOMPARE(loaded.first()->body, a->body);
    QCOMPARE(loaded.first()->site, a->site);
    QCOMPARE(disk.load(b->key).size(), 1);
}

void TestDiskCache::damagedFileDiscardedOnOpen_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("truncated") << QStringLiteral("truncated.pce");
    QTest::newRow("bad crc") << QStringLiteral("bad-crc.pce");
    QTest::newRow("wrong magic") << QStringLiteral("wrong-magic.pce");
    QTest::newRow("empty") << QStringLiteral("empty.pce");
}

void TestDiskCache::damagedFileDiscardedOnOpen()
{
    QFETCH(QString, sample);
    QTemporaryDir dir;
    const auto damaged = makeEntry("/damaged.txt");
    const auto intact = makeEntry("/intact.txt");
    QString damagedFile;
    {
        DiskCache disk(dir.path(), 1 << 20);
        QVERIFY(disk.open());
        disk.store(damaged);
        damagedFile = filesIn(dir.path()).value(0);
        disk.store(intact);
    }
    QVERIFY(copyOver(::sample(sample), damagedFile));

    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    QCOMPARE(disk.damagedDiscarded(), quint64(1));
    QVERIFY(!QFile::exists(damagedFile));
    QCOMPARE(disk.entryCount(), 1);
    QCOMPARE(disk.sizeBytes(), bytesIn(dir.path()));
    QVERIFY(disk.load(damaged->key).isEmpty());
    QCOMPARE(disk.load(intact->key).size(), 1);
}

void TestDiskCache::damagedFileDiscardedOnLoad_data()
{
    damagedFileDiscardedOnOpen_data();
}

void TestDiskCache::damagedFileDiscardedOnLoad()
{
    QFETCH(QString, sample);
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    const auto entry = makeEntry("/a.txt");
    disk.store(entry);
    const QString file = filesIn(dir.path()).value(0);
    // Damaged after it was indexed (a disk error, someone editing the cache).
    QVERIFY(copyOver(::sample(sample), file));
    QVERIFY(disk.load(entry->key).isEmpty());
    QCOMPARE(disk.damagedDiscarded(), quint64(1));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(disk.entryCount(), 0);
    QCOMPARE(disk.sizeBytes(), 0);
}

void TestDiskCache::misnamedFileDiscarded()
{
    // An intact entry under a name that is not its own (copied in by hand) would answer the wrong key.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ab")));
    const QString misplaced = dir.path() + QStringLiteral("/ab/ab00000000000000000000000000000000000000.pce");
    QVERIFY(QFile::copy(sample(QStringLiteral("good.pce")), misplaced));
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    QCOMPARE(disk.damagedDiscarded(), quint64(1));
    QCOMPARE(disk.entryCount(), 0);
    QVERIFY(!QFile::exists(misplaced));
}

void TestDiskCache::fileDeletedByHandIsNotDamage()
{
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    const auto entry = makeEntry("/a.txt");
    disk.store(entry);
    QVERIFY(QFile::remove(filesIn(dir.path()).value(0)));
    QVERIFY(disk.load(entry->key).isEmpty());
    QCOMPARE(disk.entryCount(), 0);
    QCOMPARE(disk.sizeBytes(), 0);
    QCOMPARE(disk.damagedDiscarded(), quint64(0));
}

void TestDiskCache::unusableDirectory()
{
    QTemporaryDir dir;
    // A file where the directory should be.
    const QString path = dir.path() + QStringLiteral("/taken");
    QFile taken(path);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    DiskCache disk(path, 1 << 20);
    QVERIFY(!disk.open());
    disk.store(makeEntry("/a.txt"));
    QCOMPARE(disk.entryCount(), 0);
    QVERIFY(disk.load(makeEntry("/a.txt")->key).isEmpty());
    QVERIFY(QFileInfo(path).isFile());
}

void TestDiskCache::leftoverTempFileRemoved()
{
    QTemporaryDir dir;
    QString stored;
    {
        DiskCache disk(dir.path(), 1 << 20);
        QVERIFY(disk.open());
        disk.store(makeEntry("/a.txt"));
        stored = filesIn(dir.path()).value(0);
    }
    // As if a write had been cut short before its rename.
    const QString leftover = stored + QStringLiteral(".tmp");
    QVERIFY(QFile::copy(sample(QStringLiteral("truncated.pce")), leftover));
    const QString unrelated = dir.path() + QStringLiteral("/README");
    QFile readme(unrelated);
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.close();

    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    QVERIFY(!QFile::exists(leftover));
    QVERIFY(QFile::exists(stored));
    QVERIFY(QFile::exists(unrelated));
    QCOMPARE(disk.entryCount(), 1);
    QCOMPARE(disk.damagedDiscarded(), quint64(0));
}

void TestDiskCache::capacityEvictsLeastRecentlyUsed()
{
    QTemporaryDir dir;
    const auto a = makeEntry("/a.txt");
    const auto b = makeEntry("/b.txt");
    const auto c = makeEntry("/c.txt");
    const auto d = makeEntry("/d.txt");
    const qint64 fileSize = CacheEntryCodec::encode(*a).size();
    DiskCache disk(dir.path(), 3 * fileSize + fileSize / 2);
    QVERIFY(disk.open());
    disk.store(a);
    disk.store(b);
    disk.store(c);
    QCOMPARE(disk.entryCount(), 3);
    // Reading a makes b the least recently used.
    QCOMPARE(disk.load(a->key).size(), 1);
    disk.store(d);
    QCOMPARE(disk.entryCount(), 3);
    QVERIFY(disk.sizeBytes() <= disk.capacity());
    QCOMPARE(disk.sizeBytes(), bytesIn(dir.path()));
    QCOMPARE(filesIn(dir.path()).size(), 3);
    QVERIFY(disk.load(b->key).isEmpty());
    QCOMPARE(disk.load(a->key).size(), 1);
    QCOMPARE(disk.load(c->key).size(), 1);
    QCOMPARE(disk.load(d->key).size(), 1);
    QCOMPARE(disk.damagedDiscarded(), quint64(0));
}

void TestDiskCache::shrinkingEvicts()
{
    QTemporaryDir dir;
    const qint64 fileSize = CacheEntryCodec::encode(*makeEntry("/0.txt")).size();
    {
        DiskCache disk(dir.path(), 10 * fileSize);
        QVERIFY(disk.open());
        for (int i = 0; i < 6; ++i)
            disk.store(makeEntry("/" + QByteArray::number(i) + ".txt"));
        QCOMPARE(disk.entryCount(), 6);
        disk.setCapacity(4 * fileSize);
        QCOMPARE(disk.capacity(), 4 * fileSize);
        QCOMPARE(disk.entryCount(), 4);
        QVERIFY(disk.load(makeEntry("/0.txt")->key).isEmpty());
        QCOMPARE(disk.load(makeEntry("/5.txt")->key).size(), 1);
    }
    // Opened with a smaller budget than the files on disk take.
    DiskCache disk(dir.path(), 2 * fileSize);
    QVERIFY(disk.open());
    QCOMPARE(disk.entryCount(), 2);
    QCOMPARE(filesIn(dir.path()).size(), 2);
    QCOMPARE(disk.sizeBytes(), bytesIn(dir.path()));
}

void TestDiskCache::oversizeNotStored()
{
    QTemporaryDir dir;
    const auto entry = makeEntry("/big.bin", {}, QStringLiteral("shop"), 5000);
    DiskCache disk(dir.path(), 4000);
    QVERIFY(disk.open());
    disk.store(makeEntry("/big.bin", {}, QStringLiteral("shop"), 10));
    QCOMPARE(disk.entryCount(), 1);
    // The larger successor does not fit; the outdated one goes anyway.
    disk.store(entry);
    QCOMPARE(disk.entryCount(), 0);
    QVERIFY(filesIn(dir.path()).isEmpty());
    QVERIFY(disk.load(entry->key).isEmpty());

    DiskCache none(dir.path(), 0);
    QVERIFY(none.open());
    none.store(makeEntry("/small.txt", {}, QStringLiteral("shop"), 1));
    QCOMPARE(none.entryCount(), 0);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDiskCache::purge()
{
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    const QString shop = QStringLiteral("shop");
    const QString blog = QStringLiteral("blog");
    disk.store(makeEntry("/img/a.png", {"gzip"}, shop));
    disk.store(makeEntry("/img/a.png", {"br"}, shop));
    disk.store(makeEntry("/img/b.png", {}, shop));
    disk.store(makeEntry("/index.html", {}, shop));
    disk.store(makeEntry("/img/a.png", {}, blog));
    disk.store(makeEntry("/about.html", {}, blog));
    QCOMPARE(disk.entryCount(), 6);

    CachePurge url;
    url.scope = CachePurge::Scope::Url;
    url.site = shop;
    url.path = "/img/a.png";
    QCOMPARE(disk.purge(url), 2);
    QCOMPARE(disk.entryCount(), 4);
    QCOMPARE(filesIn(dir.path()).size(), 4);
    QVERIFY(disk.load(makeEntry("/img/a.png", {}, shop)->key).isEmpty());
    QCOMPARE(disk.load(makeEntry("/img/a.png", {}, blog)->key).size(), 1);

    CachePurge prefix;
    prefix.scope = CachePurge::Scope::Prefix;
    prefix.path = "/img/";
    QCOMPARE(disk.purge(prefix), 2);
    QCOMPARE(disk.entryCount(), 2);

    CachePurge site;
    site.scope = CachePurge::Scope::Site;
    site.site = blog;
    QCOMPARE(disk.purge(site), 1);
    QCOMPARE(disk.entryCount(), 1);
    QCOMPARE(disk.load(makeEntry("/index.html", {}, shop)->key).size(), 1);
    QCOMPARE(disk.sizeBytes(), bytesIn(dir.path()));

    // Purged files stay gone after a restart.
    DiskCache reopened(dir.path(), 1 << 20);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.entryCount(), 1);
    QCOMPARE(reopened.purge(CachePurge{}), 1);
    QCOMPARE(reopened.entryCount(), 0);
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDiskCache::clear()
{
    QTemporaryDir dir;
    DiskCache disk(dir.path(), 1 << 20);
    QVERIFY(disk.open());
    for (int i = 0; i < 5; ++i)
        disk.store(makeEntry("/" + QByteArray::number(i) + ".txt"));
    QCOMPARE(disk.entryCount(), 5);
    disk.clear();
    QCOMPARE(disk.entryCount(), 0);
    QCOMPARE(disk.sizeBytes(), 0);
    QVERIFY(filesIn(dir.path(), QStringLiteral("*.pce")).isEmpty());
    QVERIFY(disk.load(makeEntry("/1.txt")->key).isEmpty());
    // Usable afterwards.
    disk.store(makeEntry("/1.txt"));
    QCOMPARE(disk.load(makeEntry("/1.txt")->key).size(), 1);
}

QTEST_GUILESS_MAIN(TestDiskCache)
#include "TestDiskCache.moc"
