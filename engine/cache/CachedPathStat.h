// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Portico {

// One stored response as the Cache page lists it.
class CachedPathStat
{
public:
    QString site;
    QByteArray path;
    // Times it was served from the cache since it was stored.
    quint64 hits = 0;
    qint64 bytes = 0;
    // Seconds of freshness left (negative once stale) as of the report.
    qint64 ttlSeconds = 0;

    bool operator==(const CachedPathStat&) const = default;
};

} // namespace Portico
