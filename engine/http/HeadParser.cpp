// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HeadParser.h"

#include <cstring>
#include <limits>

namespace Portico {

using namespace HttpChars;

HeadParser::HeadParser(const HttpLimits& limits, bool hasStartLine, bool skipLeadingEmptyLines)
    : m_limits(limits)
    , m_stage(hasStartLine ? Stage::StartLine : Stage::Fields)
    , m_hasStartLine(hasStartLine)
    , m_skipLeadingEmptyLines(skipLeadingEmptyLines)
{}

void HeadParser::restart()
{
    m_result = Result();
    m_base = nullptr;
    m_lineStart = 0;
    m_searchFrom = 0;
    m_fieldsStart = 0;
    m_fieldCount = 0;
    m_stage = m_hasStartLine ? Stage::StartLine : Stage::Fields;
    m_contentLengthSeen = false;
    m_transferEncodingSeen = false;
    m_transferEncodingMalformed = false;
    m_lastCodingChunked = false;
    m_otherCoding = false;
    m_connectionNamesFields = false;
    m_codingCount = 0;
    m_chunkedCount = 0;
}

HeadParser::Result HeadParser::fail(ParseError error)
{
    m_result = Result{Status::Error, error, 0};
    return m_result;
}

HeadParser::Result HeadParser::run(QByteArrayView data)
{
    if (m_result.status != Status::NeedMore)
        return m_result;
    const char* const base = data.data();
    const qsizetype size = data.size();
    Q_ASSERT(size >= m_searchFrom);
    if (m_base != nullptr && base != m_base && m_searchFrom > 0)
        rebase(reinterpret_cast<quintptr>(m_base), reinterpret_cast<quintptr>(base));
    m_base = base;

    for (;;) {
        const void* found = m_searchFrom < size
                                ? std::memchr(base + m_searchFrom, '\n', static_cast<size_t>(size - m_searchFrom))
                                : nullptr;
        if (found == nullptr) {
            m_searchFrom = size;
            return checkPartialLine(base, size);
        }
        const qsizetype lf = static_cast<const char*>(found) - base;
        const qsizetype next = lf + 1;
        const bool crlf = lf > m_lineStart && base[lf - 1] == '\r';
        // Limits first, as checkPartialLine() would have judged these bytes had they come one by one:
        // the outcome must not depend on how the bytes were split.
        if (m_stage == Stage::StartLine) {
            if (lf - m_lineStart - (crlf ? 1 : 0) > m_limits.maxRequestLineBytes)
                return fail(ParseError::StartLineTooLong);
        } else if (next - m_fieldsStart > m_limits.maxHeaderBytes) {
            return fail(ParseError::HeaderSectionTooLarge);
        }
        if (!crlf)
            return fail(ParseError::BareLf);
        const QByteArrayView line(base + m_lineStart, lf - 1 - m_lineStart);
        ParseError error = ParseError::None;

        if (m_stage == Stage::StartLine) {
            if (line.isEmpty() && m_skipLeadingEmptyLines) {
                // RFC 9112 2.2: ignore empty lines before a request line, within the same budget.
                if (next > m_limits.maxRequestLineBytes)
                    return fail(ParseError::StartLineTooLong);
                m_lineStart = m_searchFrom = next;
                continue;
            }
            error = parseStartLine(line);
            m_stage = Stage::Fields;
            m_fieldsStart = next;
        } else {
            if (line.isEmpty()) {
                error = finish();
                if (error != ParseError::None)
                    return fail(error);
                m_result = Result{Status::Complete, ParseError::None, next};
                return m_result;
            }
            if (++m_fieldCount > m_limits.maxHeaderCount)
                return fail(ParseError::TooManyHeaderFields);
            HttpHeader field;
            error = HttpHeader::parseLine(line, field);
            if (error == ParseError::None)
                error = addField(field);
        }
        if (error != ParseError::None)
            return fail(error);
        m_lineStart = m_searchFrom = next;
    }
}

// No LF after the current line yet: reject as soon as the limit is certainly exceeded instead of
// buffering up to the client header timeout.
HeadParser::Result HeadParser::checkPartialLine(const char* base, qsizetype size)
{
    if (m_stage == Stage::StartLine) {
        qsizetype length = size - m_lineStart;
        if (length > 0 && base[size - 1] == '\r')
            --length;
        if (length > m_limits.maxRequestLineBytes)
            return fail(ParseError::StartLineTooLong);
    } else if (size - m_fieldsStart > m_limits.maxHeaderBytes) {
        return fail(ParseError::HeaderSectionTooLarge);
    }
    return m_result;
}

ParseError HeadParser::parseVersion(QByteArrayView version, int& minor)
{
    if (version.size() < 6 || !version.startsWith("HTTP/"))
        return ParseError::InvalidVersion;
    const QByteArrayView number = version.sliced(5);
    if (number.size() == 3 && isDigit(number[0]) && number[1] == '.' && isDigit(number[2])) {
        if (number[0] != '1')
            return ParseError::UnsupportedVersion;
        minor = number[2] == '0' ? 0 : 1;
        return ParseError::None;
    }
    // "HTTP/2", "HTTP/3": a version we do not speak rather than garbage.
    if (number.size() == 1 && isDigit(number[0]) && number[0] != '1')
        return ParseError::UnsupportedVersion;
    return ParseError::InvalidVersion;
}

ParseError HeadParser::applyFramingField(MessageHead& head, HttpHeader& field)
{
    switch (field.kind) {
    case HttpHeader::Kind::ContentLength: {
        // Duplicates are rejected even when equal: a list form is where parsers disagree (smuggling).
        if (m_contentLengthSeen)
            return ParseError::DuplicateContentLength;
        m_contentLengthSeen = true;
        const QByteArrayView value = field.value;
        if (value.isEmpty())
            return ParseError::InvalidContentLength;
        qint64 length = 0;
        for (const char c : value) {
            if (!isDigit(c))
                return ParseError::InvalidContentLength;
            const int digit = c - '0';
            if (length > (std::numeric_limits<qint64>::max() - digit) / 10)
                return ParseError::InvalidContentLength;
            length = length * 10 + digit;
        }
        head.contentLength = length;
        break;
    }
    case HttpHeader::Kind::TransferEncoding:
        field.hopByHop = true;
        // Several field lines form one list (RFC 9110 5.3); judged as a whole in finishFraming().
        m_transferEncodingSeen = true;
        forEachListElement(field.value, [this](QByteArrayView coding) {
            if (!isToken(coding)) {
                // Includes parameters ("chunked;x=1"): nothing we accept carries them.
                m_transferEncodingMalformed = true;
                return;
            }
            ++m_codingCount;
            m_lastCodingChunked = equalsIgnoreCase(coding, "chunked");
            if (m_lastCodingChunked)
                ++m_chunkedCount;
            else
                m_otherCoding = true;
        });
        break;
    case HttpHeader::Kind::Connection:
        field.hopByHop = true;
        forEachListElement(field.value, [this, &head](QByteArrayView option) {
            if (equalsIgnoreCase(option, "close"))
                head.connectionClose = true;
            else if (equalsIgnoreCase(option, "keep-alive"))
                head.connectionKeepAlive = true;
            else if (equalsIgnoreCase(option, "upgrade"))
                head.connectionUpgrade = true;
            else
                m_connectionNamesFields = true;
        });
        break;
    case HttpHeader::Kind::Upgrade:
        field.hopByHop = true;
        if (!head.hasUpgrade) {
            head.hasUpgrade = true;
            head.upgrade = field.value;
        }
        break;
    case HttpHeader::Kind::KeepAlive:
    case HttpHeader::Kind::Te:
    case HttpHeader::Kind::Trailer:
    case HttpHeader::Kind::ProxyConnection:
        field.hopByHop = true;
        break;
    default:
        break;
    }
    return ParseError::None;
}

ParseError HeadParser::transferEncodingVerdict() const
{
    if (m_transferEncodingMalformed || m_codingCount == 0 || !m_lastCodingChunked || m_chunkedCount > 1)
        return ParseError::InvalidTransferEncoding;
    if (m_otherCoding)
        return ParseError::UnsupportedTransferCoding;
    return ParseError::None;
}

ParseError HeadParser::finishFraming(MessageHead& head)
{
    if (m_transferEncodingSeen) {
        // RFC 9112 6.1: Transfer-Encoding in HTTP/1.0 means faulty framing.
        if (head.versionMinor == 0)
            return ParseError::TransferEncodingInHttp10;
        if (m_contentLengthSeen)
            return ParseError::ContentLengthWithTransferEncoding;
        const ParseError verdict = transferEncodingVerdict();
        if (verdict != ParseError::None)
            return verdict;
        head.framing = BodyFraming::Chunked;
    } else if (m_contentLengthSeen) {
        head.framing = BodyFraming::ContentLength;
    }
    if (m_connectionNamesFields)
        markFieldsNamedByConnection(head);
    head.keepAlive = !head.connectionClose && (head.versionMinor >= 1 || head.connectionKeepAlive);
    return ParseError::None;
}

void HeadParser::markFieldsNamedByConnection(MessageHead& head)
{
    for (const HttpHeader& connection : head.headers) {
        if (connection.kind != HttpHeader::Kind::Connection)
            continue;
        forEachListElement(connection.value, [&head](QByteArrayView name) {
            for (HttpHeader& field : head.headers) {
                // Host and Content-Length are never dropped on a client's say-so: routing and
                // framing depend on them.
                if (field.kind == HttpHeader::Kind::Host || field.kind == HttpHeader::Kind::ContentLength)
                    continue;
                if (!field.hopByHop && field.nameIs(name))
                    field.hopByHop = true;
            }
        });
    }
}

} // namespace Portico
