// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/GlobalSettings.h"

#include "config/JsonReader.h"
#include "security/SecurityJson.h"

#include <QJsonArray>

#include <QStandardPaths>
#include <QThread>

namespace Portico {

namespace {

constexpr qint64 maxTimeoutMs = 3'600'000;

QString levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace

int GlobalSettings::effectiveWorkers() const
{
    return workers > 0 ? workers : qMax(1, QThread::idealThreadCount());
}

QString GlobalSettings::effectiveCertificateDirectory() const
{
    if (!certificateDirectory.isEmpty())
        return certificateDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/certificates");
}

GlobalSettings GlobalSettings::read(JsonReader& reader)
{
    GlobalSettings s;
    s.workers = static_cast<int>(reader.integer(QStringLiteral("workers"), s.workers, 0, 256));
    reader.object(QStringLiteral("timeouts"), [&s](JsonReader& t) {
        auto ms = [&t](const char* key, int fallback) {
            return static_cast<int>(t.integer(QLatin1String(key), fallback, 1, maxTimeoutMs));
        };
        s.clientHeaderTimeoutMs = ms("clientHeaderMs", s.clientHeaderTimeoutMs);
        // At least a second: a shorter body timeout would cut off ordinary uploads over slow links.
        s.clientBodyTimeoutMs =
            static_cast<int>(t.integer(QStringLiteral("clientBodyMs"), s.clientBodyTimeoutMs, 1000, maxTimeoutMs));
        s.keepAliveTimeoutMs = ms("keepAliveMs", s.keepAliveTimeoutMs);
        s.connectTimeoutMs = ms("connectMs", s.connectTimeoutMs);
        s.responseTimeoutMs = ms("responseMs", s.responseTimeoutMs);
        s.shutdownTimeoutMs = ms("shutdownMs", s.shutdownTimeoutMs);
        s.upstreamIdleTimeoutMs = ms("upstreamIdleMs", s.upstreamIdleTimeoutMs);
    });
    reader.object(QStringLiteral("limits"), [&s](JsonReader& l) {
        s.maxConnectionsPerListener = static_cast<int>(
            l.integer(QStringLiteral("maxConnectionsPerListener"), s.maxConnectionsPerListener, 1, 1'000'000));
        s.maxRequestLineBytes =
            static_cast<int>(l.integer(QStringLiteral("maxRequestLineBytes"), s.maxRequestLineBytes, 256, 1 << 20));
        s.maxHeaderBytes =
            static_cast<int>(l.integer(QStringLiteral("maxHeaderBytes"), s.maxHeaderBytes, 1024, 1 << 24));
        s.maxHeaderCount = static_cast<int>(l.integer(QStringLiteral("maxHeaderCount"), s.maxHeaderCount, 1, 10'000));
        s.maxBodyBytes =
            l.integer(QStringLiteral("maxBodyBytes"), s.maxBodyBytes, 0, std::numeric_limits<qint64>::max() / 2);
        s.maxIdleUpstreamPerBackend = static_cast<int>(
            l.integer(QStringLiteral("maxIdleUpstreamPerBackend"), s.maxIdleUpstreamPerBackend, 0, 100'000));
        s.minClientBytesPerSecond = static_cast<int>(
            l.integer(QStringLiteral("minClientBytesPerSecond"), s.minClientBytesPerSecond, 0, 100'000'000));
        s.minRateGraceMs = static_cast<int>(l.integer(QStringLiteral("minRateGraceMs"), s.minRateGraceMs, 0, 600'000));
        s.maxConnectionsPerIp =
            static_cast<int>(l.integer(QStringLiteral("maxConnectionsPerIp"), s.maxConnectionsPerIp, 0, 1'000'000));
    });
    reader.stringArray(QStringLiteral("trustedProxies"), [&s, &reader](const QString& value, const QString& path) {
        // The same rule as the security address lists, so a subnet valid in one place is valid in the other.
        const QString subnet = SecurityJson::normalisedRange(value);
        if (subnet.isEmpty())
            reader.addErrorAt(ConfigErrorCode::InvalidAddress, path, {value});
        else
            s.trustedProxies << subnet;
    });
    s.stickySecret = reader.string(QStringLiteral("stickySecret"), s.stickySecret);
    reader.object(QStringLiteral("logging"), [&s](JsonReader& g) {
        s.logLevel = g.choice(QStringLiteral("level"), s.logLevel,
                              {{"debug", LogLevel::Debug},
                               {"info", LogLevel::Info},
                               {"warning", LogLevel::Warning},
                               {"error", LogLevel::Error}});
        s.accessLog = g.boolean(QStringLiteral("accessLog"), s.accessLog);
        s.accessLogPath = g.string(QStringLiteral("accessLogPath"), s.accessLogPath);
        s.accessLogFormat = g.choice(QStringLiteral("accessLogFormat"), s.accessLogFormat,
                                     {{"combined", AccessLogFormat::Combined}, {"json", AccessLogFormat::Json}});
        s.accessLogRotateSizeMb =
            static_cast<int>(g.integer(QStringLiteral("rotateSizeMb"), s.accessLogRotateSizeMb, 1, 10'240));
        s.accessLogRetentionDays =
            static_cast<int>(g.integer(QStringLiteral("retentionDays"), s.accessLogRetentionDays, 1, 3'650));
    });
    reader.object(QStringLiteral("tls"), [&s](JsonReader& t) {
        s.certificateDirectory = t.string(QStringLiteral("certificateDirectory"), s.certificateDirectory);
        s.tlsSessionTickets = t.boolean(QStringLiteral("sessionTickets"), s.tlsSessionTickets);
        s.tlsSessionCache = t.boolean(QStringLiteral("sessionCache"), s.tlsSessionCache);
    });
    reader.object(QStringLiteral("acme"), [&s](JsonReader& a) { s.acme = AcmeConfig::read(a); });
    reader.object(QStringLiteral("cache"), [&s](JsonReader& c) { s.cache = CacheSettings::read(c); });
    reader.object(QStringLiteral("compression"), [&s](JsonReader& c) { s.compression = CompressionConfig::read(c); });
    reader.object(QStringLiteral("security"), [&s](JsonReader& c) { s.security = SecuritySettings::read(c); });
    return s;
}

QJsonObject GlobalSettings::toJson() const
{
    const QJsonObject timeouts{{QStringLiteral("clientHeaderMs"), clientHeaderTimeoutMs},
                               {QStringLiteral("clientBodyMs"), clientBodyTimeoutMs},
                               {QStringLiteral("keepAliveMs"), keepAliveTimeoutMs},
                               {QStringLiteral("connectMs"), connectTimeoutMs},
                               {QStringLiteral("responseMs"), responseTimeoutMs},
                               {QStringLiteral("shutdownMs"), shutdownTimeoutMs},
                               {QStringLiteral("upstreamIdleMs"), upstreamIdleTimeoutMs}};
    const QJsonObject limits{{QStringLiteral("maxConnectionsPerListener"), maxConnectionsPerListener},
                             {QStringLiteral("maxRequestLineBytes"), maxRequestLineBytes},
                             {QStringLiteral("maxHeaderBytes"), maxHeaderBytes},
                             {QStringLiteral("maxHeaderCount"), maxHeaderCount},
                             {QStringLiteral("maxBodyBytes"), maxBodyBytes},
                             {QStringLiteral("maxIdleUpstreamPerBackend"), maxIdleUpstreamPerBackend},
                             {QStringLiteral("minClientBytesPerSecond"), minClientBytesPerSecond},
                             {QStringLiteral("minRateGraceMs"), minRateGraceMs},
                             {QStringLiteral("maxConnectionsPerIp"), maxConnectionsPerIp}};
    const QJsonObject logging{{QStringLiteral("level"), levelName(logLevel)},
                              {QStringLiteral("accessLog"), accessLog},
                              {QStringLiteral("accessLogPath"), accessLogPath},
                              {QStringLiteral("accessLogFormat"), accessLogFormat == AccessLogFormat::Json
                                                                      ? QStringLiteral("json")
                                                                      : QStringLiteral("combined")},
                              {QStringLiteral("rotateSizeMb"), accessLogRotateSizeMb},
                              {QStringLiteral("retentionDays"), accessLogRetentionDays}};
    return QJsonObject{
        {QStringLiteral("workers"), workers},
        {QStringLiteral("trustedProxies"), QJsonArray::fromStringList(trustedProxies)},
        {QStringLiteral("timeouts"), timeouts},
        {QStringLiteral("limits"), limits},
        {QStringLiteral("logging"), logging},
        {QStringLiteral("stickySecret"), stickySecret},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("certificateDirectory"), certificateDirectory},
                                            {QStringLiteral("sessionTickets"), tlsSessionTickets},
                                            {QStringLiteral("sessionCache"), tlsSessionCache}}},
        {QStringLiteral("acme"), acme.toJson()},
        {QStringLiteral("cache"), cache.toJson()},
        {QStringLiteral("compression"), compression.toJson()},
        {QStringLiteral("security"), security.toJson()}};
}

} // namespace Portico
