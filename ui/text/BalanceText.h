// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BalanceConfig.h"
#include "config/HealthCheckConfig.h"

#include <QCoreApplication>

namespace Portico {

// Load balancing and health checks in plain words, for the wizard and the review of a change.
class BalanceText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::BalanceText)

public:
    // "Spread requests evenly", "Keep each visitor on the same server (with a cookie)".
    static QString algorithmName(BalanceAlgorithm algorithm);
    // A sentence on what the choice does.
    static QString algorithmDescription(BalanceAlgorithm algorithm);
    static QString hashSourceName(HashSource source);
    static QString allDownPolicyName(AllDownPolicy policy);
    // The whole balance config in one sentence, e.g. for the review page.
    static QString describe(const BalanceConfig& balance);
    // "Checks GET /health every 5 s; healthy is HTTP 200-399", or that there are no checks.
    static QString describe(const HealthCheckConfig& check);
};

} // namespace Portico
