// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "config/ConfigValidator.h"
#include "config/RedirectConfig.h"
#include "config/RouteConfig.h"
#include "route/Router.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <cstddef>
#include <memory>
#include <thread>
#include <vector>

// Counts heap allocations on the calling thread, to prove that match() makes none on the common
// path. glibc lets a program replace malloc and reach the real one through __libc_*; sanitizers
// replace malloc themselves, so the check is left out under them.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
#define PORTICO_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PORTICO_SANITIZED 1
#endif
#if defined(__GLIBC__) && !defined(PORTICO_SANITIZED)
#define PORTICO_COUNT_ALLOCATIONS 1

namespace {
thread_local bool t_countAllocations = false;
thread_local int t_allocations = 0;
} // namespace

extern "C" {
void* __libc_malloc(std::size_t size) noexcept;
void* __libc_calloc(std::size_t count, std::size_t size) noexcept;
void* __libc_realloc(void* pointer, std::size_t size) noexcept;
void __libc_free(void* pointer) noexcept;

void* malloc(std::size_t size) noexcept
{
    if (t_countAllocations)
        ++t_allocations;
    return __libc_malloc(size);
}

void* calloc(std::size_t count, std::size_t size) noexcept
{
    if (t_countAllocations)
        ++t_allocations;
    return __libc_calloc(count, size);
}

void* realloc(void* pointer, std::size_t size) noexcept
{
    if (t_countAllocations)
        ++t_allocations;
    return __libc_realloc(pointer, size);
}

void free(void* pointer) noexcept
{
    __libc_free(pointer);
}
}
#endif

namespace Portico {

// Lets QCOMPARE print outcomes that differ.
char* toString(RouteMatch::Outcome outcome)
{
    switch (outcome) {
    case RouteMatch::Outcome::Route:
        return qstrdup("Route");
    case RouteMatch::Outcome::Redirect:
        return qstrdup("Redirect");
    case RouteMatch::Outcome::NoSite:
        return qstrdup("NoSite");
    case RouteMatch::Outcome::NoRoute:
        return qstrdup("NoRoute");
    case RouteMatch::Outcome::BadHost:
        return qstrdup("BadHost");
    case RouteMatch::Outcome::BadPath:
        return qstrdup("BadPath");
    }
    return qstrdup("?");
}

} // namespace Portico

using namespace Portico;
using Outcome = RouteMatch::Outcome;

