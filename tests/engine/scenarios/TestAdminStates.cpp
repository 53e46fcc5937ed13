// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace Portico;
using namespace Portico::Test;

// The administrator's states through apply() on a running engine: maintenance takes a backend out
// at once and back in when enabled, drain finishes what is in flight but takes nothing new, and a
// backup serves only while no primary is up (in maintenance, refused and ejected, or down).
class TestAdminStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void maintenanceTakesBackendOutAtOnce();
    void drainFinishesInFlightButTakesNothingNew();
    void backupOnlyWhileNoPrimaryIsUp();
    void backupStandsInForARefusedPrimary();
    void backupStandsInForAPrimaryThatIsDown();

private:
    QList<quint16> ports() const;
    quint16 start(const Config& config);
    // n requests on one keep-alive connection; the backends that answered.
    QByteArrayList ask(int n, const QByteArray& path = "/");

    std::array<std::unique_ptr<TestBackend>, 3> m_backends;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_port = 0;
};

void TestAdminStates::init()
{
    m_backends[0] = std::make_unique<TestBackend>("a");
    m_backends[1] = std::make_unique<TestBackend>("b");
    m_backends[2] = std::make_unique<TestBackend>("c");
    m_engine = std::make_unique<EngineController>();
    m_port = 0;
}

void TestAdminStates::cleanup()
{
    m_engine.reset();
    for (auto& backend : m_backends)
        backend.reset();
}

QList<quint16> TestAdminStates::ports() const
{
    return {m_backends[0]->port(), m_backends[1]->port(), m_backends[2]->port()};
}

quint16 TestAdminStates::start(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok()) {
        qWarning() << result.errors.first().toString();
        return 0;
    }
    m_port = m_engine->listeners().first().port;
    return m_port;
}

QByteArrayList TestAdminStates::ask(int n, const QByteArray& path)
{
    HttpClient client;
    QByteArrayList names;
    if (!client.connectTo(m_port))
        return names;
    for (int i = 0; i < n; ++i)
        names.append(BalancingScenario::ask(client, path));
    return names;
}

void TestAdminStates::maintenanceTakesBackendOutAtOnce()
{
    const Config config = BalancingScenario::config(ports());
    QVERIFY(start(config));
    QByteArrayList seen = ask(30);
    for (const QByteArray& name : QByteArrayList{"a", "b", "c"})
        QCOMPARE(BalancingScenario::count(seen, name), 10);

    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    Config maintenance = config;
    maintenance.pools[0].backends[1].state = BackendAdminState::Maintenance;
    QVERIFY(m_engine->apply(maintenance).ok());
    // The change is an event, named and worded for the log.
    const QList<EngineEvent> changed = BalancingScenario::events(events, EngineEventKind::BackendAdminStateChanged);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().subject, BalancingScenario::subject(m_backends[1]->port()));
    QCOMPARE(changed.first().args, (QStringList{QStringLiteral("enabled"), QStringLiteral("maintenance")}));
    // From the next request on, b gets nothing and its share is split evenly between a and c.
    seen = ask(30);
    QCOMPARE(BalancingScenario::count(seen, "b"), 0);
    QCOMPARE(BalancingScenario::count(seen, "a"), 15);
    QCOMPARE(BalancingScenario::count(seen, "c"), 15);
    QTRY_COMPARE(BalancingScenario::backend(m_engine->lastStats(), m_backends[1]->port()).adminState,
                 BackendAdminState::Maintenance);
    QVERIFY(!BalancingScenario::backend(m_engine->lastStats(), m_backends[1]->port()).inRotation);

    // Enabled again, it gets its share again.
    QVERIFY(m_engine->apply(config).ok());
    seen = ask(30);
    for (const QByteArray& name : QByteArrayList{"a", "b", "c"})
        QCOMPARE(BalancingScenario::count(seen, name), 10);
}

void TestAdminStates::drainFinishesInFlightButTakesNothingNew()
{
    const Config config = BalancingScenario::config(ports());
    QVERIFY(start(config));
    // A slow request is in flight on one backend.
    HttpClient slow;
    QVERIFY(slow.connectTo(m_port));
    slow.send("GET /hold HTTP/1.1\r\nHost: app.lan\r\n\r\n");
    int drained = -1;
    QTRY_VERIFY([&] {
        for (size_t i = 0; i < m_backends.size(); ++i) {
            if (m_backends[i]->heldCount() == 1)
                drained = static_cast<int>(i);
        }
        return drained >= 0;
    }());
    const QByteArray name = m_backends[size_t(drained)]->name();

    Config drain = config;
    drain.pools[0].backends[drained].state = BackendAdminState::Drain;
    QVERIFY(m_engine->apply(drain).ok());
    // No new requests (without sticky cookies, drain means none at all)...
    const QByteArrayList seen = ask(20);
    QCOMPARE(BalancingScenario::count(seen, name), 0);
    QCOMPARE(seen.size(), 20);
    for (const QByteArray& other : QByteArrayList{"a", "b", "c"}) {
        if (other != name)
            QCOMPARE(BalancingScenario::count(seen, other), 10);
    }
    // ...but the one in flight finishes normally.
    QCOMPARE(m_backends[size_t(drained)]->releaseHeld(), 1);
    const HttpResponse response = slow.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("X-Backend"), name);
    QCOMPARE(response.body, QByteArray("released"));
    QTRY_COMPARE(BalancingScenario::backend(m_engine->lastStats(), m_backends[size_t(drained)]->port()).adminState,
                 BackendAdminState::Drain);
}

