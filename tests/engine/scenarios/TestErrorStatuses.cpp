// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"
#include "ManualClock.h"
#include "ProxyScenario.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QTcpServer>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

namespace {

// What a row needs besides sending its request.
enum class Setup
{
    Plain,
    // A config without sites: Portico answers everything itself (welcome page, 405).
    NoSites,
    // The request head never ends: the header timeout passes.
    SlowHead,
    // The backend never answers: the response timeout passes.
    HangingBackend,
};

constexpr int headerTimeoutMs = 10'000;
constexpr int responseTimeoutMs = 30'000;
constexpr qint64 smallBodyLimit = 16;

} // namespace

Q_DECLARE_METATYPE(Setup)

// Every status Portico answers itself, one row each: the status, the branded page carrying the
// request ID that the X-Request-ID field names and no backend detail, and whether the connection
// survives it.
class TestErrorStatuses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersItself_data();
    void answersItself();

private:
    Config configFor(Setup setup) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_refusedPort = 0;
};

void TestErrorStatuses::init()
{
    {
        QTcpServer probe; // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_refusedPort = probe.serverPort();
    }
    m_clock = std::make_unique<ManualClock>();
    m_backend = std::make_unique<TestBackend>("a");
    m_engine = std::make_unique<EngineController>(*m_clock);
}

void TestErrorStatuses::cleanup()
{
    m_engine.reset();
    m_backend.reset();
    m_clock.reset();
}

Config TestErrorStatuses::configFor(Setup setup) const
{
    Config config = ProxyScenario::config({m_backend->port()});
    GlobalSettings& settings = config.settings;
    settings.clientHeaderTimeoutMs = headerTimeoutMs;
    // Only the header timeout may end a slow head, however far the test moves the clock.
    settings.keepAliveTimeoutMs = 3'600'000;
    settings.responseTimeoutMs = responseTimeoutMs;
    settings.maxRequestLineBytes = 1024;
    settings.maxHeaderBytes = 4096;
    settings.maxHeaderCount = 30;
    if (setup == Setup::NoSites) {
        config.sites.clear();
        return config;
    }

    PoolConfig empty;
    empty.name = QStringLiteral("empty");
    PoolConfig refused;
    refused.name = QStringLiteral("refused");
    refused.backends = {BackendConfig{QStringLiteral("127.0.0.1"), m_refusedPort, 1}};
    config.pools += {empty, refused};

    SiteConfig& site = config.sites[0];
    site.isDefault = false;
    site.serverNames = {QStringLiteral("app.lan")};
    const auto proxy = [](const QString& prefix, const QString& pool, qint64 bodyLimit = -1) {
        RouteConfig route;
        route.pathPrefix = prefix;
        route.pool = pool;
        route.stripPrefix = true;
        route.maxBodyBytes = bodyLimit;
        return route;
    };
    const auto redirect = [](int status) {
        RouteConfig route;
        route.type = RouteType::Redirect;
        route.pathPrefix = QStringLiteral("/r%1/").arg(status);
        route.redirect.status = status;
        route.redirect.to = QStringLiteral("http://new.lan/");
        return route;
    };
    // No "/" route: any other path on app.lan has no route.
    site.routes = {proxy(QStringLiteral("/app/"), QStringLiteral("app")),
                   proxy(QStringLiteral("/limited/"), QStringLiteral("app"), smallBodyLimit),
                   proxy(QStringLiteral("/empty/"), QStringLiteral("empty")),
                   proxy(QStringLiteral("/refused/"), QStringLiteral("refused")),
                   redirect(301),
                   redirect(302),
                   redirect(307),
                   redirect(308)};
    return config;
}

