// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace Portico;
using namespace Portico::Test;

// A config swap while traffic flows: not one request fails, connections are kept, and new
// requests follow the new config.
class TestHotReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swapsUnderLoadWithoutFailures();
};

void TestHotReload::swapsUnderLoadWithoutFailures()
{
    TestBackend a("a");
    TestBackend b("b");
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({a.port()}, 2)).ok());
    const quint16 port = engine.listeners().first().port;

    constexpr int clients = 4;
    constexpr int requestsPerClient = 300;
    std::atomic<int> failures{0};
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            HttpClient client;
            if (!client.connectTo(port)) {
                failures += requestsPerClient;
                return;
            }
            for (int i = 0; i < requestsPerClient; ++i) {
                // Half the clients keep one connection, the others open a new one each time.
                HttpResponse response;
                if (c % 2 == 0) {
                    client.send("GET /n HTTP/1.1\r\nHost: a\r\n\r\n");
                    response = client.readResponse();
                } else {
                    response = HttpClient::get(port, "/n");
                }
                if (response.status != 200)
                    ++failures;
                ++done;
            }
        });
    }

    // Swap between the two backends (and back) while the clients run.
    int swaps = 0;
    while (done.load() < clients * requestsPerClient && swaps < 40) {
        QVERIFY(engine.apply(ProxyScenario::config({swaps % 2 == 0 ? b.port() : a.port()}, 2)).ok());
        ++swaps;
        QTest::qWait(5); // lets the clients make progress between swaps; nothing waits on a timer
    }
    for (std::thread& thread : threads)
        thread.join();

    QCOMPARE(failures.load(), 0);
    QCOMPARE(done.load(), clients * requestsPerClient);
    QVERIFY(swaps >= 2);
    QVERIFY(a.requestCount() > 0);
    QVERIFY(b.requestCount() > 0);
    QCOMPARE(engine.listeners().size(), 1);
    QCOMPARE(engine.listeners().first().port, port);
}

QTEST_GUILESS_MAIN(TestHotReload)
#include "TestHotReload.moc"
