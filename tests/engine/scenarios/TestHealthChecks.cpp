// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Active health checks against real backends: a backend whose /health answers 500 goes down with a
// reason, gets no traffic, and comes back when it answers 200 again; the events and the backend
// stats in statsUpdated say so. Waits on the real signals; the checks run every 500 ms.
class TestHealthChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failingBackendGoesDownAndComesBack();
    void tcpCheckOfAClosedPort();

private:
    static HealthCheckConfig check();
    // Waits for a snapshot in which pred(backend stats of port) holds, and returns that entry.
    template<typename Pred>
    static BackendStats waitForStats(QSignalSpy& spy, quint16 port, Pred pred);

    std::unique_ptr<TestBackend> m_a;
    std::unique_ptr<TestBackend> m_b;
    std::unique_ptr<EngineController> m_engine;
};

void TestHealthChecks::init()
{
    m_a = std::make_unique<TestBackend>("a");
    m_b = std::make_unique<TestBackend>("b");
    m_engine = std::make_unique<EngineController>();
}

void TestHealthChecks::cleanup()
{
    m_engine.reset();
    m_a.reset();
    m_b.reset();
}

HealthCheckConfig TestHealthChecks::check()
{
    HealthCheckConfig check;
    check.enabled = true;
    check.path = QStringLiteral("/health");
    check.intervalMs = 500;
    check.timeoutMs = 200;
    check.fall = 2;
    check.rise = 2;
    return check;
}

template<typename Pred>
BackendStats TestHealthChecks::waitForStats(QSignalSpy& spy, quint16 port, Pred pred)
{
    BackendStats found;
    found.port = 0;
    const bool seen = QTest::qWaitFor(
        [&] {
            while (!spy.isEmpty()) {
                const BackendStats stats =
                    BalancingScenario::backend(spy.takeFirst().value(0).value<StatsSnapshot>(), port);
                if (stats.port == port && pred(stats)) {
                    found = stats;
                    return true;
                }
            }
            return false;
        },
        15'000);
    if (!seen)
        found.port = 0;
    return found;
}

void TestHealthChecks::failingBackendGoesDownAndComesBack()
{
    const quint16 a = m_a->port();
    const quint16 b = m_b->port();
    Config config = BalancingScenario::config({a, b});
    config.pools[0].healthCheck = check();
    m_b->setHealthStatus(500);
    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    QSignalSpy stats(m_engine.get(), &EngineController::statsUpdated);
    QVERIFY(m_engine->start(config).ok());
    const quint16 port = m_engine->listeners().first().port;

    // a passes its first check (enough from unchecked); b fails two in a row and goes down, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(a)).isEmpty(),
        15'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendDown, BalancingScenario::subject(b)).isEmpty(),
        15'000);
    const EngineEvent down =
        BalancingScenario::events(events, EngineEventKind::BackendDown, BalancingScenario::subject(b)).first();
    QCOMPARE(down.severity, EventSeverity::Warning);
    QCOMPARE(down.args.value(0), QStringLiteral("HTTP 500 on /health"));
    const EngineEvent up =
        BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(a)).first();
    QVERIFY2(up.args.value(0).startsWith(QLatin1String("HTTP 200 on /health in ")), qPrintable(up.args.value(0)));
    QVERIFY(BalancingScenario::events(events, EngineEventKind::PoolAllDown).isEmpty());
    // How many checks in a row decided it: fall for down, one from unchecked.
    QCOMPARE(down.args.value(1), QStringLiteral("2"));
    QCOMPARE(up.args.value(1), QStringLiteral("1"));
    QCOMPARE(down.message(),
             QStringLiteral("backend app/127.0.0.1:%1 is down after 2 failed check(s): HTTP 500 on /health").arg(b));

    // Down, b gets no traffic: only its health checks.
    HttpClient client;
    QVERIFY(client.connectTo(port));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(BalancingScenario::ask(client), QByteArray("a"));
    QCOMPARE(m_b->trafficCount(), 0);
    QVERIFY(m_b->requestCount() >= 2);

    // The stats say the same, with the last check and the timeline.
    BackendStats bStats = waitForStats(stats, b, [](const BackendStats& s) { return s.health == BackendHealth::Down; });
    QCOMPARE(bStats.port, b);
    QVERIFY(!bStats.inRotation);
    QCOMPARE(bStats.pool, QStringLiteral("app"));
    QVERIFY(!bStats.lastCheck.ok);
    QCOMPARE(bStats.lastCheck.failure, HealthCheckFailure::BadStatus);
    QCOMPARE(bStats.lastCheck.httpStatus, 500);
    QCOMPARE(bStats.lastCheck.path, QStringLiteral("/health"));
    QCOMPARE(bStats.lastCheck.server, QStringLiteral("TestBackend"));
    QVERIFY(bStats.lastCheck.time.isValid());
    QCOMPARE(bStats.lastCheck.message(), QStringLiteral("HTTP 500 on /health"));
    QCOMPARE(bStats.transitions.size(), 1);
    QCOMPARE(bStats.transitions.first().from, BackendHealth::Unchecked);
    QCOMPARE(bStats.transitions.first().to, BackendHealth::Down);
    QCOMPARE(bStats.transitions.first().cause, TransitionCause::ActiveCheck);
    QCOMPARE(bStats.transitions.first().check.httpStatus, 500);
    // Stamped by the check that decided it, which the event follows.
    QVERIFY(bStats.transitions.first().time.isValid());
    QVERIFY(bStats.transitions.first().time <= down.time);
    const BackendStats aStats = BalancingScenario::backend(m_engine->lastStats(), a);
    QCOMPARE(aStats.health, BackendHealth::Up);
    QVERIFY(aStats.inRotation);
    QVERIFY(aStats.lastCheck.ok);
    QCOMPARE(aStats.lastCheck.httpStatus, 200);

    // b answers 200 again: after two good checks it is up, and gets its share.
    m_b->setHealthStatus(200);
    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(b)).isEmpty(),
        15'000);
    const EngineEvent back =
        BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(b)).first();
    QCOMPARE(back.severity, EventSeverity::Info);
    QVERIFY2(back.args.value(0).startsWith(QLatin1String("HTTP 200 on /health in ")), qPrintable(back.args.value(0)));
    QCOMPARE(back.args.value(1), QStringLiteral("2")); // rise
    QByteArrayList seen;
    for (int i = 0; i < 20; ++i)
        seen.append(BalancingScenario::ask(client));
    QCOMPARE(BalancingScenario::count(seen, "a"), 10);
    QCOMPARE(BalancingScenario::count(seen, "b"), 10);
    QCOMPARE(m_b->trafficCount(), 10);

    bStats = waitForStats(stats, b, [](const BackendStats& s) { return s.health == BackendHealth::Up; });
    QCOMPARE(bStats.port, b);
    QVERIFY(bStats.inRotation);
    QVERIFY(bStats.lastCheck.ok);
    QCOMPARE(bStats.transitions.size(), 2);
    QCOMPARE(bStats.transitions.at(1).from, BackendHealth::Down);
    QCOMPARE(bStats.transitions.at(1).to, BackendHealth::Up);
    QCOMPARE(bStats.transitions.at(1).cause, TransitionCause::ActiveCheck);
    QVERIFY(bStats.transitions.at(1).check.ok);
}

