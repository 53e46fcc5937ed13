// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/Compressor.h"

struct BrotliEncoderStateStruct;

namespace Portico {

// br (RFC 7932) through libbrotlienc's streaming encoder.
class BrotliCompressor final : public Compressor
{
public:
    explicit BrotliCompressor(int quality);
    ~BrotliCompressor() override;
    BrotliCompressor(const BrotliCompressor&) = delete;
    BrotliCompressor& operator=(const BrotliCompressor&) = delete;

    // False when the encoder could not be created (out of memory); compress() and finish() then fail.
    bool isValid() const { return m_state != nullptr; }

    ContentCoding coding() const override { return ContentCoding::Brotli; }
    bool compress(QByteArrayView input, QByteArray& out) override;
    bool finish(QByteArray& out) override;

private:
    bool run(QByteArrayView input, bool finishing, QByteArray& out);

    BrotliEncoderStateStruct* m_state = nullptr;
    bool m_finished = false;
};

} // namespace Portico
