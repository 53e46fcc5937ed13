// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancingScenario.h"
#include "HttpClient.h"
#include "TestBackend.h"

#include "controller/EngineController.h"

#include <QSignalSpy>
#include <QTest>

using namespace Portico;
using namespace Portico::Test;

using Steps = QList<RouteTestStep>;

// EngineController::testRoute() on a running engine with real backends: which site, route, pool
// and backend, and every step of the why (exact, wildcard and default sites, no site, no route,
// redirects, hashing, sticky cookies, a down backend skipped), checked against where real requests
// go; and probeBackend() against a live backend, a closed port and a failing status.
class TestRouteTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void sitesAndRoutes_data();
    void sitesAndRoutes();
    void noSiteWithoutDefault();
    void consistentHashIsExplainedAndAgreesWithTraffic();
    void stickyCookieIsExplainedAndAgreesWithTraffic();
    void downAndMaintenanceBackendsAreSkipped();
    void probe_data();
    void probe();

private:
    Config config() const;
    RouteTestResult test(const QString& url, const QList<QPair<QByteArray, QByteArray>>& headers = {}) const;
    static RouteTestStep step(RouteTestStepKind kind, const QStringList& args = {});
    static QStringList texts(std::initializer_list<const char*> items);
    QString keyOf(const QByteArray& name) const;

    std::unique_ptr<TestBackend> m_a;
    std::unique_ptr<TestBackend> m_b;
    std::unique_ptr<TestBackend> m_c;
    std::unique_ptr<EngineController> m_engine;
    quint16 m_port = 0;
};

void TestRouteTester::initTestCase()
{
    m_a = std::make_unique<TestBackend>("a");
    m_b = std::make_unique<TestBackend>("b");
    m_c = std::make_unique<TestBackend>("c");
}

void TestRouteTester::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_c.reset();
}

void TestRouteTester::init()
{
    m_engine = std::make_unique<EngineController>();
    QVERIFY(m_engine->start(config()).ok());
    m_port = m_engine->listeners().first().port;
}

void TestRouteTester::cleanup()
{
    m_engine.reset();
    m_b->setHealthStatus(200);
}

Config TestRouteTester::config() const
{
    Config config;
    config.settings.workers = 1;
    config.settings.accessLog = false;
    config.settings.stickySecret = QStringLiteral("route tester secret");
    config.listeners = {ListenerConfig{QStringLiteral("127.0.0.1"), 0, ListenerProtocol::Http}};
    const QString host = QStringLiteral("127.0.0.1");
    auto pool = [&](const QString& name, QList<quint16> ports) {
        PoolConfig pool;
        pool.name = name;
        for (const quint16 port : ports)
            pool.backends.append(BackendConfig{host, port, 1});
        return pool;
    };
    PoolConfig web = pool(QStringLiteral("web"), {m_a->port(), m_b->port()});
    PoolConfig hashed = pool(QStringLiteral("hashed"), {m_a->port(), m_b->port(), m_c->port()});
    hashed.balance.algorithm = BalanceAlgorithm::ConsistentHash;
    hashed.balance.hashOn = HashSource::Header;
    hashed.balance.hashKey = QStringLiteral("X-Customer");
    PoolConfig sticky = pool(QStringLiteral("sticky"), {m_a->port(), m_b->port()});
    sticky.balance.algorithm = BalanceAlgorithm::StickyCookie;
    PoolConfig checked = pool(QStringLiteral("checked"), {m_a->port(), m_b->port()});
    checked.healthCheck.enabled = true;
    checked.healthCheck.path = QStringLiteral("/health");
    checked.healthCheck.intervalMs = 500;
    checked.healthCheck.timeoutMs = 200;
    checked.healthCheck.fall = 1;
    checked.healthCheck.rise = 1;
    config.pools = {web, hashed, sticky, checked};

    auto route = [](const QString& path, const QString& pool) {
        RouteConfig route;
        route.pathPrefix = path;
        route.pool = pool;
        return route;
    };
    SiteConfig shop;
    shop.name = QStringLiteral("shop");
    shop.serverNames = {QStringLiteral("shop.lan")};
    RouteConfig api = route(QStringLiteral("/api/"), QStringLiteral("hashed"));
    api.stripPrefix = true;
    RouteConfig old;
    old.pathPrefix = QStringLiteral("/old");
    old.type = RouteType::Redirect;
    old.redirect.status = 301;
    old.redirect.to = QStringLiteral("https://new.lan/base");
    shop.routes = {route(QStringLiteral("/"), QStringLiteral("web")), api, old,
                   route(QStringLiteral("/sticky/"), QStringLiteral("sticky")),
                   route(QStringLiteral("/checked/"), QStringLiteral("checked"))};
    SiteConfig corp;
    corp.name = QStringLiteral("corp");
    corp.serverNames = {QStringLiteral("*.corp.lan")};
    corp.routes = {route(QStringLiteral("/only/"), QStringLiteral("web"))};
    SiteConfig fallback;
    fallback.name = QStringLiteral("fallback");
    fallback.isDefault = true;
    fallback.routes = {route(QStringLiteral("/"), QStringLiteral("web"))};
    config.sites = {shop, corp, fallback};
    return config;
}