namespace {

Config validated(const QByteArray& json)
{
    ConfigValidation validation = ConfigValidator::validate(json);
    if (!validation.ok()) {
        for (const ConfigError& error : validation.errors)
            qWarning("%s", qPrintable(error.toString()));
        qFatal("the test configuration is invalid");
    }
    return *validation.config;
}

// Sites and routes every table below refers to by name and prefix.
Config sitesConfig(bool withDefault)
{
    QFile file(Test::TestPaths::data(QStringLiteral("route/sites.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    Config config = validated(file.readAll());
    if (!withDefault) {
        for (SiteConfig& site : config.sites)
            site.isDefault = false;
    }
    return config;
}

QString routePrefix(const RouteMatch& match)
{
    return match.route() ? match.route()->pathPrefix : QString();
}

// Everything a match decides, on one line: what the concurrency test compares.
QByteArray summary(const RouteMatch& match)
{
    return QByteArray::number(static_cast<int>(match.outcome())) + '|' + match.siteName().toUtf8() + '|' +
           QByteArray::number(match.routeIndex()) + '|' + QByteArray::number(match.poolIndex()) + '|' +
           match.path().toByteArray() + '|' + match.query().toByteArray() + '|' + match.upstreamTarget() + '|' +
           match.hostRewrite().toByteArray() + '|' + QByteArray::number(match.status()) + '|' +
           match.redirectLocation();
}

QStringList describe(const ConfigErrors& errors)
{
    QStringList result;
    for (const ConfigError& error : errors)
        result << ConfigError::codeName(error.code) + QLatin1Char('@') + error.path;
    return result;
}

// JSON written with single quotes, so that table rows stay readable (and moc, which mistakes "//"
// inside raw strings for a comment, stays out of trouble).
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

// A document whose only site has the given route, for the redirect config rules.
QByteArray withRoute(const QByteArray& route)
{
    return json("{ 'version': 1, 'sites': [ { 'name': 's', 'serverNames': ['s.test'], 'routes': [ ") + route +
           json(" ] } ], 'pools': [ { 'name': 'web' } ] }");
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void siteChoice_data();
    void siteChoice();
    void badHostIs400_data();
    void badHostIs400();
    void routeChoice_data();
    void routeChoice();
    void badPathIs400_data();
    void badPathIs400();
    void notFound_data();
    void notFound();
    void upstreamTarget_data();
    void upstreamTarget();
    void redirects_data();
    void redirects();
    void routeIndicesFollowTheConfig();
    void emptyConfigHasNoSites();
    void redirectConfigErrors_data();
    void redirectConfigErrors();
    void redirectTargetRules_data();
    void redirectTargetRules();
    void redirectRouteRoundTrips();
    void concurrentMatchesAgree();
    void matchDoesNotAllocate();

private:
    std::shared_ptr<const Router> m_router;
    std::shared_ptr<const Router> m_routerWithoutDefault;
};

void TestRouter::initTestCase()
{
    m_router = std::make_shared<const Router>(sitesConfig(true));
    m_routerWithoutDefault = std::make_shared<const Router>(sitesConfig(false));
}

void TestRouter::siteChoice_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QString>("site");               // with a default site
    QTest::addColumn<QString>("siteWithoutDefault"); // empty: NoSite

    const QString fallback = QStringLiteral("fallback");
    auto row = [&](const char* name, const char* host, const char* site, bool needsDefault = false) {
        QTest::newRow(name) << QByteArray(host) << QString::fromLatin1(site)
                            << (needsDefault ? QString() : QString::fromLatin1(site));
    };
    row("exact", "www.example.com", "exact");
    row("exact apex", "example.com", "exact");
    row("exact upper case", "WWW.Example.COM", "exact");
    row("exact with port", "www.example.com:8443", "exact");
    row("exact with empty port", "www.example.com:", "exact");
    row("exact trailing dot", "www.example.com.", "exact");
    row("exact trailing dot and port", "www.example.com.:80", "exact");
    row("two trailing dots strip one", "www.example.com..", "fallback", true);
    row("wildcard one level", "shop.example.com", "wild");
    row("wildcard deeper level", "p.q.b.example.com", "deep");
    row("wildcard suffix must end the name", "a.b.c.example.com", "wild");
    row("wildcard two levels", "q.r.example.com", "wild");
    row("longest suffix wins", "a.b.example.com", "deep");
    row("longest suffix wins, upper case", "A.B.EXAMPLE.COM:80", "deep");
    row("exact beats wildcard", "x.b.example.com", "exact-under-wild");
    row("exact beats wildcard, any case", "X.B.Example.Com.", "exact-under-wild");
    row("wildcard parent itself", "b.example.com", "wild");
    row("wildcard does not match its apex", "wild.test", "fallback", true);
    row("wildcard matches below its apex", "www.wild.test", "wild-only");
    row("suffix must be whole labels", "notwild.test", "fallback", true);
    row("ipv4 exact", "10.0.0.1", "exact-under-wild");
    row("ipv4 exact with port", "10.0.0.1:8080", "exact-under-wild");
    row("ipv4 unknown", "10.0.0.2", "fallback", true);
    row("ipv6 literal", "[::1]", "fallback", true);
    row("ipv6 literal with port", "[2001:DB8::1]:8080", "fallback", true);
    row("ipv4-mapped ipv6", "[::ffff:10.0.0.1]", "fallback", true);
    row("unknown name", "unknown.test", "fallback", true);
    row("no host (HTTP/1.0)", "", "fallback", true);
    row("localhost", "localhost:8080", "fallback", true);
}

void TestRouter::siteChoice()
{
    QFETCH(QByteArray, host);
    QFETCH(QString, site);
    QFETCH(QString, siteWithoutDefault);

    const RouteMatch match = m_router->match(host, "/");
    QCOMPARE(match.siteName(), site);
    QVERIFY(match.siteIndex() >= 0);
    QCOMPARE(m_router->siteIndexFor(host), match.siteIndex());

    const RouteMatch strict = m_routerWithoutDefault->match(host, "/");
    QCOMPARE(strict.siteName(), siteWithoutDefault);
    if (siteWithoutDefault.isEmpty()) {
        QCOMPARE(strict.outcome(), Outcome::NoSite);
        QCOMPARE(strict.status(), 404);
        QCOMPARE(strict.siteIndex(), -1);
        QCOMPARE(strict.poolIndex(), -1);
        QVERIFY(strict.route() == nullptr);
        QCOMPARE(strict.upstreamTarget(), QByteArray());
    }
}

void TestRouter::badHostIs400_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("space") << QByteArray("a b.test");
    QTest::newRow("slash") << QByteArray("a/b.test");
    QTest::newRow("user info") << QByteArray("user@www.example.com");
    QTest::newRow("port only") << QByteArray(":80");
    QTest::newRow("only a dot") << QByteArray(".");
    QTest::newRow("letters in port") << QByteArray("www.example.com:http");
    QTest::newRow("two ports") << QByteArray("www.example.com:80:81");
    QTest::newRow("bare ipv6") << QByteArray("::1");
    QTest::newRow("unclosed bracket") << QByteArray("[::1");
    QTest::newRow("empty brackets") << QByteArray("[]");
    QTest::newRow("junk after bracket") << QByteArray("[::1]x");
    QTest::newRow("bad ipv6 digits") << QByteArray("[zz::1]");
    QTest::newRow("brackets without colon") << QByteArray("[10.0.0.1]");
    QTest::newRow("control character") << QByteArray("www.example.com\r");
    QTest::newRow("non-ascii") << QByteArray("b\xc3\xbc"
                                             "cher.de");
    QTest::newRow("longer than 255") << QByteArray(256, 'a');
}

void TestRouter::badHostIs400()
{
    QFETCH(QByteArray, host);
    const RouteMatch match = m_router->match(host, "/");
    QCOMPARE(match.outcome(), Outcome::BadHost);
    QCOMPARE(match.status(), 400);
    QCOMPARE(match.siteIndex(), -1);
    QCOMPARE(m_router->siteIndexFor(host), -1);
}

void TestRouter::routeChoice_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");

    auto row = [](const char* name, const char* target, const char* prefix, const char* pool, const char* path,
                  const char* query = "", const char* host = "www.example.com") {
        QTest::newRow(name) << QByteArray(host) << QByteArray(target) << QString::fromUtf8(prefix)
                            << QString::fromLatin1(pool) << QByteArray(path) << QByteArray(query);
    };
    row("root", "/", "/", "web", "/");
    row("anything under root", "/index.html", "/", "web", "/index.html");
    row("prefix exactly", "/api", "/api", "api", "/api");
    row("prefix with slash", "/api/", "/api", "api", "/api/");
    row("below prefix", "/api/users/7", "/api", "api", "/api/users/7");
    row("prefix then query", "/api?q=1", "/api", "api", "/api", "?q=1");
    row("segment boundary", "/apiary", "/", "web", "/apiary");
    row("segment boundary with dash", "/api-docs/x", "/", "web", "/api-docs/x");
    row("longest prefix", "/api/v2/items", "/api/v2/", "api2", "/api/v2/items");
    row("slash prefix needs the slash", "/api/v2", "/api", "api", "/api/v2");
    row("slash prefix exactly", "/api/v2/", "/api/v2/", "api2", "/api/v2/");
    row("paths are case-sensitive", "/API/x", "/", "web", "/API/x");
    row("query with slashes", "/static?next=/api/x", "/", "web", "/static", "?next=/api/x");
    row("empty query", "/api?", "/api", "api", "/api", "?");
    row("question mark in query", "/api/x?a=1?b", "/api", "api", "/api/x", "?a=1?b");
    row("percent-encoded non-ascii prefix", "/caf%C3%A9/menu", "/caf\u00e9/", "api", "/caf%C3%A9/menu");
    row("dot-prefixed segment is not a dot segment", "/.well-known/acme", "/.well-known/", "api2", "/.well-known/acme");
    row("three dots is a name", "/.../x", "/", "web", "/.../x");
    row("dot segment", "/./api/x", "/api", "api", "/api/x");
    row("dot-dot segment", "/static/../api/x", "/api", "api", "/api/x");
    row("dot-dot back to root", "/api/..", "/", "web", "/");
    row("dot-dot keeps trailing slash", "/a/b/../", "/", "web", "/a/");
    row("trailing dot", "/api/x/.", "/api", "api", "/api/x/");
    row("dot segments and query", "/x/../api?p=/../y", "/api", "api", "/api", "?p=/../y");
    row("dot-dot after empty segment", "/a//../api", "/", "web", "/a/api");
    row("percent-encoded dots are not decoded", "/static/%2e%2e/api/x", "/static/", "web", "/static/%2e%2e/api/x");
    row("double slashes are kept", "//api/x", "/", "web", "//api/x");
    row("absolute form", "http://www.example.com/api/x?q", "/api", "api", "/api/x", "?q");
    row("absolute form https upper case", "HTTPS://www.example.com:443/api", "/api", "api", "/api");
    row("absolute form without path", "http://www.example.com", "/", "web", "/");
    row("absolute form query without path", "http://www.example.com?a=b", "/", "web", "/", "?a=b");
    row("absolute form with dot segments", "http://www.example.com/x/../api", "/api", "api", "/api");
    row("other site", "/api/x", "/", "web", "/api/x", "", "shop.example.com");
    row("proxy route on a redirect site", "/api/x", "/api/", "api", "/api/x", "", "old.test");
}

void TestRouter::routeChoice()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, target);
    QFETCH(QString, prefix);
    QFETCH(QString, pool);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);

    const RouteMatch match = m_router->match(host, target);
    QCOMPARE(match.outcome(), Outcome::Route);
    QCOMPARE(match.status(), 0);
    QCOMPARE(routePrefix(match), prefix);
    const Config config = sitesConfig(true);
    QVERIFY(match.poolIndex() >= 0);
    QCOMPARE(config.pools.at(match.poolIndex()).name, pool);
    QCOMPARE(config.sites.at(match.siteIndex()).routes.at(match.routeIndex()).pathPrefix, prefix);
    QCOMPARE(match.path().toByteArray(), path);
    QCOMPARE(match.query().toByteArray(), query);
    QCOMPARE(match.redirectStatus(), 0);
    QCOMPARE(match.redirectLocation(), QByteArray());
}

