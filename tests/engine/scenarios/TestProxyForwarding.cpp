// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// Requests through the engine to real backends on loopback: what arrives at the backend and what
// comes back to the client.
class TestProxyForwarding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void forwardsAndAddsForwardingFields();
    void roundRobinOverBackends();
    void keepAliveReusesOneBackendConnection();
    void requestBodiesWithLengthAndChunked();
    void largeAndChunkedResponses();
    void redirectAndNoRoute();
    void headResponseKeepsLength();
    void accessLogLines_data();
    void accessLogLines();

private:
    Config configFor(const QList<quint16>& backendPorts);
    quint16 startEngine(const Config& config);

    std::unique_ptr<EngineController> m_engine;
    std::unique_ptr<TestBackend> m_a;
    std::unique_ptr<TestBackend> m_b;
};

void TestProxyForwarding::init()
{
    m_a = std::make_unique<TestBackend>("a");
    m_b = std::make_unique<TestBackend>("b");
    m_engine = std::make_unique<EngineController>();
}

void TestProxyForwarding::cleanup()
{
    m_engine.reset();
    m_a.reset();
    m_b.reset();
}

Config TestProxyForwarding::configFor(const QList<quint16>& backendPorts)
{
    return ProxyScenario::config(backendPorts);
}

quint16 TestProxyForwarding::startEngine(const Config& config)
{
    const ApplyResult result = m_engine->start(config);
    if (!result.ok())
        qWarning() << result.errors.first().toString();
    return result.ok() ? m_engine->listeners().first().port : 0;
}

void TestProxyForwarding::forwardsAndAddsForwardingFields()
{
    const quint16 port = startEngine(configFor({m_a->port()}));
    QVERIFY(port);
    const HttpResponse response =
        HttpClient::exchange(port, "GET /hello?x=1 HTTP/1.1\r\nHost: wiki.office.lan\r\nX-Forwarded-For: 6.6.6.6\r\n"
                                   "Connection: close, X-Secret\r\nX-Secret: hop\r\nX-Request-ID: abc-123\r\n\r\n");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("backend a"));
    QCOMPARE(response.header("X-Backend"), QByteArray("a"));
    QCOMPARE(response.header("Via"), QByteArray("1.1 portico"));
    QCOMPARE(response.header("X-Request-ID"), QByteArray("abc-123"));

    const QByteArray head = m_a->lastRequestHead();
    QVERIFY2(head.startsWith("GET /hello?x=1 HTTP/1.1\r\n"), head.constData());
    QVERIFY(head.contains("\r\nHost: wiki.office.lan\r\n"));
    // The client is not a trusted proxy: its X-Forwarded-For is replaced, not extended.
    QVERIFY2(head.contains("\r\nX-Forwarded-For: 127.0.0.1\r\n"), head.constData());
    QVERIFY(!head.contains("6.6.6.6"));
    QVERIFY(head.contains("\r\nX-Forwarded-Proto: http\r\n"));
    QVERIFY(head.contains("\r\nX-Forwarded-Host: wiki.office.lan\r\n"));
    QVERIFY(head.contains("\r\nForwarded: for=127.0.0.1;proto=http;host=\"wiki.office.lan\"\r\n"));
    QVERIFY(head.contains("\r\nVia: 1.1 portico\r\n"));
    QVERIFY(head.contains("\r\nX-Request-ID: abc-123"));
    // Hop-by-hop fields, and the ones Connection names, stop at the proxy.
    QVERIFY(!head.contains("X-Secret"));
    QVERIFY(!head.contains("Connection: close"));
}

void TestProxyForwarding::roundRobinOverBackends()
{
    const quint16 port = startEngine(configFor({m_a->port(), m_b->port()}));
    QVERIFY(port);
    QByteArray seen;
    for (int i = 0; i < 6; ++i)
        seen += HttpClient::get(port).header("X-Backend");
    QVERIFY2(seen == "ababab" || seen == "bababa", seen.constData());
}

void TestProxyForwarding::keepAliveReusesOneBackendConnection()
{
    const quint16 port = startEngine(configFor({m_a->port()}));
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    for (int i = 0; i < 20; ++i) {
        client.send("GET /n HTTP/1.1\r\nHost: a\r\n\r\n");
        const HttpResponse response = client.readResponse();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("X-Connection"), QByteArray("1"));
    }
    // And across client connections too.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(HttpClient::get(port).header("X-Connection"), QByteArray("1"));
    QCOMPARE(m_a->connectionCount(), 1);
    QCOMPARE(m_a->requestCount(), 25);
}

