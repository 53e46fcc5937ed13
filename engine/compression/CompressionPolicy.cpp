// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionPolicy.h"

#include "compression/CompressionConfig.h"

namespace Portico {

// Skeleton (issue 7).
CompressionPolicy::Verdict CompressionPolicy::decide(const CompressionConfig&, bool, QByteArrayView, bool, bool,
                                                     const ResponseHead&, ContentCoding&)
{
    return Verdict::Off;
}

bool CompressionPolicy::typeMatches(QByteArrayView, const CompressionConfig&)
{
    return false;
}

QByteArray CompressionPolicy::weakenedEtag(QByteArrayView etag)
{
    return etag.toByteArray();
}

} // namespace Portico
