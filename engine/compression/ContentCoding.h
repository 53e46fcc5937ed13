// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Portico {

enum class ContentCoding
{
    Identity,
    Gzip,
    Brotli,
};

// "identity", "gzip", "br".
constexpr QByteArrayView contentCodingToken(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return "gzip";
    case ContentCoding::Brotli:
        return "br";
    case ContentCoding::Identity:
        break;
    }
    return "identity";
}

} // namespace Portico
