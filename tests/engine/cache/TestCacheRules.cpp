// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../pool/AllocationCounter.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRuleSet.h"
#include "core/ConfigGeneration.h"

#include <QTest>

using namespace Portico;

Q_DECLARE_METATYPE(Portico::CacheBypass)
Q_DECLARE_METATYPE(Portico::CacheAction)
Q_DECLARE_METATYPE(Portico::HttpMethod)

namespace {

using Fields = QList<QPair<QByteArray, QByteArray>>;

// A request as the hot path sees it: method, routed path and fields.
class Request
{
public:
    Request(HttpMethod method, const QByteArray& path, Fields fields = {})
        : m_path(path)
        , m_fields(std::move(fields))
    {
        facts.method = method;
        facts.path = m_path;
        facts.fields = &m_fields;
    }
    Request(const Request&) = delete;
    Request& operator=(const Request&) = delete;

    CacheRequestFacts facts;

private:
    QByteArray m_path;
    Fields m_fields;
};

CacheRule rule(const QString& name, CacheAction action = CacheAction::CacheFor, qint64 ttl = 60)
{
    CacheRule r;
    r.name = name;
    r.action = action;
    r.ttlSeconds = action == CacheAction::CacheFor ? ttl : 0;
    return r;
}

CacheRuleSet ruleSet(const QList<CacheRule>& rules)
{
    SiteCacheConfig config;
    config.enabled = true;
    config.rules = rules;
    return CacheRuleSet(config);
}

// Which rules matched, as their names in order: tables read better than bitmasks.
QStringList candidateNames(const CacheRuleSet& set, quint64 candidates)
{
    QStringList names;
    for (qsizetype i = 0; i < set.config().rules.size(); ++i) {
        if (candidates & (quint64(1) << i))
            names << set.config().rules.at(i).name;
    }
    return names;
}

} // namespace

// The admin's cache rules as the cache filter applies them: which rules a request matches, what
// sends it past the cache, how its key treats the query, and which rule decides the response.
class TestCacheRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globs_data();
    void globs();
    void longPathsDoNotBacktrack();
    void extensions_data();
    void extensions();
    void methods_data();
    void methods();
    void routeScope_data();
    void routeScope();
    void pathsAndExtensionsTogether();
    void bypass_data();
    void bypass();
    void neverRule_data();
    void neverRule();
    void keyOptionsComeFromTheFirstCandidate();
    void contentTypePhase_data();
    void contentTypePhase();
    void defaultsCacheStaticFilesOnly_data();
    void defaultsCacheStaticFilesOnly();
    void matchingAllocatesNothingWithoutBypassCookies();
    void generationCompilesRulesOfCachingSitesOnly();
};

