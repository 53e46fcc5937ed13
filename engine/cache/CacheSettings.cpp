// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheSettings.h"

#include "config/JsonReader.h"

namespace Portico {

// Skeleton (issue 7).
QString CacheSettings::effectiveDiskPath() const
{
    return diskPath;
}

CacheSettings CacheSettings::read(JsonReader&)
{
    return {};
}

QJsonObject CacheSettings::toJson() const
{
    return {};
}

} // namespace Portico
