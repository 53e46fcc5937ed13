// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/ContentCoding.h"

#include <QByteArray>

namespace Portico::Test {

// Decodes what Portico's compressors produce with the reference decoders (zlib's inflate, libbrotlidec),
// as a client would. Each returns a null array unless the input is exactly one complete, valid stream;
// a valid stream of nothing gives a non-null empty array.
class ContentDecoder
{
public:
    static QByteArray gunzip(const QByteArray& data);
    static QByteArray unbrotli(const QByteArray& data);
    // gunzip or unbrotli by coding; identity returns data as it is.
    static QByteArray decode(ContentCoding coding, const QByteArray& data);
    // By a Content-Encoding value ("gzip", "br"; empty for none); null for anything else.
    static QByteArray decode(const QByteArray& contentEncoding, const QByteArray& data);
};

} // namespace Portico::Test