void TestCacheRules::globs_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("literal") << "/exact" << QByteArray("/exact") << true;
    QTest::newRow("literal, trailing slash differs") << "/exact" << QByteArray("/exact/") << false;
    QTest::newRow("literal, prefix only") << "/exact" << QByteArray("/exact/more") << false;
    QTest::newRow("** below a folder") << "/static/**" << QByteArray("/static/a/b/c.css") << true;
    QTest::newRow("** may be empty") << "/static/**" << QByteArray("/static/") << true;
    QTest::newRow("** needs the slash") << "/static/**" << QByteArray("/static") << false;
    QTest::newRow("** is anchored at the start") << "/static/**" << QByteArray("/x/static/a") << false;
    QTest::newRow("* within a segment") << "/static/*" << QByteArray("/static/app.css") << true;
    QTest::newRow("* stops at /") << "/static/*" << QByteArray("/static/img/a.png") << false;
    QTest::newRow("* in the middle") << "/a/*/b" << QByteArray("/a/x/b") << true;
    QTest::newRow("* in the middle, two segments") << "/a/*/b" << QByteArray("/a/x/y/b") << false;
    QTest::newRow("* matches an empty segment") << "/a/*/b" << QByteArray("/a//b") << true;
    QTest::newRow("* inside a name") << "/img/logo-*.png" << QByteArray("/img/logo-dark.png") << true;
    QTest::newRow("* inside a name, wrong end") << "/img/logo-*.png" << QByteArray("/img/logo-dark.jpg") << false;
    QTest::newRow("? one character") << "/v?/api" << QByteArray("/v1/api") << true;
    QTest::newRow("? not two") << "/v?/api" << QByteArray("/v12/api") << false;
    QTest::newRow("? not none") << "/v?/api" << QByteArray("/v/api") << false;
    QTest::newRow("? not a slash") << "/a?b" << QByteArray("/a/b") << false;
    QTest::newRow("no slash: last segment") << "*.png" << QByteArray("/img/icons/logo.png") << true;
    QTest::newRow("no slash: not a folder name") << "*.png" << QByteArray("/img.png/logo") << false;
    QTest::newRow("no slash: whole last segment") << "*.png" << QByteArray("/a.png.txt") << false;
    QTest::newRow("no slash: case matters") << "*.png" << QByteArray("/LOGO.PNG") << false;
    QTest::newRow("no slash: exact name") << "robots.txt" << QByteArray("/robots.txt") << true;
    QTest::newRow("no slash: exact name deeper") << "robots.txt" << QByteArray("/a/robots.txt") << true;
    QTest::newRow("**/ then a name") << "**/*.js" << QByteArray("/a/b/app.js") << true;
    QTest::newRow("**/ at the root") << "**/*.js" << QByteArray("/app.js") << true;
    QTest::newRow("/**/ needs its slashes") << "/**/x" << QByteArray("/x") << false;
    QTest::newRow("/**/ one folder") << "/**/x" << QByteArray("/a/x") << true;
    QTest::newRow("/**/ many folders") << "/**/x" << QByteArray("/a/b/c/x") << true;
    QTest::newRow("/** everything") << "/**" << QByteArray("/") << true;
    QTest::newRow("** then literal then *") << "/assets/**/img/*.svg" << QByteArray("/assets/v2/x/img/a.svg") << true;
    QTest::newRow("** then literal then *, too deep")
        << "/assets/**/img/*.svg" << QByteArray("/assets/v2/img/x/a.svg") << false;
    QTest::newRow("several ** with backtracking") << "/**a**b" << QByteArray("/xaxaxbxa/b") << true;
    QTest::newRow("several ** without an answer") << "/**a**b" << QByteArray("/xaxaxbxa/c") << false;
}

void TestCacheRules::globs()
{
    QFETCH(QString, glob);
    QFETCH(QByteArray, path);
    QFETCH(bool, matches);
    QCOMPARE(CacheRuleSet::globMatches(glob, path), matches);
}

void TestCacheRules::longPathsDoNotBacktrack()
{
    // A backtracking matcher would take exponential time here; the position set takes one pass.
    const QByteArray path = '/' + QByteArray(20'000, 'a');
    QVERIFY(!CacheRuleSet::globMatches(u"/**a**a**a**a**a**a**a**b", path));
    QVERIFY(CacheRuleSet::globMatches(u"/**a**a**a**a**a**a**a**a", path));
    QVERIFY(!CacheRuleSet::globMatches(u"/*a*a*a*a*a*a*a*b", path));
}

void TestCacheRules::extensions_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("css") << QByteArray("/a.css") << true;
    QTest::newRow("upper case") << QByteArray("/A.CSS") << true;
    QTest::newRow("deep") << QByteArray("/x/y/app.min.js") << true;
    QTest::newRow("other extension") << QByteArray("/a.scss") << false;
    QTest::newRow("longer extension") << QByteArray("/a.cssx") << false;
    QTest::newRow("name only") << QByteArray("/css") << false;
    QTest::newRow("folder") << QByteArray("/a.css/") << false;
    QTest::newRow("dot in a folder") << QByteArray("/v1.css/file") << false;
    QTest::newRow("root") << QByteArray("/") << false;
    QTest::newRow("dot file") << QByteArray("/.js") << true;
    QTest::newRow("trailing dot") << QByteArray("/a.") << false;
}

