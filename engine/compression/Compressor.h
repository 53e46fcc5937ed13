// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/ContentCoding.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace Portico {

// Streaming compression of one response body: feed pieces as they arrive, then finish.
class Compressor
{
public:
    virtual ~Compressor() = default;
    // level: gzip 1..9, brotli quality 0..11. Null for Identity.
    static std::unique_ptr<Compressor> create(ContentCoding coding, int level);
    // One shot, for tests and for compressing a stored entry; empty for Identity or when the library failed.
    static QByteArray compressAll(ContentCoding coding, int level, QByteArrayView data);

    virtual ContentCoding coding() const = 0;
    // Appends whatever output is ready to out; false when the library failed.
    virtual bool compress(QByteArrayView input, QByteArray& out) = 0;
    // Ends the stream and appends the rest.
    virtual bool finish(QByteArray& out) = 0;
};

} // namespace Portico
