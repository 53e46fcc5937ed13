// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HeadParser.h"
#include "http/RequestHead.h"

namespace Portico {

// Strict, incremental, zero-copy parser for one HTTP/1.1 request head (RFC 9112, with the
// request-smuggling rules of issue 3). Usage per message:
//   Result r = parser.parse(buffer);   // all bytes of this head received so far; again when more arrive
//   Complete -> parser.head() is valid while buffer is unchanged; the body starts at r.consumed.
//   Error    -> answer httpStatusFor(r.error) and close.
//   reset() before the next request (pipelined bytes: parse(buffer.sliced(r.consumed + bodyLength))).
class RequestParser final : public HeadParser
{
public:
    explicit RequestParser(const HttpLimits& limits = HttpLimits());

    Result parse(QByteArrayView data);
    const RequestHead& head() const { return m_head; }
    void reset();

private:
    ParseError parseStartLine(QByteArrayView line) override;
    ParseError addField(HttpHeader& field) override;
    ParseError finish() override;
    void rebase(quintptr from, quintptr to) override;

    ParseError parseTarget();
    static HttpMethod methodKind(QByteArrayView method);

    RequestHead m_head;
    bool m_expectsContinue = false;
    bool m_unsupportedExpectation = false;
};

} // namespace Portico
