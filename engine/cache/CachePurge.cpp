// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CachePurge.h"

#include "cache/CacheEntry.h"

namespace Portico {

bool CachePurge::matches(const CacheEntry& entry) const
{
    switch (scope) {
    case Scope::Url:
        return (site.isEmpty() || entry.site == site) && entry.path == path;
    case Scope::Prefix:
        return (site.isEmpty() || entry.site == site) && entry.path.startsWith(path);
    case Scope::Site:
        return entry.site == site;
    case Scope::All:
        return true;
    }
    return false;
}

} // namespace Portico
