// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression/CompressionConfig.h"

#include "config/JsonReader.h"

namespace Portico {

// Skeleton (issue 7).
QStringList CompressionConfig::defaultTypes()
{
    return {QStringLiteral("text/*"), QStringLiteral("application/json"), QStringLiteral("application/javascript")};
}

CompressionConfig CompressionConfig::read(JsonReader&)
{
    return {};
}

QJsonObject CompressionConfig::toJson() const
{
    return {};
}

} // namespace Portico