RouteTestResult TestRouteTester::test(const QString& url, const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    RouteTestRequest request;
    request.url = url;
    request.headers = headers;
    return m_engine->testRoute(request);
}

RouteTestStep TestRouteTester::step(RouteTestStepKind kind, const QStringList& args)
{
    return RouteTestStep{kind, args};
}

QStringList TestRouteTester::texts(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromLatin1(item));
    return result;
}

QString TestRouteTester::keyOf(const QByteArray& name) const
{
    for (const TestBackend* backend : {m_a.get(), m_b.get(), m_c.get()}) {
        if (backend->name() == name)
            return BalancingScenario::key(backend->port());
    }
    return QString();
}

void TestRouteTester::sitesAndRoutes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("routeIndex");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("upstreamTarget");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<Steps>("steps");

    using K = RouteTestStepKind;
    const QString a = BalancingScenario::key(m_a->port());
    struct Row
    {
        const char* url;
        int status = 0;
        const char* site = "";
        int routeIndex = -1;
        const char* pool = "";
        bool toA = false;
        const char* upstreamTarget = "";
        const char* redirect = "";
    };
    const auto row = [&a](const char* name, const Row& r, const Steps& steps) {
        QTest::newRow(name) << QString::fromLatin1(r.url) << r.status << QString::fromLatin1(r.site) << r.routeIndex
                            << QString::fromLatin1(r.pool) << (r.toA ? a : QString())
                            << QString::fromLatin1(r.upstreamTarget) << QString::fromLatin1(r.redirect) << steps;
    };
    // A fresh rotation each time: the first backend.
    const Steps webToA{step(K::PoolChosen, texts({"web", "roundRobin"})), step(K::BackendChosen, {a})};
    const RouteTestStep shop = step(K::SiteExact, texts({"shop", "shop.lan"}));
    const RouteTestStep corp = step(K::SiteWildcard, texts({"corp", "*.corp.lan"}));

    row("exact server name",
        {.url = "http://shop.lan/cart?id=3",
         .site = "shop",
         .routeIndex = 0,
         .pool = "web",
         .toA = true,
         .upstreamTarget = "/cart?id=3"},
        Steps{shop, step(K::RouteMatched, texts({"/", "0"}))} + webToA);
    row("exact name in capitals, a port, https",
        {.url = "https://SHOP.lan:8443/",
         .site = "shop",
         .routeIndex = 0,
         .pool = "web",
         .toA = true,
         .upstreamTarget = "/"},
        Steps{shop, step(K::RouteMatched, texts({"/", "0"}))} + webToA);
    row("wildcard",
        {.url = "http://team.corp.lan/only/x",
         .site = "corp",
         .routeIndex = 0,
         .pool = "web",
         .toA = true,
         .upstreamTarget = "/only/x"},
        Steps{corp, step(K::RouteMatched, texts({"/only/", "0"}))} + webToA);
    row("default site",
        {.url = "http://elsewhere.lan/x",
         .site = "fallback",
         .routeIndex = 0,
         .pool = "web",
         .toA = true,
         .upstreamTarget = "/x"},
        Steps{step(K::SiteDefault, texts({"fallback"})), step(K::RouteMatched, texts({"/", "0"}))} + webToA);
    row("prefix stripped",
        {.url = "http://shop.lan/api/v1/items",
         .site = "shop",
         .routeIndex = 1,
         .pool = "hashed",
         .toA = true,
         .upstreamTarget = "/v1/items"},
        Steps{shop, step(K::RouteMatched, texts({"/api/", "1"})),
              step(K::PoolChosen, texts({"hashed", "consistentHash"})), step(K::HashKey, texts({"header", ""})),
              step(K::BackendChosen, {a})});
    row("no route", {.url = "http://team.corp.lan/other", .status = 404, .site = "corp"},
        Steps{corp, step(K::NoRoute, texts({"/other"}))});
    row("redirect",
        {.url = "http://shop.lan/old/a?x=1",
         .status = 301,
         .site = "shop",
         .routeIndex = 2,
         .redirect = "https://new.lan/base/a?x=1"},
        Steps{shop, step(K::RouteMatched, texts({"/old", "2"})),
              step(K::Redirect, texts({"301", "https://new.lan/base/a?x=1"}))});
    row("not a URL", {.url = "shop.lan/cart", .status = 400}, Steps{step(K::BadUrl, texts({"shop.lan/cart"}))});
    row("not http", {.url = "ftp://shop.lan/", .status = 400}, Steps{step(K::BadUrl, texts({"ftp://shop.lan/"}))});
}

