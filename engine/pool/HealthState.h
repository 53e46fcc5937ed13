// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/HealthCheckConfig.h"
#include "config/PassiveHealthConfig.h"
#include "stats/BackendHealth.h"
#include "stats/BackendTransition.h"
#include "stats/HealthCheckResult.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Portico {

// What one backend's health is, decided from active check results and passive ejection requests.
// Single-threaded and pure: no timers, no I/O. nowMs is Clock::monotonicMs(), wallTime the Clock's
// now() for the records; the owner calls tick() at nextDeadlineMs().
//
// Rules:
// - Unchecked and Up serve; Down and Ejected do not.
// - `fall` failed checks in a row take Unchecked or Up to Down; `rise` passed checks in a row bring
//   Down back Up; from Unchecked the first passed check is enough.
// - An ejection lasts passive.ejectMs; one that starts less than twice the previous cool-down after
//   the previous restore lasts twice as long as that cool-down, capped at maxEjectMs. A quieter gap
//   starts again at ejectMs.
// - Checks during an ejection are recorded and counted but never end it early. When the cool-down
//   ends, a backend whose checks reached `fall` (and have not reached `rise` since) goes Down with
//   cause ActiveCheck and the check that decided it, not Up: the ejection's timer and back-off stay
//   simple and the timeline still says why it stays out.
// - Slow start: after a backend returns to rotation from Down or Ejected, its weight ramps linearly
//   from max(1, weight / 10) to weight over slowStartMs, re-evaluated in 20 steps.
class HealthState
{
public:
    static constexpr int transitionLimit = 32;
    static constexpr int slowStartSteps = 20;

    HealthState(const HealthCheckConfig& active, const PassiveHealthConfig& passive, qint64 slowStartMs);

    BackendHealth health() const { return m_health; }
    bool inRotation() const;
    // The last active check result; a default one (invalid time) before any check.
    const HealthCheckResult& lastCheck() const { return m_lastCheck; }
    // The last transitionLimit transitions, oldest first.
    QList<BackendTransition> transitions() const { return m_transitions; }

    // An active check finished; result.time stamps the transition.
    std::optional<BackendTransition> onCheck(const HealthCheckResult& result, qint64 nowMs);
    // Workers saw consecutiveFailures errors in a row on real traffic.
    std::optional<BackendTransition> onEjectRequest(int consecutiveFailures, qint64 nowMs, const QDateTime& wallTime);
    // Ends a cool-down that is over and moves slow start on.
    std::optional<BackendTransition> tick(qint64 nowMs, const QDateTime& wallTime);
    // When tick() next has something to do, or -1.
    qint64 nextDeadlineMs() const;
    // 0 out of rotation, below weight during slow start, weight otherwise.
    int effectiveWeight(int weight, qint64 nowMs) const;

    // A config reload that keeps this backend: state, counters and history stay. Turning active
    // checks off makes Down or Up Unchecked; turning passive health off ends an ejection now.
    std::optional<BackendTransition> reconfigure(const HealthCheckConfig& active, const PassiveHealthConfig& passive,
                                                 qint64 slowStartMs, qint64 nowMs, const QDateTime& wallTime);

private:
    BackendTransition transition(BackendHealth to, TransitionCause cause, const QDateTime& wallTime) const;
    // Makes record.to the health and appends record to the history.
    BackendTransition enter(const BackendTransition& record);
    // Back in rotation after Down or Ejected: the back-off clock and slow start begin now.
    void restore(qint64 nowMs);
    BackendTransition endCoolDown(TransitionCause cause, qint64 nowMs, const QDateTime& wallTime);
    void updateSlowStartStep(qint64 nowMs);
    qint64 nextCoolDownMs(qint64 nowMs) const;

    HealthCheckConfig m_active;
    PassiveHealthConfig m_passive;
    qint64 m_slowStartMs = 0;

    BackendHealth m_health = BackendHealth::Unchecked;
    HealthCheckResult m_lastCheck;
    QList<BackendTransition> m_transitions;

    int m_passes = 0;
    int m_failures = 0;
    // While ejected: the checks reached `fall` (and not `rise` since); the check that decided it.
    bool m_checksSayDown = false;
    HealthCheckResult m_downCheck;

    // The current (or, after it, the last) ejection: when it ends and how long it was.
    qint64 m_ejectedUntilMs = -1;
    qint64 m_lastCoolDownMs = 0;
    // When the backend last returned to rotation from Down or Ejected; -1 never.
    qint64 m_restoredAtMs = -1;

    // -1 when no slow start runs.
    qint64 m_slowStartBeginMs = -1;
    qint64 m_slowStartNextStepMs = -1;
};

} // namespace Portico
