// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheEntry.h"

namespace Portico {

// Skeleton (issue 7): policy helper implements.
qint64 CacheEntry::sizeBytes() const
{
    return body.size();
}

QByteArrayView CacheEntry::header(QByteArrayView) const
{
    return {};
}

} // namespace Portico