void TestRouteTester::sitesAndRoutes()
{
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, site);
    QFETCH(int, routeIndex);
    QFETCH(QString, pool);
    QFETCH(QString, backend);
    QFETCH(QString, upstreamTarget);
    QFETCH(QString, redirect);
    QFETCH(Steps, steps);

    const RouteTestResult result = test(url);
    QCOMPARE(result.steps, steps);
    QCOMPARE(result.status, status);
    QCOMPARE(result.site, site);
    QCOMPARE(result.routeIndex, routeIndex);
    QCOMPARE(result.pool, pool);
    QCOMPARE(result.backend, backend);
    QCOMPARE(result.upstreamTarget, upstreamTarget);
    QCOMPARE(result.redirectLocation, redirect);
    // Asking sends nothing, and the same question gets the same answer: the tester does not move
    // the workers' rotation.
    QCOMPARE(test(url), result);
}

void TestRouteTester::noSiteWithoutDefault()
{
    Config config = this->config();
    config.sites.removeLast();
    QVERIFY(m_engine->apply(config).ok());
    const RouteTestResult result = test(QStringLiteral("http://elsewhere.lan/"));
    QCOMPARE(result.status, 404);
    QVERIFY(result.site.isEmpty());
    QCOMPARE(result.steps, Steps{step(RouteTestStepKind::NoSite, {QStringLiteral("elsewhere.lan")})});
    QCOMPARE(result.steps.first().message(),
             QStringLiteral("no site serves elsewhere.lan and there is no default site: 404"));
    // And a real request agrees.
    QCOMPARE(HttpClient::get(m_port, "/", "elsewhere.lan").status, 404);
}

