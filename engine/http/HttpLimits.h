// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/GlobalSettings.h"

namespace Portico {

// The size limits the parsers enforce. Defaults equal GlobalSettings' defaults.
class HttpLimits
{
public:
    // The request or status line without its CRLF; longer -> 414.
    int maxRequestLineBytes = 8 * 1024;
    // Everything after the start line up to and including the empty line; also bounds a trailer section -> 431.
    int maxHeaderBytes = 64 * 1024;
    // Field lines in a head or a trailer section -> 431.
    int maxHeaderCount = 100;
    // Chunk extensions are legal but useless to a proxy; this bounds what one chunk-size line may carry.
    int maxChunkExtensionBytes = 4 * 1024;

    bool operator==(const HttpLimits&) const = default;

    static constexpr HttpLimits fromSettings(const GlobalSettings& settings)
    {
        HttpLimits limits;
        limits.maxRequestLineBytes = settings.maxRequestLineBytes;
        limits.maxHeaderBytes = settings.maxHeaderBytes;
        limits.maxHeaderCount = settings.maxHeaderCount;
        return limits;
    }
};

} // namespace Portico
