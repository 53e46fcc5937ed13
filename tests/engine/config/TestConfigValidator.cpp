// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"
#include "config/ConfigValidator.h"
#include "config/SiteConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace Portico {

// Lets QCOMPARE print errors that differ.
char* toString(const ConfigError& error)
{
    return QTest::toString(ConfigError::codeName(error.code) + QLatin1Char('@') + error.path + QStringLiteral(" [") +
                           error.args.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

} // namespace Portico

using namespace Portico;
using Portico::Test::TestPaths;

namespace {

QByteArray readData(const QString& relativePath)
{
    QFile file(TestPaths::data(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return file.readAll();
}

// "code@path" per error, in the order reported: compact enough to list every expectation in a table.
QStringList describe(const ConfigErrors& errors)
{
    QStringList result;
    for (const ConfigError& error : errors)
        result << ConfigError::codeName(error.code) + QLatin1Char('@') + error.path;
    return result;
}

// A document with one site carrying the given server names, for the name rules.
QByteArray siteWithNames(const QStringList& names)
{
    QJsonObject site{{QStringLiteral("name"), QStringLiteral("s")},
                     {QStringLiteral("serverNames"), QJsonArray::fromStringList(names)}};
    QJsonObject document{{QStringLiteral("version"), 1},
                         {QStringLiteral("listeners"), QJsonArray{QJsonObject{{QStringLiteral("port"), 8080}}}},
                         {QStringLiteral("sites"), QJsonArray{site}}};
    return QJsonDocument(document).toJson();
}

Config richConfig()
{
    Config config;
    config.settings.workers = 3;
    config.settings.clientHeaderTimeoutMs = 1234;
    config.settings.keepAliveTimeoutMs = 2345;
    config.settings.connectTimeoutMs = 3456;
    config.settings.responseTimeoutMs = 4567;
    config.settings.shutdownTimeoutMs = 5678;
    config.settings.maxConnectionsPerListener = 77;
    config.settings.maxRequestLineBytes = 2048;
    config.settings.maxHeaderBytes = 4096;
    config.settings.maxHeaderCount = 12;
    // Above 2^53: a double would round it.
    config.settings.maxBodyBytes = 9'007'199'254'740'993;
    config.settings.logLevel = LogLevel::Error;
    config.settings.accessLog = false;
    config.settings.accessLogFormat = AccessLogFormat::Json;
    config.listeners = {ListenerConfig{QStringLiteral("::1"), 0, ListenerProtocol::Https},
                        ListenerConfig{QStringLiteral("10.1.2.3"), 65535, ListenerProtocol::Http}};
    RouteConfig route{QStringLiteral("/app/"), QStringLiteral("pool-a"), true, QStringLiteral("[::1]:8443"), 0};
    RouteConfig plain{QStringLiteral("/"), QStringLiteral("pool-b"), false, QString(), -1};
    config.sites = {
        SiteConfig{QStringLiteral("one"), {QStringLiteral("*.one.test")}, true, {route, plain}},
        SiteConfig{QStringLiteral("two"), {QStringLiteral("two.test"), QStringLiteral("2.test")}, false, {}}};
    config.pools = {PoolConfig{QStringLiteral("pool-a"), {BackendConfig{QStringLiteral("app.internal"), 1, 1000}}},
                    PoolConfig{QStringLiteral("pool-b"), {}}};
    return config;
}

class BrokenCase
{
public:
    QString name;
    QStringList expected;
};

// Each broken file with the exact errors it must produce, in order. The row name is the file name.
QList<BrokenCase> brokenCases()
{
    QList<BrokenCase> cases;
    auto row = [&cases](const char* name, std::initializer_list<const char*> items) {
        QStringList expected;
        for (const char* item : items)
            expected << QLatin1String(item);
        cases.append(BrokenCase{QLatin1String(name), expected});
    };

    row("invalid-json", {"invalid-json@"});
    row("empty-file", {"invalid-json@"});
    row("not-an-object", {"wrong-type@"});
    row("wrong-types",
        {"wrong-type@settings.workers", "wrong-type@settings.logging.accessLog", "wrong-type@listeners[0].address",
         "wrong-type@listeners[0].port", "wrong-type@listeners[1]", "wrong-type@sites[0].default",
         "wrong-type@sites[0].serverNames", "wrong-type@sites[0].routes[0].path",
         "wrong-type@sites[0].routes[0].stripPrefix", "wrong-type@sites[1].serverNames[1]",
         "wrong-type@sites[1].routes", "wrong-type@pools[0].backends[0].port", "wrong-type@pools[1].name",
         "wrong-type@pools[1].backends"});
    row("unknown-keys",
        {"unknown-key@settings.logging.colour", "unknown-key@settings.timeout", "unknown-key@listeners[0].tls",
         "unknown-key@sites[0].routes[0].rewrite", "unknown-key@pools[0].backends[0].Weight", "unknown-key@listen"});
    row("out-of-range", {"out-of-range@settings.workers", "out-of-range@settings.timeouts.connectMs",
                         "out-of-range@settings.limits.maxHeaderCount", "out-of-range@listeners[0].port",
                         "out-of-range@listeners[1].port", "out-of-range@pools[0].backends[0].port",
                         "out-of-range@pools[0].backends[1].port", "out-of-range@pools[0].backends[1].weight"});
    row("missing-keys",
        {"missing-key@version", "missing-key@listeners[0].port", "missing-key@sites[0].name",
         "missing-key@sites[0].serverNames", "missing-key@sites[0].routes[0].pool", "missing-key@pools[0].name",
         "missing-key@pools[0].backends[0].host", "missing-key@pools[0].backends[0].port"});
    row("empty-names",
        {"empty-value@sites[0].name", "empty-value@sites[0].serverNames", "empty-value@sites[0].routes[0].pool",
         "empty-value@sites[1].name", "empty-value@pools[0].name", "empty-value@pools[0].backends[0].host"});
    row("duplicate-names",
        {"duplicate-name@pools[1].name", "duplicate-name@sites[0].routes[1].path", "duplicate-name@sites[1].name"});
    row("duplicate-server-names",
        {"duplicate-server-name@sites[1].serverNames[0]", "duplicate-server-name@sites[1].serverNames[2]"});
    row("multiple-defaults", {"multiple-default-sites@sites[1].default", "multiple-default-sites@sites[2].default"});
    row("unknown-pool", {"unknown-pool@sites[2].routes[0].pool", "unknown-pool@sites[2].routes[1].pool"});
    row("duplicate-listener", {"duplicate-listener@listeners[1]", "duplicate-listener@listeners[3]"});
    row("wildcard-clash", {"duplicate-listener@listeners[1]", "duplicate-listener@listeners[3]"});
    row("invalid-server-names",
        {"invalid-server-name@sites[0].serverNames[0]", "invalid-server-name@sites[0].serverNames[1]",
         "invalid-server-name@sites[0].serverNames[2]", "invalid-server-name@sites[0].serverNames[3]",
         "invalid-server-name@sites[0].serverNames[4]", "invalid-server-name@sites[0].serverNames[5]",
         "invalid-server-name@sites[0].serverNames[6]", "invalid-server-name@sites[0].serverNames[8]",
         "invalid-server-name@sites[0].serverNames[9]", "invalid-server-name@sites[0].serverNames[10]"});
    row("unsupported-version", {"unsupported-version@version"});
    row("invalid-values", {"invalid-value@settings.logging.level", "invalid-value@settings.logging.accessLogFormat",
                           "invalid-value@listeners[0].protocol"});
    row("invalid-address", {"invalid-address@listeners[0].address", "invalid-address@listeners[1].address",
                            "invalid-address@listeners[2].address", "invalid-address@listeners[3].address",
                            "invalid-address@listeners[4].address"});
    row("invalid-host", {"invalid-host@sites[0].routes[0].hostRewrite", "invalid-host@sites[0].routes[2].hostRewrite",
                         "invalid-host@sites[0].routes[3].hostRewrite", "invalid-host@pools[0].backends[0].host",
                         "invalid-host@pools[0].backends[1].host", "invalid-host@pools[0].backends[2].host",
                         "invalid-host@pools[0].backends[3].host"});
    row("invalid-path", {"invalid-path@sites[0].routes[0].path", "invalid-path@sites[0].routes[1].path",
                         "invalid-path@sites[0].routes[2].path", "invalid-path@sites[0].routes[3].path",
                         "invalid-path@sites[0].routes[4].path"});
    // Elements that are not objects or not valid are skipped; later paths must still use JSON indices.
    row("skipped-elements",
        {"wrong-type@sites[0]", "wrong-type@sites[1].serverNames[0]", "invalid-server-name@sites[1].serverNames[1]",
         "wrong-type@sites[1].routes[0]", "duplicate-server-name@sites[1].serverNames[3]",
         "unknown-pool@sites[1].routes[1].pool", "duplicate-name@sites[1].routes[2].path"});
    row("redirect-routes",
        {"key-not-allowed@sites[0].routes[0].pool", "key-not-allowed@sites[0].routes[1].pool",
         "key-not-allowed@sites[0].routes[1].stripPrefix", "key-not-allowed@sites[0].routes[1].hostRewrite",
         "missing-key@sites[0].routes[2].redirect", "invalid-value@sites[0].routes[3].redirect.status",
         "invalid-url@sites[0].routes[3].redirect.to", "missing-key@sites[0].routes[4].redirect.to",
         "invalid-url@sites[0].routes[5].redirect.to", "invalid-url@sites[0].routes[6].redirect.to",
         "invalid-url@sites[0].routes[7].redirect.to", "key-not-allowed@sites[0].routes[8].redirect",
         "invalid-value@sites[0].routes[9].type", "invalid-url@sites[0].routes[10].redirect.to"});
    row("dot-segment-paths", {"invalid-path@sites[0].routes[0].path", "invalid-path@sites[0].routes[1].path",
                              "invalid-path@sites[0].routes[2].path", "invalid-path@sites[0].routes[3].path",
                              "invalid-path@sites[0].routes[4].path"});
    row("many-errors", {"out-of-range@settings.workers", "invalid-value@settings.logging.level",
                        "invalid-address@listeners[2].address", "invalid-server-name@sites[0].serverNames[1]",
                        "invalid-path@sites[1].routes[0].path", "out-of-range@pools[0].backends[0].port",
                        "unknown-key@pools[0].backends[0].colour", "unknown-key@comment",
                        "unknown-pool@sites[0].routes[0].pool", "duplicate-name@sites[1].name",
                        "duplicate-server-name@sites[1].serverNames[0]", "duplicate-listener@listeners[1]"});
    return cases;
}

} // namespace

class TestConfigValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodConfigsAreAccepted_data();
    void goodConfigsAreAccepted();
    void fullConfigReadsEveryField();
    void serverNamesAreNormalisedToLowerCase();
    void brokenConfigsReportExactErrors_data();
    void brokenConfigsReportExactErrors();
    void everyBrokenFileIsInTheTable();
    void everyValidatorErrorCodeIsCovered();
    void errorArguments_data();
    void errorArguments();
    void invalidJsonReportsParserMessageAndOffset();
    void versionChecks_data();
    void versionChecks();
    void integerValues_data();
    void integerValues();
    void byteOrderMarkIsAccepted();
    void serverNameRules_data();
    void serverNameRules();
    void roundTrip_data();
    void roundTrip();
    void defaultConfigIsValid();
    void errorToStringIncludesPath();
};

void TestConfigValidator::goodConfigsAreAccepted_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("minimal") << QStringLiteral("config/good/minimal.json");
    QTest::newRow("full") << QStringLiteral("config/good/full.json");
    QTest::newRow("wildcard-names") << QStringLiteral("config/good/wildcard-names.json");
    QTest::newRow("ipv6-listener") << QStringLiteral("config/good/ipv6-listener.json");
}

void TestConfigValidator::goodConfigsAreAccepted()
{
    QFETCH(QString, file);
    const ConfigValidation validation = ConfigValidator::validate(readData(file));
    QCOMPARE(describe(validation.errors), QStringList());
    QVERIFY(validation.ok());
}

void TestConfigValidator::fullConfigReadsEveryField()
{
    const ConfigValidation validation = ConfigValidator::validate(readData(QStringLiteral("config/good/full.json")));
    QVERIFY(validation.ok());
    const Config& config = *validation.config;

    // Every value differs from its default, so a field that is not read shows up here.
    const GlobalSettings& s = config.settings;
    QCOMPARE(s.workers, 4);
    QCOMPARE(s.clientHeaderTimeoutMs, 5000);
    QCOMPARE(s.keepAliveTimeoutMs, 30000);
    QCOMPARE(s.connectTimeoutMs, 2000);
    QCOMPARE(s.responseTimeoutMs, 45000);
    QCOMPARE(s.shutdownTimeoutMs, 3000);
    QCOMPARE(s.maxConnectionsPerListener, 500);
    QCOMPARE(s.maxRequestLineBytes, 4096);
    QCOMPARE(s.maxHeaderBytes, 32768);
    QCOMPARE(s.maxHeaderCount, 50);
    QCOMPARE(s.maxBodyBytes, qint64(10485760));
    QCOMPARE(s.logLevel, LogLevel::Debug);
    QCOMPARE(s.accessLog, false);
    QCOMPARE(s.accessLogFormat, AccessLogFormat::Json);

    QCOMPARE(config.listeners.size(), 2);
    QCOMPARE(config.listeners.at(0), (ListenerConfig{QStringLiteral("0.0.0.0"), 80, ListenerProtocol::Http}));
    QCOMPARE(config.listeners.at(1), (ListenerConfig{QStringLiteral("0.0.0.0"), 443, ListenerProtocol::Https}));

    QCOMPARE(config.sites.size(), 1);
    const SiteConfig& site = config.sites.at(0);
    QCOMPARE(site.name, QStringLiteral("intranet"));
    QCOMPARE(site.serverNames,
             (QStringList{QStringLiteral("intranet.example.com"), QStringLiteral("wiki.example.com")}));
    QVERIFY(site.isDefault);
    QCOMPARE(site.routes.size(), 3);
    QCOMPARE(site.routes.at(0), (RouteConfig{QStringLiteral("/"), QStringLiteral("web"), false, QString(), -1}));
    QCOMPARE(site.routes.at(1), (RouteConfig{QStringLiteral("/api/"), QStringLiteral("api"), true,
                                             QStringLiteral("api.internal:8443"), 1048576}));
    const RedirectConfig redirect{301, QStringLiteral("https://wiki.example.com/new"), false};
    QCOMPARE(site.routes.at(2),
             (RouteConfig{QStringLiteral("/old/"), QString(), false, QString(), 0, RouteType::Redirect, redirect}));

    QCOMPARE(config.pools.size(), 2);
    QCOMPARE(config.pools.at(0).name, QStringLiteral("web"));
    QCOMPARE(config.pools.at(0).backends,
             (QList<BackendConfig>{{QStringLiteral("10.0.0.5"), 8080, 3}, {QStringLiteral("web2.internal"), 8081, 1}}));
    QCOMPARE(config.pools.at(1).backends, (QList<BackendConfig>{{QStringLiteral("::1"), 9000, 0}}));
    QVERIFY(config.findPool(QStringLiteral("api")) == &config.pools.at(1));
    QVERIFY(config.findPool(QStringLiteral("API")) == nullptr);
}

void TestConfigValidator::serverNamesAreNormalisedToLowerCase()
{
    const ConfigValidation validation =
        ConfigValidator::validate(readData(QStringLiteral("config/good/wildcard-names.json")));
    QVERIFY(validation.ok());
    const QList<SiteConfig>& sites = validation.config->sites;
    QCOMPARE(sites.size(), 3);
    QCOMPARE(sites.at(0).serverNames, (QStringList{QStringLiteral("*.example.com"), QStringLiteral("example.com")}));
    QCOMPARE(sites.at(1).serverNames,
             (QStringList{QStringLiteral("shop.example.com"), QStringLiteral("*.shop.example.com")}));
    QVERIFY(sites.at(2).serverNames.isEmpty());
    QVERIFY(sites.at(2).isDefault);
}

void TestConfigValidator::brokenConfigsReportExactErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    for (const BrokenCase& broken : brokenCases()) {
        QTest::newRow(qPrintable(broken.name))
            << QStringLiteral("config/broken/%1.json").arg(broken.name) << broken.expected;
    }
}

