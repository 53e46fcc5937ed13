// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/QueueConfig.h"

#include "config/JsonReader.h"

namespace Portico {

QueueConfig QueueConfig::read(JsonReader& reader)
{
    QueueConfig queue;
    queue.maxQueued = static_cast<int>(reader.integer(QStringLiteral("maxQueued"), queue.maxQueued, 0, 100'000));
    queue.timeoutMs = static_cast<int>(reader.integer(QStringLiteral("timeoutMs"), queue.timeoutMs, 1, 600'000));
    return queue;
}

QJsonObject QueueConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("maxQueued"), maxQueued}, {QStringLiteral("timeoutMs"), timeoutMs}};
}

} // namespace Portico
