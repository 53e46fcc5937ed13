// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Portico {

// A single byte range of a Range field (RFC 9110 14.1.2) resolved against a body of known length.
// Several ranges, other units or a malformed field are answered with the whole body, which RFC 9110
// 14.2 allows; a range that starts past the end is unsatisfiable (416).
class ByteRange
{
public:
    enum class Kind
    {
        Whole,
        Partial,
        Unsatisfiable,
    };
    Kind kind = Kind::Whole;
    // Inclusive, for Partial.
    qint64 first = 0;
    qint64 last = -1;

    static ByteRange parse(QByteArrayView rangeField, qint64 length);
    qint64 length() const { return last - first + 1; }
};

} // namespace Portico
