// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntryCodec.h"

namespace Portico {

// Skeleton (issue 7).
QByteArray CacheEntryCodec::encode(const CacheEntry&)
{
    return {};
}

std::optional<CacheEntry> CacheEntryCodec::decode(QByteArrayView)
{
    return std::nullopt;
}

} // namespace Portico
