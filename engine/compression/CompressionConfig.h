// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Portico {

class JsonReader;

// On-the-fly compression (JSON settings.compression). A site can turn it off (sites[].compression: false).
class CompressionConfig
{
public:
    bool enabled = true;
    bool gzip = true;
    bool brotli = true;
    // Bodies announced smaller than this (Content-Length) are sent as they are.
    int minBytes = 1024;
    int gzipLevel = 6;
    int brotliQuality = 5;
    // Content types without parameters; "text/*" allowed.
    QStringList types = defaultTypes();

    static QStringList defaultTypes();
    static CompressionConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CompressionConfig&) const = default;
};

} // namespace Portico
