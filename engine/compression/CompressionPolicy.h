// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/ContentCoding.h"

#include <QByteArrayView>

namespace Portico {

class CompressionConfig;
class ResponseHead;

// Whether Portico compresses a response on its way to the client, and with what.
class CompressionPolicy
{
public:
    enum class Verdict
    {
        Compress,
        Off,            // turned off for the site or globally, or both codings are
        NotAccepted,    // the client takes identity only
        AlreadyEncoded, // the backend sent Content-Encoding
        NoTransform,    // Cache-Control: no-transform
        Type,           // not a compressible content type
        TooSmall,       // Content-Length below minBytes
        Status,         // no body to compress (HEAD, 1xx, 204, 304, an empty body) or a 206 range
        RangeRequest,   // the client asked for a range: never compress a range
    };

    // coding receives the pick when the verdict is Compress.
    static Verdict decide(const CompressionConfig& config, bool siteEnabled, QByteArrayView acceptEncoding,
                          bool requestHasRange, bool headRequest, const ResponseHead& response, ContentCoding& coding);
    // A content type (parameters allowed) against the configured list.
    static bool typeMatches(QByteArrayView contentType, const CompressionConfig& config);
    // "\"abc\"" -> "W/\"abc\"": a compressed body is not byte-identical to the backend's (RFC 9110 8.8.1).
    static QByteArray weakenedEtag(QByteArrayView etag);
};

} // namespace Portico
