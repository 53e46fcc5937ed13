// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionConfig.h"

#include "config/JsonReader.h"

#include <QJsonArray>

namespace Portico {

namespace {

constexpr qint64 maxMinBytes = 10 * 1024 * 1024;

// "type/subtype" or "type/*", both RFC 9110 tokens, no parameters.
bool isMediaRange(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    const QString type = text.first(slash);
    const QString subtype = text.sliced(slash + 1);
    if (type == QLatin1String("*") || !JsonReader::isToken(type))
        return false;
    return subtype == QLatin1String("*") || (JsonReader::isToken(subtype) && !subtype.contains(QLatin1Char('*')));
}

} // namespace

QStringList CompressionConfig::defaultTypes()
{
    return {QStringLiteral("text/*"),
            QStringLiteral("application/json"),
            QStringLiteral("application/javascript"),
            QStringLiteral("application/xml"),
            QStringLiteral("application/xhtml+xml"),
            QStringLiteral("application/rss+xml"),
            QStringLiteral("application/atom+xml"),
            QStringLiteral("image/svg+xml"),
            QStringLiteral("application/wasm"),
            QStringLiteral("application/manifest+json"),
            QStringLiteral("font/ttf"),
            QStringLiteral("font/otf"),
            QStringLiteral("application/vnd.ms-fontobject")};
}

CompressionConfig CompressionConfig::read(JsonReader& reader)
{
    CompressionConfig config;
    config.enabled = reader.boolean(QStringLiteral("enabled"), config.enabled);
    config.gzip = reader.boolean(QStringLiteral("gzip"), config.gzip);
    config.brotli = reader.boolean(QStringLiteral("brotli"), config.brotli);
    config.minBytes = static_cast<int>(reader.integer(QStringLiteral("minBytes"), config.minBytes, 0, maxMinBytes));
    config.gzipLevel = static_cast<int>(reader.integer(QStringLiteral("gzipLevel"), config.gzipLevel, 1, 9));
    config.brotliQuality =
        static_cast<int>(reader.integer(QStringLiteral("brotliQuality"), config.brotliQuality, 0, 11));

    const QString typesKey = QStringLiteral("types");
    if (reader.contains(typesKey)) {
        const bool isArray = reader.peek(typesKey).isArray();
        QStringList types;
        reader.stringArray(typesKey, [&reader, &types](const QString& type, const QString& path) {
            if (isMediaRange(type))
                types << type;
            else
                reader.addErrorAt(ConfigErrorCode::InvalidValue, path,
                                  {QStringLiteral("a media type without parameters (type/subtype or type/*)")});
        });
        if (isArray && reader.peek(typesKey).toArray().isEmpty())
            reader.addError(ConfigErrorCode::EmptyValue, typesKey);
        if (!types.isEmpty())
            config.types = types;
    }
    return config;
}

QJsonObject CompressionConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("gzip"), gzip},
                       {QStringLiteral("brotli"), brotli},
                       {QStringLiteral("minBytes"), minBytes},
                       {QStringLiteral("gzipLevel"), gzipLevel},
                       {QStringLiteral("brotliQuality"), brotliQuality},
                       {QStringLiteral("types"), QJsonArray::fromStringList(types)}};
}

} // namespace Portico
