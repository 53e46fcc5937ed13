// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CachePolicy.h"

namespace Portico {

// Skeleton (issue 7).
CachePolicy::StoreVerdict CachePolicy::prepare(const CacheRequestFacts&, const ResponseHead&, const CacheRuleOutcome&,
                                               qint64, qint64, CacheEntry&)
{
    return StoreVerdict::NoFreshness;
}

qint64 CachePolicy::currentAgeMs(const CacheEntry&, qint64)
{
    return 0;
}

qint64 CachePolicy::remainingMs(const CacheEntry&, qint64)
{
    return -1;
}

CachePolicy::Use CachePolicy::use(const CacheEntry&, const CacheRequestFacts&, qint64)
{
    return Use::Validate;
}

bool CachePolicy::mayServeOnError(const CacheEntry&, const CacheRequestFacts&, qint64)
{
    return false;
}

std::shared_ptr<const CacheEntry> CachePolicy::freshened(const CacheEntry& stored, const ResponseHead&,
                                                         const CacheRuleOutcome&, qint64, qint64)
{
    return std::make_shared<const CacheEntry>(stored);
}

bool CachePolicy::invalidates(HttpMethod, int)
{
    return false;
}

bool CachePolicy::heuristicallyCacheable(int)
{
    return false;
}

} // namespace Portico
