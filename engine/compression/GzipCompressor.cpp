// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/GzipCompressor.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace Portico {

namespace {

// 15 = the largest window; +16 asks zlib for the gzip header and trailer instead of zlib's.
constexpr int gzipWindowBits = 15 + 16;
constexpr int memoryLevel = 8;
constexpr qsizetype maxStep = 256 * 1024;

} // namespace

GzipCompressor::GzipCompressor(int level)
{
    m_valid = deflateInit2(&m_stream, std::clamp(level, 1, 9), Z_DEFLATED, gzipWindowBits, memoryLevel,
                           Z_DEFAULT_STRATEGY) == Z_OK;
}

GzipCompressor::~GzipCompressor()
{
    if (m_valid)
        deflateEnd(&m_stream);
}

bool GzipCompressor::compress(QByteArrayView input, QByteArray& out)
{
    return run(input, Z_NO_FLUSH, out);
}

bool GzipCompressor::finish(QByteArray& out)
{
    if (!run({}, Z_FINISH, out))
        return false;
    m_finished = true;
    return true;
}

bool GzipCompressor::run(QByteArrayView input, int flush, QByteArray& out)
{
    if (!m_valid || m_finished)
        return false;
    const char* next = input.data();
    qsizetype left = input.size();
    // avail_in is a uInt: feed very large inputs in slices.
    constexpr qsizetype maxSlice = std::numeric_limits<uInt>::max();
    do {
        const qsizetype slice = std::min(left, maxSlice);
        // zlib's API is not const-correct; deflate never writes to its input.
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(next));
        m_stream.avail_in = static_cast<uInt>(slice);
        const int sliceFlush = left > slice ? Z_NO_FLUSH : flush;
        int result = Z_OK;
        do {
            // Grow out by what deflate can at most produce for what is left, plus room for the trailer, in
            // steps of at most maxStep so that a large input does not reserve its whole size at once.
            const qsizetype before = out.size();
            const qsizetype bound = static_cast<qsizetype>(deflateBound(&m_stream, m_stream.avail_in)) + 64;
            const qsizetype room = std::min(bound, maxStep);
            out.resize(before + room);
            m_stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
            m_stream.avail_out = static_cast<uInt>(room);
            result = deflate(&m_stream, sliceFlush);
            out.resize(before + room - m_stream.avail_out);
            // Z_BUF_ERROR while finishing with room left would mean no progress is possible: never loop on it.
            if (result == Z_STREAM_ERROR ||
                (result == Z_BUF_ERROR && sliceFlush == Z_FINISH && m_stream.avail_out != 0))
                return false;
        } while (m_stream.avail_out == 0 || (sliceFlush == Z_FINISH && result != Z_STREAM_END));
        next += slice;
        left -= slice;
    } while (left > 0);
    m_stream.next_in = nullptr;
    return true;
}

} // namespace Portico
