// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"

#include <QList>

namespace Portico {

// A named group of interchangeable backends that routes send requests to.
class PoolConfig
{
public:
    QString name;
    QList<BackendConfig> backends;

    static PoolConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const PoolConfig&) const = default;
};

} // namespace Portico
