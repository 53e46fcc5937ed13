// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CacheScenario.h"
#include "HttpClient.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Request collapsing: identical misses that arrive while the first is being fetched wait for it
// instead of going to the backend; the backend holds its answer until the test releases it, so they
// surely overlap.
class TestCacheCollapsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentMissesMakeOneBackendRequest();
    void uncacheableAnswerReleasesTheWaiters();

private:
    // Sends count GETs of path on their own connections and waits until all but the first are parked.
    QList<std::shared_ptr<HttpClient>> sendConcurrent(const QByteArray& path, int count);

    std::unique_ptr<CacheScenario> m_s;
};

void TestCacheCollapsing::init()
{
    m_s = std::make_unique<CacheScenario>();
}

void TestCacheCollapsing::cleanup()
{
    m_s.reset();
}

QList<std::shared_ptr<HttpClient>> TestCacheCollapsing::sendConcurrent(const QByteArray& path, int count)
{
    QList<std::shared_ptr<HttpClient>> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_shared<HttpClient>();
        if (!client->connectTo(m_s->port()))
            return {};
        client->send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        clients.append(client);
    }
    return clients;
}

void TestCacheCollapsing::concurrentMissesMakeOneBackendRequest()
{
    constexpr int count = 5;
    QVERIFY(m_s->start(m_s->config(1)));
    m_s->backend().setResponse("/slow", 200, {{"Cache-Control", "max-age=60"}}, "once", true);
    const QList<std::shared_ptr<HttpClient>> clients = sendConcurrent("/slow", count);
    QCOMPARE(clients.size(), count);
    QTRY_COMPARE(m_s->backend().heldCount(), 1);
    // Everyone else is waiting for that fill (the engine's figures count the waits).
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.collapsedTotal, quint64(count - 1), 10'000);
    QCOMPARE(m_s->backend().releaseHeld(), 1);

    int collapsed = 0;
    for (const auto& client : clients) {
        const HttpResponse response = client->readResponse();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("once"));
        QCOMPARE(response.header("X-Path-Count"), QByteArray("1"));
        if (response.header("Cache-Status").contains("collapsed"))
            ++collapsed;
    }
    QCOMPARE(collapsed, count - 1);
    QCOMPARE(m_s->backend().countFor("/slow"), 1);
}

void TestCacheCollapsing::uncacheableAnswerReleasesTheWaiters()
{
    constexpr int count = 3;
    QVERIFY(m_s->start(m_s->config(1)));
    m_s->backend().setResponse("/private", 200, {{"Cache-Control", "private"}}, "mine", true);
    const QList<std::shared_ptr<HttpClient>> clients = sendConcurrent("/private", count);
    QCOMPARE(clients.size(), count);
    QTRY_COMPARE(m_s->backend().heldCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_s->engine().lastStats().cache.collapsedTotal, quint64(count - 1), 10'000);
    // The first answer may not be shared: the waiters go to the backend themselves.
    m_s->backend().setResponse("/private", 200, {{"Cache-Control", "private"}}, "mine");
    QCOMPARE(m_s->backend().releaseHeld(), 1);
    for (const auto& client : clients) {
        const HttpResponse response = client->readResponse();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("mine"));
    }
    QCOMPARE(m_s->backend().countFor("/private"), count);
}

QTEST_MAIN(TestCacheCollapsing)
#include "TestCacheCollapsing.moc"
