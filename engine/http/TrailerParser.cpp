// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/TrailerParser.h"

namespace Portico {

TrailerParser::TrailerParser(const HttpLimits& limits)
    : HeadParser(limits, false, false)
{}

ParseError TrailerParser::parseStartLine(QByteArrayView)
{
    Q_UNREACHABLE();
    return ParseError::None;
}

ParseError TrailerParser::addField(HttpHeader& field)
{
    // Framing, routing and hop-by-hop fields are not allowed to take effect from a trailer
    // (RFC 9110 6.5.1): mark them so the forwarder drops them.
    field.hopByHop = field.kind != HttpHeader::Kind::Other;
    m_fields.append(field);
    return ParseError::None;
}

ParseError TrailerParser::finish()
{
    return ParseError::None;
}

void TrailerParser::rebase(quintptr from, quintptr to)
{
    for (HttpHeader& field : m_fields)
        field.rebase(from, to);
}

} // namespace Portico
