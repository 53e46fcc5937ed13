// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/RequestParser.h"

#include "http/UriAuthority.h"

#include <cstring>

namespace Portico {

using namespace HttpChars;

RequestParser::RequestParser(const HttpLimits& limits)
    : HeadParser(limits, true, true)
{}

RequestParser::Result RequestParser::parse(QByteArrayView data)
{
    const Result result = run(data);
    if (result.status == Status::Complete)
        m_head.size = result.consumed;
    return result;
}

void RequestParser::reset()
{
    restart();
    m_head.clear();
    m_expectsContinue = false;
    m_unsupportedExpectation = false;
}

void RequestParser::rebase(quintptr from, quintptr to)
{
    m_head.rebase(from, to);
}

HttpMethod RequestParser::methodKind(QByteArrayView method)
{
    // Methods are case-sensitive (RFC 9110 9.1): "get" is an extension method.
    switch (method.size()) {
    case 3:
        if (method == "GET")
            return HttpMethod::Get;
        return method == "PUT" ? HttpMethod::Put : HttpMethod::Other;
    case 4:
        if (method == "POST")
            return HttpMethod::Post;
        return method == "HEAD" ? HttpMethod::Head : HttpMethod::Other;
    case 5:
        if (method == "PATCH")
            return HttpMethod::Patch;
        return method == "TRACE" ? HttpMethod::Trace : HttpMethod::Other;
    case 6:
        return method == "DELETE" ? HttpMethod::Delete : HttpMethod::Other;
    case 7:
        if (method == "OPTIONS")
            return HttpMethod::Options;
        return method == "CONNECT" ? HttpMethod::Connect : HttpMethod::Other;
    default:
        return HttpMethod::Other;
    }
}

ParseError RequestParser::parseStartLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces only.
    const void* space = std::memchr(line.data(), ' ', static_cast<size_t>(line.size()));
    if (space == nullptr)
        return ParseError::InvalidRequestLine;
    const QByteArrayView method = line.first(static_cast<const char*>(space) - line.data());
    if (!isToken(method))
        return ParseError::InvalidMethod;
    const QByteArrayView rest = line.sliced(method.size() + 1);
    qsizetype lastSpace = rest.size() - 1;
    while (lastSpace >= 0 && rest[lastSpace] != ' ')
        --lastSpace;
    if (lastSpace < 0)
        return ParseError::InvalidRequestLine;
    const ParseError versionError = parseVersion(rest.sliced(lastSpace + 1), m_head.versionMinor);
    if (versionError != ParseError::None)
        return versionError;
    const QByteArrayView target = rest.first(lastSpace);
    if (target.isEmpty() || firstNotTarget(target) != target.size())
        return ParseError::InvalidTarget;
    m_head.method = method;
    m_head.methodKind = methodKind(method);
    m_head.target = target;
    return parseTarget();
}

ParseError RequestParser::parseTarget()
{
    const QByteArrayView target = m_head.target;
    if (m_head.methodKind == HttpMethod::Connect) {
        if (target.front() == '/' || target == "*")
            return ParseError::TargetFormNotAllowed;
        if (!UriAuthority::isValid(target, UriAuthority::Port::Required, UriAuthority::Host::Required))
            return ParseError::InvalidTarget;
        m_head.targetForm = RequestHead::TargetForm::Authority;
        m_head.authority = target;
        return ParseError::None;
    }
    if (target.front() == '/') {
        m_head.targetForm = RequestHead::TargetForm::Origin;
        m_head.path = target;
        return ParseError::None;
    }
    if (target == "*") {
        if (m_head.methodKind != HttpMethod::Options)
            return ParseError::TargetFormNotAllowed;
        m_head.targetForm = RequestHead::TargetForm::Asterisk;
        m_head.path = target;
        return ParseError::None;
    }
    const qsizetype schemeEnd = target.indexOf("://");
    if (schemeEnd < 0) {
        if (UriAuthority::isValid(target, UriAuthority::Port::Required, UriAuthority::Host::Required))
            return ParseError::TargetFormNotAllowed;
        return ParseError::InvalidTarget;
    }
    const QByteArrayView scheme = target.first(schemeEnd);
    if (!equalsIgnoreCase(scheme, "http") && !equalsIgnoreCase(scheme, "https"))
        return ParseError::InvalidTarget;
    const QByteArrayView afterScheme = target.sliced(schemeEnd + 3);
    qsizetype authorityEnd = 0;
    while (authorityEnd < afterScheme.size()) {
        const char c = afterScheme[authorityEnd];
        if (c == '/' || c == '?' || c == '#')
            break;
        ++authorityEnd;
    }
    const QByteArrayView authority = afterScheme.first(authorityEnd);
    // UriAuthority rejects "@": userinfo in a request target is an error (RFC 9110 4.2.4).
    if (!UriAuthority::isValid(authority, UriAuthority::Port::Optional, UriAuthority::Host::Required))
        return ParseError::InvalidTarget;
    m_head.targetForm = RequestHead::TargetForm::Absolute;
    m_head.scheme = scheme;
    m_head.authority = authority;
    m_head.path = afterScheme.sliced(authorityEnd);
    return ParseError::None;
}

ParseError RequestParser::addField(HttpHeader& field)
{
    const ParseError error = applyFramingField(m_head, field);
    if (error != ParseError::None)
        return error;
    if (field.kind == HttpHeader::Kind::Host) {
        if (m_head.hasHost)
            return ParseError::DuplicateHost;
        if (!UriAuthority::isValid(field.value, UriAuthority::Port::Optional, UriAuthority::Host::MayBeEmpty))
            return ParseError::InvalidHost;
        m_head.hasHost = true;
        m_head.host = field.value;
    } else if (field.kind == HttpHeader::Kind::Expect) {
        forEachListElement(field.value, [this](QByteArrayView expectation) {
            if (equalsIgnoreCase(expectation, "100-continue"))
                m_expectsContinue = true;
            else
                m_unsupportedExpectation = true;
        });
    }
    m_head.headers.append(field);
    return ParseError::None;
}

ParseError RequestParser::finish()
{
    const bool http11 = m_head.versionMinor >= 1;
    if (http11 && !m_head.hasHost)
        return ParseError::MissingHost;
    const ParseError error = finishFraming(m_head);
    if (error != ParseError::None)
        return error;
    // HTTP/1.0 had no Expect: ignore it there (RFC 9110 10.1.1). Unknown expectations get 417.
    if (http11) {
        if (m_unsupportedExpectation)
            return ParseError::UnsupportedExpectation;
        m_head.expectContinue = m_expectsContinue;
        // An Upgrade in HTTP/1.0 must be ignored (RFC 9110 7.8).
        m_head.upgradeRequested = m_head.hasUpgrade && m_head.connectionUpgrade;
    }
    return ParseError::None;
}

} // namespace Portico
