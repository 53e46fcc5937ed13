// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/MessageHead.h"

namespace Portico {

// A parsed upstream response head (ResponseParser). Views point into the caller's buffer: see MessageHead.
class ResponseHead : public MessageHead
{
public:
    int status = 0;
    QByteArrayView reason;
    // A 2xx answer to CONNECT: the connection is a tunnel from here on.
    bool tunnel = false;

    // 1xx: forward it, then reset the parser and parse the next head from the remaining bytes.
    bool isInformational() const { return status < 200; }
    // 101: both sides now speak the upgraded protocol; tunnel the bytes after the head.
    bool switchesProtocols() const { return status == 101; }
    bool hasBody() const;

    void clear();
    void rebase(quintptr from, quintptr to);
};

} // namespace Portico