void TestProxyForwarding::requestBodiesWithLengthAndChunked()
{
    const quint16 port = startEngine(configFor({m_a->port()}));
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world");
    HttpResponse response = client.readResponse();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.endsWith("\r\n\r\nhello world"));
    QVERIFY(response.body.contains("Content-Length: 11"));

    client.send(
        "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    response = client.readResponse();
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body.endsWith("\r\n\r\nhello world"), response.body.constData());
    QVERIFY(response.body.contains("Transfer-Encoding: chunked"));

    // Expect: 100-continue is answered by Portico before the body is sent.
    client.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    QCOMPARE(client.readResponse().status, 100);
    client.send("body");
    response = client.readResponse();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.endsWith("\r\n\r\nbody"));
}

void TestProxyForwarding::largeAndChunkedResponses()
{
    const quint16 port = startEngine(configFor({m_a->port()}));
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /size/8388608 HTTP/1.1\r\nHost: a\r\n\r\n");
    HttpResponse response = client.readResponse(false, 30'000);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body.size(), 8388608);
    client.send("GET /chunked/100000 HTTP/1.1\r\nHost: a\r\n\r\n");
    response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(response.body, QByteArray(100000, 'c'));
    // HTTP/1.0 clients get the payload without chunked coding, delimited by the close.
    const HttpResponse old = HttpClient::exchange(port, "GET /chunked/40000 HTTP/1.0\r\n\r\n");
    QCOMPARE(old.status, 200);
    QVERIFY(old.header("Transfer-Encoding").isEmpty());
    QCOMPARE(old.body, QByteArray(40000, 'c'));
}

void TestProxyForwarding::redirectAndNoRoute()
{
    Config config = configFor({m_a->port()});
    config.sites[0].isDefault = false;
    config.sites[0].serverNames = {QStringLiteral("app.lan")};
    const quint16 port = startEngine(config);
    QVERIFY(port);
    const HttpResponse unknown = HttpClient::get(port, "/", "other.lan");
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.body.contains("Request ID"));
    QVERIFY(!unknown.body.contains("127.0.0.1"));
    QCOMPARE(HttpClient::get(port, "/", "app.lan").status, 200);
}

void TestProxyForwarding::headResponseKeepsLength()
{
    const quint16 port = startEngine(configFor({m_a->port()}));
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("HEAD /size/5000 HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpResponse head = client.readResponse(true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray("5000"));
    client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(client.readResponse().body, QByteArray("backend a"));
}

void TestProxyForwarding::accessLogLines_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("combined") << false;
    QTest::newRow("json") << true;
}

void TestProxyForwarding::accessLogLines()
{
    QFETCH(bool, json);
    QTemporaryDir dir;
    Config config = configFor({m_a->port()});
    config.settings.accessLog = true;
    config.settings.accessLogFormat = json ? AccessLogFormat::Json : AccessLogFormat::Combined;
    config.settings.accessLogPath = dir.filePath(QStringLiteral("logs/access.log"));
    const quint16 port = startEngine(config);
    QVERIFY(port);
    QCOMPARE(HttpClient::exchange(port, "GET /page?q=1 HTTP/1.1\r\nHost: a\r\nUser-Agent: te\"st\r\n"
                                        "X-Request-ID: log-1\r\nConnection: close\r\n\r\n")
                 .status,
             200);
    m_engine->stop(); // the writer gets every batch before the engine reports Stopped
    QTRY_COMPARE(m_engine->state(), EngineState::Stopped);

    QFile file(config.settings.accessLogPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QByteArray line = lines.first();
    const QByteArray backend = "127.0.0.1:" + QByteArray::number(m_a->port());
    if (json) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        QCOMPARE(entry.value(QStringLiteral("requestId")).toString(), QStringLiteral("log-1"));
        QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(entry.value(QStringLiteral("target")).toString(), QStringLiteral("/page?q=1"));
        QCOMPARE(entry.value(QStringLiteral("site")).toString(), QStringLiteral("app"));
        QCOMPARE(entry.value(QStringLiteral("backend")).toString(), QString::fromLatin1(backend));
        QCOMPARE(entry.value(QStringLiteral("userAgent")).toString(), QStringLiteral("te\"st"));
        QVERIFY(entry.value(QStringLiteral("bytesOut")).toInteger() > 0);
    } else {
        QVERIFY2(line.startsWith("127.0.0.1 - - ["), line.constData());
        QVERIFY2(line.contains("] \"GET /page?q=1 HTTP/1.1\" 200 "), line.constData());
        QVERIFY2(line.contains(" \"-\" \"te\\\"st\" rid=log-1 site=app route=0 backend=" + backend + " rt="),
                 line.constData());
    }
}

QTEST_GUILESS_MAIN(TestProxyForwarding)
#include "TestProxyForwarding.moc"