void TestConfigValidator::brokenConfigsReportExactErrors()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const ConfigValidation validation = ConfigValidator::validate(readData(file));
    QCOMPARE(describe(validation.errors), expected);
    QVERIFY(!validation.ok());
    // A document with errors never yields a config the engine could pick up by mistake.
    QVERIFY(!validation.config.has_value());
}

void TestConfigValidator::everyBrokenFileIsInTheTable()
{
    // A broken file that no row checks would prove nothing; a row without its file would not run.
    QStringList files = QDir(TestPaths::data(QStringLiteral("config/broken"))).entryList(QDir::Files, QDir::Name);
    for (QString& file : files)
        file = QFileInfo(file).completeBaseName();
    files.sort();
    QStringList rows;
    for (const BrokenCase& broken : brokenCases())
        rows << broken.name;
    rows.sort();
    QCOMPARE(rows, files);
}

void TestConfigValidator::everyValidatorErrorCodeIsCovered()
{
    QSet<QString> covered;
    for (const BrokenCase& broken : brokenCases()) {
        for (const QString& item : broken.expected)
            covered.insert(item.section(QLatin1Char('@'), 0, 0));
    }
    const QList<ConfigErrorCode> validatorCodes{
        ConfigErrorCode::InvalidJson,       ConfigErrorCode::UnsupportedVersion,  ConfigErrorCode::MissingKey,
        ConfigErrorCode::UnknownKey,        ConfigErrorCode::WrongType,           ConfigErrorCode::OutOfRange,
        ConfigErrorCode::EmptyValue,        ConfigErrorCode::InvalidValue,        ConfigErrorCode::DuplicateName,
        ConfigErrorCode::DuplicateListener, ConfigErrorCode::DuplicateServerName, ConfigErrorCode::MultipleDefaultSites,
        ConfigErrorCode::UnknownPool,       ConfigErrorCode::InvalidServerName,   ConfigErrorCode::InvalidAddress,
        ConfigErrorCode::InvalidHost,       ConfigErrorCode::InvalidPath,         ConfigErrorCode::InvalidUrl,
        ConfigErrorCode::KeyNotAllowed};
    for (ConfigErrorCode code : validatorCodes)
        QVERIFY2(covered.contains(ConfigError::codeName(code)), qPrintable(ConfigError::codeName(code)));
}

