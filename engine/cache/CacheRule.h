// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Portico {

class JsonReader;

enum class CacheAction
{
    // Follow the backend's Cache-Control and Expires (RFC 9111).
    RespectBackend,
    // Keep for ttlSeconds when the backend says nothing; with overrideBackend also when it says
    // no-cache or gives its own lifetime. no-store, private and Set-Cookie are still obeyed.
    CacheFor,
    NeverCache,
};

// One admin rule of a site's cache (JSON sites[].cache.rules[]). A request matches when every
// criterion given matches; the first matching rule decides.
class CacheRule
{
public:
    QString name;
    // Only requests of the route with this path prefix; empty for every route of the site.
    QString route;
    // Criteria (an empty list matches anything). Globs: "*" within a segment, "**" across; match the path.
    QStringList pathGlobs;
    // Without the dot, lower case: "css", "js".
    QStringList extensions;
    // Response content types without parameters, "image/*" allowed.
    QStringList contentTypes;
    // Upper case; empty means GET and HEAD.
    QStringList methods;

    CacheAction action = CacheAction::RespectBackend;
    qint64 ttlSeconds = 0;
    bool overrideBackend = false;

    // Key: drop the whole query, or these parameters.
    bool ignoreQuery = false;
    QStringList ignoredParameters;
    // Go straight to the backend (no lookup, nothing stored) when the request has one of these
    // cookies or header fields: logged-in users.
    QStringList bypassCookies;
    QStringList bypassHeaders;

    static CacheRule read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CacheRule&) const = default;

    // One year: longer lifetimes are a typo more often than a wish (RFC 9111 caps Expires alike).
    static constexpr qint64 maxTtlSeconds = 31'536'000;
    static constexpr qsizetype maxGlobLength = 255;

    // JSON names of the actions ("cache", "never", "respect").
    static QString actionName(CacheAction action);
    // Starts with "/" or "*", printable ASCII without spaces or "#", no "***", at most maxGlobLength.
    static bool isValidGlob(const QString& glob);
    // Without the dot: letters, digits, "-", "_", "+", "~" (compared in lower case).
    static bool isValidExtension(const QString& extension);
    // "type/subtype" or "type/*", both tokens, no parameters.
    static bool isValidContentType(const QString& contentType);
};

} // namespace Portico
