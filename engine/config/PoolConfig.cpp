// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/PoolConfig.h"

#include "config/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace Portico {

PoolConfig PoolConfig::read(JsonReader& reader)
{
    PoolConfig pool;
    pool.name = reader.nonEmptyString(QStringLiteral("name"), true);

    reader.objectArray(QStringLiteral("backends"),
                       [&pool](JsonReader& item, int) { pool.backends.append(BackendConfig::read(item)); });
    // Backups stand in for the others; with nothing else they would never be used as meant. A list
    // with elements skipped as malformed is not judged: what the skipped ones were is unknown.
    const bool listRead = reader.peek(QStringLiteral("backends")).toArray().size() == pool.backends.size();
    const bool allBackup = !pool.backends.isEmpty() && std::all_of(pool.backends.cbegin(), pool.backends.cend(),
                                                                   [](const BackendConfig& b) { return b.backup; });
    if (listRead && allBackup)
        reader.addError(ConfigErrorCode::NoPrimaryBackend, QStringLiteral("backends"));

    reader.object(QStringLiteral("balance"), [&pool](JsonReader& r) { pool.balance = BalanceConfig::read(r); });
    reader.object(QStringLiteral("healthCheck"),
                  [&pool](JsonReader& r) { pool.healthCheck = HealthCheckConfig::read(r); });
    reader.object(QStringLiteral("passiveHealth"),
                  [&pool](JsonReader& r) { pool.passiveHealth = PassiveHealthConfig::read(r); });
    pool.slowStartMs = static_cast<int>(reader.integer(QStringLiteral("slowStartMs"), pool.slowStartMs, 0, 3'600'000));
    reader.object(QStringLiteral("queue"), [&pool](JsonReader& r) { pool.queue = QueueConfig::read(r); });
    reader.object(QStringLiteral("retry"), [&pool](JsonReader& r) { pool.retry = RetryConfig::read(r); });
    reader.object(QStringLiteral("tls"), [&pool](JsonReader& r) { pool.tls = UpstreamTlsConfig::read(r); });
    return pool;
}

QJsonObject PoolConfig::toJson() const
{
    QJsonArray list;
    for (const BackendConfig& backend : backends)
        list.append(backend.toJson());
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("backends"), list},
                     {QStringLiteral("balance"), balance.toJson()},
                     {QStringLiteral("healthCheck"), healthCheck.toJson()},
                     {QStringLiteral("passiveHealth"), passiveHealth.toJson()},
                     {QStringLiteral("slowStartMs"), slowStartMs},
                     {QStringLiteral("queue"), queue.toJson()},
                     {QStringLiteral("retry"), retry.toJson()}};
    // Plain connections need no TLS block.
    if (tls != UpstreamTlsConfig())
        json.insert(QStringLiteral("tls"), tls.toJson());
    return json;
}

} // namespace Portico
