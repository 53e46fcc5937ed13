// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/GlobalSettings.h"
#include "config/ListenerConfig.h"
#include "config/PoolConfig.h"
#include "config/SiteConfig.h"

#include <QList>
#include <QMetaType>

namespace Portico {

// The whole configuration, a plain value. Only ConfigValidator makes one from outside data, so a
// Config the engine holds has passed validation; the engine shares it as shared_ptr<const Config>.
class Config
{
public:
    static constexpr int currentVersion = 1;

    int version = currentVersion;
    GlobalSettings settings;
    QList<ListenerConfig> listeners;
    QList<SiteConfig> sites;
    QList<PoolConfig> pools;

    // One HTTP listener on 127.0.0.1:8080 and no sites: the engine shows its welcome page.
    static Config defaultConfig();

    const PoolConfig* findPool(const QString& name) const;
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    bool operator==(const Config&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::Config)
