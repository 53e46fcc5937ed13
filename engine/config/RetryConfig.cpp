// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/RetryConfig.h"

#include "config/JsonReader.h"

namespace Portico {

RetryConfig RetryConfig::read(JsonReader& reader)
{
    RetryConfig retry;
    retry.enabled = reader.boolean(QStringLiteral("enabled"), retry.enabled);
    retry.budgetPercent =
        static_cast<int>(reader.integer(QStringLiteral("budgetPercent"), retry.budgetPercent, 0, 100));
    retry.onServerErrors = reader.boolean(QStringLiteral("onServerErrors"), retry.onServerErrors);
    return retry;
}

QJsonObject RetryConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("budgetPercent"), budgetPercent},
                       {QStringLiteral("onServerErrors"), onServerErrors}};
}

} // namespace Portico
