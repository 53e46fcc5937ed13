// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/Compressor.h"

#include <zlib.h>

namespace Portico {

// gzip (RFC 1952) through zlib's deflate with the gzip wrapper.
class GzipCompressor final : public Compressor
{
public:
    explicit GzipCompressor(int level);
    ~GzipCompressor() override;
    GzipCompressor(const GzipCompressor&) = delete;
    GzipCompressor& operator=(const GzipCompressor&) = delete;

    // False when zlib could not set up the stream (out of memory); compress() and finish() then fail.
    bool isValid() const { return m_valid; }

    ContentCoding coding() const override { return ContentCoding::Gzip; }
    bool compress(QByteArrayView input, QByteArray& out) override;
    bool finish(QByteArray& out) override;

private:
    bool run(QByteArrayView input, int flush, QByteArray& out);

    z_stream m_stream{};
    bool m_valid = false;
    bool m_finished = false;
};

} // namespace Portico
