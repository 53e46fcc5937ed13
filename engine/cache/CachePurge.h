// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Portico {

class CacheEntry;

// Which stored responses to drop (EngineController::purgeCache).
class CachePurge
{
public:
    enum class Scope
    {
        Url,    // this path, every query and variant
        Prefix, // every path starting with path
        Site,   // everything of the site
        All,
    };
    Scope scope = Scope::All;
    // Url, Prefix and Site: the site's name; empty for Url and Prefix means every site.
    QString site;
    // Url and Prefix: starts with "/", no query.
    QByteArray path;

    bool matches(const CacheEntry& entry) const;
    bool operator==(const CachePurge&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CachePurge)
