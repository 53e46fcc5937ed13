// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntry.h"

#include "http/HttpChars.h"

namespace Portico {

namespace {
// The object, the lists' bookkeeping and the allocator's share: enough that many tiny entries
// cannot overrun the memory cap by hiding in "zero" sizes.
constexpr qint64 fixedOverhead = 256;
constexpr qint64 perFieldOverhead = 32;
} // namespace

qint64 CacheEntry::sizeBytes() const
{
    qint64 size = fixedOverhead + body.size() + key.size() + reason.size() + path.size() +
                  site.size() * qint64(sizeof(QChar)) + contentEncoding.size() + etag.size() + lastModified.size();
    for (const auto& [name, value] : headers)
        size += perFieldOverhead + name.size() + value.size();
    for (const QByteArray& name : varyNames)
        size += perFieldOverhead + name.size();
    for (const QByteArray& value : varyValues)
        size += perFieldOverhead + value.size();
    return size;
}

QByteArrayView CacheEntry::header(QByteArrayView name) const
{
    for (const auto& [fieldName, value] : headers) {
        if (HttpChars::equalsIgnoreCase(fieldName, name))
            return value.isNull() ? QByteArrayView("") : QByteArrayView(value);
    }
    return {};
}

} // namespace Portico
