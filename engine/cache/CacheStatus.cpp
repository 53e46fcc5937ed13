// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheStatus.h"

namespace Portico {

// Skeleton (issue 7).
QByteArray CacheStatus::value() const
{
    return QByteArrayLiteral("Portico");
}

} // namespace Portico