void TestConfigValidator::errorArguments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<ConfigErrorCode>("code");
    QTest::addColumn<QStringList>("args");

    const QByteArray listener = R"("listeners": [ { "port": 8080 } ])";
    auto doc = [&listener](const QByteArray& rest) {
        return "{ \"version\": 1, " + listener + ", " + rest + " }";
    };

    QTest::newRow("duplicate listener")
        << QByteArray(R"({ "version": 1, "listeners": [ { "port": 80 }, { "address": "127.0.0.1", "port": 80 } ] })")
        << QStringLiteral("listeners[1]") << ConfigErrorCode::DuplicateListener
        << QStringList{QStringLiteral("127.0.0.1:80"), QStringLiteral("listeners[0]")};
    QTest::newRow("duplicate ipv6 listener")
        << QByteArray(
               R"({ "version": 1, "listeners": [ { "address": "::", "port": 80 }, { "address": "::1", "port": 80 } ] })")
        << QStringLiteral("listeners[1]") << ConfigErrorCode::DuplicateListener
        << QStringList{QStringLiteral("[::1]:80"), QStringLiteral("listeners[0]")};
    QTest::newRow("duplicate pool") << doc(R"("pools": [ { "name": "web" }, { "name": "db" }, { "name": "web" } ])")
                                    << QStringLiteral("pools[2].name") << ConfigErrorCode::DuplicateName
                                    << QStringList{QStringLiteral("web"), QStringLiteral("pools[0]")};
    QTest::newRow("duplicate route path")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"], "routes": [ { "path": "/x", "pool": "p" },
                  { "path": "/x", "pool": "p" } ] } ], "pools": [ { "name": "p" } ])")
        << QStringLiteral("sites[0].routes[1].path") << ConfigErrorCode::DuplicateName
        << QStringList{QStringLiteral("/x"), QStringLiteral("sites[0].routes[0]")};
    QTest::newRow("duplicate server name")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["x.test", "a.test"] },
                             { "name": "b", "serverNames": ["A.TEST"] } ])")
        << QStringLiteral("sites[1].serverNames[0]") << ConfigErrorCode::DuplicateServerName
        << QStringList{QStringLiteral("a.test"), QStringLiteral("sites[0].serverNames[1]")};
    QTest::newRow("multiple default sites")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"] }, { "name": "b", "default": true },
                             { "name": "c", "default": true } ])")
        << QStringLiteral("sites[2].default") << ConfigErrorCode::MultipleDefaultSites
        << QStringList{QStringLiteral("sites[1]")};
    QTest::newRow("unknown pool")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"], "routes": [ { "pool": "api" } ] } ])")
        << QStringLiteral("sites[0].routes[0].pool") << ConfigErrorCode::UnknownPool
        << QStringList{QStringLiteral("api")};
    QTest::newRow("port out of range") << QByteArray(R"({ "version": 1, "listeners": [ { "port": 65536 } ] })")
                                       << QStringLiteral("listeners[0].port") << ConfigErrorCode::OutOfRange
                                       << QStringList{QStringLiteral("0"), QStringLiteral("65535")};
    QTest::newRow("backend port zero")
        << doc(R"("pools": [ { "name": "p", "backends": [ { "host": "a.test", "port": 0 } ] } ])")
        << QStringLiteral("pools[0].backends[0].port") << ConfigErrorCode::OutOfRange
        << QStringList{QStringLiteral("1"), QStringLiteral("65535")};
    QTest::newRow("invalid protocol") << QByteArray(
                                             R"({ "version": 1, "listeners": [ { "port": 80, "protocol": "HTTP" } ] })")
                                      << QStringLiteral("listeners[0].protocol") << ConfigErrorCode::InvalidValue
                                      << QStringList{QStringLiteral("http, https")};
    QTest::newRow("invalid log level") << QByteArray(
                                              R"({ "version": 1, "settings": { "logging": { "level": "trace" } } })")
                                       << QStringLiteral("settings.logging.level") << ConfigErrorCode::InvalidValue
                                       << QStringList{QStringLiteral("debug, info, warning, error")};
    QTest::newRow("invalid server name keeps what was written")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["Bad_Name.test"] } ])")
        << QStringLiteral("sites[0].serverNames[0]") << ConfigErrorCode::InvalidServerName
        << QStringList{QStringLiteral("Bad_Name.test")};
    QTest::newRow("invalid address")
        << QByteArray(R"({ "version": 1, "listeners": [ { "address": "localhost", "port": 80 } ] })")
        << QStringLiteral("listeners[0].address") << ConfigErrorCode::InvalidAddress
        << QStringList{QStringLiteral("localhost")};
    QTest::newRow("invalid host")
        << doc(R"("pools": [ { "name": "p", "backends": [ { "host": "a b", "port": 80 } ] } ])")
        << QStringLiteral("pools[0].backends[0].host") << ConfigErrorCode::InvalidHost
        << QStringList{QStringLiteral("a b")};
    QTest::newRow("invalid path")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"], "routes": [ { "path": "x/", "pool": "p" } ] } ],
                  "pools": [ { "name": "p" } ])")
        << QStringLiteral("sites[0].routes[0].path") << ConfigErrorCode::InvalidPath
        << QStringList{QStringLiteral("x/")};
    QTest::newRow("invalid redirect url")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"],
                  "routes": [ { "type": "redirect", "redirect": { "to": "mailto:x@a.test" } } ] } ])")
        << QStringLiteral("sites[0].routes[0].redirect.to") << ConfigErrorCode::InvalidUrl
        << QStringList{QStringLiteral("mailto:x@a.test")};
    // "\/" is JSON for "/": moc mistakes "//" inside a raw string for the start of a comment.
    QTest::newRow("pool on a redirect route")
        << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test"],
                  "routes": [ { "type": "redirect", "pool": "p", "redirect": { "to": "https:\/\/b.test" } } ] } ],
                  "pools": [ { "name": "p" } ])")
        << QStringLiteral("sites[0].routes[0].pool") << ConfigErrorCode::KeyNotAllowed
        << QStringList{QStringLiteral("type"), QStringLiteral("redirect")};
    QTest::newRow("wrong type names the expected type")
        << QByteArray(R"({ "version": 1, "settings": [] })") << QStringLiteral("settings") << ConfigErrorCode::WrongType
        << QStringList{QStringLiteral("object")};
    QTest::newRow("wrong type integer") << QByteArray(R"({ "version": 1, "listeners": [ { "port": "80" } ] })")
                                        << QStringLiteral("listeners[0].port") << ConfigErrorCode::WrongType
                                        << QStringList{QStringLiteral("integer")};
    QTest::newRow("server name list element") << doc(R"("sites": [ { "name": "a", "serverNames": ["a.test", null] } ])")
                                              << QStringLiteral("sites[0].serverNames[1]") << ConfigErrorCode::WrongType
                                              << QStringList{QStringLiteral("string")};
    QTest::newRow("missing key") << QByteArray(R"({ "version": 1, "listeners": [ { } ] })")
                                 << QStringLiteral("listeners[0].port") << ConfigErrorCode::MissingKey << QStringList();
    QTest::newRow("unknown key") << QByteArray(R"({ "version": 1, "Listeners": [] })") << QStringLiteral("Listeners")
                                 << ConfigErrorCode::UnknownKey << QStringList();
    QTest::newRow("blank name") << doc(R"("pools": [ { "name": " " } ])") << QStringLiteral("pools[0].name")
                                << ConfigErrorCode::EmptyValue << QStringList();
}

