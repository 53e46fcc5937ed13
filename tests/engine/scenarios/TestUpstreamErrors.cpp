// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ManualClock.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QTcpServer>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Every way a backend can fail, and the status the client gets for it: refused or reset -> 502,
// no answer in time -> 504, no backend at all -> 503; pages carry the request ID, never backend details.
class TestUpstreamErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedIs502();
    void resetIs502();
    void noAnswerInTimeIs504();
    void emptyPoolIs503();
    void slowClientHeadGets408();
};

void TestUpstreamErrors::refusedIs502()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({closedPort})).ok());
    const HttpResponse response = HttpClient::get(engine.listeners().first().port);
    QCOMPARE(response.status, 502);
    QVERIFY(response.body.contains(response.header("X-Request-ID")));
    QVERIFY(!response.body.contains(QByteArray::number(closedPort)));
}

void TestUpstreamErrors::resetIs502()
{
    TestBackend backend;
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({backend.port()})).ok());
    const quint16 port = engine.listeners().first().port;
    QCOMPARE(HttpClient::get(port, "/reset").status, 502);
    // The engine is fine afterwards.
    QCOMPARE(HttpClient::get(port, "/ok").status, 200);
}

void TestUpstreamErrors::noAnswerInTimeIs504()
{
    ManualClock clock;
    TestBackend backend;
    EngineController engine(clock);
    Config config = ProxyScenario::config({backend.port()});
    config.settings.responseTimeoutMs = 30'000;
    QVERIFY(engine.start(config).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    client.send("GET /hang HTTP/1.1\r\nHost: a\r\n\r\n");
    QTRY_COMPARE(backend.requestCount(), 1);
    clock.advance(30'001); // the engine's periodic check sees the deadline pass; no test sleeps
    const HttpResponse response = client.readResponse();
    QCOMPARE(response.status, 504);
}

void TestUpstreamErrors::emptyPoolIs503()
{
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({})).ok());
    QCOMPARE(HttpClient::get(engine.listeners().first().port).status, 503);
}

void TestUpstreamErrors::slowClientHeadGets408()
{
    ManualClock clock;
    TestBackend backend;
    EngineController engine(clock);
    Config config = ProxyScenario::config({backend.port()});
    config.settings.clientHeaderTimeoutMs = 10'000;
    QVERIFY(engine.start(config).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    client.send("GET / HTTP/1.1\r\nHost: a\r\nX-Slow: "); // slowloris: never finishes the head
    QTRY_COMPARE(engine.lastStats().connectionsTotal, 1u);
    clock.advance(10'001);
    const HttpResponse response = client.readResponse();
    QCOMPARE(response.status, 408);
    QVERIFY(client.waitForClose());
    QCOMPARE(backend.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestUpstreamErrors)
#include "TestUpstreamErrors.moc"
