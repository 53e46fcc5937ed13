// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"
#include "http/HttpMethod.h"

#include <memory>

namespace Portico {

class CacheControl;
class CacheRequestFacts;
class CacheRuleOutcome;
class ResponseHead;

// RFC 9111 for a shared cache: what may be stored, for how long it is fresh, when a stored response may
// be used, and how a 304 updates it. Pure functions of their inputs; times are milliseconds since the epoch.
class CachePolicy
{
public:
    enum class StoreVerdict
    {
        Store,
        Method,         // not GET (HEAD responses are never stored; they are served from GET entries)
        Status,         // a status that is neither heuristically cacheable nor given explicit freshness
        NoStore,        // no-store in the request or the response
        Private,        // private (without field names)
        Authorization,  // the request had Authorization and the response did not allow sharing it
        SetCookie,      // Set-Cookie without an admin rule's override (Portico is stricter than RFC 9111 here)
        VaryAll,        // Vary: *
        NoFreshness,    // nothing makes it fresh and it has no validator worth keeping
        PartialContent, // 206 and other incomplete answers
        RuleNever,      // an admin rule says never
        TooLarge,       // larger than settings.cache.maxObjectMb
    };

    // Decides whether response (to request) may be stored and fills in everything of entry that the
    // heads say: status, reason, stored fields (private=/no-cache= fields removed), vary names and the
    // request's normalized values, lifetimes (fields, heuristic, or rule), validators and times. key,
    // site, path and body are the caller's.
    static StoreVerdict prepare(const CacheRequestFacts& request, const ResponseHead& response,
                                const CacheRuleOutcome& rule, qint64 requestTimeMs, qint64 responseTimeMs,
                                CacheEntry& entry);

    // RFC 9111 4.2.3, in milliseconds.
    static qint64 currentAgeMs(const CacheEntry& entry, qint64 nowMs);
    // Freshness left (negative once stale), in milliseconds.
    static qint64 remainingMs(const CacheEntry& entry, qint64 nowMs);

    enum class Use
    {
        Fresh,                // serve as it is
        StaleWhileRevalidate, // serve, and refresh it in the background
        Validate,             // ask the backend (conditionally when the entry has validators)
    };
    // Whether the stored entry may answer this request now (request directives max-age, min-fresh,
    // max-stale, no-cache, and Pragma: no-cache; the entry's no-cache and must-revalidate).
    static Use use(const CacheEntry& entry, const CacheRequestFacts& request, qint64 nowMs);
    // After an error or a 5xx from the backend: whether the stale entry may be served instead
    // (stale-if-error; never with must-revalidate).
    static bool mayServeOnError(const CacheEntry& entry, const CacheRequestFacts& request, qint64 nowMs);

    // RFC 9111 4.3.4: a new entry with the stored body and its fields updated from the 304.
    static std::shared_ptr<const CacheEntry> freshened(const CacheEntry& stored, const ResponseHead& notModified,
                                                       const CacheRuleOutcome& rule, qint64 requestTimeMs,
                                                       qint64 responseTimeMs);

    // RFC 9111 4.4: whether a response of this status to this method invalidates the target (and the
    // Location and Content-Location URLs of the same host).
    static bool invalidates(HttpMethod method, int status);
    // Statuses RFC 9110 15.1 calls heuristically cacheable.
    static bool heuristicallyCacheable(int status);
};

} // namespace Portico
