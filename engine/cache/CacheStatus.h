// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Portico {

// The Cache-Status response field (RFC 9211) Portico adds to every response of a site with caching on.
class CacheStatus
{
public:
    enum class Outcome
    {
        Hit,      // "hit": served from the cache, fresh
        StaleHit, // "hit" of a stale entry (stale-while-revalidate, stale-if-error): detail says which
        UriMiss,  // "fwd=uri-miss": nothing stored for the key
        VaryMiss, // "fwd=vary-miss": stored, but not for these request fields
        Stale,    // "fwd=stale": stored but stale, forwarded (conditionally when it has validators)
        Request,  // "fwd=request": the client asked for a fresh answer (no-cache, max-age=0)
        Bypass,   // "fwd=bypass": an admin rule or a bypass cookie or header; detail says which
        Method,   // "fwd=method": a method the cache does not serve (POST, ...)
    };

    Outcome outcome = Outcome::UriMiss;
    // The backend's status when the request went there (fwd-status); 0 when it did not.
    int forwardStatus = 0;
    // Freshness left in seconds (negative when stale); emitted for hits and forwarded stale entries.
    bool hasTtl = false;
    qint64 ttlSeconds = 0;
    // The response was stored for later requests.
    bool stored = false;
    // This request waited for another one's identical miss instead of going to the backend itself.
    bool collapsed = false;
    // A short token: "stale-while-revalidate", "stale-if-error", "cookie", "header", "rule", "override".
    QByteArray detail;

    // The field value, "Portico; hit; ttl=42" or "Portico; fwd=uri-miss; fwd-status=200; stored".
    QByteArray value() const;
};

} // namespace Portico
