// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CachePurge.h"

#include "cache/CacheEntry.h"

namespace Portico {

// Skeleton (issue 7).
bool CachePurge::matches(const CacheEntry&) const
{
    return scope == Scope::All;
}

} // namespace Portico
