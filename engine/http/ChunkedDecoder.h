// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpHeader.h"
#include "http/HttpLimits.h"

#include <QByteArrayView>

#include <limits>
#include <memory>
#include <span>

namespace Portico {

class TrailerParser;

// Incremental decoder of a chunked body (RFC 9112 7.1), for requests and responses alike. It never
// copies or buffers payload: each Data result is a view into the input it was given. Memory is
// bounded by the state below plus, only while a trailer section arrives, that section (at most
// maxHeaderBytes) which the caller keeps in its buffer.
//
// Loop: r = decode(input); input = input.sliced(r.consumed); forward r.data; until NeedMore/Done/Error.
//   NeedMore: input[consumed..] (only ever part of a trailer section) must be passed again, followed by more.
//   Data:     r.data is payload; call again with the rest of the input.
//   Done:     the last chunk and the trailer section ended at consumed; what follows is the next message.
class ChunkedDecoder
{
public:
    enum class Status : quint8
    {
        NeedMore,
        Data,
        Done,
        Error,
    };

    struct Result
    {
        Status status = Status::NeedMore;
        ParseError error = ParseError::None;
        qsizetype consumed = 0;
        QByteArrayView data;
    };

    explicit ChunkedDecoder(const HttpLimits& limits = HttpLimits());
    ~ChunkedDecoder();
    ChunkedDecoder(const ChunkedDecoder&) = delete;
    ChunkedDecoder& operator=(const ChunkedDecoder&) = delete;

    // maxData caps the payload returned by one call (backpressure: what the other side can take now).
    Result decode(QByteArrayView input, qsizetype maxData = std::numeric_limits<qsizetype>::max());
    // After Done: the trailer fields, views into the input of the call that returned Done.
    std::span<const HttpHeader> trailers() const;
    bool isDone() const { return m_state == State::Done; }
    ParseError error() const { return m_error; }
    void reset();

private:
    enum class State : quint8
    {
        Size,
        SizeWhitespace,
        Extension,
        SizeLf,
        Data,
        DataCr,
        DataLf,
        Trailers,
        Done,
        Error,
    };

    Result fail(ParseError error, qsizetype consumed);
    Result decodeTrailers(QByteArrayView input, qsizetype position);

    HttpLimits m_limits;
    // While reading a size line: the size so far; while reading data: the bytes left in the chunk.
    qint64 m_remaining = 0;
    int m_digits = 0;
    int m_extensionBytes = 0;
    State m_state = State::Size;
    ParseError m_error = ParseError::None;
    // Only allocated when a body actually carries trailer fields.
    std::unique_ptr<TrailerParser> m_trailerParser;
};

} // namespace Portico
