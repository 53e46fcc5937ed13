// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheSettings.h"
#include "cache/DiskCache.h"
#include "cache/SiteCacheConfig.h"
#include "config/ConfigValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portico;

namespace {

// A whole document around one site's "cache" object (and optionally settings.cache), so that every
// error is checked with the path it gets in a real file. The site has proxy routes "/" and "/api/"
// and a redirect route "/old/".
QByteArray document(const QByteArray& siteCache, const QByteArray& settingsCache = QByteArray())
{
    QByteArray json = R"({ "version": 1, "listeners": [ { "port": 8080 } ],)";
    if (!settingsCache.isEmpty())
        json += R"( "settings": { "cache": )" + settingsCache + " },";
    json += R"( "sites": [ { "name": "shop", "serverNames": ["shop.test"], "routes": [
                   { "path": "/", "pool": "web" }, { "path": "/api/", "pool": "web" },
                   { "path": "/old/", "type": "redirect", "redirect": { "to": "https://shop.test/new/" } } ])";
    if (!siteCache.isEmpty())
        json += R"(, "cache": )" + siteCache;
    json += R"( } ], "pools": [ { "name": "web", "backends": [ { "host": "10.0.0.5", "port": 80 } ] } ] })";
    return json;
}

QByteArray oneRule(const QByteArray& rule)
{
    return R"({ "enabled": true, "rules": [ )" + rule + " ] }";
}

// "code@path [args]" per error, so a table row states the whole expectation.
QStringList describe(const ConfigErrors& errors)
{
    QStringList result;
    for (const ConfigError& error : errors) {
        QString text = ConfigError::codeName(error.code) + QLatin1Char('@') + error.path;
        if (!error.args.isEmpty())
            text += QStringLiteral(" [") + error.args.join(QStringLiteral("|")) + QLatin1Char(']');
        result << text;
    }
    return result;
}

Config configWithCache(const SiteCacheConfig& cache)
{
    const ConfigValidation validation = ConfigValidator::validate(document(QByteArray()));
    if (!validation.ok())
        qFatal("the base document must be valid");
    Config config = *validation.config;
    config.sites[0].cache = cache;
    return config;
}

} // namespace

// Reading, writing and checking the cache's configuration: settings.cache and sites[].cache.
class TestCacheConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenAbsent();
    void readsEveryField();
    void roundTrip_data();
    void roundTrip();
    void defaultsAreWrittenCompactly();
    void listsAreNormalised();
    void errors_data();
    void errors();
    void sixtyFourRulesAreAllowed();
    void effectiveDiskPath();
    void errorMessagesNameTheProblem_data();
    void errorMessagesNameTheProblem();
};

void TestCacheConfig::defaultsWhenAbsent()
{
    const ConfigValidation validation = ConfigValidator::validate(document(QByteArray()));
    QCOMPARE(describe(validation.errors), QStringList());
    const CacheSettings& settings = validation.config->settings.cache;
    QCOMPARE(settings.memoryMb, 256);
    QCOMPARE(settings.diskMb, 0);
    QCOMPARE(settings.diskPath, QString());
    QCOMPARE(settings.maxObjectMb, 16);
    QCOMPARE(settings.heuristicPercent, 10);
    QVERIFY(!validation.config->sites.at(0).cache.enabled);
    QVERIFY(validation.config->sites.at(0).cache.rules.isEmpty());
}

