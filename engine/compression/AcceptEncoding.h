// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compression/ContentCoding.h"

#include <QByteArrayView>

namespace Portico {

// Content negotiation of Accept-Encoding (RFC 9110 12.5.3): the best coding the client accepts among
// those offered, by q-value and then by Portico's preference (br, then gzip). "*" and "identity;q=0" are
// understood; no field means identity.
class AcceptEncoding
{
public:
    static ContentCoding negotiate(QByteArrayView acceptEncoding, bool brotliOffered, bool gzipOffered);
};

} // namespace Portico
