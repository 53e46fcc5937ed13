// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico {

class SiteStats
{
public:
    QString name;
    quint64 requestsTotal = 0;
    // 5xx answers, Portico's own included.
    quint64 errorsTotal = 0;
    double requestsPerSecond = 0;

    bool operator==(const SiteStats&) const = default;
};

} // namespace Portico
