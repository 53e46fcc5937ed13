// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ConditionalRequest.h"

namespace Portico {

// Skeleton (issue 7).
bool ConditionalRequest::notModified(const CacheRequestFacts&, const CacheEntry&)
{
    return false;
}

bool ConditionalRequest::rangeApplies(const CacheRequestFacts&, const CacheEntry&)
{
    return true;
}

bool ConditionalRequest::isConditional(const CacheRequestFacts&)
{
    return false;
}

bool ConditionalRequest::weakMatchAny(QByteArrayView, QByteArrayView)
{
    return false;
}

} // namespace Portico