void TestConfigValidator::errorArguments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(ConfigErrorCode, code);
    QFETCH(QStringList, args);
    const ConfigValidation validation = ConfigValidator::validate(json);
    QCOMPARE(validation.errors.size(), 1);
    QCOMPARE(validation.errors.first(), (ConfigError{code, path, args}));
}

void TestConfigValidator::invalidJsonReportsParserMessageAndOffset()
{
    const QByteArray json = R"({ "version": 1 "listeners": [] })";
    const ConfigValidation validation = ConfigValidator::validate(json);
    QCOMPARE(validation.errors.size(), 1);
    const ConfigError& error = validation.errors.first();
    QCOMPARE(error.code, ConfigErrorCode::InvalidJson);
    QCOMPARE(error.path, QString());
    QCOMPARE(error.args.size(), 2);
    QVERIFY(!error.args.at(0).isEmpty());
    // Qt reports the position where parsing stopped: at or just after the missing comma.
    bool isNumber = false;
    const int offset = error.args.at(1).toInt(&isNumber);
    QVERIFY(isNumber);
    QVERIFY2(offset >= json.indexOf("1 ") + 1 && offset <= json.indexOf("\"listeners\"") + 1,
             qPrintable(error.args.at(1)));
    QVERIFY(error.toString().contains(error.args.at(1)));
}

