// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/Compressor.h"

#include "compression/BrotliCompressor.h"
#include "compression/GzipCompressor.h"

namespace Portico {

std::unique_ptr<Compressor> Compressor::create(ContentCoding coding, int level)
{
    switch (coding) {
    case ContentCoding::Gzip: {
        auto gzip = std::make_unique<GzipCompressor>(level);
        if (gzip->isValid())
            return gzip;
        break;
    }
    case ContentCoding::Brotli: {
        auto brotli = std::make_unique<BrotliCompressor>(level);
        if (brotli->isValid())
            return brotli;
        break;
    }
    case ContentCoding::Identity:
        break;
    }
    return nullptr;
}

QByteArray Compressor::compressAll(ContentCoding coding, int level, QByteArrayView data)
{
    const std::unique_ptr<Compressor> compressor = create(coding, level);
    if (!compressor)
        return {};
    QByteArray out;
    // Compressible input usually shrinks to well under half.
    out.reserve(data.size() / 2 + 64);
    if (!compressor->compress(data, out) || !compressor->finish(out))
        return {};
    return out;
}

} // namespace Portico
