// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QTest>

using namespace Portico;
using namespace Portico::Test;

// "Expect: 100-continue": Portico sends exactly one "100 Continue" before the client sends its body,
// forwards the whole body, and refuses a body that is too large before asking for it.
class TestExpectContinue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void continuesOnceThenForwardsBody_data();
    void continuesOnceThenForwardsBody();
    void bodySentWithoutWaiting();
    void http10GetsNoContinue();
    void tooLargeGets413WithoutContinue();

private:
    quint16 startEngine(qint64 routeBodyLimit = -1);

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
};

namespace {

QByteArray payload(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>('a' + i % 26);
    return bytes;
}

QByteArray chunked(const QByteArray& body, qsizetype pieceSize)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); i += pieceSize) {
        const QByteArray piece = body.mid(i, pieceSize);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

} // namespace

void TestExpectContinue::init()
{
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>();
}

void TestExpectContinue::cleanup()
{
    m_engine.reset();
    m_backend.reset();
}

quint16 TestExpectContinue::startEngine(qint64 routeBodyLimit)
{
    Config config = ProxyScenario::config({m_backend->port()});
    config.sites[0].routes[0].maxBodyBytes = routeBodyLimit;
    const ApplyResult result = m_engine->start(config);
    if (!result.ok())
        qWarning() << result.errors.first().toString();
    return result.ok() ? m_engine->listeners().first().port : 0;
}

void TestExpectContinue::continuesOnceThenForwardsBody_data()
{
    QTest::addColumn<bool>("isChunked");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("size");
    QTest::newRow("content-length") << false << QByteArray("/echo") << 11;
    QTest::newRow("chunked") << true << QByteArray("/echo") << 11;
    QTest::newRow("content-length, larger than a buffer") << false << QByteArray("/echo") << 300'000;
    QTest::newRow("chunked, larger than a buffer") << true << QByteArray("/echo") << 300'000;
    // The backend sends its own 100 Continue too: the client must still see only Portico's.
    QTest::newRow("backend continues as well, content-length") << false << QByteArray("/continue-echo") << 11;
    QTest::newRow("backend continues as well, chunked") << true << QByteArray("/continue-echo") << 11;
}

void TestExpectContinue::continuesOnceThenForwardsBody()
{
    QFETCH(bool, isChunked);
    QFETCH(QByteArray, path);
    QFETCH(int, size);
    const quint16 port = startEngine(1024 * 1024);
    QVERIFY(port);
    const QByteArray body = payload(size);

    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST " + path + " HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n" +
                (isChunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                           : "Content-Length: " + QByteArray::number(body.size()) + "\r\n") +
                "\r\n");
    const HttpResponse interim = client.readResponse();
    QVERIFY2(interim.valid, "no 100 Continue before the body");
    QCOMPARE(interim.statusLine, QByteArray("HTTP/1.1 100 Continue"));
    QCOMPARE(m_backend->requestCount(), 0);

    client.send(isChunked ? chunked(body, 64 * 1024) : body);
    const HttpResponse response = client.readResponse();
    // A second 100 Continue would show up here instead of the backend's answer.
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("X-Backend"), QByteArray("a"));
    const qsizetype headEnd = response.body.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray forwardedHead = response.body.left(headEnd);
    QCOMPARE(response.body.mid(headEnd + 4), body);
    // Portico asked for the body itself: the backend is not asked to do it again.
    QVERIFY2(!forwardedHead.contains("Expect"), forwardedHead.constData());
    QCOMPARE(m_backend->requestCount(), 1);

    // Nothing stray is left on the connection: the next request gets its own answer.
    client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    const HttpResponse next = client.readResponse();
    QCOMPARE(next.status, 200);
    QCOMPARE(next.body, QByteArray("backend a"));
}

void TestExpectContinue::bodySentWithoutWaiting()
{
    // A client may send the body without waiting; it still gets one interim response, then the answer.
    const quint16 port = startEngine();
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello");
    QCOMPARE(client.readResponse().status, 100);
    const HttpResponse response = client.readResponse();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.endsWith("\r\n\r\nhello"));
    client.send("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(client.readResponse().body, QByteArray("backend a"));
}

void TestExpectContinue::http10GetsNoContinue()
{
    // HTTP/1.0 has no 100 Continue (RFC 9110 10.1.1): the answer comes straight away.
    const quint16 port = startEngine();
    QVERIFY(port);
    const HttpResponse response =
        HttpClient::exchange(port, "POST /echo HTTP/1.0\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"
                                   "hello");
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.endsWith("\r\n\r\nhello"));
}

void TestExpectContinue::tooLargeGets413WithoutContinue()
{
    const quint16 port = startEngine(1024);
    QVERIFY(port);
    HttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4096\r\n\r\n");
    const HttpResponse response = client.readResponse();
    // The first thing back is the refusal: the client never gets to send the body.
    QCOMPARE(response.status, 413);
    QVERIFY(response.body.contains(response.header("X-Request-ID")));
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QCOMPARE(m_backend->requestCount(), 0);
    QCOMPARE(m_backend->connectionCount(), 0);

    // Exactly at the limit is fine.
    HttpClient fits;
    QVERIFY(fits.connectTo(port));
    fits.send("POST /echo HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 1024\r\n\r\n");
    QCOMPARE(fits.readResponse().status, 100);
    fits.send(payload(1024));
    const HttpResponse accepted = fits.readResponse();
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.body.endsWith(payload(1024)));
}

QTEST_GUILESS_MAIN(TestExpectContinue)
#include "TestExpectContinue.moc"
