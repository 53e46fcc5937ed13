// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Portico {

// How the body after a head is delimited (RFC 9112 6.3).
enum class BodyFraming : quint8
{
    None,          // no body: a request without Content-Length/Transfer-Encoding, HEAD/1xx/204/304 responses
    ContentLength, // exactly MessageHead::contentLength bytes (may be 0)
    Chunked,       // decode with ChunkedDecoder
    UntilClose,    // responses only: the body ends when the upstream closes
};

} // namespace Portico