void TestCacheRules::extensions()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, matches);
    CacheRule r = rule(QStringLiteral("assets"));
    r.extensions = {QStringLiteral("css"), QStringLiteral("js")};
    const CacheRuleSet set = ruleSet({r});
    const Request request(HttpMethod::Get, path);
    QCOMPARE(set.matchRequest(request.facts, u"/").candidates, matches ? quint64(1) : quint64(0));
}

void TestCacheRules::methods_data()
{
    QTest::addColumn<QStringList>("ruleMethods");
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<bool>("candidate");
    QTest::addColumn<CacheBypass>("bypass");

    const QStringList any;
    const QStringList get{QStringLiteral("GET")};
    const QStringList head{QStringLiteral("HEAD")};
    QTest::newRow("default, GET") << any << HttpMethod::Get << true << CacheBypass::None;
    QTest::newRow("default, HEAD") << any << HttpMethod::Head << true << CacheBypass::None;
    QTest::newRow("GET only, GET") << get << HttpMethod::Get << true << CacheBypass::None;
    QTest::newRow("GET only, HEAD") << get << HttpMethod::Head << false << CacheBypass::None;
    QTest::newRow("HEAD only, GET") << head << HttpMethod::Get << false << CacheBypass::None;
    QTest::newRow("HEAD only, HEAD") << head << HttpMethod::Head << true << CacheBypass::None;
    QTest::newRow("POST") << any << HttpMethod::Post << false << CacheBypass::Method;
    QTest::newRow("PUT") << get << HttpMethod::Put << false << CacheBypass::Method;
    QTest::newRow("DELETE") << any << HttpMethod::Delete << false << CacheBypass::Method;
    QTest::newRow("OPTIONS") << any << HttpMethod::Options << false << CacheBypass::Method;
    QTest::newRow("extension method") << any << HttpMethod::Other << false << CacheBypass::Method;
}

void TestCacheRules::methods()
{
    QFETCH(QStringList, ruleMethods);
    QFETCH(HttpMethod, method);
    QFETCH(bool, candidate);
    QFETCH(CacheBypass, bypass);
    CacheRule r = rule(QStringLiteral("r"));
    r.methods = ruleMethods;
    const CacheRuleSet set = ruleSet({r});
    const Request request(method, "/page");
    const CacheRequestOutcome outcome = set.matchRequest(request.facts, u"/");
    QCOMPARE(outcome.candidates, candidate ? quint64(1) : quint64(0));
    QCOMPARE(outcome.bypass, bypass);
}

void TestCacheRules::routeScope_data()
{
    QTest::addColumn<QString>("ruleRoute");
    QTest::addColumn<QString>("routePrefix");
    QTest::addColumn<bool>("candidate");

    QTest::newRow("every route") << QString() << QStringLiteral("/api/") << true;
    QTest::newRow("its route") << QStringLiteral("/api/") << QStringLiteral("/api/") << true;
    QTest::newRow("another route") << QStringLiteral("/api/") << QStringLiteral("/") << false;
    QTest::newRow("not a prefix match") << QStringLiteral("/api/") << QStringLiteral("/api/v2/") << false;
    QTest::newRow("slash differs") << QStringLiteral("/api/") << QStringLiteral("/api") << false;
}

void TestCacheRules::routeScope()
{
    QFETCH(QString, ruleRoute);
    QFETCH(QString, routePrefix);
    QFETCH(bool, candidate);
    CacheRule r = rule(QStringLiteral("r"));
    r.route = ruleRoute;
    const CacheRuleSet set = ruleSet({r});
    const Request request(HttpMethod::Get, "/api/v2/users");
    QCOMPARE(set.matchRequest(request.facts, routePrefix).candidates, candidate ? quint64(1) : quint64(0));
}

