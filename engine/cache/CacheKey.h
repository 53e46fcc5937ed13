// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace Portico {

class CacheEntry;
class CacheRequestFacts;
class CacheRequestOutcome;

// The cache key (RFC 9111 2): scheme, site, host and target with the query as the admin's rules keep it;
// and Vary's secondary keys, with the request's fields normalized (RFC 9111 4.1) so that
// "gzip, br" and "br,gzip" share a variant.
class CacheKey
{
public:
    // scheme: "http" or "https"; host lower-cased and without a default port by this function.
    static QByteArray primary(QByteArrayView scheme, QStringView site, QByteArrayView host, QByteArrayView path,
                              QByteArrayView query, const CacheRequestOutcome& rules);
    // The query without the ignored parameters (or empty when all are ignored), order kept.
    static QByteArray keptQuery(QByteArrayView query, bool ignoreAll, const QList<QByteArray>& ignoredParameters);
    // The request's value of one field, normalized: Accept-Encoding becomes the coding Portico would
    // pick ("br", "gzip" or "identity"); other fields get the whitespace around list elements removed
    // and several lines joined (the order stays: it can carry a preference). Absent and empty are alike.
    static QByteArray normalizedValue(QByteArrayView lowerCaseName, const CacheRequestFacts& request);
    // Whether the entry's stored vary values equal the request's.
    static bool varyMatches(const CacheEntry& entry, const CacheRequestFacts& request);
};

} // namespace Portico
