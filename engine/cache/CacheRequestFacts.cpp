// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRequestFacts.h"

namespace Portico {

// Skeleton (issue 7).
QByteArrayView CacheRequestFacts::field(QByteArrayView) const
{
    return {};
}

QList<QByteArrayView> CacheRequestFacts::fieldValues(QByteArrayView) const
{
    return {};
}

} // namespace Portico
