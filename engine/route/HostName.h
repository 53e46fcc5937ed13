// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <array>

namespace Portico {

// A Host header value (or the authority of an absolute-form target) in the form server names are
// compared in: lower case, without the port and one trailing dot; IPv6 literals keep their brackets.
// Kept in a fixed buffer so that routing a request allocates nothing.
class HostName
{
public:
    // A DNS name has at most 253 characters; a bracketed IPv6 literal fewer.
    static constexpr qsizetype maxSize = 255;

    // False when the value is not a host (RFC 3986 reg-name, IPv4 or bracketed IP literal) with an
    // optional port. An empty value is valid (HTTP/1.0 without Host) and matches only the default site.
    bool parse(QByteArrayView raw);

    QByteArrayView view() const { return QByteArrayView(m_bytes.data(), m_size); }
    bool isEmpty() const { return m_size == 0; }
    bool isIpLiteral() const { return m_size > 0 && m_bytes[0] == '['; }

private:
    // Only the first m_size bytes are ever read; clearing the rest would cost every request.
    std::array<char, maxSize> m_bytes;
    qsizetype m_size = 0;
};

} // namespace Portico