void TestAdminStates::backupOnlyWhileNoPrimaryIsUp()
{
    Config config = BalancingScenario::config(ports());
    config.pools[0].backends[2].backup = true; // c
    QVERIFY(start(config));
    QByteArrayList seen = ask(20);
    QCOMPARE(BalancingScenario::count(seen, "c"), 0);
    QCOMPARE(BalancingScenario::count(seen, "a"), 10);
    // The stats say the backup stands by.
    const quint16 backup = m_backends[2]->port();
    QTRY_VERIFY(BalancingScenario::backend(m_engine->lastStats(), backup).port == backup);
    QVERIFY(BalancingScenario::backend(m_engine->lastStats(), backup).backup);
    QVERIFY(!BalancingScenario::backend(m_engine->lastStats(), backup).inRotation);
    QVERIFY(BalancingScenario::backend(m_engine->lastStats(), m_backends[0]->port()).inRotation);

    // One primary out: the other one carries everything, the backup still nothing.
    Config oneOut = config;
    oneOut.pools[0].backends[0].state = BackendAdminState::Maintenance;
    QVERIFY(m_engine->apply(oneOut).ok());
    seen = ask(20);
    QCOMPARE(BalancingScenario::count(seen, "b"), 20);

    // Every primary out: now the backup serves.
    Config allOut = oneOut;
    allOut.pools[0].backends[1].state = BackendAdminState::Maintenance;
    QVERIFY(m_engine->apply(allOut).ok());
    seen = ask(20);
    QCOMPARE(BalancingScenario::count(seen, "c"), 20);
    QTRY_VERIFY(BalancingScenario::backend(m_engine->lastStats(), backup).inRotation);

    // A primary back: the backup stands down at once.
    Config oneBack = allOut;
    oneBack.pools[0].backends[1].state = BackendAdminState::Enabled;
    QVERIFY(m_engine->apply(oneBack).ok());
    seen = ask(20);
    QCOMPARE(BalancingScenario::count(seen, "b"), 20);
}

void TestAdminStates::backupStandsInForARefusedPrimary()
{
    const quint16 closed = BalancingScenario::closedPort();
    Config config = BalancingScenario::config({closed, m_backends[2]->port()});
    config.pools[0].backends[1].backup = true; // c
    config.pools[0].passiveHealth.consecutiveFailures = 2;
    config.pools[0].passiveHealth.ejectMs = 60'000;
    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    QVERIFY(start(config));
    // The primary refuses: each request is retried on the backup until the primary is ejected, then
    // goes to the backup directly. No client sees an error.
    const QByteArrayList seen = ask(10);
    QCOMPARE(BalancingScenario::count(seen, "c"), 10);
    QTRY_COMPARE(
        BalancingScenario::events(events, EngineEventKind::BackendEjected, BalancingScenario::subject(closed)).size(),
        1);
    QTRY_COMPARE(BalancingScenario::backend(m_engine->lastStats(), closed).requestsTotal, 2u);
    QCOMPARE(BalancingScenario::backend(m_engine->lastStats(), closed).health, BackendHealth::Ejected);
}

void TestAdminStates::backupStandsInForAPrimaryThatIsDown()
{
    Config config = BalancingScenario::config({m_backends[0]->port(), m_backends[2]->port()});
    config.pools[0].backends[1].backup = true; // c
    HealthCheckConfig& check = config.pools[0].healthCheck;
    check.enabled = true;
    check.path = QStringLiteral("/health");
    check.intervalMs = 500;
    check.timeoutMs = 200;
    check.fall = 1;
    check.rise = 1;
    m_backends[0]->setHealthStatus(503);
    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    QVERIFY(start(config));
    const QString primary = BalancingScenario::subject(m_backends[0]->port());
    QTRY_VERIFY_WITH_TIMEOUT(!BalancingScenario::events(events, EngineEventKind::BackendDown, primary).isEmpty(),
                             15'000);
    QCOMPARE(BalancingScenario::count(ask(10), "c"), 10);
    QCOMPARE(m_backends[0]->trafficCount(), 0);
    // A backup that is up keeps the pool up.
    QVERIFY(BalancingScenario::events(events, EngineEventKind::PoolAllDown).isEmpty());

    m_backends[0]->setHealthStatus(200);
    QTRY_VERIFY_WITH_TIMEOUT(!BalancingScenario::events(events, EngineEventKind::BackendUp, primary).isEmpty(), 15'000);
    QCOMPARE(BalancingScenario::count(ask(10), "a"), 10);
}

QTEST_GUILESS_MAIN(TestAdminStates)
#include "TestAdminStates.moc"
