// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentDecoder.h"

#include <brotli/decode.h>
#include <zlib.h>

namespace Portico::Test {

QByteArray ContentDecoder::gunzip(const QByteArray& data)
{
    z_stream stream{};
    // 15 + 16: the largest window, gzip wrapper only.
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    // zlib's API is not const-correct; inflate never writes to its input.
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    QByteArray out("");
    int result = Z_OK;
    char buffer[16384];
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
    }
    const bool complete = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    return complete ? out : QByteArray();
}

QByteArray ContentDecoder::unbrotli(const QByteArray& data)
{
    BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (state == nullptr)
        return {};
    size_t availableIn = static_cast<size_t>(data.size());
    const uint8_t* nextIn = reinterpret_cast<const uint8_t*>(data.constData());
    QByteArray out("");
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        uint8_t buffer[16384];
        size_t availableOut = sizeof buffer;
        uint8_t* nextOut = buffer;
        result = BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        out.append(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(sizeof buffer - availableOut));
    }
    BrotliDecoderDestroyInstance(state);
    return result == BROTLI_DECODER_RESULT_SUCCESS && availableIn == 0 ? out : QByteArray();
}

QByteArray ContentDecoder::decode(ContentCoding coding, const QByteArray& data)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return gunzip(data);
    case ContentCoding::Brotli:
        return unbrotli(data);
    case ContentCoding::Identity:
        break;
    }
    return data;
}

QByteArray ContentDecoder::decode(const QByteArray& contentEncoding, const QByteArray& data)
{
    if (contentEncoding.isEmpty())
        return data;
    if (contentEncoding == "gzip")
        return gunzip(data);
    if (contentEncoding == "br")
        return unbrotli(data);
    return {};
}

} // namespace Portico::Test
