// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HeadParser.h"
#include "http/HttpMethod.h"
#include "http/ResponseHead.h"

namespace Portico {

// Incremental, zero-copy parser for an upstream response head, with the same field rules as
// RequestParser. The body framing depends on the request: tell it the method first (it survives
// reset(), so after a 1xx head the caller just resets and parses the bytes that follow).
// Any error means the upstream is broken: answer 502 and do not reuse the connection.
class ResponseParser final : public HeadParser
{
public:
    explicit ResponseParser(const HttpLimits& limits = HttpLimits());

    void setRequestMethod(HttpMethod method) { m_requestMethod = method; }
    HttpMethod requestMethod() const { return m_requestMethod; }

    Result parse(QByteArrayView data);
    const ResponseHead& head() const { return m_head; }
    void reset();

private:
    ParseError parseStartLine(QByteArrayView line) override;
    ParseError addField(HttpHeader& field) override;
    ParseError finish() override;
    void rebase(quintptr from, quintptr to) override;

    ResponseHead m_head;
    HttpMethod m_requestMethod = HttpMethod::Get;
};

} // namespace Portico
