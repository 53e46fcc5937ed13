// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionConfig.h"
#include "config/ConfigValidator.h"
#include "config/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Portico;

namespace {

// A whole configuration document whose settings.compression is the given value.
QJsonObject documentWith(const QJsonValue& compression)
{
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("listeners"), QJsonArray{QJsonObject{{QStringLiteral("port"), 8080}}}},
                       {QStringLiteral("settings"), QJsonObject{{QStringLiteral("compression"), compression}}}};
}

// "code@path" per error, in the order reported.
QStringList describe(const ConfigErrors& errors)
{
    QStringList result;
    for (const ConfigError& error : errors)
        result << ConfigError::codeName(error.code) + QLatin1Char('@') + error.path;
    return result;
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCompressionConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void absentGroupKeepsDefaults();
    void readsEveryField();
    void roundTrip();
    void errors_data();
    void errors();
};

void TestCompressionConfig::defaults()
{
    const CompressionConfig config;
    QVERIFY(config.enabled);
    QVERIFY(config.gzip);
    QVERIFY(config.brotli);
    QCOMPARE(config.minBytes, 1024);
    QCOMPARE(config.gzipLevel, 6);
    QCOMPARE(config.brotliQuality, 5);
    const QStringList expected{QStringLiteral("text/*"),
                               QStringLiteral("application/json"),
                               QStringLiteral("application/javascript"),
                               QStringLiteral("application/xml"),
                               QStringLiteral("application/xhtml+xml"),
                               QStringLiteral("application/rss+xml"),
                               QStringLiteral("application/atom+xml"),
                               QStringLiteral("image/svg+xml"),
                               QStringLiteral("application/wasm"),
                               QStringLiteral("application/manifest+json"),
                               QStringLiteral("font/ttf"),
                               QStringLiteral("font/otf"),
                               QStringLiteral("application/vnd.ms-fontobject")};
    QCOMPARE(CompressionConfig::defaultTypes(), expected);
    QCOMPARE(config.types, expected);
}

void TestCompressionConfig::absentGroupKeepsDefaults()
{
    const ConfigValidation validation = ConfigValidator::validate(
        QJsonObject{{QStringLiteral("version"), 1},
                    {QStringLiteral("listeners"), QJsonArray{QJsonObject{{QStringLiteral("port"), 8080}}}}});
    QVERIFY2(validation.ok(), qPrintable(describe(validation.errors).join(QStringLiteral(", "))));
    QCOMPARE(validation.config->settings.compression, CompressionConfig());
}

void TestCompressionConfig::readsEveryField()
{
    ConfigErrors errors;
    JsonReader reader(parse(R"({"enabled": false, "gzip": false, "brotli": true, "minBytes": 0, "gzipLevel": 9,
                                "brotliQuality": 11, "types": ["text/html", "Application/JSON", "font/*"]})"),
                      QStringLiteral("settings.compression"), errors);
    const CompressionConfig config = CompressionConfig::read(reader);
    reader.finish();
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors).join(QStringLiteral(", "))));
    QVERIFY(!config.enabled);
    QVERIFY(!config.gzip);
    QVERIFY(config.brotli);
    QCOMPARE(config.minBytes, 0);
    QCOMPARE(config.gzipLevel, 9);
    QCOMPARE(config.brotliQuality, 11);
    QCOMPARE(config.types,
             QStringList({QStringLiteral("text/html"), QStringLiteral("Application/JSON"), QStringLiteral("font/*")}));
}

void TestCompressionConfig::roundTrip()
{
    CompressionConfig config;
    config.enabled = false;
    config.brotli = false;
    config.minBytes = 10 * 1024 * 1024;
    config.gzipLevel = 1;
    config.brotliQuality = 0;
    config.types = {QStringLiteral("text/css"), QStringLiteral("image/*")};
    for (const CompressionConfig& original : {config, CompressionConfig()}) {
        const ConfigValidation validation = ConfigValidator::validate(documentWith(original.toJson()));
        QVERIFY2(validation.ok(), qPrintable(describe(validation.errors).join(QStringLiteral(", "))));
        QCOMPARE(validation.config->settings.compression, original);
        // And the document the engine writes back carries the same group.
        QCOMPARE(validation.config->toJson()
                     .value(QStringLiteral("settings"))
                     .toObject()
                     .value(QStringLiteral("compression"))
                     .toObject(),
                 original.toJson());
    }
}

void TestCompressionConfig::errors_data()
{
    QTest::addColumn<QByteArray>("compression");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char* name, const char* json, std::initializer_list<const char*> items) {
        QStringList expected;
        for (const char* item : items)
            expected << QLatin1String(item);
        QTest::newRow(name) << QByteArray(json) << expected;
    };
    row("gzipLevel 0", R"({"gzipLevel": 0})", {"out-of-range@settings.compression.gzipLevel"});
    row("gzipLevel 10", R"({"gzipLevel": 10})", {"out-of-range@settings.compression.gzipLevel"});
    row("brotliQuality -1", R"({"brotliQuality": -1})", {"out-of-range@settings.compression.brotliQuality"});
    row("brotliQuality 12", R"({"brotliQuality": 12})", {"out-of-range@settings.compression.brotliQuality"});
    row("minBytes negative", R"({"minBytes": -1})", {"out-of-range@settings.compression.minBytes"});
    row("minBytes above 10 MiB", R"({"minBytes": 10485761})", {"out-of-range@settings.compression.minBytes"});
    row("minBytes fraction", R"({"minBytes": 1.5})", {"wrong-type@settings.compression.minBytes"});
    row("enabled as string", R"({"enabled": "yes"})", {"wrong-type@settings.compression.enabled"});
    row("types empty", R"({"types": []})", {"empty-value@settings.compression.types"});
    row("types not a list", R"({"types": "text/html"})", {"wrong-type@settings.compression.types"});
    row("types with bad entries",
        R"({"types": ["text/html", "text", "*/*", "text/html; charset=utf-8", 5, "", "te xt/html", "text/ht*"]})",
        {"invalid-value@settings.compression.types[1]", "invalid-value@settings.compression.types[2]",
         "invalid-value@settings.compression.types[3]", "wrong-type@settings.compression.types[4]",
         "invalid-value@settings.compression.types[5]", "invalid-value@settings.compression.types[6]",
         "invalid-value@settings.compression.types[7]"});
    row("unknown key", R"({"level": 5})", {"unknown-key@settings.compression.level"});
    row("several at once", R"({"gzipLevel": 11, "brotliQuality": 99, "zstd": true})",
        {"out-of-range@settings.compression.gzipLevel", "out-of-range@settings.compression.brotliQuality",
         "unknown-key@settings.compression.zstd"});
    row("not an object", R"([])", {"wrong-type@settings.compression"});
}

void TestCompressionConfig::errors()
{
    QFETCH(QByteArray, compression);
    QFETCH(QStringList, expected);

    const QJsonDocument value = QJsonDocument::fromJson(compression);
    QVERIFY(!value.isNull());
    const QJsonValue json = value.isArray() ? QJsonValue(value.array()) : QJsonValue(value.object());
    const ConfigValidation validation = ConfigValidator::validate(documentWith(json));
    QVERIFY(!validation.ok());
    QCOMPARE(describe(validation.errors), expected);
}

QTEST_APPLESS_MAIN(TestCompressionConfig)
#include "TestCompressionConfig.moc"