void TestRouter::badPathIs400_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("site");

    const QByteArray known = "www.example.com";
    const QString exact = QStringLiteral("exact");
    QTest::newRow("above root") << known << QByteArray("/../x") << exact;
    QTest::newRow("above root, bare") << known << QByteArray("/..") << exact;
    QTest::newRow("above root after a climb") << known << QByteArray("/a/../../x") << exact;
    QTest::newRow("above root via dot") << known << QByteArray("/./../x") << exact;
    QTest::newRow("above root in absolute form") << known << QByteArray("http://www.example.com/../x") << exact;
    QTest::newRow("asterisk form") << known << QByteArray("*") << exact;
    QTest::newRow("authority form") << known << QByteArray("www.example.com:443") << exact;
    QTest::newRow("relative path") << known << QByteArray("api/x") << exact;
    QTest::newRow("empty") << known << QByteArray() << exact;
    QTest::newRow("fragment") << known << QByteArray("/api#top") << exact;
    QTest::newRow("other scheme") << known << QByteArray("ftp://www.example.com/x") << exact;
    QTest::newRow("scheme without authority") << known << QByteArray("http:///x") << exact;
    QTest::newRow("scheme only") << known << QByteArray("http://") << exact;
    // A bad path is reported before "no such site"; the site is kept when there is one, for the log.
    QTest::newRow("unknown host") << QByteArray("nowhere.test") << QByteArray("/../x") << QString();
}

