// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "TestBackend.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Backends given by host name are looked up without blocking the controller: the engine starts at
// once and the workers get the addresses in a new generation when the answers come.
class TestBackendNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameResolvesAndServes();
    void unresolvedNameStaysOutOfRotation();
};

void TestBackendNames::nameResolvesAndServes()
{
    TestBackend backend("named");
    Config config = BalancingScenario::config({backend.port()});
    config.pools[0].backends[0].host = QStringLiteral("localhost");
    EngineController engine;
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;
    // Until the lookup answers the backend has no address and requests fail; then it serves.
    QTRY_COMPARE(HttpClient::get(port).status, 200);
    QCOMPARE(HttpClient::get(port).body, QByteArray("backend named"));
    RouteTestRequest request;
    request.url = QStringLiteral("http://app.lan/");
    QCOMPARE(engine.testRoute(request).backend, QStringLiteral("localhost:%1").arg(backend.port()));
    engine.stop();
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
}

void TestBackendNames::unresolvedNameStaysOutOfRotation()
{
    TestBackend good("good");
    Config config = BalancingScenario::config({good.port(), good.port()});
    config.pools[0].backends[1].host = QStringLiteral("nonexistent.invalid");
    EngineController engine;
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;
    RouteTestRequest request;
    request.url = QStringLiteral("http://app.lan/");
    const RouteTestStep unresolved{
        RouteTestStepKind::BackendSkipped,
        {QStringLiteral("nonexistent.invalid:%1").arg(good.port()), QStringLiteral("unresolved")}};
    QTRY_VERIFY(engine.testRoute(request).steps.contains(unresolved));
    // Every request goes to the backend that resolved; the other is never tried.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(HttpClient::get(port).status, 200);
    QCOMPARE(good.requestCount(), 6);
    engine.stop();
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
}

QTEST_GUILESS_MAIN(TestBackendNames)
#include "TestBackendNames.moc"
