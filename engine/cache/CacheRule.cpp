// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRule.h"

#include "config/JsonReader.h"

namespace Portico {

// Skeleton (issue 7).
CacheRule CacheRule::read(JsonReader&)
{
    return {};
}

QJsonObject CacheRule::toJson() const
{
    return {};
}

} // namespace Portico