void TestRouter::badPathIs400()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, target);
    QFETCH(QString, site);
    const RouteMatch match = m_routerWithoutDefault->match(host, target);
    QCOMPARE(match.outcome(), Outcome::BadPath);
    QCOMPARE(match.status(), 400);
    QCOMPARE(match.siteName(), site);
    QCOMPARE(match.poolIndex(), -1);
    QVERIFY(match.route() == nullptr);
    QCOMPARE(match.upstreamTarget(), QByteArray());
}

void TestRouter::notFound_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("site");
    QTest::newRow("site without routes") << QByteArray("empty.test") << QByteArray("/") << Outcome::NoRoute
                                         << QStringLiteral("no-routes");
    QTest::newRow("no route for the path")
        << QByteArray("partial.test") << QByteArray("/other/x") << Outcome::NoRoute << QStringLiteral("partial");
    QTest::newRow("slash prefix without its slash")
        << QByteArray("partial.test") << QByteArray("/only") << Outcome::NoRoute << QStringLiteral("partial");
    QTest::newRow("no site") << QByteArray("nowhere.test") << QByteArray("/") << Outcome::NoSite << QString();
}

void TestRouter::notFound()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, target);
    QFETCH(Outcome, outcome);
    QFETCH(QString, site);
    const RouteMatch match = m_routerWithoutDefault->match(host, target);
    QCOMPARE(match.outcome(), outcome);
    QCOMPARE(match.status(), 404);
    QCOMPARE(match.siteName(), site);
    QCOMPARE(match.routeIndex(), -1);
    QCOMPARE(match.poolIndex(), -1);
    QCOMPARE(match.upstreamTarget(), QByteArray());
    QCOMPARE(match.redirectLocation(), QByteArray());
}

