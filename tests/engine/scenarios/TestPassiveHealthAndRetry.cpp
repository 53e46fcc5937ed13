// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "ManualClock.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Failures on real traffic: a refused backend among good ones costs clients nothing (retried
// elsewhere) and is ejected, with a longer cool-down when it fails again; which requests are retried
// (refused, reset, or answered 500/502/503/504) and which never are (bodies, POST, half-sent
// responses); the retry budget; and what a pool whose backends are all down does.
class TestPassiveHealthAndRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedBackendIsRetriedThenEjected();
    void retryRules_data();
    void retryRules();
    void retryOnAnotherBackendSucceeds_data();
    void retryOnAnotherBackendSucceeds();
    void serverErrorEverywhereGivesTheLastAnswer();
    void failedConnectIsRetriedForAnyMethod();
    void failuresAtTheClockOriginCount();
    void halfSentResponseIsNeverRetried();
    void retryBudget_data();
    void retryBudget();
    void whenAllDown_data();
    void whenAllDown();

private:
    std::unique_ptr<TestBackend> m_a;
    std::unique_ptr<TestBackend> m_b;
};

void TestPassiveHealthAndRetry::init()
{
    m_a = std::make_unique<TestBackend>("a");
    m_b = std::make_unique<TestBackend>("b");
}