void TestCacheConfig::readsEveryField()
{
    const QByteArray cache = R"({ "enabled": true, "rules": [
        { "name": "Static", "route": "/api/",
          "match": { "paths": ["/api/static/**", "*.png"], "extensions": ["png", "svg"],
                     "contentTypes": ["image/*", "application/json"], "methods": ["GET"] },
          "action": "cache", "ttlSeconds": 3600, "override": true,
          "key": { "ignoreParameters": ["utm_source", "fbclid"] },
          "bypass": { "cookies": ["sessionid"], "headers": ["Authorization", "X-Preview"] } },
        { "action": "never", "key": { "ignoreQuery": true } },
        { "action": "respect" } ] })";
    const QByteArray settings =
        R"({ "memoryMb": 512, "diskMb": 2048, "diskPath": "/srv/cache", "maxObjectMb": 64, "heuristicPercent": 0 })";
    const ConfigValidation validation = ConfigValidator::validate(document(cache, settings));
    QCOMPARE(describe(validation.errors), QStringList());

    const CacheSettings& s = validation.config->settings.cache;
    QCOMPARE(s.memoryMb, 512);
    QCOMPARE(s.diskMb, 2048);
    QCOMPARE(s.diskPath, QStringLiteral("/srv/cache"));
    QCOMPARE(s.maxObjectMb, 64);
    QCOMPARE(s.heuristicPercent, 0);

    const SiteCacheConfig& site = validation.config->sites.at(0).cache;
    QVERIFY(site.enabled);
    QCOMPARE(site.rules.size(), 3);
    const CacheRule& first = site.rules.at(0);
    QCOMPARE(first.name, QStringLiteral("Static"));
    QCOMPARE(first.route, QStringLiteral("/api/"));
    QCOMPARE(first.pathGlobs, QStringList({QStringLiteral("/api/static/**"), QStringLiteral("*.png")}));
    QCOMPARE(first.extensions, QStringList({QStringLiteral("png"), QStringLiteral("svg")}));
    QCOMPARE(first.contentTypes, QStringList({QStringLiteral("image/*"), QStringLiteral("application/json")}));
    QCOMPARE(first.methods, QStringList({QStringLiteral("GET")}));
    QCOMPARE(first.action, CacheAction::CacheFor);
    QCOMPARE(first.ttlSeconds, qint64(3600));
    QVERIFY(first.overrideBackend);
    QVERIFY(!first.ignoreQuery);
    QCOMPARE(first.ignoredParameters, QStringList({QStringLiteral("utm_source"), QStringLiteral("fbclid")}));
    QCOMPARE(first.bypassCookies, QStringList({QStringLiteral("sessionid")}));
    QCOMPARE(first.bypassHeaders, QStringList({QStringLiteral("Authorization"), QStringLiteral("X-Preview")}));

    const CacheRule& second = site.rules.at(1);
    QCOMPARE(second.name, QString());
    QCOMPARE(second.route, QString());
    QCOMPARE(second.action, CacheAction::NeverCache);
    QCOMPARE(second.ttlSeconds, qint64(0));
    QVERIFY(!second.overrideBackend);
    QVERIFY(second.ignoreQuery);
    QCOMPARE(site.rules.at(2).action, CacheAction::RespectBackend);
}

