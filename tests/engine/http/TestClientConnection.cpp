// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "controller/EngineController.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// A client connection with no sites configured, over real TCP: strict parsing, keep-alive,
// pipelining and Portico's own answers (the welcome page and error pages).
class TestClientConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requests_data();
    void requests();
    void keepAliveAndPipelining();
    void headHasNoBody();

private:
    EngineController m_engine;
    quint16 m_port = 0;
};

void TestClientConnection::initTestCase()
{
    Config config;
    config.settings.workers = 1;
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    QVERIFY(m_engine.start(config).ok());
    m_port = m_engine.listeners().first().port;
}

void TestClientConnection::requests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");

    const QByteArray longPath(9000, 'a');
    QByteArray manyHeaders;
    for (int i = 0; i < 101; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
    const QByteArray hugeHeader = "X-Big: " + QByteArray(70 * 1024, 'b') + "\r\n";

    QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 200 << false;
    QTest::newRow("any path") << QByteArray("GET /x/y?z=1 HTTP/1.1\r\nHost: a\r\n\r\n") << 200 << false;
    QTest::newRow("absolute form") << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << 200 << false;
    QTest::newRow("http/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 200 << true;
    QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 200
                                         << false;
    QTest::newRow("connection close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << 200
                                      << true;
    // The welcome page does not read request bodies, so the connection cannot carry another request.
    QTest::newRow("post not allowed") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc") << 405
                                      << true;
    QTest::newRow("delete not allowed") << QByteArray("DELETE / HTTP/1.1\r\nHost: a\r\n\r\n") << 405 << false;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << true;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << true;
    QTest::newRow("bad request line") << QByteArray("GET /\r\nHost: a\r\n\r\n") << 400 << true;
    QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: a\r\n\r\n") << 400 << true;
    QTest::newRow("http/2 text") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505 << true;
    QTest::newRow("bare lf") << QByteArray("GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n") << 400 << true;
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: b\r\n c\r\n\r\n") << 400 << true;
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400 << true;
    QTest::newRow("nul in value") << (QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: a") + '\0' + "b\r\n\r\n") << 400
                                  << true;
    QTest::newRow("cl and te")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
        << true;
    QTest::newRow("duplicate cl")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") << 400 << true;
    QTest::newRow("negative cl") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400
                                 << true;
    QTest::newRow("chunked post") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
                                  << 405 << true;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501 << true;
    QTest::newRow("request line too long") << "GET /" + longPath + " HTTP/1.1\r\nHost: a\r\n\r\n" << 414 << true;
    QTest::newRow("too many fields") << "GET / HTTP/1.1\r\nHost: a\r\n" + manyHeaders + "\r\n" << 431 << true;
    QTest::newRow("header too large") << "GET / HTTP/1.1\r\nHost: a\r\n" + hugeHeader + "\r\n" << 431 << true;
}

void TestClientConnection::requests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);

    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(request);
    const HttpResponse response = client.readResponse();
    QVERIFY(response.valid);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Connection"), closes ? QByteArray("close") : QByteArray("keep-alive"));
    QVERIFY(!response.header("Date").isEmpty());
    if (status == 405)
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
    if (status >= 400)
        QVERIFY(response.body.contains("Request ID"));
    if (closes) {
        QVERIFY(client.waitForClose());
    } else {
        // The connection stays usable after the exchange (and any body was consumed, not parsed as a request).
        client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(client.readResponse().status, 200);
    }
}

void TestClientConnection::keepAliveAndPipelining()
{
    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("GET /one HTTP/1.1\r\nHost: a\r\n\r\nHEAD /two HTTP/1.1\r\nHost: a\r\n\r\n"
                "DELETE /three HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(client.readResponse().status, 200);
    const HttpResponse head = client.readResponse(true);
    QCOMPARE(head.status, 200);
    QCOMPARE(client.readResponse().status, 405);
}

void TestClientConnection::headHasNoBody()
{
    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    client.send("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpResponse head = client.readResponse(true);
    QCOMPARE(head.status, 200);
    QVERIFY(head.header("Content-Length").toInt() > 0);
    // Had a body been sent, it would now be read as the start of the next response.
    client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpResponse get = client.readResponse();
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body.size(), head.header("Content-Length").toInt());
}

QTEST_GUILESS_MAIN(TestClientConnection)
#include "TestClientConnection.moc"
