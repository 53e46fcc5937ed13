// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/ByteRange.h"

namespace Portico {

// Skeleton (issue 7).
ByteRange ByteRange::parse(QByteArrayView, qint64)
{
    return {};
}

} // namespace Portico
