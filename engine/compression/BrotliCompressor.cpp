// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/BrotliCompressor.h"

#include <brotli/encode.h>

#include <algorithm>

namespace Portico {

namespace {

// A 4 MiB window (the library's default): more would cost every client's decoder memory for little gain.
constexpr int windowBits = 22;

} // namespace

BrotliCompressor::BrotliCompressor(int quality)
    : m_state(BrotliEncoderCreateInstance(nullptr, nullptr, nullptr))
{
    if (m_state == nullptr)
        return;
    BrotliEncoderSetParameter(m_state, BROTLI_PARAM_QUALITY, static_cast<uint32_t>(std::clamp(quality, 0, 11)));
    BrotliEncoderSetParameter(m_state, BROTLI_PARAM_LGWIN, windowBits);
}

BrotliCompressor::~BrotliCompressor()
{
    if (m_state != nullptr)
        BrotliEncoderDestroyInstance(m_state);
}

bool BrotliCompressor::compress(QByteArrayView input, QByteArray& out)
{
    return run(input, false, out);
}

bool BrotliCompressor::finish(QByteArray& out)
{
    if (!run({}, true, out))
        return false;
    m_finished = true;
    return true;
}

bool BrotliCompressor::run(QByteArrayView input, bool finishing, QByteArray& out)
{
    if (m_state == nullptr || m_finished)
        return false;
    const auto operation = finishing ? BROTLI_OPERATION_FINISH : BROTLI_OPERATION_PROCESS;
    size_t availableIn = static_cast<size_t>(input.size());
    const uint8_t* nextIn = reinterpret_cast<const uint8_t*>(input.data());
    for (;;) {
        size_t availableOut = 0;
        if (!BrotliEncoderCompressStream(m_state, operation, &availableIn, &nextIn, &availableOut, nullptr, nullptr))
            return false;
        // Take the encoder's own output buffer: no guessing at sizes, one copy into out.
        size_t produced = 0;
        while (BrotliEncoderHasMoreOutput(m_state)) {
            const uint8_t* output = BrotliEncoderTakeOutput(m_state, &produced);
            out.append(reinterpret_cast<const char*>(output), static_cast<qsizetype>(produced));
        }
        const bool done = finishing ? BrotliEncoderIsFinished(m_state) : availableIn == 0;
        if (done)
            return true;
    }
}

} // namespace Portico
