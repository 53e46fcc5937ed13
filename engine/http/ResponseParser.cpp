// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ResponseParser.h"

#include <cstring>

namespace Portico {

using namespace HttpChars;

ResponseParser::ResponseParser(const HttpLimits& limits)
    : HeadParser(limits, true, false)
{}

ResponseParser::Result ResponseParser::parse(QByteArrayView data)
{
    const Result result = run(data);
    if (result.status == Status::Complete)
        m_head.size = result.consumed;
    return result;
}

void ResponseParser::reset()
{
    restart();
    m_head.clear();
}

void ResponseParser::rebase(quintptr from, quintptr to)
{
    m_head.rebase(from, to);
}

ParseError ResponseParser::parseStartLine(QByteArrayView line)
{
    // HTTP-version SP 3DIGIT SP [reason-phrase]; "HTTP/1.1 200" without the second SP is common
    // enough from real servers to accept.
    const void* space = std::memchr(line.data(), ' ', static_cast<size_t>(line.size()));
    if (space == nullptr)
        return ParseError::InvalidStatusLine;
    const QByteArrayView version = line.first(static_cast<const char*>(space) - line.data());
    const ParseError versionError = parseVersion(version, m_head.versionMinor);
    if (versionError != ParseError::None)
        return versionError;
    const QByteArrayView rest = line.sliced(version.size() + 1);
    if (rest.size() < 3 || !isDigit(rest[0]) || !isDigit(rest[1]) || !isDigit(rest[2]))
        return ParseError::InvalidStatusLine;
    const int status = (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
    if (status < 100 || status > 599)
        return ParseError::InvalidStatusLine;
    QByteArrayView reason = rest.sliced(3);
    if (!reason.isEmpty()) {
        if (reason.front() != ' ')
            return ParseError::InvalidStatusLine;
        reason = reason.sliced(1);
        if (firstNotFieldValue(reason) != reason.size())
            return ParseError::InvalidStatusLine;
    }
    m_head.status = status;
    m_head.reason = reason;
    return ParseError::None;
}

ParseError ResponseParser::addField(HttpHeader& field)
{
    const ParseError error = applyFramingField(m_head, field);
    if (error != ParseError::None)
        return error;
    m_head.headers.append(field);
    return ParseError::None;
}

ParseError ResponseParser::finish()
{
    const ParseError error = finishFraming(m_head);
    if (error != ParseError::None)
        return error;
    // RFC 9112 6.3, in its order.
    const int status = m_head.status;
    if (m_requestMethod == HttpMethod::Head || status < 200 || status == 204 || status == 304) {
        m_head.framing = BodyFraming::None;
    } else if (m_requestMethod == HttpMethod::Connect && status < 300) {
        m_head.framing = BodyFraming::None;
        m_head.tunnel = true;
        m_head.keepAlive = false;
    } else if (m_head.framing == BodyFraming::None) {
        m_head.framing = BodyFraming::UntilClose;
        m_head.keepAlive = false;
    }
    if (m_head.switchesProtocols())
        m_head.keepAlive = false;
    return ParseError::None;
}

} // namespace Portico
