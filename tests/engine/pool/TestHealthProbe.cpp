// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/HealthProbe.h"

#include "ManualClock.h"
#include "TestBackend.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace Portico {

char* toString(HealthCheckFailure failure)
{
    static const char* const names[] = {"None",        "Refused",   "Reset",        "TimedOut",   "NameNotFound",
                                        "Unreachable", "BadStatus", "BodyMismatch", "BadResponse"};
    return QTest::toString(names[static_cast<int>(failure)]);
}

} // namespace Portico

using namespace Portico;
using Portico::Test::ManualClock;
using Portico::Test::TestBackend;

namespace {

HealthCheckConfig httpCheck(const QString& path, int timeoutMs = 5'000)
{
    HealthCheckConfig check;
    check.enabled = true;
    check.path = path;
    check.timeoutMs = timeoutMs;
    check.intervalMs = timeoutMs + 1'000;
    return check;
}

HealthCheckConfig tcpCheck(int timeoutMs = 5'000)
{
    HealthCheckConfig check;
    check.enabled = true;
    check.type = HealthCheckType::Tcp;
    check.timeoutMs = timeoutMs;
    check.intervalMs = timeoutMs + 1'000;
    return check;
}

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Runs one probe to its end. advanceMs moves the clock while the check is under way, so that the
// elapsed time in the result (and its message) is exact.
HealthCheckResult runProbe(const QString& host, quint16 port, const HealthCheckConfig& check, ManualClock& clock,
                           qint64 advanceMs = 0)
{
    HealthProbe probe(host, port, check, clock);
    QSignalSpy spy(&probe, &HealthProbe::finished);
    probe.start();
    clock.advance(advanceMs);
    if (!spy.wait(30'000) || spy.size() != 1)
        return HealthCheckResult();
    // Exactly once: nothing more comes from events still queued.
    QCoreApplication::processEvents();
    if (spy.size() != 1)
        return HealthCheckResult();
    return spy.at(0).at(0).value<HealthCheckResult>();
}

} // namespace

// One active check of one backend against real loopback servers: TCP and HTTP, every failure kind
// with its exact message, body matching over each framing, and the request it sends.
class TestHealthProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void http_data();
    void http();
    void tcp_data();
    void tcp();
    void scriptedAnswers_data();
    void scriptedAnswers();
    void requestHead_data();
    void requestHead();
    void hostHeader_data();
    void hostHeader();
    void deletedFromFinishedSlot_data();
    void deletedFromFinishedSlot();
    void deletedWhileRunning();

private:
    std::unique_ptr<TestBackend> m_backend;
};

void TestHealthProbe::initTestCase()
{
    qRegisterMetaType<HealthCheckResult>();
    m_backend = std::make_unique<TestBackend>("a");
    QVERIFY(m_backend->port() != 0);
}

void TestHealthProbe::http_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectStatus");
    QTest::addColumn<QString>("bodyContains");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("advanceMs");
    QTest::addColumn<HealthCheckFailure>("failure");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("message");
    // GET with the default expected statuses, a 5 s timeout and no clock movement unless a row says otherwise.
    struct Row
    {
        const char* path;
        const char* bodyContains = "";
        HealthCheckFailure failure = HealthCheckFailure::None;
        int httpStatus = 200;
        const char* message = "";
        const char* method = "GET";
        const char* expectStatus = "200-399";
        int timeoutMs = 5'000;
        qint64 advanceMs = 0;
    };
    const auto row = [](const char* name, const Row& r) {
        QTest::newRow(name) << QString::fromLatin1(r.method) << QString::fromLatin1(r.path)
                            << QString::fromLatin1(r.expectStatus) << QString::fromLatin1(r.bodyContains) << r.timeoutMs
                            << r.advanceMs << r.failure << r.httpStatus << QString::fromLatin1(r.message);
    };
    using F = HealthCheckFailure;

    row("200 ok", {.path = "/", .message = "HTTP 200 on / in 12 ms", .advanceMs = 12});
    row("HEAD 200 ok", {.path = "/", .message = "HTTP 200 on / in 0 ms", .method = "HEAD"});
    row("500",
        {.path = "/status/500", .failure = F::BadStatus, .httpStatus = 500, .message = "HTTP 500 on /status/500"});
    row("404 below a single expected code", {.path = "/status/404",
                                             .failure = F::BadStatus,
                                             .httpStatus = 404,
                                             .message = "HTTP 404 on /status/404",
                                             .expectStatus = "200"});
    row("503 expected", {.path = "/status/503",
                         .httpStatus = 503,
                         .message = "HTTP 503 on /status/503 in 1.5 s",
                         .expectStatus = "500-599",
                         .advanceMs = 1'500});
    row("closing after the answer",
        {.path = "/close", .bodyContains = "closing", .message = "HTTP 200 on /close in 0 ms"});
    row("body substring present", {.path = "/", .bodyContains = "backend a", .message = "HTTP 200 on / in 0 ms"});
    row("body substring absent",
        {.path = "/", .bodyContains = "healthy", .failure = F::BodyMismatch, .message = "body lacks 'healthy'"});
    row("HEAD has no body to match", {.path = "/",
                                      .bodyContains = "backend",
                                      .failure = F::BodyMismatch,
                                      .message = "body lacks 'backend'",
                                      .method = "HEAD"});
    row("status checked before the body", {.path = "/status/500",
                                           .bodyContains = "status",
                                           .failure = F::BadStatus,
                                           .httpStatus = 500,
                                           .message = "HTTP 500 on /status/500"});
    row("Content-Length body present",
        {.path = "/size/100", .bodyContains = "xxxx", .message = "HTTP 200 on /size/100 in 0 ms"});
    row("large Content-Length body, only 64 KiB read",
        {.path = "/size/4000000", .bodyContains = "y", .failure = F::BodyMismatch, .message = "body lacks 'y'"});
    row("chunked body present",
        {.path = "/chunked/40000", .bodyContains = "ccc", .message = "HTTP 200 on /chunked/40000 in 0 ms"});
    row("chunked body absent",
        {.path = "/chunked/10", .bodyContains = "d", .failure = F::BodyMismatch, .message = "body lacks 'd'"});
    row("large chunked body, only 64 KiB read",
        {.path = "/chunked/1000000", .bodyContains = "d", .failure = F::BodyMismatch, .message = "body lacks 'd'"});
    row("hang times out", {.path = "/hang",
                           .failure = F::TimedOut,
                           .httpStatus = 0,
                           .message = "timed out after 2 s",
                           .timeoutMs = 200,
                           .advanceMs = 2'000});
    row("reset before an answer", {.path = "/reset",
                                   .failure = F::Reset,
                                   .httpStatus = 0,
                                   .message = "connection closed before a full response"});
}

void TestHealthProbe::http()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, expectStatus);
    QFETCH(QString, bodyContains);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, advanceMs);
    QFETCH(HealthCheckFailure, failure);
    QFETCH(int, httpStatus);
    QFETCH(QString, message);

    HealthCheckConfig check = httpCheck(path, timeoutMs);
    check.method = method;
    check.bodyContains = bodyContains;
    const auto range = HealthCheckConfig::parseExpectStatus(expectStatus);
    QVERIFY(range);
    check.expectStatusMin = range->first;
    check.expectStatusMax = range->second;

    ManualClock clock;
    const HealthCheckResult result = runProbe(QStringLiteral("127.0.0.1"), m_backend->port(), check, clock, advanceMs);
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.ok, failure == HealthCheckFailure::None);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.path, path);
    QCOMPARE(result.elapsedMs, advanceMs);
    QCOMPARE(result.time, clock.now());
    QCOMPARE(result.expected, failure == HealthCheckFailure::BodyMismatch ? bodyContains : QString());
    QCOMPARE(result.message(), message);
}

void TestHealthProbe::tcp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<HealthCheckFailure>("failure");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* name, const char* host, bool listening, HealthCheckFailure failure,
                        const char* message) {
        QTest::newRow(name) << QString::fromLatin1(host) << listening << failure << QString::fromLatin1(message);
    };

    row("ok", "127.0.0.1", true, HealthCheckFailure::None, "connected in 7 ms");
    row("ok by name", "localhost", true, HealthCheckFailure::None, "connected in 7 ms");
    row("refused", "127.0.0.1", false, HealthCheckFailure::Refused, "connection refused");
    row("name not found", "nonexistent.invalid", true, HealthCheckFailure::NameNotFound, "host name not found");
}