void TestRouter::upstreamTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("upstream");
    QTest::addColumn<QByteArray>("hostRewrite");

    QTest::newRow("no strip keeps the target")
        << QByteArray("/index.html?x=1&y") << QByteArray("/index.html?x=1&y") << QByteArray();
    QTest::newRow("strip to root") << QByteArray("/api") << QByteArray("/") << QByteArray();
    QTest::newRow("strip to root with slash") << QByteArray("/api/") << QByteArray("/") << QByteArray();
    QTest::newRow("strip keeps the rest") << QByteArray("/api/users/7") << QByteArray("/users/7") << QByteArray();
    QTest::newRow("strip keeps the query")
        << QByteArray("/api/users?id=7") << QByteArray("/users?id=7") << QByteArray();
    QTest::newRow("strip to root keeps the query") << QByteArray("/api?id=7") << QByteArray("/?id=7") << QByteArray();
    QTest::newRow("query with the prefix in it")
        << QByteArray("/api/x?r=/api/y") << QByteArray("/x?r=/api/y") << QByteArray();
    QTest::newRow("strip a slash prefix")
        << QByteArray("/static/css/a.css") << QByteArray("/css/a.css") << QByteArray();
    QTest::newRow("strip a slash prefix to root") << QByteArray("/static/") << QByteArray("/") << QByteArray();
    QTest::newRow("normalised path is sent")
        << QByteArray("/x/../api/./y?q=/../") << QByteArray("/y?q=/../") << QByteArray();
    QTest::newRow("absolute form becomes origin form")
        << QByteArray("http://www.example.com/api/x?q") << QByteArray("/x?q") << QByteArray();
    QTest::newRow("absolute form without path")
        << QByteArray("http://www.example.com") << QByteArray("/") << QByteArray();
    QTest::newRow("host rewrite without strip")
        << QByteArray("/api/v2/items?all") << QByteArray("/api/v2/items?all") << QByteArray("v2.internal:8080");
}

void TestRouter::upstreamTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, upstream);
    QFETCH(QByteArray, hostRewrite);
    const RouteMatch match = m_router->match("www.example.com", target);
    QCOMPARE(match.outcome(), Outcome::Route);
    QCOMPARE(match.upstreamTarget(), upstream);
    QCOMPARE(match.hostRewrite().toByteArray(), hostRewrite);
}

void TestRouter::redirects_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");

    // "/" redirects with the defaults: 308, keepPath, to "https://new.test" (no path of its own).
    QTest::newRow("default status, root") << QByteArray("/") << 308 << QByteArray("https://new.test/");
    QTest::newRow("default keeps path") << QByteArray("/a/b") << 308 << QByteArray("https://new.test/a/b");
    QTest::newRow("default keeps query") << QByteArray("/a?x=1") << 308 << QByteArray("https://new.test/a?x=1");
    QTest::newRow("root with query") << QByteArray("/?x=1") << 308 << QByteArray("https://new.test/?x=1");
    QTest::newRow("normalised path") << QByteArray("/a/../b") << 308 << QByteArray("https://new.test/b");
    QTest::newRow("absolute form") << QByteArray("http://old.test/a?q") << 308 << QByteArray("https://new.test/a?q");
    // "/keep/": 301 to "https://new.test/base".
    QTest::newRow("301 below prefix") << QByteArray("/keep/x/y") << 301 << QByteArray("https://new.test/base/x/y");
    QTest::newRow("301 prefix only") << QByteArray("/keep/") << 301 << QByteArray("https://new.test/base/");
    QTest::newRow("301 with query") << QByteArray("/keep/x?a=b") << 301 << QByteArray("https://new.test/base/x?a=b");
    // "/slash": 307 to "https://new.test/base/", which ends in a slash.
    QTest::newRow("307 no double slash") << QByteArray("/slash/x") << 307 << QByteArray("https://new.test/base/x");
    QTest::newRow("307 prefix only") << QByteArray("/slash") << 307 << QByteArray("https://new.test/base/");
    QTest::newRow("307 prefix with slash") << QByteArray("/slash/") << 307 << QByteArray("https://new.test/base/");
    QTest::newRow("307 query only") << QByteArray("/slash?x") << 307 << QByteArray("https://new.test/base/?x");
    QTest::newRow("307 keeps a client's double slash")
        << QByteArray("/slash//x") << 307 << QByteArray("https://new.test/base//x");
    // "/drop": 302, keepPath false, to a URL with its own query.
    QTest::newRow("302 drops path") << QByteArray("/drop/x/y") << 302
                                    << QByteArray("https://new.test/landing?from=old");
    QTest::newRow("302 drops query") << QByteArray("/drop?z=9") << 302
                                     << QByteArray("https://new.test/landing?from=old");
    // "/host-only": 308, keepPath false, to a URL without a path: it gets one.
    QTest::newRow("308 host only") << QByteArray("/host-only/x") << 308 << QByteArray("http://new.test:8080/");
}

void TestRouter::redirects()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    const RouteMatch match = m_router->match("old.test", target);
    QCOMPARE(match.outcome(), Outcome::Redirect);
    QCOMPARE(match.siteName(), QStringLiteral("moved"));
    QCOMPARE(match.redirectStatus(), status);
    QCOMPARE(match.status(), status);
    QCOMPARE(match.redirectLocation(), location);
    QCOMPARE(match.poolIndex(), -1);
    QCOMPARE(match.upstreamTarget(), QByteArray());
    QCOMPARE(match.hostRewrite().toByteArray(), QByteArray());
    QVERIFY(match.route() != nullptr);
    QCOMPARE(match.route()->type, RouteType::Redirect);
}

