// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheKey.h"

namespace Portico {

// Skeleton (issue 7).
QByteArray CacheKey::primary(QByteArrayView, QStringView, QByteArrayView, QByteArrayView, QByteArrayView,
                             const CacheRequestOutcome&)
{
    return {};
}

QByteArray CacheKey::keptQuery(QByteArrayView query, bool, const QList<QByteArray>&)
{
    return query.toByteArray();
}

QByteArray CacheKey::normalizedValue(QByteArrayView, const CacheRequestFacts&)
{
    return {};
}

bool CacheKey::varyMatches(const CacheEntry&, const CacheRequestFacts&)
{
    return false;
}

} // namespace Portico
