// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// WebSocket and other Upgrade requests: after 101 the connection is a byte tunnel both ways.
class TestUpgradeTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoesBothWaysUntilClose();
};

void TestUpgradeTunnel::echoesBothWaysUntilClose()
{
    TestBackend backend;
    EngineController engine;
    QVERIFY(engine.start(ProxyScenario::config({backend.port()})).ok());
    HttpClient client;
    QVERIFY(client.connectTo(engine.listeners().first().port));
    client.send("GET /upgrade HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    const HttpResponse switched = client.readResponse();
    QCOMPARE(switched.status, 101);
    QCOMPARE(switched.header("Upgrade"), QByteArray("echo"));
    QVERIFY(backend.lastRequestHead().contains("Upgrade: websocket"));
    QVERIFY(backend.lastRequestHead().contains("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="));

    for (const QByteArray& message : {QByteArray("hello"), QByteArray(200'000, 'w'), QByteArray("bye")}) {
        client.send(message);
        QByteArray echoed;
        while (echoed.size() < message.size() && client.socket().waitForReadyRead(10'000))
            echoed += client.socket().readAll();
        QCOMPARE(echoed, message);
    }
    client.socket().disconnectFromHost();
    QTRY_COMPARE(engine.lastStats().activeConnections, 0);
}

QTEST_GUILESS_MAIN(TestUpgradeTunnel)
#include "TestUpgradeTunnel.moc"
