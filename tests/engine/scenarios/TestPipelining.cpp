// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Pipelined requests through the proxy are answered in order, each from the backend, with bodies
// of every framing in between.
class TestPipelining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersInOrder();
};

void TestPipelining::answersInOrder()
{
    TestBackend backend;
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({backend.port()})).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    // One write, five requests: a plain GET, a POST with a body, a chunked POST, a HEAD, a large GET.
    client.send("GET /one HTTP/1.1\r\nHost: a\r\n\r\n"
                "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nde\r\n0\r\n\r\n"
                "HEAD /size/10 HTTP/1.1\r\nHost: a\r\n\r\n"
                "GET /size/300000 HTTP/1.1\r\nHost: a\r\n\r\n");
    HttpResponse response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("backend a"));
    response = client.readResponse();
    QVERIFY(response.body.startsWith("POST /echo") && response.body.endsWith("\r\n\r\nabc"));
    response = client.readResponse();
    QVERIFY(response.body.startsWith("POST /echo") && response.body.endsWith("\r\n\r\nde"));
    response = client.readResponse(true);
    QCOMPARE(response.header("Content-Length"), QByteArray("10"));
    response = client.readResponse();
    QCOMPARE(response.body.size(), 300000);
    QCOMPARE(backend.requestCount(), 5);
    QCOMPARE(backend.connectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestPipelining)
#include "TestPipelining.moc"
