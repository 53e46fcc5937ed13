// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Portico {

// Removes "." and ".." segments from a path (RFC 3986 section 5.2.4) before it is matched, so that
// "/public/../admin" is routed as "/admin". Percent-encoded bytes are left as they are ("%2e%2e" is
// an ordinary segment). Unlike the RFC, which clamps at the root, a path that climbs above the root
// is refused: no well-behaved client sends one.
class PathNormalizer
{
public:
    enum class Result
    {
        // The path has no dot segment: use it as it is (the common case; nothing is allocated).
        Unchanged,
        // The path without dot segments is in `normalised`.
        Normalised,
        AboveRoot,
    };

    // path must start with "/".
    static Result normalise(QByteArrayView path, QByteArray& normalised);
    static bool hasDotSegment(QByteArrayView path);
};

} // namespace Portico
