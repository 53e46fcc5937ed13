// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpHeader.h"

#include <cstring>

namespace Portico {

using namespace HttpChars;

HttpHeader::Kind HttpHeader::classify(QByteArrayView name)
{
    // Dispatch on length first: most names are rejected by one integer compare.
    switch (name.size()) {
    case 2:
        return equalsIgnoreCase(name, "te") ? Kind::Te : Kind::Other;
    case 3:
        return equalsIgnoreCase(name, "via") ? Kind::Via : Kind::Other;
    case 4:
        return equalsIgnoreCase(name, "host") ? Kind::Host : Kind::Other;
    case 6:
        return equalsIgnoreCase(name, "expect") ? Kind::Expect : Kind::Other;
    case 7:
        if (equalsIgnoreCase(name, "upgrade"))
            return Kind::Upgrade;
        return equalsIgnoreCase(name, "trailer") ? Kind::Trailer : Kind::Other;
    case 9:
        return equalsIgnoreCase(name, "forwarded") ? Kind::Forwarded : Kind::Other;
    case 10:
        if (equalsIgnoreCase(name, "connection"))
            return Kind::Connection;
        return equalsIgnoreCase(name, "keep-alive") ? Kind::KeepAlive : Kind::Other;
    case 12:
        return equalsIgnoreCase(name, "x-request-id") ? Kind::XRequestId : Kind::Other;
    case 14:
        return equalsIgnoreCase(name, "content-length") ? Kind::ContentLength : Kind::Other;
    case 15:
        return equalsIgnoreCase(name, "x-forwarded-for") ? Kind::XForwardedFor : Kind::Other;
    case 16:
        if (equalsIgnoreCase(name, "x-forwarded-host"))
            return Kind::XForwardedHost;
        return equalsIgnoreCase(name, "proxy-connection") ? Kind::ProxyConnection : Kind::Other;
    case 17:
        if (equalsIgnoreCase(name, "transfer-encoding"))
            return Kind::TransferEncoding;
        return equalsIgnoreCase(name, "x-forwarded-proto") ? Kind::XForwardedProto : Kind::Other;
    default:
        return Kind::Other;
    }
}

ParseError HttpHeader::parseLine(QByteArrayView line, HttpHeader& out)
{
    if (isWhitespace(line.front()))
        return ParseError::ObsFold;
    const void* colon = std::memchr(line.data(), ':', static_cast<size_t>(line.size()));
    if (colon == nullptr)
        return ParseError::InvalidFieldName;
    const qsizetype nameSize = static_cast<const char*>(colon) - line.data();
    const QByteArrayView name = line.first(nameSize);
    if (name.isEmpty())
        return ParseError::InvalidFieldName;
    if (isWhitespace(name.back()))
        return ParseError::WhitespaceBeforeColon;
    if (firstNotInClass(name, TokenClass) != nameSize)
        return ParseError::InvalidFieldName;
    const QByteArrayView rawValue = line.sliced(nameSize + 1);
    if (firstNotFieldValue(rawValue) != rawValue.size())
        return ParseError::InvalidFieldValue;
    out.name = name;
    out.value = trimmed(rawValue);
    out.kind = classify(name);
    return ParseError::None;
}

QByteArrayView HttpHeader::rebased(QByteArrayView view, quintptr from, quintptr to)
{
    if (view.data() == nullptr)
        return view;
    const quintptr moved = reinterpret_cast<quintptr>(view.data()) - from + to;
    return QByteArrayView(reinterpret_cast<const char*>(moved), view.size());
}

void HttpHeader::rebase(quintptr from, quintptr to)
{
    name = rebased(name, from, to);
    value = rebased(value, from, to);
}

} // namespace Portico