void TestCacheRules::pathsAndExtensionsTogether()
{
    // Every criterion given must match; within one criterion any entry will do.
    CacheRule images = rule(QStringLiteral("images"));
    images.pathGlobs = {QStringLiteral("/img/**"), QStringLiteral("/media/**")};
    images.extensions = {QStringLiteral("png")};
    CacheRule api = rule(QStringLiteral("api"), CacheAction::NeverCache);
    api.pathGlobs = {QStringLiteral("/api/**")};
    CacheRule all = rule(QStringLiteral("all"), CacheAction::RespectBackend);
    const CacheRuleSet set = ruleSet({images, api, all});

    const auto names = [&set](const QByteArray& path) {
        const Request request(HttpMethod::Get, path);
        return candidateNames(set, set.matchRequest(request.facts, u"/").candidates);
    };
    QCOMPARE(names("/img/a/logo.png"), QStringList({QStringLiteral("images"), QStringLiteral("all")}));
    QCOMPARE(names("/media/logo.png"), QStringList({QStringLiteral("images"), QStringLiteral("all")}));
    QCOMPARE(names("/img/logo.jpg"), QStringList({QStringLiteral("all")}));
    QCOMPARE(names("/logo.png"), QStringList({QStringLiteral("all")}));
    QCOMPARE(names("/api/logo.png"), QStringList({QStringLiteral("api"), QStringLiteral("all")}));
}

void TestCacheRules::bypass_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<CacheBypass>("bypass");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<int>("bypassRule");

    QTest::newRow("nothing") << Fields{} << CacheBypass::None << QByteArray() << -1;
    QTest::newRow("other cookies") << Fields{{"Cookie", "theme=dark; lang=en"}} << CacheBypass::None << QByteArray()
                                   << -1;
    QTest::newRow("cookie of the first rule")
        << Fields{{"Cookie", "theme=dark; sessionid=abc"}} << CacheBypass::Cookie << QByteArray("sessionid") << 0;
    QTest::newRow("cookie without spaces")
        << Fields{{"Cookie", "theme=dark;sessionid=abc"}} << CacheBypass::Cookie << QByteArray("sessionid") << 0;
    QTest::newRow("cookie without a value")
        << Fields{{"Cookie", "sessionid"}} << CacheBypass::Cookie << QByteArray("sessionid") << 0;
    QTest::newRow("cookie on a second line") << Fields{{"Cookie", "theme=dark"}, {"cookie", "wp_login=1"}}
                                             << CacheBypass::Cookie << QByteArray("wp_login") << 1;
    QTest::newRow("cookie names are case-sensitive")
        << Fields{{"Cookie", "SessionId=abc"}} << CacheBypass::None << QByteArray() << -1;
    QTest::newRow("the name as a value is no cookie")
        << Fields{{"Cookie", "last=sessionid"}} << CacheBypass::None << QByteArray() << -1;
    QTest::newRow("a longer name is no match")
        << Fields{{"Cookie", "sessionid2=abc"}} << CacheBypass::None << QByteArray() << -1;
    QTest::newRow("header of the second rule")
        << Fields{{"Authorization", "Bearer x"}} << CacheBypass::Header << QByteArray("Authorization") << 1;
    QTest::newRow("header names ignore case")
        << Fields{{"authorization", "Bearer x"}} << CacheBypass::Header << QByteArray("Authorization") << 1;
    QTest::newRow("empty header still counts")
        << Fields{{"X-Preview", ""}} << CacheBypass::Header << QByteArray("X-Preview") << 0;
    // The second rule has no content types, so it decides every response: the third never applies.
    QTest::newRow("rule after the deciding one")
        << Fields{{"Cookie", "late=1"}, {"X-Late", "1"}} << CacheBypass::None << QByteArray() << -1;
    QTest::newRow("first rule wins") << Fields{{"Authorization", "x"}, {"Cookie", "sessionid=1"}} << CacheBypass::Cookie
                                     << QByteArray("sessionid") << 0;
}

