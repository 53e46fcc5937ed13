// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/BodyFraming.h"
#include "http/HttpHeader.h"

#include <QVarLengthArray>

namespace Portico {

// What requests and responses share: the fields in order and the facts derived from them while
// parsing. Every view points into the caller's buffer and is valid only while that buffer is
// unchanged (the parser moves them itself when it is handed a reallocated buffer mid-head).
class MessageHead
{
public:
    // 32 fields inline: typical heads never touch the heap.
    QVarLengthArray<HttpHeader, 32> headers;
    // Bytes the head took in the buffer, including its final empty line (and, for requests, ignored
    // empty lines before the request line). The body or the next message starts here.
    qsizetype size = 0;
    // -1 without a Content-Length field. Kept for information when the framing ignores it.
    qint64 contentLength = -1;
    BodyFraming framing = BodyFraming::None;
    // HTTP/1.minor; 1.2 to 1.9 count as 1.1 (RFC 9110 2.5).
    int versionMinor = 1;
    // Whether the connection may carry another message after this one.
    bool keepAlive = false;
    // Connection field options.
    bool connectionClose = false;
    bool connectionKeepAlive = false;
    bool connectionUpgrade = false;
    // An Upgrade field is present; upgrade is the first one's value.
    bool hasUpgrade = false;
    QByteArrayView upgrade;

    // The first field with that name (case-insensitive), or nullptr.
    const HttpHeader* find(QByteArrayView name) const;
    const HttpHeader* find(HttpHeader::Kind kind) const;

    void clear();
    void rebase(quintptr from, quintptr to);
};

} // namespace Portico
