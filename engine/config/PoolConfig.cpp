// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/PoolConfig.h"

#include "config/JsonReader.h"

#include <QJsonArray>

namespace Portico {

PoolConfig PoolConfig::read(JsonReader& reader)
{
    PoolConfig pool;
    pool.name = reader.nonEmptyString(QStringLiteral("name"), true);
    reader.objectArray(QStringLiteral("backends"),
                       [&pool](JsonReader& item, int) { pool.backends.append(BackendConfig::read(item)); });
    return pool;
}

QJsonObject PoolConfig::toJson() const
{
    QJsonArray list;
    for (const BackendConfig& backend : backends)
        list.append(backend.toJson());
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("backends"), list}};
}

} // namespace Portico