void TestPassiveHealthAndRetry::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void TestPassiveHealthAndRetry::refusedBackendIsRetriedThenEjected()
{
    // The manual clock keeps every failure inside the window and lets the test end the cool-down.
    ManualClock clock;
    EngineController engine(clock);
    const quint16 closed = BalancingScenario::closedPort();
    Config config = BalancingScenario::config({m_a->port(), m_b->port(), closed});
    PassiveHealthConfig& passive = config.pools[0].passiveHealth;
    passive.consecutiveFailures = 3;
    passive.ejectMs = 1'000;
    passive.maxEjectMs = 4'000;
    QSignalSpy events(&engine, &EngineController::eventOccurred);
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;
    const QString subject = BalancingScenario::subject(closed);

    // Every third request goes to the closed port first and is retried on a or b: clients see no error.
    HttpClient client;
    QVERIFY(client.connectTo(port));
    for (int i = 0; i < 30; ++i) {
        const QByteArray name = BalancingScenario::ask(client);
        QVERIFY2(name == "a" || name == "b", name.constData());
    }
    QCOMPARE(m_a->requestCount() + m_b->requestCount(), 30);

    // The third failure in a row ejected it, at once: it was tried exactly three times.
    QTRY_COMPARE(BalancingScenario::events(events, EngineEventKind::BackendEjected, subject).size(), 1);
    const EngineEvent ejected = BalancingScenario::events(events, EngineEventKind::BackendEjected, subject).first();
    QCOMPARE(ejected.args, (QStringList{QStringLiteral("3"), QStringLiteral("1000")}));
    QCOMPARE(ejected.severity, EventSeverity::Warning);

    // While ejected, nothing goes to it.
    for (int i = 0; i < 30; ++i) {
        const QByteArray name = BalancingScenario::ask(client);
        QVERIFY2(name == "a" || name == "b", name.constData());
    }
    QCOMPARE(m_a->requestCount(), 30);
    QCOMPARE(m_b->requestCount(), 30);
    QTRY_VERIFY(BalancingScenario::backend(engine.lastStats(), m_a->port()).requestsTotal +
                    BalancingScenario::backend(engine.lastStats(), m_b->port()).requestsTotal ==
                60u);
    const BackendStats stats = BalancingScenario::backend(engine.lastStats(), closed);
    QCOMPARE(stats.health, BackendHealth::Ejected);
    QVERIFY(!stats.inRotation);
    QCOMPARE(stats.requestsTotal, 3u);
    QCOMPARE(stats.errorsTotal, 3u);
    QCOMPARE(stats.transitions.size(), 1);
    QCOMPARE(stats.transitions.first().cause, TransitionCause::PassiveErrors);
    QCOMPARE(stats.transitions.first().failures, 3);
    QCOMPARE(stats.transitions.first().coolDownMs, 1000);

    // The cool-down ends; the backend is tried again, fails again right away, and is ejected for twice as long.
    clock.advance(1'000);
    QTRY_COMPARE(BalancingScenario::events(events, EngineEventKind::BackendRestored, subject).size(), 1);
    for (int i = 0; i < 9; ++i) {
        const QByteArray name = BalancingScenario::ask(client);
        QVERIFY2(name == "a" || name == "b", name.constData());
    }
    QTRY_COMPARE(BalancingScenario::events(events, EngineEventKind::BackendEjected, subject).size(), 2);
    QCOMPARE(BalancingScenario::events(events, EngineEventKind::BackendEjected, subject).last().args,
             (QStringList{QStringLiteral("3"), QStringLiteral("2000")}));
    QVERIFY(BalancingScenario::events(events, EngineEventKind::PoolAllDown).isEmpty());
}

void TestPassiveHealthAndRetry::failuresAtTheClockOriginCount()
{
    // A clock whose monotonic origin is now: the Clock contract allows any origin (ManualClock starts
    // at 0, SystemClock at its first use). Failures at time 0 once restarted the count each time.
    ManualClock clock;
    EngineController engine(clock);
    const quint16 closed = BalancingScenario::closedPort();
    Config config = BalancingScenario::config({m_a->port(), closed});
    config.pools[0].passiveHealth.consecutiveFailures = 3;
    QVERIFY(engine.start(config).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(BalancingScenario::ask(client), QByteArray("a"));
    // The route tester sees the backends' live state.
    RouteTestRequest request;
    request.url = QStringLiteral("http://app.lan/");
    const RouteTestResult route = engine.testRoute(request);
    QVERIFY(route.steps.contains(
        RouteTestStep{RouteTestStepKind::BackendSkipped, {BalancingScenario::key(closed), QStringLiteral("ejected")}}));
}

void TestPassiveHealthAndRetry::retryRules_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("retryNonIdempotent");
    // Both backends reset every request they read: how many of them saw it.
    QTest::addColumn<int>("attempts");

    const QByteArray head = " /reset HTTP/1.1\r\nHost: app.lan\r\n";
    QTest::newRow("GET") << "GET" + head + "\r\n" << false << 2;
    QTest::newRow("HEAD") << "HEAD" + head + "\r\n" << false << 2;
    QTest::newRow("OPTIONS") << "OPTIONS" + head + "\r\n" << false << 2;
    QTest::newRow("PUT") << "PUT" + head + "\r\n" << false << 2;
    QTest::newRow("DELETE") << "DELETE" + head + "\r\n" << false << 2;
    // Only a request without a body is sent again: Portico keeps no copy of a body it passed on.
    QTest::newRow("PUT with a body") << "PUT" + head + "Content-Length: 4\r\n\r\nbody" << false << 1;
    QTest::newRow("GET with a body") << "GET" + head + "Content-Length: 4\r\n\r\nbody" << false << 1;
    QTest::newRow("POST") << "POST" + head + "\r\n" << false << 1;
    QTest::newRow("POST with a body") << "POST" + head + "Content-Length: 4\r\n\r\nbody" << false << 1;
    QTest::newRow("PATCH") << "PATCH" + head + "\r\n" << false << 1;
    QTest::newRow("POST on a retry-safe route") << "POST" + head + "\r\n" << true << 2;
    QTest::newRow("PATCH on a retry-safe route") << "PATCH" + head + "\r\n" << true << 2;
    QTest::newRow("POST with a body on a retry-safe route")
        << "POST" + head + "Content-Length: 4\r\n\r\nbody" << true << 1;
    QTest::newRow("chunked POST on a retry-safe route")
        << "POST" + head + "Transfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\n\r\n"
        << true << 1;
}

void TestPassiveHealthAndRetry::retryRules()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, retryNonIdempotent);
    QFETCH(int, attempts);
    EngineController engine;
    Config config = BalancingScenario::config({m_a->port(), m_b->port()});
    config.sites[0].routes[0].retryNonIdempotent = retryNonIdempotent;
    QVERIFY(engine.start(config).ok());

    const HttpResponse response = HttpClient::exchange(engine.listeners().first().port, request);
    QCOMPARE(response.status, 502);
    QVERIFY(response.header("X-Backend").isEmpty());
    QCOMPARE(m_a->requestCount() + m_b->requestCount(), attempts);
    // Never the same backend twice.
    QVERIFY(m_a->requestCount() <= 1 && m_b->requestCount() <= 1);
}