void TestHealthProbe::tcp()
{
    QFETCH(QString, host);
    QFETCH(bool, listening);
    QFETCH(HealthCheckFailure, failure);
    QFETCH(QString, message);

    const bool ok = failure == HealthCheckFailure::None;
    const quint16 port = listening ? m_backend->port() : closedPort();
    QVERIFY(port != 0);
    const int connectionsBefore = m_backend->connectionCount();
    const int requestsBefore = m_backend->requestCount();
    ManualClock clock;
    const HealthCheckResult result = runProbe(host, port, tcpCheck(), clock, 7);
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.path.isEmpty());
    QCOMPARE(result.message(), message);
    if (ok) {
        // Connected and sent nothing.
        QTRY_COMPARE(m_backend->connectionCount(), connectionsBefore + 1);
        QCOMPARE(m_backend->requestCount(), requestsBefore);
    } else {
        // An HTTP check fails the same way: it never got as far as a request.
        const HealthCheckResult http = runProbe(host, port, httpCheck(QStringLiteral("/")), clock);
        QCOMPARE(http.failure, failure);
        QCOMPARE(http.message(), message);
    }
}

void TestHealthProbe::scriptedAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QString>("bodyContains");
    QTest::addColumn<HealthCheckFailure>("failure");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("server");
    const auto row = [](const char* name, const char* answer, bool closeAfter, const char* bodyContains,
                        HealthCheckFailure failure, int httpStatus, const char* server = "") {
        QTest::newRow(name) << QByteArray(answer) << closeAfter << QString::fromLatin1(bodyContains) << failure
                            << httpStatus << QString::fromLatin1(server);
    };
    using F = HealthCheckFailure;

    row("Server header", "HTTP/1.1 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: 0\r\n\r\n", false, "", F::None,
        200, "nginx/1.22.1");
    row("Server header on a bad status", "HTTP/1.1 502 Bad Gateway\r\nServer: Apache\r\nContent-Length: 0\r\n\r\n",
        false, "", F::BadStatus, 502, "Apache");
    row("not HTTP", "SSH-2.0-OpenSSH_9.2p1\r\n", false, "", F::BadResponse, 0);
    row("not HTTP, then closed", "hello\r\n\r\n", true, "", F::BadResponse, 0);
    row("interim answer first", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n", false, "", F::None,
        204);
    row("body until close, present", "HTTP/1.0 200 OK\r\n\r\nall is well", true, "well", F::None, 200);
    row("body until close, absent", "HTTP/1.0 200 OK\r\n\r\nall is bad", true, "well", F::BodyMismatch, 200);
    row("closed at once", "", true, "", F::Reset, 0);
    row("closed in the head", "HTTP/1.1 200 OK\r\nContent-", true, "", F::Reset, 0);
    row("closed in the body", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc", true, "zzz", F::Reset, 200);
    row("found before the body is cut off", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc", true, "bc", F::None,
        200);
    row("bad chunk size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false, "a", F::BadResponse,
        200);
    row("chunked with a trailer",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n", false, "cd",
        F::None, 200);
}

