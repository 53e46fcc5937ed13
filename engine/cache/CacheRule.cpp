// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRule.h"

#include "config/EnumNames.h"
#include "config/JsonReader.h"
#include "config/RouteConfig.h"

#include <QJsonArray>

namespace Portico {

namespace {

constexpr EnumNames<CacheAction, 3> actionNames{{
    {"cache", CacheAction::CacheFor},
    {"never", CacheAction::NeverCache},
    {"respect", CacheAction::RespectBackend},
}};

bool isExtensionChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' ||
           u == u'+' || u == u'~';
}

} // namespace

QString CacheRule::actionName(CacheAction action)
{
    return enumName(actionNames, action);
}

bool CacheRule::isValidGlob(const QString& glob)
{
    if (glob.isEmpty() || glob.size() > maxGlobLength)
        return false;
    if (!glob.startsWith(QLatin1Char('/')) && !glob.startsWith(QLatin1Char('*')))
        return false;
    for (const QChar c : glob) {
        // Paths are matched as the client sent them (percent-encoded), so only printable ASCII can ever match.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('#'))
            return false;
    }
    return !glob.contains(QStringLiteral("***"));
}

bool CacheRule::isValidExtension(const QString& extension)
{
    if (extension.isEmpty() || extension.size() > 32)
        return false;
    for (const QChar c : extension) {
        if (!isExtensionChar(c))
            return false;
    }
    return true;
}

bool CacheRule::isValidContentType(const QString& contentType)
{
    const qsizetype slash = contentType.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    const QString type = contentType.left(slash);
    const QString subtype = contentType.mid(slash + 1);
    // "*" is a token character, but a wildcard only as the whole subtype.
    return !type.contains(QLatin1Char('*')) && JsonReader::isToken(type) &&
           (subtype == QLatin1String("*") || (JsonReader::isToken(subtype) && !subtype.contains(QLatin1Char('*'))));
}

CacheRule CacheRule::read(JsonReader& reader)
{
    CacheRule rule;
    if (reader.contains(QStringLiteral("name")))
        rule.name = reader.nonEmptyString(QStringLiteral("name"));
    const bool routeIsString = reader.peek(QStringLiteral("route")).isString();
    rule.route = reader.string(QStringLiteral("route"), QString());
    if (routeIsString && !RouteConfig::isValidPathPrefix(rule.route))
        reader.addError(ConfigErrorCode::InvalidPath, QStringLiteral("route"), {rule.route});

    reader.object(QStringLiteral("match"), [&rule](JsonReader& match) {
        match.stringArray(QStringLiteral("paths"), [&](const QString& text, const QString& path) {
            if (isValidGlob(text))
                rule.pathGlobs << text;
            else
                match.addErrorAt(ConfigErrorCode::InvalidGlob, path, {text});
        });
        match.stringArray(QStringLiteral("extensions"), [&](const QString& text, const QString& path) {
            if (isValidExtension(text))
                rule.extensions << text.toLower();
            else
                match.addErrorAt(ConfigErrorCode::InvalidExtension, path, {text});
        });
        match.stringArray(QStringLiteral("contentTypes"), [&](const QString& text, const QString& path) {
            // Media types compare case-insensitively (RFC 9110 8.3.1): keep one case so matching stays simple.
            if (isValidContentType(text))
                rule.contentTypes << text.toLower();
            else
                match.addErrorAt(ConfigErrorCode::InvalidContentType, path, {text});
        });
        match.stringArray(QStringLiteral("methods"), [&](const QString& text, const QString& path) {
            // The cache serves only these; a rule for POST could never take effect.
            if (text == QLatin1String("GET") || text == QLatin1String("HEAD"))
                rule.methods << text;
            else
                match.addErrorAt(ConfigErrorCode::InvalidValue, path, {QStringLiteral("GET, HEAD")});
        });
    });

    const qsizetype errorsBefore = reader.errors().size();
    if (!reader.contains(QStringLiteral("action")))
        reader.addError(ConfigErrorCode::MissingKey, QStringLiteral("action"));
    rule.action = reader.choice(QStringLiteral("action"), CacheAction::RespectBackend, actionNames);
    // With an action that could not be read, which keys belong is unknown: report only what is certain.
    const bool actionKnown = reader.errors().size() == errorsBefore;
    const bool caches = rule.action == CacheAction::CacheFor;
    const QString actionText = actionName(rule.action);
    if (caches || !actionKnown) {
        if (caches && !reader.contains(QStringLiteral("ttlSeconds")))
            reader.addError(ConfigErrorCode::KeyRequired, QStringLiteral("ttlSeconds"),
                            {QStringLiteral("action"), actionText});
        rule.ttlSeconds = reader.integer(QStringLiteral("ttlSeconds"), 0, 1, maxTtlSeconds);
        rule.overrideBackend = reader.boolean(QStringLiteral("override"), false);
    } else {
        reader.notAllowed(QStringLiteral("ttlSeconds"), QStringLiteral("action"), actionText);
        reader.notAllowed(QStringLiteral("override"), QStringLiteral("action"), actionText);
    }

    reader.object(QStringLiteral("key"), [&rule](JsonReader& key) {
        rule.ignoreQuery = key.boolean(QStringLiteral("ignoreQuery"), false);
        if (!rule.ignoreQuery ||
            !key.notAllowed(QStringLiteral("ignoreParameters"), QStringLiteral("ignoreQuery"), QStringLiteral("true")))
            rule.ignoredParameters = key.tokenList(QStringLiteral("ignoreParameters"));
    });
    reader.object(QStringLiteral("bypass"), [&rule](JsonReader& bypass) {
        rule.bypassCookies = bypass.tokenList(QStringLiteral("cookies"));
        rule.bypassHeaders = bypass.tokenList(QStringLiteral("headers"));
    });
    return rule;
}

