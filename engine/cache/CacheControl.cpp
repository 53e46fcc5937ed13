// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheControl.h"

namespace Portico {

// Skeleton (issue 7).
void CacheControl::parse(QByteArrayView) {}

CacheControl CacheControl::fromValues(const QList<QByteArrayView>& values)
{
    CacheControl directives;
    for (const QByteArrayView value : values)
        directives.parse(value);
    return directives;
}

} // namespace Portico
