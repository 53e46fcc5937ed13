// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ChunkedDecoder.h"

#include "http/TrailerParser.h"

namespace Portico {

using namespace HttpChars;

namespace {

// More digits than any sane size can need, and a ceiling that leaves room to add without overflow.
constexpr int MaxSizeDigits = 16;
constexpr qint64 MaxChunkSize = qint64(1) << 62;

} // namespace

ChunkedDecoder::ChunkedDecoder(const HttpLimits& limits)
    : m_limits(limits)
{}

ChunkedDecoder::~ChunkedDecoder() = default;

void ChunkedDecoder::reset()
{
    m_remaining = 0;
    m_digits = 0;
    m_extensionBytes = 0;
    m_state = State::Size;
    m_error = ParseError::None;
    m_trailerParser.reset();
}

std::span<const HttpHeader> ChunkedDecoder::trailers() const
{
    if (m_trailerParser == nullptr)
        return {};
    return m_trailerParser->fields();
}

ChunkedDecoder::Result ChunkedDecoder::fail(ParseError error, qsizetype consumed)
{
    m_state = State::Error;
    m_error = error;
    return Result{Status::Error, error, consumed, {}};
}

ChunkedDecoder::Result ChunkedDecoder::decode(QByteArrayView input, qsizetype maxData)
{
    Q_ASSERT(maxData > 0);
    const char* const bytes = input.data();
    const qsizetype size = input.size();
    qsizetype position = 0;

    for (;;) {
        switch (m_state) {
        case State::Size: {
            while (position < size) {
                const int digit = hexValue(bytes[position]);
                if (digit < 0)
                    break;
                if (++m_digits > MaxSizeDigits)
                    return fail(ParseError::ChunkSizeOverflow, position);
                // Checked before multiplying: 16 digits can exceed 63 bits.
                if (m_remaining > (MaxChunkSize - digit) / 16)
                    return fail(ParseError::ChunkSizeOverflow, position);
                m_remaining = m_remaining * 16 + digit;
                ++position;
            }
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            const char c = bytes[position];
            if (c == '\n')
                return fail(ParseError::BareLf, position);
            if (m_digits == 0)
                return fail(ParseError::InvalidChunkSize, position);
            if (c == '\r')
                m_state = State::SizeLf;
            else if (c == ';')
                m_state = State::Extension;
            else if (isWhitespace(c))
                m_state = State::SizeWhitespace;
            else
                return fail(ParseError::InvalidChunkSize, position);
            // Everything after the digits up to CR counts against maxChunkExtensionBytes.
            m_extensionBytes = c == '\r' ? 0 : 1;
            ++position;
            break;
        }
        case State::SizeWhitespace: {
            // BWS before ";" (RFC 9112 7.1.1); whitespace then CRLF is not in the grammar.
            while (position < size && isWhitespace(bytes[position])) {
                if (++m_extensionBytes > m_limits.maxChunkExtensionBytes)
                    return fail(ParseError::ChunkExtensionTooLong, position);
                ++position;
            }
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            const char c = bytes[position];
            if (c == '\n')
                return fail(ParseError::BareLf, position);
            if (c != ';')
                return fail(ParseError::InvalidChunkExtension, position);
            m_state = State::Extension;
            ++position;
            break;
        }
        case State::Extension: {
            // Extensions are skipped, not interpreted: only their characters and length are checked.
            while (position < size) {
                const char c = bytes[position];
                if (c == '\r')
                    break;
                if (c == '\n')
                    return fail(ParseError::BareLf, position);
                if (!hasClass(c, FieldValueClass))
                    return fail(ParseError::InvalidChunkExtension, position);
                if (++m_extensionBytes > m_limits.maxChunkExtensionBytes)
                    return fail(ParseError::ChunkExtensionTooLong, position);
                ++position;
            }
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            m_state = State::SizeLf;
            ++position;
            break;
        }
        case State::SizeLf:
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            if (bytes[position] != '\n')
                return fail(ParseError::InvalidChunkSize, position);
            ++position;
            m_state = m_remaining == 0 ? State::Trailers : State::Data;
            break;
        case State::Data: {
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            const qsizetype take =
                qMin(qMin(m_remaining, qint64(size - position)), qint64(qMax<qsizetype>(maxData, 1)));
            const QByteArrayView data(bytes + position, take);
            position += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::DataCr;
            return Result{Status::Data, ParseError::None, position, data};
        }
        case State::DataCr:
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            if (bytes[position] != '\r')
                return fail(ParseError::MissingChunkDataCrlf, position);
            ++position;
            m_state = State::DataLf;
            break;
        case State::DataLf:
            if (position == size)
                return Result{Status::NeedMore, ParseError::None, position, {}};
            if (bytes[position] != '\n')
                return fail(ParseError::MissingChunkDataCrlf, position);
            ++position;
            m_state = State::Size;
            m_digits = 0;
            m_extensionBytes = 0;
            break;
        case State::Trailers:
            return decodeTrailers(input, position);
        case State::Done:
            return Result{Status::Done, ParseError::None, 0, {}};
        case State::Error:
            return Result{Status::Error, m_error, 0, {}};
        }
    }
}

ChunkedDecoder::Result ChunkedDecoder::decodeTrailers(QByteArrayView input, qsizetype position)
{
    const QByteArrayView rest = input.sliced(position);
    if (m_trailerParser == nullptr) {
        // The usual case: no trailer fields, just the final CRLF.
        if (rest.isEmpty() || (rest.size() == 1 && rest.front() == '\r'))
            return Result{Status::NeedMore, ParseError::None, position, {}};
        if (rest[0] == '\r' && rest[1] == '\n') {
            m_state = State::Done;
            return Result{Status::Done, ParseError::None, position + 2, {}};
        }
        m_trailerParser = std::make_unique<TrailerParser>(m_limits);
    }
    const TrailerParser::Result result = m_trailerParser->parse(rest);
    switch (result.status) {
    case TrailerParser::Status::NeedMore:
        return Result{Status::NeedMore, ParseError::None, position, {}};
    case TrailerParser::Status::Error:
        return fail(result.error, position);
    case TrailerParser::Status::Complete:
        break;
    }
    m_state = State::Done;
    return Result{Status::Done, ParseError::None, position + result.consumed, {}};
}

} // namespace Portico
