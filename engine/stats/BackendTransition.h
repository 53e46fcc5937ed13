// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/BackendHealth.h"
#include "stats/HealthCheckResult.h"

#include <QDateTime>

namespace Portico {

enum class TransitionCause
{
    ActiveCheck,   // rise or fall reached; check says which
    PassiveErrors, // consecutive errors on real traffic; failures says how many
    CoolDownOver,  // an ejection ended
    ConfigChanged, // added, or its health settings changed
};

// One entry of a backend's timeline.
class BackendTransition
{
public:
    QDateTime time;
    BackendHealth from = BackendHealth::Unchecked;
    BackendHealth to = BackendHealth::Unchecked;
    TransitionCause cause = TransitionCause::ConfigChanged;
    HealthCheckResult check;
    int failures = 0;
    // Ejections: how long this cool-down lasts.
    qint64 coolDownMs = 0;

    bool operator==(const BackendTransition&) const = default;
};

} // namespace Portico