void TestHealthChecks::tcpCheckOfAClosedPort()
{
    const quint16 closed = BalancingScenario::closedPort();
    Config config = BalancingScenario::config({m_a->port(), closed});
    // The HTTP keys (path among them) are not allowed with a TCP check.
    HealthCheckConfig tcp;
    tcp.enabled = true;
    tcp.type = HealthCheckType::Tcp;
    tcp.intervalMs = 500;
    tcp.timeoutMs = 200;
    tcp.fall = 2;
    tcp.rise = 2;
    config.pools[0].healthCheck = tcp;
    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    QVERIFY(m_engine->start(config).ok());

    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendDown, BalancingScenario::subject(closed)).isEmpty(),
        15'000);
    QCOMPARE(BalancingScenario::events(events, EngineEventKind::BackendDown, BalancingScenario::subject(closed))
                 .first()
                 .args.value(0),
             QStringLiteral("connection refused"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(m_a->port()))
             .isEmpty(),
        15'000);
    QVERIFY(BalancingScenario::events(events, EngineEventKind::BackendUp, BalancingScenario::subject(m_a->port()))
                .first()
                .args.value(0)
                .startsWith(QLatin1String("connected in ")));
    // A TCP check sends no request.
    QCOMPARE(m_a->requestCount(), 0);
    // Every request goes to the live backend; none is even tried on the closed port.
    HttpClient client;
    QVERIFY(client.connectTo(m_engine->listeners().first().port));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(BalancingScenario::ask(client), QByteArray("a"));
}

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "TestHealthChecks.moc"