void TestConfigValidator::versionChecks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    // A version that cannot be read is reported once, not also as "version 0 is not supported".
    QTest::newRow("missing") << QByteArray(R"({ "listeners": [] })")
                             << QStringList{QStringLiteral("missing-key@version")};
    QTest::newRow("string") << QByteArray(R"({ "version": "1" })") << QStringList{QStringLiteral("wrong-type@version")};
    QTest::newRow("fraction") << QByteArray(R"({ "version": 1.5 })")
                              << QStringList{QStringLiteral("wrong-type@version")};
    QTest::newRow("negative") << QByteArray(R"({ "version": -1 })")
                              << QStringList{QStringLiteral("out-of-range@version")};
    QTest::newRow("zero") << QByteArray(R"({ "version": 0 })")
                          << QStringList{QStringLiteral("unsupported-version@version")};
    QTest::newRow("newer") << QByteArray(R"({ "version": 2, "newKey": {} })")
                           << QStringList{QStringLiteral("unsupported-version@version")};
    QTest::newRow("far future") << QByteArray(R"({ "version": 2000000 })")
                                << QStringList{QStringLiteral("unsupported-version@version")};
    QTest::newRow("current") << QByteArray(R"({ "version": 1 })") << QStringList();
}

void TestConfigValidator::versionChecks()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ConfigValidation validation = ConfigValidator::validate(json);
    QCOMPARE(describe(validation.errors), expected);
    if (expected == QStringList{QStringLiteral("unsupported-version@version")}) {
        const QJsonObject document = QJsonDocument::fromJson(json).object();
        QCOMPARE(validation.errors.first().args,
                 (QStringList{QString::number(document.value(QStringLiteral("version")).toInteger()),
                              QString::number(Config::currentVersion)}));
    }
}

