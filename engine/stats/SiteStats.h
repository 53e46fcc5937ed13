// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace Portico {

class SiteStats
{
public:
    QString name;
    quint64 requestsTotal = 0;
    // 5xx answers, Portico's own included.
    quint64 errorsTotal = 0;
    double requestsPerSecond = 0;
    quint64 bytesInTotal = 0;
    quint64 bytesOutTotal = 0;
    // Index 0 for 1xx up to 4 for 5xx.
    std::array<quint64, 5> responsesByClass{};
    // Over the interval since the previous snapshot.
    double bytesInPerSecond = 0;
    double bytesOutPerSecond = 0;
    qint64 latencyP50Us = 0;
    qint64 latencyP95Us = 0;
    qint64 latencyP99Us = 0;
    // Requests of this site in progress now.
    qint64 activeRequests = 0;

    bool operator==(const SiteStats&) const = default;
};

} // namespace Portico
