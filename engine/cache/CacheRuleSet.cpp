// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRuleSet.h"

namespace Portico {

// Skeleton (issue 7).
CacheRuleSet::CacheRuleSet(const SiteCacheConfig& config)
    : m_config(config)
{
}

CacheRequestOutcome CacheRuleSet::matchRequest(const CacheRequestFacts&, QStringView) const
{
    return {};
}

CacheRuleOutcome CacheRuleSet::matchResponse(const CacheRequestOutcome&, QByteArrayView) const
{
    return {};
}

bool CacheRuleSet::globMatches(QStringView, QByteArrayView)
{
    return false;
}

} // namespace Portico