void TestCacheConfig::roundTrip_data()
{
    QTest::addColumn<Config>("config");

    QTest::newRow("cache off") << configWithCache(SiteCacheConfig());
    QTest::newRow("defaults") << configWithCache(SiteCacheConfig::defaults());

    SiteCacheConfig off = SiteCacheConfig::defaults();
    off.enabled = false;
    QTest::newRow("rules kept while off") << configWithCache(off);

    SiteCacheConfig full;
    full.enabled = true;
    CacheRule every;
    every.name = QStringLiteral("Every field");
    every.route = QStringLiteral("/api/");
    every.pathGlobs = {QStringLiteral("/api/**"), QStringLiteral("/api/v?/*.json"), QStringLiteral("*.json")};
    every.extensions = {QStringLiteral("json")};
    every.contentTypes = {QStringLiteral("application/json"), QStringLiteral("text/*")};
    every.methods = {QStringLiteral("GET"), QStringLiteral("HEAD")};
    every.action = CacheAction::CacheFor;
    every.ttlSeconds = 1;
    every.overrideBackend = true;
    every.ignoredParameters = {QStringLiteral("utm_source")};
    every.bypassCookies = {QStringLiteral("sessionid"), QStringLiteral("wp_logged_in")};
    every.bypassHeaders = {QStringLiteral("Authorization")};
    CacheRule never;
    never.name = QStringLiteral("Never");
    never.route = QStringLiteral("/");
    never.action = CacheAction::NeverCache;
    never.ignoreQuery = true;
    CacheRule respect;
    respect.action = CacheAction::RespectBackend;
    respect.methods = {QStringLiteral("HEAD")};
    full.rules = {every, never, respect};
    Config config = configWithCache(full);
    config.settings.cache = CacheSettings{65'536, 0, QString(), 1, 100};
    QTest::newRow("every field") << config;

    config.settings.cache = CacheSettings{1, 1'048'576, QStringLiteral("relative/dir"), 1024, 0};
    QTest::newRow("settings at their limits") << config;
}

void TestCacheConfig::roundTrip()
{
    QFETCH(Config, config);
    const ConfigValidation fromJson = ConfigValidator::validate(config.toJsonBytes());
    QCOMPARE(describe(fromJson.errors), QStringList());
    QVERIFY(fromJson.config->sites.at(0).cache == config.sites.at(0).cache);
    QVERIFY(fromJson.config->settings.cache == config.settings.cache);
    QVERIFY(*fromJson.config == config);
    // Written again, the same bytes: nothing is lost or reordered on the second pass.
    QCOMPARE(fromJson.config->toJsonBytes(), config.toJsonBytes());
}

void TestCacheConfig::defaultsAreWrittenCompactly()
{
    // A site without caching does not mention it, and a rule writes only what it sets.
    const Config plain = configWithCache(SiteCacheConfig());
    QVERIFY(!plain.sites.at(0).toJson().contains(QStringLiteral("cache")));

    CacheRule respect;
    respect.action = CacheAction::RespectBackend;
    QCOMPARE(respect.toJson(), QJsonObject({{QStringLiteral("action"), QStringLiteral("respect")}}));

    const QJsonObject defaults = SiteCacheConfig::defaults().toJson();
    QCOMPARE(defaults.value(QStringLiteral("enabled")).toBool(), true);
    const QJsonObject rule = defaults.value(QStringLiteral("rules")).toArray().at(0).toObject();
    QCOMPARE(rule.keys(), QStringList({QStringLiteral("action"), QStringLiteral("match"), QStringLiteral("name"),
                                       QStringLiteral("ttlSeconds")}));
    QCOMPARE(rule.value(QStringLiteral("ttlSeconds")).toInteger(), 3600);
}

void TestCacheConfig::listsAreNormalised()
{
    const ConfigValidation validation = ConfigValidator::validate(document(oneRule(
        R"({ "action": "respect", "match": { "extensions": ["CSS", "Js"], "contentTypes": ["Image/*", "TEXT/Html"] } })")));
    QCOMPARE(describe(validation.errors), QStringList());
    const CacheRule& rule = validation.config->sites.at(0).cache.rules.at(0);
    QCOMPARE(rule.extensions, QStringList({QStringLiteral("css"), QStringLiteral("js")}));
    QCOMPARE(rule.contentTypes, QStringList({QStringLiteral("image/*"), QStringLiteral("text/html")}));
}

void TestCacheConfig::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QString r = QStringLiteral("sites[0].cache.rules[0].");
    auto row = [](const char* name, const QByteArray& json, const QStringList& expected) {
        QTest::newRow(name) << json << expected;
    };

    // Actions and lifetimes.
    row("cache without ttlSeconds", document(oneRule(R"({ "action": "cache" })")),
        {QStringLiteral("key-required@%1ttlSeconds [action|cache]").arg(r)});
    row("ttlSeconds zero", document(oneRule(R"({ "action": "cache", "ttlSeconds": 0 })")),
        {QStringLiteral("out-of-range@%1ttlSeconds [1|31536000]").arg(r)});
    row("ttlSeconds over a year", document(oneRule(R"({ "action": "cache", "ttlSeconds": 31536001 })")),
        {QStringLiteral("out-of-range@%1ttlSeconds [1|31536000]").arg(r)});
    row("ttlSeconds a fraction", document(oneRule(R"({ "action": "cache", "ttlSeconds": 1.5 })")),
        {QStringLiteral("wrong-type@%1ttlSeconds [integer]").arg(r)});
    row("never with ttlSeconds", document(oneRule(R"({ "action": "never", "ttlSeconds": 60 })")),
        {QStringLiteral("key-not-allowed@%1ttlSeconds [action|never]").arg(r)});
    row("respect with ttlSeconds", document(oneRule(R"({ "action": "respect", "ttlSeconds": 60 })")),
        {QStringLiteral("key-not-allowed@%1ttlSeconds [action|respect]").arg(r)});
    row("never with override", document(oneRule(R"({ "action": "never", "override": false })")),
        {QStringLiteral("key-not-allowed@%1override [action|never]").arg(r)});
    row("respect with override", document(oneRule(R"({ "action": "respect", "override": true })")),
        {QStringLiteral("key-not-allowed@%1override [action|respect]").arg(r)});
    row("no action", document(oneRule(R"({ "name": "x" })")), {QStringLiteral("missing-key@%1action").arg(r)});
    row("unknown action", document(oneRule(R"({ "action": "store" })")),
        {QStringLiteral("invalid-value@%1action [cache, never, respect]").arg(r)});
    row("action of the wrong type", document(oneRule(R"({ "action": 1 })")),
        {QStringLiteral("wrong-type@%1action [string]").arg(r)});

    // Match criteria, each reported at its own element.
    row("glob without a leading slash", document(oneRule(R"({ "action": "respect", "match": { "paths": ["a/**"] } })")),
        {QStringLiteral("invalid-glob@%1match.paths[0] [a/**]").arg(r)});
    row("glob with a space", document(oneRule(R"({ "action": "respect", "match": { "paths": ["/", "/a b"] } })")),
        {QStringLiteral("invalid-glob@%1match.paths[1] [/a b]").arg(r)});
    row("glob with three stars", document(oneRule(R"({ "action": "respect", "match": { "paths": ["/***"] } })")),
        {QStringLiteral("invalid-glob@%1match.paths[0] [/***]").arg(r)});
    row("glob too long",
        document(oneRule(R"({ "action": "respect", "match": { "paths": [")" + QByteArray(256, '/') + R"("] } })")),
        {QStringLiteral("invalid-glob@%1match.paths[0] [%2]").arg(r, QString(256, QLatin1Char('/')))});
    row("glob not ASCII", document(oneRule(R"({ "action": "respect", "match": { "paths": ["/caf\u00e9/*"] } })")),
        {QStringLiteral("invalid-glob@%1match.paths[0] [/caf\u00e9/*]").arg(r)});
    row("extension with its dot", document(oneRule(R"({ "action": "respect", "match": { "extensions": [".css"] } })")),
        {QStringLiteral("invalid-extension@%1match.extensions[0] [.css]").arg(r)});
    row("empty extension", document(oneRule(R"({ "action": "respect", "match": { "extensions": ["js", ""] } })")),
        {QStringLiteral("invalid-extension@%1match.extensions[1] []").arg(r)});
    row("content type without subtype",
        document(oneRule(R"({ "action": "respect", "match": { "contentTypes": ["image"] } })")),
        {QStringLiteral("invalid-content-type@%1match.contentTypes[0] [image]").arg(r)});
    row("content type with parameters",
        document(oneRule(R"({ "action": "respect", "match": { "contentTypes": ["text/html;charset=utf-8"] } })")),
        {QStringLiteral("invalid-content-type@%1match.contentTypes[0] [text/html;charset=utf-8]").arg(r)});
    row("any content type", document(oneRule(R"({ "action": "respect", "match": { "contentTypes": ["*/*"] } })")),
        {QStringLiteral("invalid-content-type@%1match.contentTypes[0] [*/*]").arg(r)});
    row("star inside a subtype",
        document(oneRule(R"({ "action": "respect", "match": { "contentTypes": ["image/sv*"] } })")),
        {QStringLiteral("invalid-content-type@%1match.contentTypes[0] [image/sv*]").arg(r)});
    row("POST", document(oneRule(R"({ "action": "respect", "match": { "methods": ["GET", "POST"] } })")),
        {QStringLiteral("invalid-value@%1match.methods[1] [GET, HEAD]").arg(r)});
    row("lower-case method", document(oneRule(R"({ "action": "respect", "match": { "methods": ["head"] } })")),
        {QStringLiteral("invalid-value@%1match.methods[0] [GET, HEAD]").arg(r)});
    row("unknown match key", document(oneRule(R"({ "action": "respect", "match": { "hosts": ["a"] } })")),
        {QStringLiteral("unknown-key@%1match.hosts").arg(r)});
    row("paths not a list", document(oneRule(R"({ "action": "respect", "match": { "paths": "/a" } })")),
        {QStringLiteral("wrong-type@%1match.paths [array of strings]").arg(r)});

    // Key and bypass names.
    row("ignoreParameters with ignoreQuery",
        document(oneRule(R"({ "action": "respect", "key": { "ignoreQuery": true, "ignoreParameters": ["a"] } })")),
        {QStringLiteral("key-not-allowed@%1key.ignoreParameters [ignoreQuery|true]").arg(r)});
    row("parameter not a token",
        document(oneRule(R"({ "action": "respect", "key": { "ignoreParameters": ["utm source"] } })")),
        {QStringLiteral("invalid-token@%1key.ignoreParameters[0] [utm source]").arg(r)});
    row("blank cookie", document(oneRule(R"({ "action": "respect", "bypass": { "cookies": [" "] } })")),
        {QStringLiteral("empty-value@%1bypass.cookies[0]").arg(r)});
    row("header not a token", document(oneRule(R"({ "action": "respect", "bypass": { "headers": ["X-A", "X:B"] } })")),
        {QStringLiteral("invalid-token@%1bypass.headers[1] [X:B]").arg(r)});
    row("unknown rule key", document(oneRule(R"({ "action": "respect", "ttl": 5 })")),
        {QStringLiteral("unknown-key@%1ttl").arg(r)});

    // Routes: a valid prefix of one of the site's proxy routes.
    row("route of the site", document(oneRule(R"({ "action": "respect", "route": "/api/" })")), {});
    row("route not a prefix", document(oneRule(R"({ "action": "respect", "route": "api" })")),
        {QStringLiteral("invalid-path@%1route [api]").arg(r)});
    row("route unknown", document(oneRule(R"({ "action": "respect", "route": "/api" })")),
        {QStringLiteral("unknown-route@%1route [/api]").arg(r)});
    row("route of a redirect", document(oneRule(R"({ "action": "respect", "route": "/old/" })")),
        {QStringLiteral("unknown-route@%1route [/old/]").arg(r)});
    row("route empty", document(oneRule(R"({ "action": "respect", "route": "" })")),
        {QStringLiteral("invalid-path@%1route []").arg(r)});

    // The site's cache object and the settings.
    row("65 rules",
        document(R"({ "enabled": true, "rules": [ )" + QByteArrayList(65, R"({ "action": "respect" })").join(", ") +
                 " ] }"),
        {QStringLiteral("too-many-items@sites[0].cache.rules [64]")});
    row("enabled as text", document(R"({ "enabled": "true" })"),
        {QStringLiteral("wrong-type@sites[0].cache.enabled [boolean]")});
    row("unknown cache key", document(R"({ "enabled": true, "rule": [] })"),
        {QStringLiteral("unknown-key@sites[0].cache.rule")});
    row("memoryMb zero", document(QByteArray(), R"({ "memoryMb": 0 })"),
        {QStringLiteral("out-of-range@settings.cache.memoryMb [1|65536]")});
    row("memoryMb too big", document(QByteArray(), R"({ "memoryMb": 65537 })"),
        {QStringLiteral("out-of-range@settings.cache.memoryMb [1|65536]")});
    row("diskMb negative", document(QByteArray(), R"({ "diskMb": -1 })"),
        {QStringLiteral("out-of-range@settings.cache.diskMb [0|1048576]")});
    row("maxObjectMb too big", document(QByteArray(), R"({ "maxObjectMb": 1025 })"),
        {QStringLiteral("out-of-range@settings.cache.maxObjectMb [1|1024]")});
    row("heuristicPercent too big", document(QByteArray(), R"({ "heuristicPercent": 101 })"),
        {QStringLiteral("out-of-range@settings.cache.heuristicPercent [0|100]")});
    row("diskPath not text", document(QByteArray(), R"({ "diskPath": [] })"),
        {QStringLiteral("wrong-type@settings.cache.diskPath [string]")});
}

void TestCacheConfig::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ConfigValidation validation = ConfigValidator::validate(json);
    QCOMPARE(describe(validation.errors), expected);
    QCOMPARE(validation.ok(), expected.isEmpty());
}

