// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route/HostName.h"

namespace Portico {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// RFC 3986 reg-name: unreserved, pct-encoded and sub-delims.
bool isRegNameChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case '%':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

bool isPort(QByteArrayView text)
{
    for (const char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

} // namespace

bool HostName::parse(QByteArrayView raw)
{
    m_size = 0;
    if (raw.isEmpty())
        return true;

    QByteArrayView host;
    if (raw.front() == '[') {
        const qsizetype close = raw.indexOf(']');
        if (close < 2)
            return false;
        host = raw.first(close + 1);
        const QByteArrayView rest = raw.sliced(close + 1);
        if (!rest.isEmpty() && (rest.front() != ':' || !isPort(rest.sliced(1))))
            return false;
        bool hasColon = false;
        for (const char c : host.sliced(1, host.size() - 2)) {
            if (c == ':')
                hasColon = true;
            else if (!isHexDigit(c) && c != '.')
                return false;
        }
        if (!hasColon)
            return false;
    } else {
        const qsizetype colon = raw.indexOf(':');
        host = colon < 0 ? raw : raw.first(colon);
        if (colon >= 0 && !isPort(raw.sliced(colon + 1)))
            return false;
        for (const char c : host) {
            if (!isRegNameChar(c))
                return false;
        }
        // "example.com." is the same name written fully qualified.
        if (host.endsWith('.'))
            host.chop(1);
        if (host.isEmpty())
            return false;
    }
    if (host.size() > maxSize)
        return false;
    for (const char c : host)
        m_bytes[static_cast<std::size_t>(m_size++)] = toLower(c);
    return true;
}

} // namespace Portico