void TestConfigValidator::integerValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("read");
    QTest::newRow("whole") << QByteArray("1048576") << QString() << qint64(1048576);
    QTest::newRow("whole written as a double") << QByteArray("2.0e3") << QString() << qint64(2000);
    QTest::newRow("above 2^53 stays exact") << QByteArray("9007199254740993") << QString() << qint64(9007199254740993);
    QTest::newRow("fraction") << QByteArray("80.5") << QStringLiteral("wrong-type") << qint64(0);
    QTest::newRow("string") << QByteArray("\"80\"") << QStringLiteral("wrong-type") << qint64(0);
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("wrong-type") << qint64(0);
    QTest::newRow("boolean") << QByteArray("true") << QStringLiteral("wrong-type") << qint64(0);
    QTest::newRow("negative") << QByteArray("-1") << QStringLiteral("out-of-range") << qint64(0);
    QTest::newRow("huge") << QByteArray("1e300") << QStringLiteral("out-of-range") << qint64(0);
    QTest::newRow("beyond qint64") << QByteArray("9223372036854775808") << QStringLiteral("out-of-range") << qint64(0);
}

void TestConfigValidator::integerValues()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    QFETCH(qint64, read);
    const ConfigValidation validation =
        ConfigValidator::validate(R"({ "version": 1, "settings": { "limits": { "maxBodyBytes": )" + value + " } } }");
    if (error.isEmpty()) {
        QCOMPARE(describe(validation.errors), QStringList());
        QCOMPARE(validation.config->settings.maxBodyBytes, read);
    } else {
        QCOMPARE(describe(validation.errors), QStringList{error + QStringLiteral("@settings.limits.maxBodyBytes")});
    }
}

