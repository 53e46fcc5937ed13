// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Portico {

// One stored response (RFC 9111 3): immutable once stored and shared between the tiers and the
// connections serving it, so a hit copies nothing. A 304 or a purge makes a new entry or drops it.
class CacheEntry
{
public:
    // The primary key (CacheKey::primary) and, for Vary, the names of the fields the response named
    // (lower case) with the request's normalized values of them when stored, in the same order.
    QByteArray key;
    QList<QByteArray> varyNames;
    QList<QByteArray> varyValues;
    // For purges and the Cache page: the site's name and the request path without the query.
    QString site;
    QByteArray path;

    int status = 200;
    QByteArray reason;
    // End-to-end fields as the backend sent them, minus hop-by-hop fields, Content-Length,
    // Transfer-Encoding and Age (Portico writes those itself).
    QList<QPair<QByteArray, QByteArray>> headers;
    // The payload, decoded from any chunked framing; already compressed when contentEncoding is set.
    QByteArray body;
    // "br" or "gzip" when Portico or the backend compressed the body, else empty.
    QByteArray contentEncoding;

    // Inputs of the age calculation (RFC 9111 4.2.3), in milliseconds since the epoch (UTC).
    qint64 requestTimeMs = 0;
    qint64 responseTimeMs = 0;
    // The Date field, or responseTimeMs without one.
    qint64 dateMs = 0;
    // The Age field as received, in seconds.
    qint64 ageSeconds = 0;

    // Decided when stored: from the fields, a heuristic (RFC 9111 4.2.2) or an admin rule's override.
    qint64 freshnessLifetimeMs = 0;
    qint64 staleWhileRevalidateMs = 0;
    qint64 staleIfErrorMs = 0;
    bool heuristic = false;
    bool overridden = false;
    // must-revalidate, proxy-revalidate or s-maxage: never served stale, not even on errors.
    bool mustRevalidate = false;
    // no-cache (without field names): stored, but validated before every use.
    bool noCache = false;
    // Validators, empty when absent.
    QByteArray etag;
    QByteArray lastModified;
    // The admin rule that decided (CacheRuleSet order), -1 for the backend's own headers.
    int ruleIndex = -1;

    // Memory it takes, roughly: body, fields and keys.
    qint64 sizeBytes() const;
    // The first stored field of that name (case-insensitive); empty view when none.
    QByteArrayView header(QByteArrayView name) const;
};

} // namespace Portico