QJsonObject CacheRule::toJson() const
{
    QJsonObject json;
    if (!name.isEmpty())
        json.insert(QStringLiteral("name"), name);
    if (!route.isEmpty())
        json.insert(QStringLiteral("route"), route);
    QJsonObject match;
    if (!pathGlobs.isEmpty())
        match.insert(QStringLiteral("paths"), QJsonArray::fromStringList(pathGlobs));
    if (!extensions.isEmpty())
        match.insert(QStringLiteral("extensions"), QJsonArray::fromStringList(extensions));
    if (!contentTypes.isEmpty())
        match.insert(QStringLiteral("contentTypes"), QJsonArray::fromStringList(contentTypes));
    if (!methods.isEmpty())
        match.insert(QStringLiteral("methods"), QJsonArray::fromStringList(methods));
    if (!match.isEmpty())
        json.insert(QStringLiteral("match"), match);
    json.insert(QStringLiteral("action"), actionName(action));
    // Written whenever set, so that re-validating a rule built in code reports a stray value instead of dropping it.
    if (action == CacheAction::CacheFor || ttlSeconds != 0)
        json.insert(QStringLiteral("ttlSeconds"), ttlSeconds);
    if (overrideBackend)
        json.insert(QStringLiteral("override"), true);
    QJsonObject key;
    if (ignoreQuery)
        key.insert(QStringLiteral("ignoreQuery"), true);
    if (!ignoredParameters.isEmpty())
        key.insert(QStringLiteral("ignoreParameters"), QJsonArray::fromStringList(ignoredParameters));
    if (!key.isEmpty())
        json.insert(QStringLiteral("key"), key);
    QJsonObject bypass;
    if (!bypassCookies.isEmpty())
        bypass.insert(QStringLiteral("cookies"), QJsonArray::fromStringList(bypassCookies));
    if (!bypassHeaders.isEmpty())
        bypass.insert(QStringLiteral("headers"), QJsonArray::fromStringList(bypassHeaders));
    if (!bypass.isEmpty())
        json.insert(QStringLiteral("bypass"), bypass);
    return json;
}

} // namespace Portico
