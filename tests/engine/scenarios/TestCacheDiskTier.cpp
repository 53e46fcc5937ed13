// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

namespace {

// Fresh for ten minutes: whatever the cache answers within the test comes from the store, not the backend.
const QByteArray kPath = "/respond?h=Cache-Control:max-age%3D600&body=kept";

Config cachingConfig(quint16 backendPort, const QString& diskPath)
{
    Config config = ProxyScenario::config({backendPort});
    config.settings.cache.memoryMb = 8;
    config.settings.cache.diskMb = 8;
    config.settings.cache.diskPath = diskPath;
    // Compression would add variants by Accept-Encoding; this test is about the stores.
    config.settings.compression.enabled = false;
    config.sites.first().compression = false;
    config.sites.first().cache.enabled = true;
    return config;
}

QStringList entryFiles(const QString& directory)
{
    QStringList files;
    QDirIterator it(directory, {QStringLiteral("*.pce")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Changes one byte in the middle of the file, as a disk error would.
bool damage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return false;
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);
    return file.seek(0) && file.write(bytes) == bytes.size();
}

} // namespace

// The disk tier across restarts: an entry stored by one engine is served by the next one on the same
// directory without asking the backend; an entry damaged on disk is never served.
class TestCacheDiskTier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void servedFromDiskAfterRestart();
    void damagedBeforeStartIsNeverServed();
    void damagedWhileRunningIsNeverServed();

private:
    // Runs one engine that fetches kPath once and writes it to disk, then stops it.
    void storeOnce();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestBackend> m_backend;
};

void TestCacheDiskTier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_backend = std::make_unique<TestBackend>("a");
}

void TestCacheDiskTier::storeOnce()
{
    EngineController engine;
    QVERIFY(engine.start(cachingConfig(m_backend->port(), m_dir->path())).ok());
    const quint16 port = engine.listeners().first().port;
    const HttpResponse first = HttpClient::get(port, kPath);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, QByteArray("kept"));
    QVERIFY2(first.header("Cache-Status").contains("stored"), first.header("Cache-Status").constData());
    QCOMPARE(first.header("X-Path-Count"), QByteArray("1"));
    // The file appears under its final name only when it is complete (written aside, then renamed).
    QTRY_COMPARE(entryFiles(m_dir->path()).size(), 1);
    engine.stop();
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
    QCOMPARE(m_backend->trafficCount(), 1);
}

void TestCacheDiskTier::servedFromDiskAfterRestart()
{
    storeOnce();
    if (QTest::currentTestFailed())
        return;

    EngineController engine;
    QVERIFY(engine.start(cachingConfig(m_backend->port(), m_dir->path())).ok());
    const quint16 port = engine.listeners().first().port;
    const HttpResponse again = HttpClient::get(port, kPath);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("kept"));
    QVERIFY2(again.header("Cache-Status").startsWith("Portico; hit"), again.header("Cache-Status").constData());
    QVERIFY(!again.header("Age").isEmpty());
    // The stored answer: the backend counted one request for the path, and has had no other since.
    QCOMPARE(again.header("X-Path-Count"), QByteArray("1"));
    QCOMPARE(m_backend->trafficCount(), 1);
    QTRY_VERIFY(engine.lastStats().cache.diskHitsTotal >= 1);
    QCOMPARE(engine.lastStats().cache.diskDamagedTotal, quint64(0));
}

void TestCacheDiskTier::damagedBeforeStartIsNeverServed()
{
    storeOnce();
    if (QTest::currentTestFailed())
        return;
    const QStringList files = entryFiles(m_dir->path());
    QCOMPARE(files.size(), 1);
    QVERIFY(damage(files.first()));

    EngineController engine;
    QVERIFY(engine.start(cachingConfig(m_backend->port(), m_dir->path())).ok());
    const quint16 port = engine.listeners().first().port;
    const HttpResponse again = HttpClient::get(port, kPath);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("kept"));
    QVERIFY2(again.header("Cache-Status").contains("fwd="), again.header("Cache-Status").constData());
    QCOMPARE(again.header("X-Path-Count"), QByteArray("2"));
    QCOMPARE(m_backend->trafficCount(), 2);
    QTRY_COMPARE(engine.lastStats().cache.diskDamagedTotal, quint64(1));
}

void TestCacheDiskTier::damagedWhileRunningIsNeverServed()
{
    storeOnce();
    if (QTest::currentTestFailed())
        return;

    EngineController engine;
    QVERIFY(engine.start(cachingConfig(m_backend->port(), m_dir->path())).ok());
    const quint16 port = engine.listeners().first().port;
    // The disk tier has indexed the intact file; then it is damaged under it.
    QTRY_COMPARE(engine.lastStats().cache.diskEntries, 1);
    const QStringList files = entryFiles(m_dir->path());
    QCOMPARE(files.size(), 1);
    QVERIFY(damage(files.first()));

    const HttpResponse again = HttpClient::get(port, kPath);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("kept"));
    QVERIFY2(again.header("Cache-Status").contains("fwd="), again.header("Cache-Status").constData());
    QCOMPARE(again.header("X-Path-Count"), QByteArray("2"));
    QCOMPARE(m_backend->trafficCount(), 2);
    QTRY_COMPARE(engine.lastStats().cache.diskDamagedTotal, quint64(1));
}

QTEST_GUILESS_MAIN(TestCacheDiskTier)
#include "TestCacheDiskTier.moc"