void TestHealthProbe::scriptedAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(QString, bodyContains);
    QFETCH(HealthCheckFailure, failure);
    QFETCH(int, httpStatus);
    QFETCH(QString, server);

    // Answers once the whole request is in: closing with unread bytes would send RST instead of FIN.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    connect(&listener, &QTcpServer::newConnection, &listener, [&]() {
        QTcpSocket* socket = listener.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, closeAfter]() {
            socket->setProperty("request", socket->property("request").toByteArray() + socket->readAll());
            if (!socket->property("request").toByteArray().endsWith("\r\n\r\n"))
                return;
            socket->write(answer);
            if (closeAfter)
                socket->disconnectFromHost();
        });
    });

    HealthCheckConfig check = httpCheck(QStringLiteral("/health"));
    check.bodyContains = bodyContains;
    ManualClock clock;
    const HealthCheckResult result = runProbe(QStringLiteral("127.0.0.1"), listener.serverPort(), check, clock);
    QCOMPARE(result.failure, failure);
    QCOMPARE(result.ok, failure == HealthCheckFailure::None);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.server, server);
}

void TestHealthProbe::requestHead_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("hostHeader");
    QTest::addColumn<QByteArray>("head");
    const auto row = [](const char* name, const char* method, const char* path, const char* hostHeader,
                        const char* head) {
        QTest::newRow(name) << QString::fromLatin1(method) << QString::fromLatin1(path)
                            << QString::fromLatin1(hostHeader) << QByteArray(head);
    };

    row("defaults", "GET", "/", "", "GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT");
    row("method, query and Host header", "OPTIONS", "/healthz?full=1", "app.example.com",
        "OPTIONS /healthz?full=1 HTTP/1.1\r\nHost: app.example.com");
}