void TestPassiveHealthAndRetry::retryOnAnotherBackendSucceeds_data()
{
    // How backend a fails every request (0: it resets the connection; else the status it answers).
    QTest::addColumn<int>("failure");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("retryNonIdempotent");
    QTest::addColumn<bool>("onServerErrors");
    // What the client gets when its request went to a first: b's 200, or a's failure.
    QTest::addColumn<int>("status");

    QTest::newRow("reset, GET") << 0 << QByteArray("GET") << false << true << 200;
    QTest::newRow("reset, DELETE") << 0 << QByteArray("DELETE") << false << true << 200;
    QTest::newRow("reset, POST") << 0 << QByteArray("POST") << false << true << 502;
    QTest::newRow("reset, POST on a retry-safe route") << 0 << QByteArray("POST") << true << true << 200;
    // An answered 500, 502, 503 or 504 to a request that may run twice: the client sees b's answer.
    QTest::newRow("500, GET") << 500 << QByteArray("GET") << false << true << 200;
    QTest::newRow("502, HEAD") << 502 << QByteArray("HEAD") << false << true << 200;
    QTest::newRow("503, PUT") << 503 << QByteArray("PUT") << false << true << 200;
    QTest::newRow("504, GET") << 504 << QByteArray("GET") << false << true << 200;
    QTest::newRow("501, GET") << 501 << QByteArray("GET") << false << true << 501;
    QTest::newRow("503, POST") << 503 << QByteArray("POST") << false << true << 503;
    // retryNonIdempotent covers requests that got no answer, not ones the application failed.
    QTest::newRow("503, POST on a retry-safe route") << 503 << QByteArray("POST") << true << true << 503;
    QTest::newRow("503, GET, onServerErrors off") << 503 << QByteArray("GET") << false << false << 503;
}

void TestPassiveHealthAndRetry::retryOnAnotherBackendSucceeds()
{
    QFETCH(int, failure);
    QFETCH(QByteArray, method);
    QFETCH(bool, retryNonIdempotent);
    QFETCH(bool, onServerErrors);
    QFETCH(int, status);
    if (failure == 0)
        m_a->setResetEveryRequest(true);
    else
        m_a->setFailureStatus(failure);
    EngineController engine;
    Config config = BalancingScenario::config({m_a->port(), m_b->port()});
    config.sites[0].routes[0].retryNonIdempotent = retryNonIdempotent;
    config.pools[0].retry.onServerErrors = onServerErrors;
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;

    // Round robin: a request goes to a first at least once in a few.
    int landedOnA = 0;
    for (int i = 0; i < 4; ++i) {
        const int aBefore = m_a->requestCount();
        const int bBefore = m_b->requestCount();
        const QByteArray request = method + " /item HTTP/1.1\r\nHost: app.lan\r\nConnection: close\r\n\r\n";
        const HttpResponse response = HttpClient::exchange(port, request);
        QVERIFY(response.valid);
        if (m_a->requestCount() == aBefore) {
            QCOMPARE(response.status, 200); // straight to b
            continue;
        }
        ++landedOnA;
        QCOMPARE(m_a->requestCount(), aBefore + 1);
        QCOMPARE(response.status, status);
        if (status == 200) {
            QCOMPARE(response.header("X-Backend"), QByteArray("b"));
            QCOMPARE(m_b->requestCount(), bBefore + 1);
        } else {
            QCOMPARE(response.header("X-Backend"), failure == 0 ? QByteArray() : QByteArray("a"));
            QCOMPARE(m_b->requestCount(), bBefore);
        }
    }
    QVERIFY(landedOnA >= 2);
}

