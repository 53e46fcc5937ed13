// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheKey.h"

#include "cache/CacheEntry.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRequestOutcome.h"
#include "compression/AcceptEncoding.h"
#include "http/HttpChars.h"

namespace Portico {

namespace {
constexpr char separator = '\x1f';
} // namespace

QByteArray CacheKey::primary(QByteArrayView scheme, QStringView site, QByteArrayView host, QByteArrayView path,
                             QByteArrayView query, const CacheRequestOutcome& rules)
{
    QByteArray lowerHost = host.toByteArray().toLower();
    const bool https = HttpChars::equalsIgnoreCase(scheme, "https");
    const QByteArrayView defaultPort = https ? QByteArrayView(":443") : QByteArrayView(":80");
    // "[::1]:80" ends with the port too; "[::1:80]" does not (the bracket comes last).
    if (lowerHost.endsWith(defaultPort))
        lowerHost.chop(defaultPort.size());

    const QByteArray kept = keptQuery(query, rules.ignoreQuery, rules.ignoredParameters);
    QByteArray key;
    key.reserve(scheme.size() + site.size() + lowerHost.size() + path.size() + kept.size() + 4);
    key += scheme.toByteArray().toLower();
    key += separator;
    key += site.toUtf8();
    key += separator;
    key += lowerHost;
    key += path;
    if (!kept.isEmpty()) {
        key += '?';
        key += kept;
    }
    return key;
}

QByteArray CacheKey::keptQuery(QByteArrayView query, bool ignoreAll, const QList<QByteArray>& ignoredParameters)
{
    if (ignoreAll)
        return {};
    if (ignoredParameters.isEmpty())
        return query.toByteArray();
    QByteArray kept;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= query.size(); ++i) {
        if (i < query.size() && query[i] != '&')
            continue;
        const QByteArrayView parameter = query.sliced(start, i - start);
        start = i + 1;
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf('=');
        const QByteArrayView name = equals < 0 ? parameter : parameter.first(equals);
        if (ignoredParameters.contains(name))
            continue;
        if (!kept.isEmpty())
            kept += '&';
        kept += parameter;
    }
    return kept;
}

QByteArray CacheKey::normalizedValue(QByteArrayView lowerCaseName, const CacheRequestFacts& request)
{
    const QList<QByteArrayView> values = request.fieldValues(lowerCaseName);
    if (lowerCaseName == "accept-encoding") {
        QByteArray joined;
        for (const QByteArrayView value : values) {
            if (!joined.isEmpty())
                joined += ',';
            joined += value;
        }
        const QByteArrayView field = values.isEmpty() ? QByteArrayView() : QByteArrayView(joined);
        return contentCodingToken(AcceptEncoding::negotiate(field, true, true)).toByteArray();
    }
    // Several lines are one comma-separated list (RFC 9110 5.3); whitespace around the elements
    // carries no meaning, so "en, fr" and "en,fr" share a variant.
    QByteArray normalized;
    for (const QByteArrayView value : values) {
        HttpChars::forEachListElement(value, [&normalized](QByteArrayView element) {
            if (!normalized.isEmpty())
                normalized += ',';
            normalized += element;
        });
    }
    return normalized;
}

bool CacheKey::varyMatches(const CacheEntry& entry, const CacheRequestFacts& request)
{
    if (entry.varyNames.size() != entry.varyValues.size())
        return false;
    for (qsizetype i = 0; i < entry.varyNames.size(); ++i) {
        if (normalizedValue(entry.varyNames[i], request) != entry.varyValues[i])
            return false;
    }
    return true;
}

} // namespace Portico
