// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheStatus.h"

namespace Portico {

namespace {

QByteArrayView forwardReason(CacheStatus::Outcome outcome)
{
    switch (outcome) {
    case CacheStatus::Outcome::UriMiss:
        return "uri-miss";
    case CacheStatus::Outcome::VaryMiss:
        return "vary-miss";
    case CacheStatus::Outcome::Stale:
        return "stale";
    case CacheStatus::Outcome::Request:
        return "request";
    case CacheStatus::Outcome::Bypass:
        return "bypass";
    case CacheStatus::Outcome::Method:
        return "method";
    case CacheStatus::Outcome::Hit:
    case CacheStatus::Outcome::StaleHit:
        break;
    }
    return {};
}

// An sf-token (RFC 8941 3.3.4) when the detail is one, else an sf-string.
QByteArray structuredItem(const QByteArray& text)
{
    const auto tokenStart = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '*';
    };
    const auto tokenChar = [tokenStart](char c) {
        return tokenStart(c) || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'+-.^_`|~:/").contains(c);
    };
    bool token = !text.isEmpty() && tokenStart(text.front());
    for (const char c : text)
        token = token && tokenChar(c);
    if (token)
        return text;
    QByteArray quoted = "\"";
    for (const char c : text) {
        if (c < 0x20 || c > 0x7e)
            continue; // sf-string is printable ASCII only
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

QByteArray CacheStatus::value() const
{
    QByteArray field = "Portico";
    const QByteArrayView forward = forwardReason(outcome);
    if (forward.isEmpty()) {
        field += "; hit";
    } else {
        field += "; fwd=";
        field += forward;
        if (forwardStatus > 0)
            field += "; fwd-status=" + QByteArray::number(forwardStatus);
    }
    if (hasTtl)
        field += "; ttl=" + QByteArray::number(ttlSeconds);
    if (stored)
        field += "; stored";
    if (collapsed)
        field += "; collapsed";
    if (!detail.isEmpty())
        field += "; detail=" + structuredItem(detail);
    return field;
}

} // namespace Portico
