// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"
#include "stats/BackendHealth.h"
#include "stats/BackendTransition.h"
#include "stats/HealthCheckResult.h"

#include <QCoreApplication>

namespace Portico {

// Words what Portico knows about a backend's health: check results, states and their changes.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::HealthText)

public:
    // One line: "HTTP 500 on /health", "Connection refused", "Timed out after 2 s".
    static QString checkResult(const HealthCheckResult& result);
    // For the wizard's Test button: what answered and how fast, or what went wrong in plain words.
    static QString probeAnswer(const HealthCheckResult& result);
    // "Up", "Down", ... for the state column; never shown by colour alone.
    static QString healthName(BackendHealth health);
    static QString adminStateName(BackendAdminState state);
    // Why a backend changed state, for the timeline.
    static QString transitionReason(const BackendTransition& transition);
    // "Up → Down" with the reason.
    static QString transition(const BackendTransition& transition);
};

} // namespace Portico
