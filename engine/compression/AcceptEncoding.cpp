// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/AcceptEncoding.h"

namespace Portico {

// Skeleton (issue 7).
ContentCoding AcceptEncoding::negotiate(QByteArrayView, bool, bool)
{
    return ContentCoding::Identity;
}

} // namespace Portico