void TestRouter::routeIndicesFollowTheConfig()
{
    // Routes are tried longest first, but indices refer to the config's order, as the UI lists them.
    const RouteMatch root = m_router->match("www.example.com", "/");
    const RouteMatch api = m_router->match("www.example.com", "/api/x");
    const RouteMatch v2 = m_router->match("www.example.com", "/api/v2/x");
    QCOMPARE(root.routeIndex(), 0);
    QCOMPARE(api.routeIndex(), 1);
    QCOMPARE(v2.routeIndex(), 2);
    QCOMPARE(root.siteIndex(), 0);
    QCOMPARE(m_router->match("old.test", "/drop").routeIndex(), 3);
    QCOMPARE(m_router->match("empty.test", "/").siteIndex(), 5);
}

void TestRouter::emptyConfigHasNoSites()
{
    const Router router(Config::defaultConfig());
    const RouteMatch match = router.match("localhost:8080", "/");
    QCOMPARE(match.outcome(), Outcome::NoSite);
    QCOMPARE(match.status(), 404);
    QCOMPARE(router.match("a b", "/").outcome(), Outcome::BadHost);
    QCOMPARE(router.match("localhost", "/../").outcome(), Outcome::BadPath);
}

void TestRouter::redirectConfigErrors_data()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<QStringList>("expected");

    const QString at = QStringLiteral("@sites[0].routes[0]");
    auto errors = [&at](std::initializer_list<const char*> items) {
        QStringList result;
        for (const char* item : items) {
            const QString text = QLatin1String(item);
            result << text.section(QLatin1Char('@'), 0, 0) + at + text.section(QLatin1Char('@'), 1);
        }
        return result;
    };

    QTest::newRow("valid, defaults") << json("{ 'type': 'redirect', 'redirect': { 'to': 'https://n.test' } }")
                                     << QStringList();
    QTest::newRow("valid, everything")
        << json("{ 'path': '/x', 'type': 'redirect', 'maxBodyBytes': 0, "
                "'redirect': { 'status': 302, 'to': 'http://n.test:81/a?b', 'keepPath': false } }")
        << QStringList();
    QTest::newRow("explicit proxy type") << json("{ 'type': 'proxy', 'pool': 'web' }") << QStringList();
    QTest::newRow("unknown type") << json("{ 'type': 'rewrite' }") << errors({"invalid-value@.type"});
    QTest::newRow("type of wrong type") << json("{ 'type': 1, 'pool': 'web' }") << errors({"wrong-type@.type"});
    QTest::newRow("redirect without redirect") << json("{ 'type': 'redirect' }") << errors({"missing-key@.redirect"});
    QTest::newRow("redirect with pool")
        << json("{ 'type': 'redirect', 'pool': 'web', 'redirect': { 'to': 'https://n.test' } }")
        << errors({"key-not-allowed@.pool"});
    QTest::newRow("redirect with unknown pool")
        << json("{ 'type': 'redirect', 'pool': 'nope', 'redirect': { 'to': 'https://n.test' } }")
        << errors({"key-not-allowed@.pool"});
    QTest::newRow("redirect with proxy options")
        << json("{ 'type': 'redirect', 'stripPrefix': false, 'hostRewrite': 'a.test', "
                "'redirect': { 'to': 'https://n.test' } }")
        << errors({"key-not-allowed@.stripPrefix", "key-not-allowed@.hostRewrite"});
    QTest::newRow("proxy with redirect") << json("{ 'pool': 'web', 'redirect': { 'to': 'https://n.test' } }")
                                         << errors({"key-not-allowed@.redirect"});
    QTest::newRow("proxy with broken redirect") << json("{ 'pool': 'web', 'redirect': { 'to': 'nowhere' } }")
                                                << errors({"invalid-url@.redirect.to", "key-not-allowed@.redirect"});
    QTest::newRow("redirect not an object")
        << json("{ 'type': 'redirect', 'redirect': 'https://n.test' }") << errors({"wrong-type@.redirect"});
    QTest::newRow("to missing") << json("{ 'type': 'redirect', 'redirect': { 'status': 301 } }")
                                << errors({"missing-key@.redirect.to"});
    QTest::newRow("to empty") << json("{ 'type': 'redirect', 'redirect': { 'to': '' } }")
                              << errors({"empty-value@.redirect.to"});
    QTest::newRow("to not a string") << json("{ 'type': 'redirect', 'redirect': { 'to': 5 } }")
                                     << errors({"wrong-type@.redirect.to"});
    QTest::newRow("to relative") << json("{ 'type': 'redirect', 'redirect': { 'to': '/elsewhere' } }")
                                 << errors({"invalid-url@.redirect.to"});
    QTest::newRow("to with line break")
        << json("{ 'type': 'redirect', 'redirect': { 'to': 'https://n.test/\\r\\nSet-Cookie: a=b' } }")
        << errors({"invalid-url@.redirect.to"});
    QTest::newRow("status 303") << json("{ 'type': 'redirect', 'redirect': { 'status': 303, 'to': 'https://n.test' } }")
                                << errors({"invalid-value@.redirect.status"});
    QTest::newRow("status 200") << json("{ 'type': 'redirect', 'redirect': { 'status': 200, 'to': 'https://n.test' } }")
                                << errors({"invalid-value@.redirect.status"});
    QTest::newRow("status as text")
        << json("{ 'type': 'redirect', 'redirect': { 'status': '301', 'to': 'https://n.test' } }")
        << errors({"wrong-type@.redirect.status"});
    QTest::newRow("keepPath as text")
        << json("{ 'type': 'redirect', 'redirect': { 'keepPath': 'yes', 'to': 'https://n.test' } }")
        << errors({"wrong-type@.redirect.keepPath"});
    QTest::newRow("unknown key in redirect")
        << json("{ 'type': 'redirect', 'redirect': { 'to': 'https://n.test', 'code': 301 } }")
        << errors({"unknown-key@.redirect.code"});
    QTest::newRow("dot segment in path")
        << json("{ 'path': '/a/../b', 'type': 'redirect', 'redirect': { 'to': 'https://n.test' } }")
        << errors({"invalid-path@.path"});
}