void TestCacheRules::bypass()
{
    QFETCH(Fields, fields);
    QFETCH(CacheBypass, bypass);
    QFETCH(QByteArray, detail);
    QFETCH(int, bypassRule);

    CacheRule images = rule(QStringLiteral("images"));
    images.contentTypes = {QStringLiteral("image/*")};
    images.bypassCookies = {QStringLiteral("sessionid")};
    images.bypassHeaders = {QStringLiteral("X-Preview")};
    CacheRule pages = rule(QStringLiteral("pages"));
    pages.bypassCookies = {QStringLiteral("wp_login")};
    pages.bypassHeaders = {QStringLiteral("Authorization")};
    CacheRule late = rule(QStringLiteral("late"));
    late.bypassCookies = {QStringLiteral("late")};
    late.bypassHeaders = {QStringLiteral("X-Late")};
    const CacheRuleSet set = ruleSet({images, pages, late});

    const Request request(HttpMethod::Get, "/index.html", fields);
    const CacheRequestOutcome outcome = set.matchRequest(request.facts, u"/");
    QCOMPARE(outcome.bypass, bypass);
    QCOMPARE(outcome.bypassDetail, detail);
    QCOMPARE(outcome.bypassRule, bypassRule);
    QCOMPARE(outcome.candidates, quint64(0b111));
}

void TestCacheRules::neverRule_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<CacheBypass>("bypass");
    QTest::addColumn<int>("bypassRule");

    QTest::newRow("first candidate says never") << QByteArray("/admin/users") << CacheBypass::NeverRule << 1;
    // Whether "never" applies depends on the response's content type: the request goes through the cache.
    QTest::newRow("never with content types") << QByteArray("/reports/x") << CacheBypass::None << -1;
    QTest::newRow("never only as a later candidate") << QByteArray("/static/admin/x.css") << CacheBypass::None << -1;
    QTest::newRow("no candidate") << QByteArray("/other") << CacheBypass::None << -1;
}

void TestCacheRules::neverRule()
{
    QFETCH(QByteArray, path);
    QFETCH(CacheBypass, bypass);
    QFETCH(int, bypassRule);

    CacheRule css = rule(QStringLiteral("css"));
    css.extensions = {QStringLiteral("css")};
    CacheRule admin = rule(QStringLiteral("admin"), CacheAction::NeverCache);
    admin.pathGlobs = {QStringLiteral("/admin/**"), QStringLiteral("/static/admin/**")};
    CacheRule reports = rule(QStringLiteral("reports"), CacheAction::NeverCache);
    reports.pathGlobs = {QStringLiteral("/reports/**")};
    reports.contentTypes = {QStringLiteral("text/csv")};
    const CacheRuleSet set = ruleSet({css, admin, reports});

    const Request request(HttpMethod::Get, path);
    const CacheRequestOutcome outcome = set.matchRequest(request.facts, u"/");
    QCOMPARE(outcome.bypass, bypass);
    QCOMPARE(outcome.bypassRule, bypassRule);
}

void TestCacheRules::keyOptionsComeFromTheFirstCandidate()
{
    CacheRule search = rule(QStringLiteral("search"));
    search.pathGlobs = {QStringLiteral("/search")};
    search.ignoredParameters = {QStringLiteral("utm_source"), QStringLiteral("fbclid")};
    CacheRule images = rule(QStringLiteral("images"));
    images.extensions = {QStringLiteral("png")};
    images.ignoreQuery = true;
    CacheRule all = rule(QStringLiteral("all"), CacheAction::RespectBackend);
    const CacheRuleSet set = ruleSet({search, images, all});

    const Request searchRequest(HttpMethod::Get, "/search");
    CacheRequestOutcome outcome = set.matchRequest(searchRequest.facts, u"/");
    QCOMPARE(outcome.keyRule, 0);
    QCOMPARE(outcome.ignoreQuery, false);
    QCOMPARE(outcome.ignoredParameters, QList<QByteArray>({"utm_source", "fbclid"}));

    const Request imageRequest(HttpMethod::Get, "/a/b.png");
    outcome = set.matchRequest(imageRequest.facts, u"/");
    QCOMPARE(outcome.keyRule, 1);
    QCOMPARE(outcome.ignoreQuery, true);
    QVERIFY(outcome.ignoredParameters.isEmpty());

    const Request other(HttpMethod::Get, "/page");
    outcome = set.matchRequest(other.facts, u"/");
    QCOMPARE(outcome.keyRule, 2);
    QCOMPARE(outcome.ignoreQuery, false);
    QVERIFY(outcome.ignoredParameters.isEmpty());

    const Request post(HttpMethod::Post, "/search");
    outcome = set.matchRequest(post.facts, u"/");
    QCOMPARE(outcome.keyRule, -1);
}