void TestHealthProbe::requestHead()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, hostHeader);
    QFETCH(QByteArray, head);

    HealthCheckConfig check = httpCheck(path);
    check.method = method;
    check.host = hostHeader;
    ManualClock clock;
    const HealthCheckResult result = runProbe(QStringLiteral("127.0.0.1"), m_backend->port(), check, clock);
    QVERIFY(result.ok);
    const QByteArray expected = head.replace("PORT", QByteArray::number(m_backend->port())) +
                                "\r\nUser-Agent: Portico-Health-Check\r\nConnection: close";
    QCOMPARE(m_backend->lastRequestHead(), expected);
    QCOMPARE(HealthProbe(QStringLiteral("127.0.0.1"), m_backend->port(), check, clock).request(),
             expected + "\r\n\r\n");
}

void TestHealthProbe::hostHeader_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("checkHost");
    QTest::addColumn<QByteArray>("hostLine");
    const auto row = [](const char* name, const char* host, int port, const char* checkHost, const char* hostLine) {
        QTest::newRow(name) << QString::fromUtf8(host) << port << QString::fromLatin1(checkHost)
                            << QByteArray(hostLine);
    };

    row("name, port 80", "app.internal", 80, "", "Host: app.internal\r\n");
    row("name, other port", "app.internal", 8080, "", "Host: app.internal:8080\r\n");
    row("IPv4", "10.0.0.5", 8080, "", "Host: 10.0.0.5:8080\r\n");
    row("IPv6", "::1", 8080, "", "Host: [::1]:8080\r\n");
    row("IPv6, port 80", "fd00::5", 80, "", "Host: [fd00::5]\r\n");
    row("international name",
        "b\xc3\xbc"
        "cher.example",
        80, "", "Host: xn--bcher-kva.example\r\n");
    row("configured Host header wins", "10.0.0.5", 8080, "www.example.com", "Host: www.example.com\r\n");
    row("configured Host header with a port", "10.0.0.5", 8080, "www.example.com:443", "Host: www.example.com:443\r\n");
}

void TestHealthProbe::hostHeader()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, checkHost);
    QFETCH(QByteArray, hostLine);

    HealthCheckConfig check = httpCheck(QStringLiteral("/"));
    check.host = checkHost;
    ManualClock clock;
    const QByteArray request = HealthProbe(host, static_cast<quint16>(port), check, clock).request();
    QVERIFY2(request.contains("\r\n" + hostLine), request.constData());
}

void TestHealthProbe::deletedFromFinishedSlot_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("listening");
    QTest::addColumn<HealthCheckFailure>("failure");
    const auto row = [](const char* name, const char* path, bool listening, HealthCheckFailure failure) {
        QTest::newRow(name) << QString::fromLatin1(path) << listening << failure;
    };

    row("answer", "/", true, HealthCheckFailure::None);
    row("close after the answer", "/close", true, HealthCheckFailure::None);
    row("reset", "/reset", true, HealthCheckFailure::Reset);
    row("timeout", "/hang", true, HealthCheckFailure::TimedOut);
    row("refused", "/", false, HealthCheckFailure::Refused);
}

void TestHealthProbe::deletedFromFinishedSlot()
{
    QFETCH(QString, path);
    QFETCH(bool, listening);
    QFETCH(HealthCheckFailure, failure);

    const quint16 port = listening ? m_backend->port() : closedPort();
    ManualClock clock;
    const int timeoutMs = failure == HealthCheckFailure::TimedOut ? 300 : 5'000;
    QPointer<HealthProbe> probe = new HealthProbe(QStringLiteral("127.0.0.1"), port, httpCheck(path, timeoutMs), clock);
    int calls = 0;
    HealthCheckFailure seen = HealthCheckFailure::None;
    connect(probe, &HealthProbe::finished, this, [&](const HealthCheckResult& result) {
        ++calls;
        seen = result.failure;
        delete probe.data();
    });
    probe->start();
    QTRY_VERIFY(probe.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(calls, 1);
    QCOMPARE(seen, failure);
}

void TestHealthProbe::deletedWhileRunning()
{
    ManualClock clock;
    const int connectionsBefore = m_backend->connectionCount();
    auto* probe =
        new HealthProbe(QStringLiteral("127.0.0.1"), m_backend->port(), httpCheck(QStringLiteral("/hang")), clock);
    int calls = 0;
    connect(probe, &HealthProbe::finished, this, [&calls]() { ++calls; });
    probe->start();
    QTRY_COMPARE(m_backend->connectionCount(), connectionsBefore + 1);
    delete probe;
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestHealthProbe)
#include "TestHealthProbe.moc"
