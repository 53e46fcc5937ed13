// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/ConfigValidator.h"

#include "config/JsonReader.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace Portico {

namespace {

// Position of each parsed item in its JSON array: elements that were not objects are skipped, so
// list positions and JSON indices can differ.
class SourceIndices
{
public:
    QList<int> listeners;
    QList<int> sites;
    QList<int> pools;
    // Per parsed site: JSON positions of the server names and routes it kept.
    QList<QList<int>> serverNames;
    QList<QList<int>> routes;
    QList<QList<int>> cacheRules;
};

QList<int> keptIndices(const QJsonValue& array, bool (*kept)(const QJsonValue&))
{
    QList<int> indices;
    const QJsonArray elements = array.toArray();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (kept(elements.at(i)))
            indices.append(static_cast<int>(i));
    }
    return indices;
}

// The same elements SiteConfig::read keeps.
bool isKeptServerName(const QJsonValue& value)
{
    return value.isString() && SiteConfig::isValidServerName(value.toString().toLower());
}

bool isObject(const QJsonValue& value)
{
    return value.isObject();
}

QString indexed(const char* list, const QList<int>& indices, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(indices.value(index, static_cast<int>(index)));
}

bool isWildcardAddress(const QString& address)
{
    const QHostAddress parsed(address);
    return parsed == QHostAddress(QHostAddress::AnyIPv4) || parsed == QHostAddress(QHostAddress::AnyIPv6);
}

// A cache rule scoped to a route names it by its path prefix: a prefix that no proxy route of the site
// has would make the rule silently never apply (redirect routes never reach the cache).
void checkCacheRules(const SiteConfig& site, const QString& sitePath, const QList<int>& ruleIndices, JsonReader& reader)
{
    for (qsizetype r = 0; r < site.cache.rules.size(); ++r) {
        const QString& route = site.cache.rules.at(r).route;
        // An invalid prefix has been reported already.
        if (route.isEmpty() || !RouteConfig::isValidPathPrefix(route))
            continue;
        bool found = false;
        for (const RouteConfig& candidate : site.routes)
            found = found || (candidate.type == RouteType::Proxy && candidate.pathPrefix == route);
        if (!found)
            reader.addErrorAt(
                ConfigErrorCode::UnknownRoute,
                sitePath + QStringLiteral(".cache.rules[%1].route").arg(ruleIndices.value(r, static_cast<int>(r))),
                {route});
    }
}

// Checks that span the document: names unique, references resolved, no two listeners on one socket.
void checkDocument(const Config& config, const SourceIndices& at, JsonReader& reader)
{
    QHash<QString, QString> poolPaths;
    for (qsizetype i = 0; i < config.pools.size(); ++i) {
        const QString& name = config.pools.at(i).name;
        if (name.trimmed().isEmpty())
            continue;
        if (poolPaths.contains(name)) {
            reader.addErrorAt(ConfigErrorCode::DuplicateName, indexed("pools", at.pools, i) + QStringLiteral(".name"),
                              {name, poolPaths.value(name)});
        } else {
            poolPaths.insert(name, indexed("pools", at.pools, i));
        }
    }

    QHash<QString, QString> sitePaths;
    QHash<QString, QString> serverNamePaths;
    QString defaultSitePath;
    for (qsizetype i = 0; i < config.sites.size(); ++i) {
        const SiteConfig& site = config.sites.at(i);
        const QString sitePath = indexed("sites", at.sites, i);
        if (!site.name.trimmed().isEmpty()) {
            if (sitePaths.contains(site.name)) {
                reader.addErrorAt(ConfigErrorCode::DuplicateName, sitePath + QStringLiteral(".name"),
                                  {site.name, sitePaths.value(site.name)});
            } else {
                sitePaths.insert(site.name, sitePath);
            }
        }
        if (site.isDefault) {
            if (defaultSitePath.isEmpty())
                defaultSitePath = sitePath;
            else
                reader.addErrorAt(ConfigErrorCode::MultipleDefaultSites, sitePath + QStringLiteral(".default"),
                                  {defaultSitePath});
        }
        for (qsizetype n = 0; n < site.serverNames.size(); ++n) {
            const QString& serverName = site.serverNames.at(n);
            const QString namePath =
                sitePath +
                QStringLiteral(".serverNames[%1]").arg(at.serverNames.value(i).value(n, static_cast<int>(n)));
            if (serverNamePaths.contains(serverName))
                reader.addErrorAt(ConfigErrorCode::DuplicateServerName, namePath,
                                  {serverName, serverNamePaths.value(serverName)});
            else
                serverNamePaths.insert(serverName, namePath);
        }
        QHash<QString, QString> routePaths;
        for (qsizetype r = 0; r < site.routes.size(); ++r) {
            const RouteConfig& route = site.routes.at(r);
            const QString routePath =
                sitePath + QStringLiteral(".routes[%1]").arg(at.routes.value(i).value(r, static_cast<int>(r)));
            if (routePaths.contains(route.pathPrefix))
                reader.addErrorAt(ConfigErrorCode::DuplicateName, routePath + QStringLiteral(".path"),
                                  {route.pathPrefix, routePaths.value(route.pathPrefix)});
            else
                routePaths.insert(route.pathPrefix, routePath);
            // A redirect route's pool has been reported as not allowed; naming it unknown too would only add noise.
            if (route.type == RouteType::Proxy && !route.pool.trimmed().isEmpty() && !poolPaths.contains(route.pool))
                reader.addErrorAt(ConfigErrorCode::UnknownPool, routePath + QStringLiteral(".pool"), {route.pool});
        }
        checkCacheRules(site, sitePath, at.cacheRules.value(i), reader);
    }

    // A wildcard address holds the port on every interface, so it clashes with any address on that port.
    for (qsizetype i = 0; i < config.listeners.size(); ++i) {
        const ListenerConfig& a = config.listeners.at(i);
        // Port 0 binds any free port; an address that does not parse has been reported already.
        if (a.port == 0 || QHostAddress(a.address).isNull())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            const ListenerConfig& b = config.listeners.at(j);
            if (a.port != b.port || QHostAddress(b.address).isNull())
                continue;
            const bool sameFamily = QHostAddress(a.address).protocol() == QHostAddress(b.address).protocol();
            if (QHostAddress(a.address) == QHostAddress(b.address) ||
                (sameFamily && (isWildcardAddress(a.address) || isWildcardAddress(b.address)))) {
                reader.addErrorAt(ConfigErrorCode::DuplicateListener, indexed("listeners", at.listeners, i),
                                  {a.endpoint(), indexed("listeners", at.listeners, j)});
                break;
            }
        }
    }
}

} // namespace