void TestErrorStatuses::answersItself_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    // A field the answer must carry ("Name: value"), or empty.
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("closes");
    // Rejected while reading the head, before the request was routed.
    QTest::addColumn<bool>("headRejected");

    const QByteArray host = "Host: app.lan\r\n";
    QByteArray manyFields;
    for (int i = 0; i < 40; ++i)
        manyFields += "X-Field-" + QByteArray::number(i) + ": v\r\n";

    QTest::newRow("400 missing Host") << Setup::Plain << QByteArray("GET /app/ HTTP/1.1\r\n\r\n") << 400 << QByteArray()
                                      << true << true;
    QTest::newRow("400 Content-Length with Transfer-Encoding")
        << Setup::Plain
        << "POST /app/echo HTTP/1.1\r\n" + host +
               "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /app/ HTTP/1.1\r\n" + host + "\r\n"
        << 400 << QByteArray() << true << true;
    QTest::newRow("400 bad chunk size") << Setup::Plain
                                        << "POST /app/echo HTTP/1.1\r\n" + host +
                                               "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"
                                        << 400 << QByteArray() << true << false;
    QTest::newRow("400 path above the root") << Setup::Plain << "GET /app/../../etc/passwd HTTP/1.1\r\n" + host + "\r\n"
                                             << 400 << QByteArray() << true << false;
    QTest::newRow("404 no site") << Setup::Plain << QByteArray("GET /app/ HTTP/1.1\r\nHost: other.lan\r\n\r\n") << 404
                                 << QByteArray() << false << false;
    QTest::newRow("404 no route") << Setup::Plain << "GET /nothing HTTP/1.1\r\n" + host + "\r\n"
                                  << 404 << QByteArray() << false << false;
    QTest::newRow("405 without sites") << Setup::NoSites << "DELETE /x HTTP/1.1\r\n" + host + "\r\n"
                                       << 405 << QByteArray("Allow: GET, HEAD") << false << false;
    QTest::newRow("408 slow head") << Setup::SlowHead << "GET /app/ HTTP/1.1\r\n" + host + "X-Slow: " << 408
                                   << QByteArray() << true << true;
    QTest::newRow("413 Content-Length over the route's limit")
        << Setup::Plain << "POST /limited/echo HTTP/1.1\r\n" + host + "Content-Length: 17\r\n\r\n" + QByteArray(17, 'b')
        << 413 << QByteArray() << true << false;
    QTest::newRow("413 chunked body going over the limit")
        << Setup::Plain
        << "POST /limited/echo HTTP/1.1\r\n" + host +
               "Transfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n"
        << 413 << QByteArray() << true << false;
    QTest::newRow("414 long request line")
        << Setup::Plain << "GET /app/" + QByteArray(2000, 'x') + " HTTP/1.1\r\n" + host + "\r\n"
        << 414 << QByteArray() << true << true;
    QTest::newRow("417 unknown expectation")
        << Setup::Plain << "GET /app/ HTTP/1.1\r\n" + host + "Expect: something-else\r\n\r\n"
        << 417 << QByteArray() << true << true;
    QTest::newRow("431 too many fields") << Setup::Plain << "GET /app/ HTTP/1.1\r\n" + host + manyFields + "\r\n"
                                         << 431 << QByteArray() << true << true;
    QTest::newRow("431 fields too large")
        << Setup::Plain << "GET /app/ HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(5000, 'y') + "\r\n\r\n"
        << 431 << QByteArray() << true << true;
    QTest::newRow("501 unsupported transfer coding")
        << Setup::Plain << "POST /app/echo HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n"
        << 501 << QByteArray() << true << true;
    QTest::newRow("505 HTTP/2.0 request line") << Setup::Plain << "GET /app/ HTTP/2.0\r\n" + host + "\r\n"
                                               << 505 << QByteArray() << true << true;
    QTest::newRow("502 connection refused") << Setup::Plain << "GET /refused/ HTTP/1.1\r\n" + host + "\r\n"
                                            << 502 << QByteArray() << false << false;
    QTest::newRow("503 empty pool") << Setup::Plain << "GET /empty/ HTTP/1.1\r\n" + host + "\r\n"
                                    << 503 << QByteArray() << false << false;
    QTest::newRow("504 response timeout") << Setup::HangingBackend << "GET /app/hang HTTP/1.1\r\n" + host + "\r\n"
                                          << 504 << QByteArray() << false << false;
    for (const int status : {301, 302, 307, 308}) {
        const QByteArray prefix = "/r" + QByteArray::number(status) + "/";
        QTest::addRow("%d redirect", status)
            << Setup::Plain << "GET " + prefix + "some/page?q=1 HTTP/1.1\r\n" + host + "\r\n"
            << status << QByteArray("Location: http://new.lan/some/page?q=1") << false << false;
    }
}

