// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HeadParser.h"

#include <span>

namespace Portico {

// The trailer section after a chunked body's last chunk: field lines up to an empty line, with
// the head's field rules and limits (maxHeaderBytes, maxHeaderCount). Used by ChunkedDecoder.
class TrailerParser final : public HeadParser
{
public:
    explicit TrailerParser(const HttpLimits& limits);

    // data starts at the first byte of the trailer section.
    Result parse(QByteArrayView data) { return run(data); }
    std::span<const HttpHeader> fields() const { return {m_fields.constData(), static_cast<size_t>(m_fields.size())}; }

private:
    ParseError parseStartLine(QByteArrayView line) override;
    ParseError addField(HttpHeader& field) override;
    ParseError finish() override;
    void rebase(quintptr from, quintptr to) override;

    QVarLengthArray<HttpHeader, 4> m_fields;
};

} // namespace Portico