void TestConfigValidator::byteOrderMarkIsAccepted()
{
    // Some Windows editors start UTF-8 files with one; QJsonDocument skips it, and must keep doing so.
    const QByteArray json = readData(QStringLiteral("config/good/minimal.json"));
    const ConfigValidation withBom = ConfigValidator::validate(QByteArray("\xEF\xBB\xBF") + json);
    QCOMPARE(describe(withBom.errors), QStringList());
    QCOMPARE(*withBom.config, *ConfigValidator::validate(json).config);
}

void TestConfigValidator::serverNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised"); // empty: the name is refused

    const QString label63(63, QLatin1Char('a'));
    const QString label64(64, QLatin1Char('a'));
    // 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 characters, the longest DNS name.
    const QString longest = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 + QLatin1Char('.') +
                            QString(61, QLatin1Char('d'));

    QTest::newRow("exact") << QStringLiteral("intranet.example.com") << QStringLiteral("intranet.example.com");
    QTest::newRow("single label") << QStringLiteral("localhost") << QStringLiteral("localhost");
    QTest::newRow("wildcard") << QStringLiteral("*.example.com") << QStringLiteral("*.example.com");
    QTest::newRow("upper case") << QStringLiteral("Intranet.Example.COM") << QStringLiteral("intranet.example.com");
    QTest::newRow("upper case wildcard") << QStringLiteral("*.EXAMPLE.com") << QStringLiteral("*.example.com");
    QTest::newRow("hyphen and digits") << QStringLiteral("web-01.example.com") << QStringLiteral("web-01.example.com");
    QTest::newRow("punycode") << QStringLiteral("xn--bcher-kva.de") << QStringLiteral("xn--bcher-kva.de");
    QTest::newRow("63-char label") << label63 + QStringLiteral(".com") << label63 + QStringLiteral(".com");
    QTest::newRow("253 chars") << longest << longest;

    QTest::newRow("bare star") << QStringLiteral("*") << QString();
    QTest::newRow("star dot") << QStringLiteral("*.") << QString();
    QTest::newRow("empty label") << QStringLiteral("a..b") << QString();
    QTest::newRow("leading hyphen") << QStringLiteral("-a.com") << QString();
    QTest::newRow("trailing hyphen") << QStringLiteral("a-.com") << QString();
    QTest::newRow("underscore") << QStringLiteral("a_b.com") << QString();
    QTest::newRow("inner wildcard") << QStringLiteral("foo.*.com") << QString();
    QTest::newRow("double wildcard") << QStringLiteral("*.*.com") << QString();
    QTest::newRow("partial wildcard") << QStringLiteral("w*.example.com") << QString();
    QTest::newRow("64-char label") << label64 + QStringLiteral(".com") << QString();
    QTest::newRow("254 chars") << longest + QLatin1Char('d') << QString();
    QTest::newRow("trailing dot") << QStringLiteral("a.com.") << QString();
    QTest::newRow("leading dot") << QStringLiteral(".a.com") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space") << QStringLiteral("a b.com") << QString();
    QTest::newRow("port") << QStringLiteral("a.com:8080") << QString();
    QTest::newRow("non-ascii") << QStringLiteral("b\u00fccher.de") << QString();
}