void TestErrorStatuses::answersItself()
{
    QFETCH(Setup, setup);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, field);
    QFETCH(bool, closes);
    QFETCH(bool, headRejected);

    const ApplyResult started = m_engine->start(configFor(setup));
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.errors.first().toString()));
    HttpClient client;
    QVERIFY(client.connectTo(m_engine->listeners().first().port));
    client.send(request);

    if (setup == Setup::SlowHead) {
        // The engine starts the header clock when the first bytes arrive, which the test cannot
        // see: move time on until the answer comes.
        QTRY_VERIFY([&] {
            m_clock->advance(headerTimeoutMs + 1);
            return client.socket().bytesAvailable() > 0 || client.socket().waitForReadyRead(0);
        }());
    } else if (setup == Setup::HangingBackend) {
        QTRY_COMPARE(m_backend->requestCount(), 1);
        m_clock->advance(responseTimeoutMs + 1);
    }

    const HttpResponse response = client.readResponse();
    QVERIFY(response.valid);
    QCOMPARE(response.status, status);
    if (!field.isEmpty()) {
        const qsizetype colon = field.indexOf(':');
        QCOMPARE(response.header(field.left(colon)), field.mid(colon + 2));
    }

    // The branded page, findable in the logs by the ID the response names.
    QCOMPARE(response.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(response.body.contains("<p class=\"brand\">Portico</p>"));
    QVERIFY2(response.body.contains("<h1>" + QByteArray::number(status) + ' '), response.body.constData());
    const qsizetype idStart = response.body.indexOf("Request ID: <code>") + 18;
    const QByteArray pageId = response.body.mid(idStart, response.body.indexOf("</code>", idStart) - idStart);
    QVERIFY2(idStart >= 18 && !pageId.isEmpty(), response.body.constData());
    const QByteArray requestId = response.header("X-Request-ID");
    QCOMPARE(requestId, pageId);
    // A head rejected while it was read never reaches a backend.
    if (headRejected)
        QCOMPARE(m_backend->requestCount(), 0);
    // Nothing about the backends leaks, in the page or in a field.
    QByteArray everything = response.body;
    for (const auto& [name, value] : response.headers)
        everything += '\n' + name + ": " + value;
    for (const QByteArray& secret :
         {QByteArray("127.0.0.1"), QByteArray::number(m_backend->port()), QByteArray::number(m_refusedPort)})
        QVERIFY2(!everything.contains(secret), everything.constData());

    if (closes) {
        QCOMPARE(response.header("Connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
    } else {
        QCOMPARE(response.header("Connection"), QByteArray("keep-alive"));
        client.send(setup == Setup::NoSites ? "GET / HTTP/1.1\r\nHost: app.lan\r\n\r\n"
                                            : "GET /app/ HTTP/1.1\r\nHost: app.lan\r\n\r\n");
        const HttpResponse next = client.readResponse();
        QCOMPARE(next.status, 200);
        if (setup != Setup::NoSites)
            QCOMPARE(next.body, QByteArray("backend a"));
    }
    // Requests Portico refused never reached the backend (the hanging one did, by design).
    QCOMPARE(m_backend->requestCount(),
             (setup == Setup::HangingBackend ? 1 : 0) + (closes ? 0 : 1) - (setup == Setup::NoSites ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestErrorStatuses)
#include "TestErrorStatuses.moc"
