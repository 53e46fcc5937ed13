// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Portico {

// The disk tier's file format for one entry: a magic, a version, the fields and the body, and a CRC-32
// over all of it, so a file cut short or changed on disk is recognized and never served.
class CacheEntryCodec
{
public:
    static QByteArray encode(const CacheEntry& entry);
    // nullopt for anything that is not a complete, intact entry of this version.
    static std::optional<CacheEntry> decode(QByteArrayView bytes);
};

} // namespace Portico