void TestCacheRules::contentTypePhase_data()
{
    QTest::addColumn<quint64>("candidates");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("ruleIndex");
    QTest::addColumn<CacheAction>("action");
    QTest::addColumn<qint64>("ttl");
    QTest::addColumn<bool>("override");

    const quint64 all = 0b111;
    QTest::newRow("image") << all << QByteArray("image/png") << 0 << CacheAction::CacheFor << qint64(600) << false;
    QTest::newRow("image, parameters and case")
        << all << QByteArray(" IMAGE/SVG+XML ; charset=utf-8") << 0 << CacheAction::CacheFor << qint64(600) << false;
    QTest::newRow("type alone is not image/*")
        << all << QByteArray("image") << 2 << CacheAction::CacheFor << qint64(10) << true;
    QTest::newRow("image/ with no subtype")
        << all << QByteArray("image/") << 2 << CacheAction::CacheFor << qint64(10) << true;
    QTest::newRow("html is never cached")
        << all << QByteArray("text/html; charset=utf-8") << 1 << CacheAction::NeverCache << qint64(0) << false;
    QTest::newRow("exact type, not a prefix")
        << all << QByteArray("text/html5") << 2 << CacheAction::CacheFor << qint64(10) << true;
    QTest::newRow("anything else: the rule without types")
        << all << QByteArray("text/css") << 2 << CacheAction::CacheFor << qint64(10) << true;
    QTest::newRow("no content type") << all << QByteArray() << 2 << CacheAction::CacheFor << qint64(10) << true;
    QTest::newRow("only some candidates")
        << quint64(0b010) << QByteArray("image/png") << -1 << CacheAction::RespectBackend << qint64(0) << false;
    QTest::newRow("no candidates") << quint64(0) << QByteArray("image/png") << -1 << CacheAction::RespectBackend
                                   << qint64(0) << false;
}

void TestCacheRules::contentTypePhase()
{
    QFETCH(quint64, candidates);
    QFETCH(QByteArray, contentType);
    QFETCH(int, ruleIndex);
    QFETCH(CacheAction, action);
    QFETCH(qint64, ttl);
    QFETCH(bool, override);

    CacheRule images = rule(QStringLiteral("images"), CacheAction::CacheFor, 600);
    images.contentTypes = {QStringLiteral("image/*")};
    CacheRule html = rule(QStringLiteral("html"), CacheAction::NeverCache);
    html.contentTypes = {QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml")};
    CacheRule rest = rule(QStringLiteral("rest"), CacheAction::CacheFor, 10);
    rest.overrideBackend = true;
    const CacheRuleSet set = ruleSet({images, html, rest});

    CacheRequestOutcome request;
    request.candidates = candidates;
    const CacheRuleOutcome outcome = set.matchResponse(request, contentType);
    QCOMPARE(outcome.ruleIndex, ruleIndex);
    QCOMPARE(outcome.action, action);
    QCOMPARE(outcome.ttlSeconds, ttl);
    QCOMPARE(outcome.overrideBackend, override);
}

void TestCacheRules::defaultsCacheStaticFilesOnly_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("ruleIndex");

    QTest::newRow("stylesheet") << QByteArray("/assets/app.css") << 0;
    QTest::newRow("module") << QByteArray("/app.mjs") << 0;
    QTest::newRow("font") << QByteArray("/fonts/Inter.WOFF2") << 0;
    QTest::newRow("page") << QByteArray("/index.html") << -1;
    QTest::newRow("api") << QByteArray("/api/users") << -1;
}

