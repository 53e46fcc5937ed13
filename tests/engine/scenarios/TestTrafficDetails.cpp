// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../pool/AllocationCounter.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineRuntime.h"
#include "core/SystemClock.h"
#include "core/WorkerTally.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

namespace {

// What one request on its own connection sent and got back, byte for byte.
struct Exchange
{
    qint64 sent = 0;
    qint64 received = 0;
    int status = 0;
};

Exchange exchange(quint16 port, const QByteArray& request)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10'000))
        return result;
    socket.write(request);
    socket.waitForBytesWritten(10'000);
    result.sent = request.size();
    QByteArray response;
    // Every request says "Connection: close" (or is malformed): the answer ends with the connection.
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10'000))
        response += socket.readAll();
    response += socket.readAll();
    result.received = response.size();
    const QList<QByteArray> statusLine = response.left(response.indexOf('\r')).split(' ');
    result.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    return result;
}

QByteArray get(const QByteArray& host, const QByteArray& target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host +
           "\r\nUser-Agent: traffic-test/1\r\nReferer: http://ref.test/page\r\nConnection: close\r\n\r\n";
}

SiteStats siteNamed(const StatsSnapshot& snapshot, const QString& name)
{
    for (const SiteStats& site : snapshot.sites) {
        if (site.name == name)
            return site;
    }
    return SiteStats{};
}

RequestTally merged(const QSignalSpy& spy)
{
    RequestTally total;
    for (const QList<QVariant>& arguments : spy)
        total.merge(arguments.at(0).value<RequestTally>());
    return total;
}

quint64 liveEntries(const QSignalSpy& spy)
{
    quint64 count = 0;
    for (const QList<QVariant>& arguments : spy) {
        const auto batch = arguments.at(0).value<AccessLogBatch>();
        count += static_cast<quint64>(batch.entries.size()) + batch.skipped;
    }
    return count;
}

} // namespace

// Per-site figures, the top-list tally and the live access log, through a real engine with two sites
// in front of a real loopback backend.
class TestTrafficDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void perSiteFiguresMatchTraffic();
    void tallyNamesPathsClientsStatusesAndSites();
    void liveAccessLogOnlyWhileOnAndCapped();
    void tallyPathOf_data();
    void tallyPathOf();
    void tallyCapsKeysAndCountsKnownOnesWithoutAllocating();

private:
    Config twoSites(int workers) const;
    quint16 startEngine(int workers);

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineRuntime> m_runtime;
};

void TestTrafficDetails::init()
{
    qRegisterMetaType<RequestTally>();
    qRegisterMetaType<AccessLogBatch>();
    qRegisterMetaType<StatsSnapshot>();
    m_clock = std::make_unique<SystemClock>();
    m_backend = std::make_unique<TestBackend>("a");
    m_runtime = std::make_unique<EngineRuntime>(*m_clock);
}

void TestTrafficDetails::cleanup()
{
    m_runtime.reset();
    m_backend.reset();
    m_clock.reset();
}

Config TestTrafficDetails::twoSites(int workers) const
{
    Config config = ProxyScenario::config({m_backend->port()}, workers);
    SiteConfig alpha = config.sites.first();
    alpha.name = QStringLiteral("alpha");
    alpha.serverNames = {QStringLiteral("alpha.test")};
    alpha.isDefault = false;
    SiteConfig beta = alpha;
    beta.name = QStringLiteral("beta");
    beta.serverNames = {QStringLiteral("beta.test")};
    config.sites = {alpha, beta};
    return config;
}

quint16 TestTrafficDetails::startEngine(int workers)
{
    const ApplyResult result = m_runtime->start(twoSites(workers));
    if (!result.ok() || m_runtime->listeners().isEmpty())
        return 0;
    return m_runtime->listeners().first().port;
}

