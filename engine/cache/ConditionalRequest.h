// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Portico {

class CacheEntry;
class CacheRequestFacts;

// Preconditions evaluated by the cache against a stored response (RFC 9110 13).
class ConditionalRequest
{
public:
    // If-None-Match (weak comparison), else If-Modified-Since, for GET and HEAD: true when the answer is 304.
    static bool notModified(const CacheRequestFacts& request, const CacheEntry& entry);
    // If-Range (RFC 9110 13.1.5): whether a Range may be honoured; true when the request has no If-Range.
    static bool rangeApplies(const CacheRequestFacts& request, const CacheEntry& entry);
    // Whether the request carries a precondition the cache evaluates (If-None-Match, If-Modified-Since).
    static bool isConditional(const CacheRequestFacts& request);
    // "W/\"a\"" and "\"a\"" match weakly; lists and "*" are handled.
    static bool weakMatchAny(QByteArrayView list, QByteArrayView etag);
};

} // namespace Portico