void TestCacheRules::defaultsCacheStaticFilesOnly()
{
    QFETCH(QByteArray, path);
    QFETCH(int, ruleIndex);
    const SiteCacheConfig defaults = SiteCacheConfig::defaults();
    QVERIFY(defaults.enabled);
    QCOMPARE(defaults.rules.size(), 1);
    QCOMPARE(defaults.rules.at(0).name, QStringLiteral("Static files"));
    QCOMPARE(defaults.rules.at(0).extensions.size(), 15);

    const CacheRuleSet set(defaults);
    const Request request(HttpMethod::Get, path);
    const CacheRequestOutcome outcome = set.matchRequest(request.facts, u"/");
    QCOMPARE(outcome.bypass, CacheBypass::None);
    const CacheRuleOutcome decided = set.matchResponse(outcome, "text/plain");
    QCOMPARE(decided.ruleIndex, ruleIndex);
    if (ruleIndex == 0) {
        QCOMPARE(decided.action, CacheAction::CacheFor);
        QCOMPARE(decided.ttlSeconds, qint64(3600));
        // The backend's own Cache-Control still wins.
        QCOMPARE(decided.overrideBackend, false);
    }
}

void TestCacheRules::matchingAllocatesNothingWithoutBypassCookies()
{
    if (!Test::AllocationCounter::supported())
        QSKIP("allocations cannot be counted in this build");
    CacheRule api = rule(QStringLiteral("api"), CacheAction::NeverCache);
    api.route = QStringLiteral("/api/");
    CacheRule images = rule(QStringLiteral("images"));
    images.pathGlobs = {QStringLiteral("/static/**"), QStringLiteral("*.png")};
    images.extensions = {QStringLiteral("png"), QStringLiteral("svg")};
    images.contentTypes = {QStringLiteral("image/*")};
    images.bypassHeaders = {QStringLiteral("Authorization")};
    images.ignoredParameters = {QStringLiteral("utm_source")};
    CacheRule rest = rule(QStringLiteral("rest"), CacheAction::RespectBackend);
    const CacheRuleSet set = ruleSet({api, images, rest});
    const Request request(HttpMethod::Get, "/static/img/logo.png", {{"Accept", "image/*"}, {"Cookie", "a=b"}});

    int decided = 0;
    {
        Test::AllocationCounter counter;
        for (int i = 0; i < 100; ++i) {
            const CacheRequestOutcome outcome = set.matchRequest(request.facts, u"/");
            decided += set.matchResponse(outcome, "image/png").ruleIndex;
        }
        QCOMPARE(counter.count(), 0);
    }
    QCOMPARE(decided, 100);
}

void TestCacheRules::generationCompilesRulesOfCachingSitesOnly()
{
    Config config;
    PoolConfig pool;
    pool.name = QStringLiteral("web");
    pool.backends = {BackendConfig{QStringLiteral("127.0.0.1"), 9, 1, 0}};
    config.pools = {pool};
    RouteConfig route;
    route.pool = pool.name;
    SiteConfig caching{QStringLiteral("caching"), {QStringLiteral("a.test")}, false, {route}};
    caching.cache = SiteCacheConfig::defaults();
    SiteConfig plain{QStringLiteral("plain"), {QStringLiteral("b.test")}, false, {route}};
    SiteConfig switchedOff{QStringLiteral("off"), {QStringLiteral("c.test")}, false, {route}};
    switchedOff.cache = SiteCacheConfig::defaults();
    switchedOff.cache.enabled = false;
    config.sites = {caching, plain, switchedOff};

    const ConfigGeneration generation(config);
    QCOMPARE(generation.siteCache.size(), size_t(3));
    QVERIFY(generation.siteCache[0] != nullptr);
    QVERIFY(generation.siteCache[0]->enabled());
    QVERIFY(generation.siteCache[0]->config() == SiteCacheConfig::defaults());
    QCOMPARE(generation.siteCache[1], nullptr);
    QCOMPARE(generation.siteCache[2], nullptr);
}

QTEST_GUILESS_MAIN(TestCacheRules)
#include "TestCacheRules.moc"