void TestPassiveHealthAndRetry::serverErrorEverywhereGivesTheLastAnswer()
{
    m_a->setFailureStatus(503);
    m_b->setFailureStatus(503);
    EngineController engine;
    QVERIFY(engine.start(BalancingScenario::config({m_a->port(), m_b->port()})).ok());
    const HttpResponse response = HttpClient::get(engine.listeners().first().port, "/item");
    QCOMPARE(response.status, 503);
    QCOMPARE(response.body, QByteArray("failing"));
    // Tried once on each: the answer is the second one's.
    QCOMPARE(m_a->requestCount(), 1);
    QCOMPARE(m_b->requestCount(), 1);
    QCOMPARE(response.header("X-Backend"), QByteArray("b"));
}

void TestPassiveHealthAndRetry::failedConnectIsRetriedForAnyMethod()
{
    EngineController engine;
    const quint16 closed = BalancingScenario::closedPort();
    QVERIFY(engine.start(BalancingScenario::config({closed, m_a->port()})).ok());
    const quint16 port = engine.listeners().first().port;
    // Round robin sends the 1st, 3rd and 5th request to the closed port first. Nothing reached a
    // backend that refused the connection, so any method may go elsewhere...
    for (const QByteArray method : {"POST", "PATCH", "POST", "PATCH"}) {
        const HttpResponse response =
            HttpClient::exchange(port, method + " /echo HTTP/1.1\r\nHost: app.lan\r\nConnection: close\r\n\r\n");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("X-Backend"), QByteArray("a"));
    }
    // ...a body included: it waits in Portico's buffer until a connection takes it, so the other
    // backend gets all of it, once.
    const QByteArray withBody =
        "POST /echo HTTP/1.1\r\nHost: app.lan\r\nContent-Length: 11\r\nConnection: close\r\n\r\nhello world";
    const HttpResponse retried = HttpClient::exchange(port, withBody);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.header("X-Backend"), QByteArray("a"));
    QVERIFY(retried.body.endsWith("\r\n\r\nhello world"));
    const HttpResponse direct = HttpClient::exchange(port, withBody);
    QCOMPARE(direct.status, 200);
    QVERIFY(direct.body.endsWith("\r\n\r\nhello world"));
    QCOMPARE(m_a->requestCount(), 6);
    QTRY_COMPARE(BalancingScenario::backend(engine.lastStats(), closed).errorsTotal, 3u);
}

void TestPassiveHealthAndRetry::halfSentResponseIsNeverRetried()
{
    EngineController engine;
    QVERIFY(engine.start(BalancingScenario::config({m_a->port(), m_b->port()})).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    client.send("GET /truncated HTTP/1.1\r\nHost: app.lan\r\n\r\n");
    // The head and the first bytes reached the client: the only honest end is to close its connection.
    const HttpResponse response = client.readResponse();
    QVERIFY(!response.valid);
    QVERIFY(client.waitForClose());
    QCOMPARE(m_a->requestCount() + m_b->requestCount(), 1);
}

void TestPassiveHealthAndRetry::retryBudget_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("budgetPercent");
    // Of 40 requests, every other one goes to the closed port first.
    QTest::addColumn<int>("failed");

    QTest::newRow("retries off") << false << 20 << 20;
    // docs/configuration.md: "0 allows no retries", although every worker's budget starts with some saved.
    QTest::newRow("budget 0") << true << 0 << 20;
    QTest::newRow("budget 100") << true << 100 << 0;
}

