// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/Config.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Portico {

Config Config::defaultConfig()
{
    Config config;
    config.listeners.append(ListenerConfig{QStringLiteral("127.0.0.1"), 8080, ListenerProtocol::Http});
    return config;
}

const PoolConfig* Config::findPool(const QString& name) const
{
    for (const PoolConfig& pool : pools) {
        if (pool.name == name)
            return &pool;
    }
    return nullptr;
}

QJsonObject Config::toJson() const
{
    QJsonArray listenerList;
    for (const ListenerConfig& listener : listeners)
        listenerList.append(listener.toJson());
    QJsonArray siteList;
    for (const SiteConfig& site : sites)
        siteList.append(site.toJson());
    QJsonArray poolList;
    for (const PoolConfig& pool : pools)
        poolList.append(pool.toJson());
    return QJsonObject{{QStringLiteral("version"), version},
                       {QStringLiteral("settings"), settings.toJson()},
                       {QStringLiteral("listeners"), listenerList},
                       {QStringLiteral("sites"), siteList},
                       {QStringLiteral("pools"), poolList}};
}

QByteArray Config::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace Portico