void TestConfigValidator::serverNameRules()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    const ConfigValidation validation = ConfigValidator::validate(siteWithNames({name}));
    if (normalised.isEmpty()) {
        QCOMPARE(validation.errors,
                 (ConfigErrors{ConfigError{
                     ConfigErrorCode::InvalidServerName, QStringLiteral("sites[0].serverNames[0]"), {name}}}));
        QVERIFY(!SiteConfig::isValidServerName(name.toLower()));
    } else {
        QCOMPARE(describe(validation.errors), QStringList());
        QCOMPARE(validation.config->sites.at(0).serverNames, QStringList{normalised});
        QVERIFY(SiteConfig::isValidServerName(normalised));
    }
}

void TestConfigValidator::roundTrip_data()
{
    QTest::addColumn<Config>("config");
    QTest::newRow("default") << Config::defaultConfig();
    QTest::newRow("built in code") << richConfig();
    for (const char* file : {"minimal", "full", "wildcard-names", "ipv6-listener"}) {
        const ConfigValidation validation =
            ConfigValidator::validate(readData(QStringLiteral("config/good/%1.json").arg(QLatin1String(file))));
        QVERIFY(validation.ok());
        QTest::newRow(file) << *validation.config;
    }
}

void TestConfigValidator::roundTrip()
{
    QFETCH(Config, config);
    const ConfigValidation fromObject = ConfigValidator::validate(config.toJson());
    QCOMPARE(describe(fromObject.errors), QStringList());
    QVERIFY(*fromObject.config == config);

    const ConfigValidation fromBytes = ConfigValidator::validate(config.toJsonBytes());
    QCOMPARE(describe(fromBytes.errors), QStringList());
    QVERIFY(*fromBytes.config == config);

    const ConfigValidation fromConfig = ConfigValidator::validate(config);
    QVERIFY(fromConfig.ok());
    QVERIFY(*fromConfig.config == config);
}

void TestConfigValidator::defaultConfigIsValid()
{
    const Config config = Config::defaultConfig();
    QCOMPARE(config.version, Config::currentVersion);
    QCOMPARE(config.listeners.size(), 1);
    QCOMPARE(config.listeners.first().address, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.listeners.first().port, quint16(8080));
    QCOMPARE(config.listeners.first().protocol, ListenerProtocol::Http);
    QVERIFY(config.sites.isEmpty());
    QVERIFY(config.pools.isEmpty());

    const ConfigValidation validation = ConfigValidator::validate(config);
    QCOMPARE(describe(validation.errors), QStringList());
    QVERIFY(*validation.config == config);
}

void TestConfigValidator::errorToStringIncludesPath()
{
    const ConfigError error{
        ConfigErrorCode::UnknownPool, QStringLiteral("sites[2].routes[0].pool"), {QStringLiteral("api")}};
    QCOMPARE(error.toString(), QStringLiteral("sites[2].routes[0].pool: there is no pool named \"api\""));
    QVERIFY(error.toString().endsWith(error.message()));

    const ConfigError whole{ConfigErrorCode::InvalidJson, QString(), {QStringLiteral("garbage"), QStringLiteral("7")}};
    QCOMPARE(whole.toString(), whole.message());
    QVERIFY(whole.toString().contains(QStringLiteral("garbage")));

    // Every code has a message and a distinct stable name (the UI and porticod --check rely on both).
    QSet<QString> names;
    for (int value = 0; value <= static_cast<int>(ConfigErrorCode::WriteFailed); ++value) {
        const auto code = static_cast<ConfigErrorCode>(value);
        QVERIFY(!(ConfigError{code, QString(), {}}).message().isEmpty());
        names.insert(ConfigError::codeName(code));
    }
    QCOMPARE(names.size(), static_cast<int>(ConfigErrorCode::WriteFailed) + 1);
}

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "TestConfigValidator.moc"