void TestPassiveHealthAndRetry::retryBudget()
{
    QFETCH(bool, enabled);
    QFETCH(int, budgetPercent);
    QFETCH(int, failed);
    EngineController engine;
    const quint16 closed = BalancingScenario::closedPort();
    Config config = BalancingScenario::config({closed, m_a->port()});
    config.pools[0].retry.enabled = enabled;
    config.pools[0].retry.budgetPercent = budgetPercent;
    // Keeps the closed port in rotation, so that the budget alone decides.
    config.pools[0].passiveHealth.enabled = false;
    QVERIFY(engine.start(config).ok());

    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    QByteArrayList seen;
    for (int i = 0; i < 40; ++i)
        seen.append(BalancingScenario::ask(client));
    QCOMPARE(BalancingScenario::count(seen, "a") + BalancingScenario::count(seen, "<502>"), 40);
    QCOMPARE(BalancingScenario::count(seen, "<502>"), failed);
}

void TestPassiveHealthAndRetry::whenAllDown_data()
{
    QTest::addColumn<AllDownPolicy>("policy");
    QTest::addColumn<QString>("policyName");
    QTest::addColumn<int>("status");

    // The checks may be wrong (a backend that answers its check badly may serve fine): try them anyway.
    QTest::newRow("tryAll") << AllDownPolicy::TryAll << QStringLiteral("tryAll") << 200;
    QTest::newRow("fail") << AllDownPolicy::Fail << QStringLiteral("fail") << 503;
}

void TestPassiveHealthAndRetry::whenAllDown()
{
    QFETCH(AllDownPolicy, policy);
    QFETCH(QString, policyName);
    QFETCH(int, status);
    EngineController engine;
    Config config = BalancingScenario::config({m_a->port(), m_b->port()});
    HealthCheckConfig& check = config.pools[0].healthCheck;
    check.enabled = true;
    check.path = QStringLiteral("/health");
    check.intervalMs = 500;
    check.timeoutMs = 200;
    check.fall = 1;
    check.rise = 1;
    config.pools[0].balance.whenAllDown = policy;
    m_a->setHealthStatus(500);
    m_b->setHealthStatus(500);
    QSignalSpy events(&engine, &EngineController::eventOccurred);
    QVERIFY(engine.start(config).ok());
    const quint16 port = engine.listeners().first().port;

    QTRY_VERIFY_WITH_TIMEOUT(!BalancingScenario::events(events, EngineEventKind::PoolAllDown).isEmpty(), 15'000);
    const EngineEvent allDown = BalancingScenario::events(events, EngineEventKind::PoolAllDown).first();
    QCOMPARE(allDown.subject, QStringLiteral("app"));
    QCOMPARE(allDown.args, QStringList{policyName});
    QCOMPARE(allDown.severity, EventSeverity::Error);
    QCOMPARE(BalancingScenario::events(events, EngineEventKind::BackendDown).size(), 2);

    HttpClient client;
    QVERIFY(client.connectTo(port));
    QByteArrayList seen;
    for (int i = 0; i < 4; ++i)
        seen.append(BalancingScenario::ask(client));
    if (status == 200) {
        QCOMPARE(BalancingScenario::count(seen, "a"), 2);
        QCOMPARE(BalancingScenario::count(seen, "b"), 2);
    } else {
        QCOMPARE(BalancingScenario::count(seen, "<503>"), 4);
        QCOMPARE(m_a->trafficCount() + m_b->trafficCount(), 0);
    }

    // One backend recovers: the pool is back, and only that backend serves.
    m_a->setHealthStatus(200);
    QTRY_VERIFY_WITH_TIMEOUT(!BalancingScenario::events(events, EngineEventKind::PoolRecovered).isEmpty(), 15'000);
    QCOMPARE(BalancingScenario::events(events, EngineEventKind::PoolRecovered).first().subject, QStringLiteral("app"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(BalancingScenario::ask(client), QByteArray("a"));
}

QTEST_GUILESS_MAIN(TestPassiveHealthAndRetry)
#include "TestPassiveHealthAndRetry.moc"
