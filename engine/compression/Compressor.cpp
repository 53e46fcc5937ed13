// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/Compressor.h"

namespace Portico {

// Skeleton (issue 7): the compression helper adds the gzip and brotli classes.
std::unique_ptr<Compressor> Compressor::create(ContentCoding, int)
{
    return nullptr;
}

QByteArray Compressor::compressAll(ContentCoding, int, QByteArrayView)
{
    return {};
}

} // namespace Portico