void TestRouteTester::consistentHashIsExplainedAndAgreesWithTraffic()
{
    HttpClient client;
    QVERIFY(client.connectTo(m_port));
    for (int customer = 0; customer < 30; ++customer) {
        const QByteArray id = QByteArray::number(customer);
        client.send("GET /api/x HTTP/1.1\r\nHost: shop.lan\r\nX-Customer: " + id + "\r\n\r\n");
        const QByteArray served = client.readResponse().header("X-Backend");
        const RouteTestResult result = test(QStringLiteral("http://shop.lan/api/x"), {{"x-customer", id}});
        QCOMPARE(result.backend, keyOf(served));
        QVERIFY(result.steps.contains(
            step(RouteTestStepKind::HashKey, {QStringLiteral("header"), QString::fromLatin1(id)})));
        QCOMPARE(result.steps.last(), step(RouteTestStepKind::BackendChosen, {keyOf(served)}));
    }
    const RouteTestStep hashed = step(RouteTestStepKind::HashKey, {QStringLiteral("header"), QStringLiteral("7")});
    QCOMPARE(hashed.message(), QStringLiteral("hashing on header '7'"));
}

void TestRouteTester::stickyCookieIsExplainedAndAgreesWithTraffic()
{
    using K = RouteTestStepKind;
    const QString url = QStringLiteral("http://shop.lan/sticky/page");
    const QString cookieName = QStringLiteral("portico_sticky");
    // Without a cookie: a backend is chosen and the cookie would be set.
    RouteTestResult result = test(url);
    QVERIFY(result.steps.contains(step(K::StickyCookie, {cookieName, QString()})));
    QCOMPARE(result.steps.last().kind, K::BackendChosen);

    // With the cookie a real response set, the tester names the same backend, and says why.
    for (int i = 0; i < 2; ++i) {
        const HttpResponse response = HttpClient::get(m_port, "/sticky/page", "shop.lan");
        const QByteArray cookie = response.header("Set-Cookie").split(';').value(0);
        QVERIFY(cookie.startsWith("portico_sticky="));
        const QString served = keyOf(response.header("X-Backend"));
        result = test(url, {{"Cookie", "lang=en; " + cookie}});
        QCOMPARE(result.backend, served);
        QCOMPARE(result.steps.mid(2),
                 (Steps{step(K::PoolChosen, {QStringLiteral("sticky"), QStringLiteral("stickyCookie")}),
                        step(K::StickyCookie, {cookieName, served}), step(K::BackendChosen, {served})}));
        QCOMPARE(result.steps.at(3).message(), QStringLiteral("the portico_sticky cookie points to %1").arg(served));
    }
    // A forged one points nowhere.
    result = test(url, {{"Cookie", "portico_sticky=AAAAAAAAAAAAAAAAAAAAAAAAAAA"}});
    QVERIFY(result.steps.contains(step(K::StickyCookie, {cookieName, QString()})));
}

