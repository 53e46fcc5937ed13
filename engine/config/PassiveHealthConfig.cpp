// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/PassiveHealthConfig.h"

#include "config/JsonReader.h"

namespace Portico {

namespace {

constexpr qint64 maxWindowMs = 3'600'000;

} // namespace

PassiveHealthConfig PassiveHealthConfig::read(JsonReader& reader)
{
    PassiveHealthConfig passive;
    passive.enabled = reader.boolean(QStringLiteral("enabled"), passive.enabled);
    passive.consecutiveFailures =
        static_cast<int>(reader.integer(QStringLiteral("consecutiveFailures"), passive.consecutiveFailures, 1, 1000));
    passive.windowMs =
        static_cast<int>(reader.integer(QStringLiteral("windowMs"), passive.windowMs, 1000, maxWindowMs));
    const qsizetype errorsBefore = reader.errors().size();
    passive.ejectMs = static_cast<int>(reader.integer(QStringLiteral("ejectMs"), passive.ejectMs, 1000, maxWindowMs));
    passive.maxEjectMs =
        static_cast<int>(reader.integer(QStringLiteral("maxEjectMs"), passive.maxEjectMs, 1000, maxWindowMs));
    // Compared only when both were read; a fallback would make up a clash the file does not have.
    if (reader.errors().size() == errorsBefore && passive.maxEjectMs < passive.ejectMs)
        reader.addError(ConfigErrorCode::MustBeAtLeast, QStringLiteral("maxEjectMs"),
                        {reader.pathOf(QStringLiteral("ejectMs")), QString::number(passive.ejectMs)});
    return passive;
}

QJsonObject PassiveHealthConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("consecutiveFailures"), consecutiveFailures},
                       {QStringLiteral("windowMs"), windowMs},
                       {QStringLiteral("ejectMs"), ejectMs},
                       {QStringLiteral("maxEjectMs"), maxEjectMs}};
}

} // namespace Portico
