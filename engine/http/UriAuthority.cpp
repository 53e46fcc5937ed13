// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/UriAuthority.h"

#include "http/HttpChars.h"

namespace Portico {

using namespace HttpChars;

bool UriAuthority::isValid(QByteArrayView authority, Port port, Host host)
{
    QByteArrayView portText;
    bool hasPort = false;
    if (!authority.isEmpty() && authority.front() == '[') {
        // IP-literal: IPv6 (with an optional zone) or IPvFuture; the characters are checked, not the address.
        const qsizetype close = authority.indexOf(']');
        if (close < 2)
            return false;
        for (const char c : authority.sliced(1, close - 1)) {
            if (c != ':' && !hasClass(c, RegNameClass))
                return false;
        }
        const QByteArrayView rest = authority.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (rest.front() != ':')
                return false;
            hasPort = true;
            portText = rest.sliced(1);
        }
    } else {
        qsizetype colon = authority.size() - 1;
        while (colon >= 0 && authority[colon] != ':')
            --colon;
        const QByteArrayView hostText = colon >= 0 ? authority.first(colon) : authority;
        if (colon >= 0) {
            hasPort = true;
            portText = authority.sliced(colon + 1);
        }
        if (firstNotInClass(hostText, RegNameClass) != hostText.size())
            return false;
        if (hostText.isEmpty() && (host == Host::Required || hasPort))
            return false;
    }
    if (!hasPort)
        return port == Port::Optional;
    // RFC 3986 allows an empty port after the colon; a CONNECT target needs a real one.
    if (portText.isEmpty())
        return port == Port::Optional;
    if (portText.size() > 5)
        return false;
    int value = 0;
    for (const char c : portText) {
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    return value <= 65535;
}

} // namespace Portico