void TestRouter::redirectConfigErrors()
{
    QFETCH(QByteArray, route);
    QFETCH(QStringList, expected);
    const ConfigValidation validation = ConfigValidator::validate(withRoute(route));
    QCOMPARE(describe(validation.errors), expected);
    QCOMPARE(validation.ok(), expected.isEmpty());
}

void TestRouter::redirectTargetRules_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("keepPath");
    QTest::addColumn<bool>("valid");

    auto row = [](const char* name, const char* to, bool keepPath, bool valid) {
        QTest::newRow(name) << QString::fromUtf8(to) << keepPath << valid;
    };
    row("https host", "https://new.example.com", true, true);
    row("http host and path", "http://new.example.com/base", true, true);
    row("port", "https://new.example.com:8443/base/", true, true);
    row("ipv4", "http://10.0.0.5/x", true, true);
    row("ipv6", "http://[::1]:8080/x", true, true);
    row("upper-case scheme", "HTTPS://new.example.com", true, true);
    row("percent-encoded path", "https://n.test/caf%C3%A9", true, true);
    row("query without keepPath", "https://n.test/login?from=old", false, true);
    row("fragment without keepPath", "https://n.test/page#part", false, true);
    row("query with keepPath", "https://n.test/login?from=old", true, false);
    row("fragment with keepPath", "https://n.test/page#part", true, false);
    row("relative", "/elsewhere", true, false);
    row("scheme-relative", "//n.test/x", true, false);
    row("no host", "https://", true, false);
    row("no slashes", "https:n.test", true, false);
    row("other scheme", "ftp://n.test/x", true, false);
    row("javascript", "javascript:alert(1)", false, false);
    row("space", "https://n.test/a b", true, false);
    row("space in host", "https://n .test/", true, false);
    row("leading space", " https://n.test", true, false);
    row("CR LF", "https://n.test/\r\nX: y", true, false);
    row("LF", "https://n.test/\nX: y", true, false);
    row("tab", "https://n.test/\t", true, false);
    row("control character", "https://n.test/\x01", true, false);
    row("non-ascii", "https://n.test/caf\u00e9", true, false);
    row("quote", "https://n.test/\"", true, false);
    row("user info", "https://user:pw@n.test/", true, false);
    row("user info disguise", "https://n.test@evil.test/", true, false);
    row("port out of range", "https://n.test:99999/", true, false);
    row("port not a number", "https://n.test:x/", true, false);
}

void TestRouter::redirectTargetRules()
{
    QFETCH(QString, to);
    QFETCH(bool, keepPath);
    QFETCH(bool, valid);
    QCOMPARE(RedirectConfig::isValidTarget(to, keepPath), valid);

    QJsonObject redirect{{QStringLiteral("to"), to}, {QStringLiteral("keepPath"), keepPath}};
    QJsonObject route{{QStringLiteral("type"), QStringLiteral("redirect")}, {QStringLiteral("redirect"), redirect}};
    const ConfigValidation validation =
        ConfigValidator::validate(withRoute(QJsonDocument(route).toJson(QJsonDocument::Compact)));
    if (valid) {
        QCOMPARE(describe(validation.errors), QStringList());
    } else {
        QCOMPARE(validation.errors,
                 (ConfigErrors{ConfigError{
                     ConfigErrorCode::InvalidUrl, QStringLiteral("sites[0].routes[0].redirect.to"), {to}}}));
        QVERIFY(!validation.errors.first().message().isEmpty());
    }
}