void TestCacheConfig::sixtyFourRulesAreAllowed()
{
    SiteCacheConfig cache;
    cache.enabled = true;
    for (int i = 0; i < SiteCacheConfig::maxRules; ++i) {
        CacheRule rule;
        rule.name = QStringLiteral("rule %1").arg(i);
        rule.extensions = {QStringLiteral("e%1").arg(i)};
        cache.rules.append(rule);
    }
    const Config config = configWithCache(cache);
    const ConfigValidation validation = ConfigValidator::validate(config);
    QCOMPARE(describe(validation.errors), QStringList());
    QCOMPARE(validation.config->sites.at(0).cache.rules.size(), 64);

    cache.rules.append(cache.rules.first());
    QCOMPARE(describe(ConfigValidator::validate(configWithCache(cache)).errors),
             QStringList({QStringLiteral("too-many-items@sites[0].cache.rules [64]")}));
}

void TestCacheConfig::effectiveDiskPath()
{
    CacheSettings settings;
    QCOMPARE(settings.effectiveDiskPath(), DiskCache::defaultDirectory());
    settings.diskPath = QStringLiteral("/srv/portico-cache");
    QCOMPARE(settings.effectiveDiskPath(), QStringLiteral("/srv/portico-cache"));
}

void TestCacheConfig::errorMessagesNameTheProblem_data()
{
    QTest::addColumn<ConfigError>("error");
    QTest::addColumn<QString>("text");

    QTest::newRow("glob") << ConfigError{ConfigErrorCode::InvalidGlob, QStringLiteral("p"), {QStringLiteral("a/**")}}
                          << QStringLiteral("p: \"a/**\" is not a valid path pattern");
    QTest::newRow("extension") << ConfigError{ConfigErrorCode::InvalidExtension, QString(), {QStringLiteral(".css")}}
                               << QStringLiteral("\".css\" is not a valid file extension (write it without the dot");
    QTest::newRow("content type") << ConfigError{ConfigErrorCode::InvalidContentType,
                                                 QString(),
                                                 {QStringLiteral("image")}}
                                  << QStringLiteral("\"image\" is not a valid content type");
    QTest::newRow("too many") << ConfigError{ConfigErrorCode::TooManyItems, QString(), {QStringLiteral("64")}}
                              << QStringLiteral("has too many entries (at most 64)");
    QTest::newRow("route") << ConfigError{ConfigErrorCode::UnknownRoute, QString(), {QStringLiteral("/api")}}
                           << QStringLiteral("the site has no proxy route with the path \"/api\"");
}

void TestCacheConfig::errorMessagesNameTheProblem()
{
    QFETCH(ConfigError, error);
    QFETCH(QString, text);
    QVERIFY2(error.toString().startsWith(text), qPrintable(error.toString()));
    QVERIFY(!ConfigError::codeName(error.code).isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheConfig)
#include "TestCacheConfig.moc"
