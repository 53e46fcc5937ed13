// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "ManualClock.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// A backend at its connection limit: requests beyond it wait in the pool's bounded queue and are
// served in order, one more than fits gets 503 at once, and a wait that outlasts the queue's timeout
// ends in 503. A manual clock decides when the timeout passes, so nothing depends on the machine's speed.
class TestBackendQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void waitingRequestsSucceedInOrder();
    void queuedRequestTimesOut();

private:
    // Sends a request on a new connection; with waitUntilRead, returns once the engine has read it
    // (which takes up to a second: the stats that say so come once a second).
    HttpClient* send(const QByteArray& path, bool waitUntilRead = false);

    ManualClock m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    quint64 m_bytesSent = 0;
};

void TestBackendQueue::init()
{
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>(m_clock);
    Config config = BalancingScenario::config({m_backend->port()});
    config.pools[0].backends[0].maxConnections = 1;
    config.pools[0].queue.maxQueued = 2;
    config.pools[0].queue.timeoutMs = 1'000;
    QVERIFY(m_engine->start(config).ok());
    m_bytesSent = 0;
}

void TestBackendQueue::cleanup()
{
    m_clients.clear();
    m_engine.reset();
    m_backend.reset();
}

HttpClient* TestBackendQueue::send(const QByteArray& path, bool waitUntilRead)
{
    auto client = std::make_unique<HttpClient>();
    if (!client->connectTo(m_engine->listeners().first().port))
        return nullptr;
    const QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: app.lan\r\n\r\n";
    client->send(request);
    m_bytesSent += static_cast<quint64>(request.size());
    // The worker reads a request and queues (or answers) it in one go: once the stats count its bytes,
    // it has its place, and the next request surely comes after it.
    const quint64 expected = m_bytesSent;
    if (waitUntilRead &&
        !QTest::qWaitFor([this, expected] { return m_engine->lastStats().bytesInTotal >= expected; }, 10'000))
        return nullptr;
    m_clients.push_back(std::move(client));
    return m_clients.back().get();
}

void TestBackendQueue::waitingRequestsSucceedInOrder()
{
    // The first request holds the only connection the backend may have.
    HttpClient* first = send("/hold");
    QVERIFY(first);
    QTRY_COMPARE(m_backend->heldCount(), 1);
    // Two more wait in the queue; they do not reach the backend yet.
    HttpClient* second = send("/second", true);
    HttpClient* third = send("/third", true);
    QVERIFY(second && third);
    QCOMPARE(m_backend->requestCount(), 1);
    // The snapshot that counted the third request's bytes was taken with both waiting.
    QCOMPARE(BalancingScenario::backend(m_engine->lastStats(), m_backend->port()).queuedRequests, 2);
    QCOMPARE(BalancingScenario::backend(m_engine->lastStats(), m_backend->port()).activeRequests, 1);
    // The queue is full: a fourth gets 503 at once (the clock stands still, so no wait can time out).
    HttpClient* fourth = send("/fourth");
    QVERIFY(fourth);
    const HttpResponse refused = fourth->readResponse();
    QCOMPARE(refused.status, 503);
    QVERIFY(refused.header("X-Backend").isEmpty());

    // The first finishes; the waiting ones follow in the order they came, one at a time.
    QCOMPARE(m_backend->releaseHeld(), 1);
    const HttpResponse one = first->readResponse();
    QCOMPARE(one.status, 200);
    QCOMPARE(one.body, QByteArray("released"));
    const HttpResponse two = second->readResponse();
    const HttpResponse three = third->readResponse();
    QCOMPARE(two.status, 200);
    QCOMPARE(three.status, 200);
    QByteArrayList paths;
    for (const QByteArray& line : m_backend->requestLines())
        paths.append(line.split(' ').value(2));
    QCOMPARE(paths, (QByteArrayList{"/hold", "/second", "/third"}));
    // Never more than one connection at once: the queued requests took over the first one's.
    QCOMPARE(m_backend->connectionCount(), 1);
}

void TestBackendQueue::queuedRequestTimesOut()
{
    HttpClient* first = send("/hang");
    QVERIFY(first);
    QTRY_COMPARE(m_backend->requestCount(), 1);
    HttpClient* second = send("/second", true);
    QVERIFY(second);
    // The first never finishes: once the queue's timeout has passed, the waiting one gets 503.
    m_clock.advance(1'000);
    const HttpResponse response = second->readResponse();
    QCOMPARE(response.status, 503);
    QVERIFY(response.header("X-Backend").isEmpty());
    QCOMPARE(m_backend->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestBackendQueue)
#include "TestBackendQueue.moc"