void TestRouteTester::downAndMaintenanceBackendsAreSkipped()
{
    using K = RouteTestStepKind;
    const QString a = BalancingScenario::key(m_a->port());
    const QString b = BalancingScenario::key(m_b->port());
    const QString url = QStringLiteral("http://shop.lan/checked/");
    QSignalSpy events(m_engine.get(), &EngineController::eventOccurred);
    m_b->setHealthStatus(500);
    QTRY_VERIFY_WITH_TIMEOUT(
        !BalancingScenario::events(events, EngineEventKind::BackendDown,
                                   BalancingScenario::subject(m_b->port(), QStringLiteral("checked")))
             .isEmpty(),
        15'000);
    // Whatever the rotation, the down backend is skipped, with the reason.
    for (int i = 0; i < 3; ++i) {
        const RouteTestResult result = test(url);
        QCOMPARE(result.steps.mid(2),
                 (Steps{step(K::PoolChosen, {QStringLiteral("checked"), QStringLiteral("roundRobin")}),
                        step(K::BackendSkipped, {b, QStringLiteral("down")}), step(K::BackendChosen, {a})}));
        QCOMPARE(result.backend, a);
        QCOMPARE(result.steps.at(3).message(), QStringLiteral("backend %1 is skipped: down").arg(b));
    }
    // The same backend in another pool without checks is not affected.
    QCOMPARE(test(QStringLiteral("http://shop.lan/")).steps.last(), step(K::BackendChosen, {a}));

    // With the other one in maintenance as well, nothing is up: the pool tries its enabled backends anyway.
    Config config = this->config();
    config.pools[3].backends[0].state = BackendAdminState::Maintenance;
    QVERIFY(m_engine->apply(config).ok());
    const RouteTestResult result = test(url);
    QCOMPARE(result.steps.mid(2), (Steps{step(K::PoolChosen, {QStringLiteral("checked"), QStringLiteral("roundRobin")}),
                                         step(K::BackendSkipped, {a, QStringLiteral("maintenance")}),
                                         step(K::BackendSkipped, {b, QStringLiteral("down")}), step(K::AllDownTryAll),
                                         step(K::BackendChosen, {b})}));
    QCOMPARE(result.status, 0);
    // With "fail", the same situation is a 503.
    config.pools[3].balance.whenAllDown = AllDownPolicy::Fail;
    QVERIFY(m_engine->apply(config).ok());
    const RouteTestResult failed = test(url);
    QCOMPARE(failed.status, 503);
    QVERIFY(failed.backend.isEmpty());
    QCOMPARE(failed.steps.last(), step(K::NoBackend));
    QCOMPARE(HttpClient::get(m_port, "/checked/", "shop.lan").status, 503);
}

void TestRouteTester::probe_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<HealthCheckType>("type");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<HealthCheckFailure>("failure");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("server");
    // The start of the message: timings vary.
    QTest::addColumn<QString>("message");

    using F = HealthCheckFailure;
    const auto row = [](const char* name, const char* backend, HealthCheckType type, const char* path, bool ok,
                        F failure, int httpStatus, const char* server, const char* message) {
        QTest::newRow(name) << QString::fromLatin1(backend) << type << QString::fromLatin1(path) << ok << failure
                            << httpStatus << QString::fromLatin1(server) << QString::fromLatin1(message);
    };
    row("live, HTTP", "a", HealthCheckType::Http, "/", true, F::None, 200, "TestBackend", "HTTP 200 on / in ");
    row("live, TCP", "a", HealthCheckType::Tcp, "/", true, F::None, 0, "", "connected in ");
    row("closed port", "closed", HealthCheckType::Http, "/", false, F::Refused, 0, "", "connection refused");
    row("HTTP 500", "a", HealthCheckType::Http, "/status/500", false, F::BadStatus, 500, "TestBackend",
        "HTTP 500 on /status/500");
}

void TestRouteTester::probe()
{
    QFETCH(QString, backend);
    QFETCH(HealthCheckType, type);
    QFETCH(QString, path);
    QFETCH(bool, ok);
    QFETCH(HealthCheckFailure, failure);
    QFETCH(int, httpStatus);
    QFETCH(QString, server);
    QFETCH(QString, message);

    BackendProbeRequest request;
    request.host = QStringLiteral("127.0.0.1");
    request.port = backend == QLatin1String("closed") ? BalancingScenario::closedPort() : m_a->port();
    request.check.type = type;
    request.check.path = path;
    QSignalSpy finished(m_engine.get(), &EngineController::probeFinished);
    const quint64 first = m_engine->probeBackend(request);
    const quint64 second = m_engine->probeBackend(request);
    QVERIFY(second != first);
    QTRY_COMPARE(finished.size(), 2);
    QList<quint64> ids;
    for (const QList<QVariant>& arguments : finished) {
        ids.append(arguments.at(0).value<quint64>());
        const HealthCheckResult result = arguments.at(1).value<HealthCheckResult>();
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.failure, failure);
        QCOMPARE(result.httpStatus, httpStatus);
        QCOMPARE(result.server, server);
        QVERIFY(result.time.isValid());
        QVERIFY2(result.message().startsWith(message), qPrintable(result.message()));
    }
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<quint64>{first, second}));
}

QTEST_GUILESS_MAIN(TestRouteTester)
#include "TestRouteTester.moc"