ConfigValidation ConfigValidator::validate(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    ConfigValidation result;
    if (parseError.error != QJsonParseError::NoError) {
        result.errors.append(ConfigError{
            ConfigErrorCode::InvalidJson, QString(), {parseError.errorString(), QString::number(parseError.offset)}});
        return result;
    }
    if (!document.isObject()) {
        result.errors.append(ConfigError{ConfigErrorCode::WrongType, QString(), {QStringLiteral("object")}});
        return result;
    }
    return validate(document.object());
}

ConfigValidation ConfigValidator::validate(const QJsonObject& document)
{
    ConfigValidation result;
    JsonReader reader(document, QString(), result.errors);
    Config config;

    const qsizetype errorsBefore = result.errors.size();
    config.version =
        static_cast<int>(reader.integer(QStringLiteral("version"), 0, 0, std::numeric_limits<int>::max(), true));
    // A version that is missing or not a number has been reported; only a readable one can be unsupported.
    if (result.errors.size() == errorsBefore && config.version != Config::currentVersion) {
        result.errors.append(ConfigError{ConfigErrorCode::UnsupportedVersion,
                                         QStringLiteral("version"),
                                         {QString::number(config.version), QString::number(Config::currentVersion)}});
        // Other versions mean other keys: listing them as unknown would only bury the real problem.
        return result;
    }
    reader.object(QStringLiteral("settings"), [&config](JsonReader& r) { config.settings = GlobalSettings::read(r); });
    SourceIndices at;
    reader.objectArray(QStringLiteral("listeners"), [&](JsonReader& r, int index) {
        config.listeners.append(ListenerConfig::read(r));
        at.listeners.append(index);
    });
    const QJsonArray siteArray = document.value(QStringLiteral("sites")).toArray();
    reader.objectArray(QStringLiteral("sites"), [&](JsonReader& r, int index) {
        config.sites.append(SiteConfig::read(r));
        at.sites.append(index);
        const QJsonObject site = siteArray.at(index).toObject();
        at.serverNames.append(keptIndices(site.value(QStringLiteral("serverNames")), isKeptServerName));
        at.routes.append(keptIndices(site.value(QStringLiteral("routes")), isObject));
        at.cacheRules.append(
            keptIndices(site.value(QStringLiteral("cache")).toObject().value(QStringLiteral("rules")), isObject));
    });
    reader.objectArray(QStringLiteral("pools"), [&](JsonReader& r, int index) {
        config.pools.append(PoolConfig::read(r));
        at.pools.append(index);
    });
    reader.finish();
    checkDocument(config, at, reader);

    if (result.errors.isEmpty())
        result.config = std::move(config);
    return result;
}

ConfigValidation ConfigValidator::validate(const Config& config)
{
    return validate(config.toJson());
}

} // namespace Portico
