// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Stopping while a large response is on its way: the response finishes, then the engine stops.
class TestGracefulStopProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseInFlightCompletes();
};

void TestGracefulStopProxy::responseInFlightCompletes()
{
    TestBackend backend;
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({backend.port()})).ok());
    const quint16 port = engine.listeners().first().port;

    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /size/4194304 HTTP/1.1\r\nHost: a\r\n\r\n");
    // Read the head only, so the body is still flowing when the stop begins.
    QVERIFY(client.socket().waitForReadyRead(10'000));
    engine.stop();
    QCOMPARE(engine.state(), EngineState::Stopping);
    QTRY_VERIFY(!HttpClient::get(port).valid); // no longer accepting
    const HttpResponse response = client.readResponse(false, 30'000);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.size(), 4194304);
    // The head went out before the stop began; the connection ends once the response is complete.
    QVERIFY(client.waitForClose());
    QTRY_COMPARE(engine.state(), EngineState::Stopped);
}

QTEST_GUILESS_MAIN(TestGracefulStopProxy)
#include "TestGracefulStopProxy.moc"
