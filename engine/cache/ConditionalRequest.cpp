// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ConditionalRequest.h"

#include "cache/CacheEntry.h"
#include "cache/CacheRequestFacts.h"
#include "cache/HttpDate.h"
#include "http/HttpChars.h"

namespace Portico {

namespace {

struct EntityTag
{
    bool weak = false;
    // With its quotes.
    QByteArrayView opaque;
};

// Reads one entity-tag at position (after whitespace and commas); false at the end or on junk.
bool nextEntityTag(QByteArrayView list, qsizetype& position, EntityTag& tag)
{
    while (position < list.size() && (list[position] == ',' || HttpChars::isWhitespace(list[position])))
        ++position;
    if (position >= list.size())
        return false;
    tag.weak = false;
    if (list.sliced(position).startsWith("W/")) {
        tag.weak = true;
        position += 2;
    }
    if (position >= list.size() || list[position] != '"')
        return false;
    const qsizetype closing = list.indexOf('"', position + 1);
    if (closing < 0)
        return false;
    tag.opaque = list.sliced(position, closing - position + 1);
    position = closing + 1;
    return true;
}

bool parseOne(QByteArrayView text, EntityTag& tag)
{
    qsizetype position = 0;
    text = HttpChars::trimmed(text);
    return nextEntityTag(text, position, tag) && position == text.size();
}

} // namespace

bool ConditionalRequest::notModified(const CacheRequestFacts& request, const CacheEntry& entry)
{
    if (request.method != HttpMethod::Get && request.method != HttpMethod::Head)
        return false;
    // RFC 9110 13.2.2: If-None-Match, when present, decides alone.
    const QList<QByteArrayView> noneMatch = request.fieldValues("if-none-match");
    if (!noneMatch.isEmpty()) {
        for (const QByteArrayView list : noneMatch) {
            if (weakMatchAny(list, entry.etag))
                return true;
        }
        return false;
    }
    const QByteArrayView modifiedSince = request.field("if-modified-since");
    if (modifiedSince.data() == nullptr || entry.lastModified.isEmpty())
        return false;
    const std::optional<qint64> since = HttpDate::parse(modifiedSince);
    const std::optional<qint64> lastModified = HttpDate::parse(entry.lastModified);
    return since && lastModified && *lastModified <= *since;
}

bool ConditionalRequest::rangeApplies(const CacheRequestFacts& request, const CacheEntry& entry)
{
    const QByteArrayView field = request.field("if-range");
    if (field.data() == nullptr)
        return true;
    const QByteArrayView ifRange = HttpChars::trimmed(field);
    if (ifRange.startsWith("W/") || ifRange.startsWith('"')) {
        // Strong comparison: both strong and the same opaque tag.
        EntityTag wanted;
        EntityTag stored;
        if (!parseOne(ifRange, wanted) || !parseOne(entry.etag, stored))
            return false;
        return !wanted.weak && !stored.weak && wanted.opaque == stored.opaque;
    }
    if (entry.lastModified.isEmpty())
        return false;
    const std::optional<qint64> date = HttpDate::parse(ifRange);
    const std::optional<qint64> lastModified = HttpDate::parse(entry.lastModified);
    return date && lastModified && *date == *lastModified;
}

bool ConditionalRequest::isConditional(const CacheRequestFacts& request)
{
    return request.field("if-none-match").data() != nullptr || request.field("if-modified-since").data() != nullptr;
}

bool ConditionalRequest::weakMatchAny(QByteArrayView list, QByteArrayView etag)
{
    list = HttpChars::trimmed(list);
    if (list == "*")
        return true;
    EntityTag stored;
    if (!parseOne(etag, stored))
        return false;
    qsizetype position = 0;
    EntityTag candidate;
    while (nextEntityTag(list, position, candidate)) {
        if (candidate.opaque == stored.opaque)
            return true;
    }
    return false;
}

} // namespace Portico