void TestRouter::redirectRouteRoundTrips()
{
    const Config config = sitesConfig(true);
    const ConfigValidation again = ConfigValidator::validate(config);
    QCOMPARE(describe(again.errors), QStringList());
    QVERIFY(*again.config == config);

    // A redirect route built in code with a pool is reported, not silently cleaned up.
    Config broken = config;
    RouteConfig& route = broken.sites[8].routes[0];
    QCOMPARE(route.type, RouteType::Redirect);
    route.pool = QStringLiteral("web");
    QCOMPARE(describe(ConfigValidator::validate(broken).errors),
             QStringList{QStringLiteral("key-not-allowed@sites[8].routes[0].pool")});
}

void TestRouter::concurrentMatchesAgree()
{
    // Every request of the tables above, answered once on this thread...
    const QList<QPair<QByteArray, QByteArray>> requests{{"www.example.com", "/api/v2/x?y"},
                                                        {"WWW.EXAMPLE.COM:80", "/static/a.css"},
                                                        {"a.b.example.com", "/x/../y"},
                                                        {"x.b.example.com.", "/"},
                                                        {"old.test", "/keep/x?a=b"},
                                                        {"old.test", "/drop/y"},
                                                        {"old.test", "/slash"},
                                                        {"[::1]:8080", "/api"},
                                                        {"empty.test", "/"},
                                                        {"partial.test", "/nope"},
                                                        {"a b", "/"},
                                                        {"www.example.com", "/../x"},
                                                        {"shop.example.com", "http://shop.example.com/api?q"}};
    QList<QByteArray> expected;
    for (const auto& [host, target] : requests)
        expected << summary(m_router->match(host, target));

    // ...must come out the same from several threads sharing one const Router with no lock.
    const std::shared_ptr<const Router> shared = m_router;
    std::atomic<int> mismatches{0};
    std::atomic<int> matched{0};
    constexpr int threadCount = 4;
    constexpr int rounds = 500;
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, shared] {
            for (int round = 0; round < rounds; ++round) {
                for (qsizetype i = 0; i < requests.size(); ++i) {
                    if (summary(shared->match(requests.at(i).first, requests.at(i).second)) != expected.at(i))
                        mismatches.fetch_add(1, std::memory_order_relaxed);
                    matched.fetch_add(1, std::memory_order_relaxed);
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
    QCOMPARE(matched.load(), threadCount * rounds * static_cast<int>(requests.size()));
}

void TestRouter::matchDoesNotAllocate()
{
#ifdef PORTICO_COUNT_ALLOCATIONS
    struct Request
    {
        QByteArrayView host;
        QByteArrayView target;
        Outcome outcome;
    };
    // The common path: no dot segments. Every outcome and every lookup kind appears once.
    const Request requests[] = {
        {"www.example.com", "/api/v2/items?all", Outcome::Route},
        {"WWW.Example.COM.:8080", "/static/app.js", Outcome::Route},
        {"a.b.c.example.com", "/", Outcome::Route},
        {"unknown.test", "/x", Outcome::Route},
        {"[::1]:8080", "/", Outcome::Route},
        {"www.example.com", "http://www.example.com/api?q", Outcome::Route},
        {"old.test", "/keep/x", Outcome::Redirect},
        {"partial.test", "/other", Outcome::NoRoute},
        {"a b", "/", Outcome::BadHost},
        {"www.example.com", "*", Outcome::BadPath},
    };
    int allocations = 0;
    for (const Request& request : requests) {
        t_allocations = 0;
        t_countAllocations = true;
        const RouteMatch match = m_router->match(request.host, request.target);
        const Outcome outcome = match.outcome();
        const int poolIndex = match.poolIndex();
        const QByteArrayView path = match.path();
        const QByteArrayView hostRewrite = match.hostRewrite();
        t_countAllocations = false;
        allocations += t_allocations;
        QCOMPARE(outcome, request.outcome);
        QVERIFY(poolIndex >= -1 && path.size() >= 0 && hostRewrite.size() >= 0);
    }
    QCOMPARE(allocations, 0);

    // The counter itself works: a path with dot segments needs a buffer.
    t_allocations = 0;
    t_countAllocations = true;
    const RouteMatch normalised = m_router->match("www.example.com", "/a/../api");
    t_countAllocations = false;
    QVERIFY(t_allocations > 0);
    QCOMPARE(normalised.path().toByteArray(), QByteArray("/api"));
#else
    QSKIP("allocations are counted only with glibc and without sanitizers");
#endif
}

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