void TestTrafficDetails::perSiteFiguresMatchTraffic()
{
    const quint16 port = startEngine(2);
    QVERIFY(port != 0);
    QSignalSpy stats(m_runtime.get(), &EngineRuntime::statsUpdated);

    qint64 alphaIn = 0;
    qint64 alphaOut = 0;
    for (const QByteArray& target : {QByteArray("/ok?x=1"), QByteArray("/ok?x=2"), QByteArray("/ok"),
                                     QByteArray("/status/404"), QByteArray("/status/404")}) {
        const Exchange done = exchange(port, get("alpha.test", target));
        QVERIFY(done.status == (target.startsWith("/ok") ? 200 : 404));
        alphaIn += done.sent;
        alphaOut += done.received;
    }
    const Exchange failed = exchange(port, get("beta.test", "/status/502"));
    QCOMPARE(failed.status, 502);

    QTRY_COMPARE_WITH_TIMEOUT(siteNamed(m_runtime->lastStats(), QStringLiteral("alpha")).requestsTotal, 5u, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(siteNamed(m_runtime->lastStats(), QStringLiteral("beta")).requestsTotal, 1u, 10'000);
    const SiteStats alpha = siteNamed(m_runtime->lastStats(), QStringLiteral("alpha"));
    const SiteStats beta = siteNamed(m_runtime->lastStats(), QStringLiteral("beta"));
    QCOMPARE(alpha.responsesByClass, (std::array<quint64, 5>{0, 3, 0, 2, 0}));
    QCOMPARE(beta.responsesByClass, (std::array<quint64, 5>{0, 0, 0, 0, 1}));
    QCOMPARE(alpha.errorsTotal, 0u);
    QCOMPARE(beta.errorsTotal, 1u);
    QCOMPARE(alpha.bytesInTotal, static_cast<quint64>(alphaIn));
    QCOMPARE(alpha.bytesOutTotal, static_cast<quint64>(alphaOut));
    QCOMPARE(beta.bytesInTotal, static_cast<quint64>(failed.sent));
    QCOMPARE(beta.bytesOutTotal, static_cast<quint64>(failed.received));
    QCOMPARE(alpha.activeRequests, 0);
    QCOMPARE(beta.activeRequests, 0);

    // The interval figures: the requests fell into one or two snapshots, never into none.
    bool sawAlphaInterval = false;
    for (const QList<QVariant>& arguments : std::as_const(stats)) {
        const SiteStats site = siteNamed(arguments.at(0).value<StatsSnapshot>(), QStringLiteral("alpha"));
        if (site.requestsPerSecond <= 0)
            continue;
        sawAlphaInterval = true;
        QVERIFY(site.bytesInPerSecond > 0);
        QVERIFY(site.bytesOutPerSecond > 0);
        QVERIFY(site.latencyP50Us > 0);
        QVERIFY(site.latencyP50Us <= site.latencyP95Us);
        QVERIFY(site.latencyP95Us <= site.latencyP99Us);
    }
    QVERIFY(sawAlphaInterval);

    // A reload keeps the counts of a site that keeps its name.
    Config reloaded = twoSites(2);
    reloaded.sites.removeLast();
    QVERIFY(m_runtime->apply(reloaded).ok());
    stats.clear();
    QVERIFY(stats.wait(5'000));
    const StatsSnapshot after = stats.last().at(0).value<StatsSnapshot>();
    QCOMPARE(after.sites.size(), 1);
    QCOMPARE(siteNamed(after, QStringLiteral("alpha")).requestsTotal, 5u);
    QCOMPARE(siteNamed(after, QStringLiteral("alpha")).bytesOutTotal, static_cast<quint64>(alphaOut));
}

void TestTrafficDetails::tallyNamesPathsClientsStatusesAndSites()
{
    const quint16 port = startEngine(2);
    QVERIFY(port != 0);
    QSignalSpy tallies(m_runtime.get(), &EngineRuntime::requestsTallied);

    for (const QByteArray& target : {QByteArray("/ok?x=1"), QByteArray("/ok?x=2"), QByteArray("/ok")})
        QCOMPARE(exchange(port, get("alpha.test", target)).status, 200);
    QCOMPARE(exchange(port, get("alpha.test", "/status/404")).status, 404);
    QCOMPARE(exchange(port, get("alpha.test", "/status/404")).status, 404);
    QCOMPARE(exchange(port, get("beta.test", "/status/502")).status, 502);
    // Not HTTP at all: no path, no site.
    QCOMPARE(exchange(port, "BLAH\r\n\r\n").status, 400);

    QTRY_COMPARE_WITH_TIMEOUT(merged(tallies).requests, 7u, 10'000);
    const RequestTally total = merged(tallies);
    QCOMPARE(total.paths.value(QStringLiteral("/ok")), 3u);
    QCOMPARE(total.paths.value(QStringLiteral("/status/404")), 2u);
    QCOMPARE(total.paths.value(QStringLiteral("/status/502")), 1u);
    QCOMPARE(total.paths.value(QStringLiteral("(invalid)")), 1u);
    QCOMPARE(total.paths.size(), 4);
    QCOMPARE(total.clients.value(QStringLiteral("127.0.0.1")), 7u);
    QCOMPARE(total.statuses.value(200), 3u);
    QCOMPARE(total.statuses.value(404), 2u);
    QCOMPARE(total.statuses.value(502), 1u);
    QCOMPARE(total.statuses.value(400), 1u);
    QCOMPARE(total.sites.value(QStringLiteral("alpha")), 5u);
    QCOMPARE(total.sites.value(QStringLiteral("beta")), 1u);
    QCOMPARE(total.sites.value(QStringLiteral("(no site)")), 1u);
    QCOMPARE(total.otherPaths, 0u);
    QCOMPARE(total.otherClients, 0u);
    for (const QList<QVariant>& arguments : std::as_const(tallies))
        QVERIFY(arguments.at(0).value<RequestTally>().timeMs > 0);
}

void TestTrafficDetails::liveAccessLogOnlyWhileOnAndCapped()
{
    constexpr int cap = 2;
    m_runtime->setLiveAccessLogLimit(cap);
    const quint16 port = startEngine(1);
    QVERIFY(port != 0);
    QSignalSpy tallies(m_runtime.get(), &EngineRuntime::requestsTallied);
    QSignalSpy batches(m_runtime.get(), &EngineRuntime::accessLogged);

    // Off: the requests are tallied (in the same second's report a batch would come with), nothing is logged live.
    QCOMPARE(exchange(port, get("alpha.test", "/before")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(merged(tallies).requests, 1u, 10'000);
    QCOMPARE(batches.count(), 0);

    m_runtime->setLiveAccessLog(true);
    constexpr int requests = 12;
    QCOMPARE(exchange(port, get("alpha.test", "/first?q=1")).status, 200);
    for (int i = 1; i < requests; ++i)
        QCOMPARE(exchange(port, get("beta.test", "/more")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(liveEntries(batches), static_cast<quint64>(requests), 10'000);

    quint64 skipped = 0;
    QList<AccessLogEntry> entries;
    for (const QList<QVariant>& arguments : std::as_const(batches)) {
        const auto batch = arguments.at(0).value<AccessLogBatch>();
        // One worker: at most its share a second.
        QVERIFY(batch.entries.size() <= cap);
        skipped += batch.skipped;
        entries += batch.entries;
    }
    // Twelve requests take far less than the six seconds they would need to fit under the cap.
    QVERIFY(skipped > 0);
    QVERIFY(!entries.isEmpty());
    const AccessLogEntry& first = entries.first();
    QCOMPARE(first.site, QStringLiteral("alpha"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.client, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.target, QByteArray("/first?q=1"));
    QCOMPARE(first.userAgent, QByteArray("traffic-test/1"));
    QCOMPARE(first.referer, QByteArray("http://ref.test/page"));
    QCOMPARE(first.backend, "127.0.0.1:" + QByteArray::number(m_backend->port()));
    QVERIFY(!first.requestId.isEmpty());
    QVERIFY(first.bytesIn > 0);
    QVERIFY(first.bytesOut > 0);
    QVERIFY(first.durationUs >= 0);
    QVERIFY(first.time.isValid());
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).time <= entries.at(i).time);

    // Off again: tallied, not logged.
    m_runtime->setLiveAccessLog(false);
    batches.clear();
    const quint64 tallied = merged(tallies).requests;
    QCOMPARE(exchange(port, get("alpha.test", "/after")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(merged(tallies).requests, tallied + 1, 10'000);
    QCOMPARE(batches.count(), 0);
}

void TestTrafficDetails::tallyPathOf_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("origin") << QByteArray("/a/b") << QByteArray("/a/b");
    QTest::newRow("query") << QByteArray("/a/b?c=1&d=/x") << QByteArray("/a/b");
    QTest::newRow("absolute") << QByteArray("http://h.test:8080/p?q") << QByteArray("/p");
    QTest::newRow("absolute without path") << QByteArray("http://h.test?q") << QByteArray("/");
    QTest::newRow("asterisk") << QByteArray("*") << QByteArray("*");
    QTest::newRow("long") << QByteArray("/" + QByteArray(300, 'x')) << QByteArray("/" + QByteArray(199, 'x'));
}

void TestTrafficDetails::tallyPathOf()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QCOMPARE(WorkerTally::pathOf(target).toByteArray(), path);
}

void TestTrafficDetails::tallyCapsKeysAndCountsKnownOnesWithoutAllocating()
{
    WorkerTally tally;
    const QString site = QStringLiteral("alpha");
    for (int i = 0; i < RequestTally::keyLimit + 10; ++i)
        tally.count("/p" + QByteArray::number(i), "10.0.0." + QByteArray::number(i % 3), 200, site);
    const QByteArray known("/p7?query");
    const QByteArray client("10.0.0.1");
    if (AllocationCounter::supported()) {
        AllocationCounter counter;
        tally.count(known, client, 200, site);
        tally.count(known, client, 200, site);
        QCOMPARE(counter.count(), 0);
    } else {
        tally.count(known, client, 200, site);
        tally.count(known, client, 200, site);
    }
    tally.count(QByteArrayView(), client, 400, QString());
    const RequestTally taken = tally.take();
    QVERIFY(tally.isEmpty());
    QCOMPARE(taken.requests, static_cast<quint64>(RequestTally::keyLimit + 13));
    QCOMPARE(taken.paths.size(), RequestTally::keyLimit);
    // 266 paths seen, 256 kept, then "(invalid)" found no room either.
    QCOMPARE(taken.otherPaths, 11u);
    QCOMPARE(taken.paths.value(QStringLiteral("/p7")), 3u);
    QCOMPARE(taken.clients.size(), 3);
    QCOMPARE(taken.statuses.value(200), static_cast<quint64>(RequestTally::keyLimit + 12));
    QCOMPARE(taken.sites.value(QStringLiteral("(no site)")), 1u);
    QCOMPARE(tally.take().requests, 0u);
}

QTEST_GUILESS_MAIN(TestTrafficDetails)
#include "TestTrafficDetails.moc"
