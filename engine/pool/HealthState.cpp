// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/HealthState.h"

namespace Portico {

HealthState::HealthState(const HealthCheckConfig& active, const PassiveHealthConfig& passive, qint64 slowStartMs)
    : m_active(active)
    , m_passive(passive)
    , m_slowStartMs(qMax<qint64>(0, slowStartMs))
{}

bool HealthState::inRotation() const
{
    return m_health == BackendHealth::Unchecked || m_health == BackendHealth::Up;
}

std::optional<BackendTransition> HealthState::onCheck(const HealthCheckResult& result, qint64 nowMs)
{
    m_lastCheck = result;
    // Capped above any rise or fall, so that years of checks cannot overflow the count.
    constexpr int countLimit = 1'000;
    if (result.ok) {
        m_passes = qMin(m_passes + 1, countLimit);
        m_failures = 0;
    } else {
        m_failures = qMin(m_failures + 1, countLimit);
        m_passes = 0;
    }
    const bool fell = !result.ok && m_failures >= m_active.fall;
    const bool rose = result.ok && m_passes >= m_active.rise;

    BackendHealth to = m_health;
    switch (m_health) {
    case BackendHealth::Unchecked:
        if (result.ok)
            to = BackendHealth::Up;
        else if (fell)
            to = BackendHealth::Down;
        break;
    case BackendHealth::Up:
        if (fell)
            to = BackendHealth::Down;
        break;
    case BackendHealth::Down:
        if (rose)
            to = BackendHealth::Up;
        break;
    case BackendHealth::Ejected:
        // Remembered for the end of the cool-down; the ejection itself runs its course.
        if (fell && !m_checksSayDown) {
            m_checksSayDown = true;
            m_downCheck = result;
        } else if (rose) {
            m_checksSayDown = false;
        }
        break;
    }
    if (to == m_health)
        return std::nullopt;

    const bool restored = m_health == BackendHealth::Down;
    BackendTransition record = transition(to, TransitionCause::ActiveCheck, result.time);
    record.check = result;
    enter(record);
    if (restored)
        restore(nowMs);
    return record;
}

std::optional<BackendTransition> HealthState::onEjectRequest(int consecutiveFailures, qint64 nowMs,
                                                             const QDateTime& wallTime)
{
    if (!m_passive.enabled || !inRotation())
        return std::nullopt;
    const qint64 coolDownMs = nextCoolDownMs(nowMs);
    m_lastCoolDownMs = coolDownMs;
    m_ejectedUntilMs = nowMs + coolDownMs;
    m_checksSayDown = false;
    BackendTransition record = transition(BackendHealth::Ejected, TransitionCause::PassiveErrors, wallTime);
    record.failures = consecutiveFailures;
    record.coolDownMs = coolDownMs;
    return enter(record);
}

std::optional<BackendTransition> HealthState::tick(qint64 nowMs, const QDateTime& wallTime)
{
    if (m_health == BackendHealth::Ejected) {
        if (nowMs < m_ejectedUntilMs)
            return std::nullopt;
        return endCoolDown(TransitionCause::CoolDownOver, nowMs, wallTime);
    }
    updateSlowStartStep(nowMs);
    return std::nullopt;
}

qint64 HealthState::nextDeadlineMs() const
{
    if (m_health == BackendHealth::Ejected)
        return m_ejectedUntilMs;
    return m_slowStartNextStepMs;
}

int HealthState::effectiveWeight(int weight, qint64 nowMs) const
{
    if (!inRotation() || weight <= 0)
        return 0;
    if (m_slowStartBeginMs < 0 || m_slowStartMs <= 0)
        return weight;
    const qint64 elapsed = qMax<qint64>(0, nowMs - m_slowStartBeginMs);
    if (elapsed >= m_slowStartMs)
        return weight;
    const int start = qMax(1, weight / 10);
    if (start >= weight)
        return weight;
    return start + static_cast<int>(static_cast<qint64>(weight - start) * elapsed / m_slowStartMs);
}

std::optional<BackendTransition> HealthState::reconfigure(const HealthCheckConfig& active,
                                                          const PassiveHealthConfig& passive, qint64 slowStartMs,
                                                          qint64 nowMs, const QDateTime& wallTime)
{
    m_active = active;
    m_passive = passive;
    m_slowStartMs = qMax<qint64>(0, slowStartMs);
    if (m_slowStartMs == 0) {
        m_slowStartBeginMs = -1;
        m_slowStartNextStepMs = -1;
    } else {
        updateSlowStartStep(nowMs);
    }

    if (!m_active.enabled) {
        // Counts from checks that no longer run would decide a future check's verdict.
        m_passes = 0;
        m_failures = 0;
        m_checksSayDown = false;
        if (m_health == BackendHealth::Down) {
            const BackendTransition record =
                enter(transition(BackendHealth::Unchecked, TransitionCause::ConfigChanged, wallTime));
            restore(nowMs);
            return record;
        }
        if (m_health == BackendHealth::Up)
            return enter(transition(BackendHealth::Unchecked, TransitionCause::ConfigChanged, wallTime));
    }
    if (!m_passive.enabled && m_health == BackendHealth::Ejected)
        return endCoolDown(TransitionCause::ConfigChanged, nowMs, wallTime);
    return std::nullopt;
}

BackendTransition HealthState::transition(BackendHealth to, TransitionCause cause, const QDateTime& wallTime) const
{
    BackendTransition record;
    record.time = wallTime;
    record.from = m_health;
    record.to = to;
    record.cause = cause;
    return record;
}

BackendTransition HealthState::enter(const BackendTransition& record)
{
    m_health = record.to;
    if (!inRotation()) {
        m_slowStartBeginMs = -1;
        m_slowStartNextStepMs = -1;
    }
    if (m_transitions.size() == transitionLimit)
        m_transitions.removeFirst();
    m_transitions.append(record);
    return record;
}

void HealthState::restore(qint64 nowMs)
{
    m_restoredAtMs = nowMs;
    if (m_slowStartMs <= 0)
        return;
    m_slowStartBeginMs = nowMs;
    updateSlowStartStep(nowMs);
}

BackendTransition HealthState::endCoolDown(TransitionCause cause, qint64 nowMs, const QDateTime& wallTime)
{
    m_ejectedUntilMs = -1;
    const bool checksSayDown = m_active.enabled && m_checksSayDown;
    m_checksSayDown = false;
    if (checksSayDown) {
        BackendTransition record = transition(BackendHealth::Down, TransitionCause::ActiveCheck, wallTime);
        record.check = m_downCheck;
        return enter(record);
    }
    const BackendHealth to = m_active.enabled ? BackendHealth::Up : BackendHealth::Unchecked;
    const BackendTransition record = enter(transition(to, cause, wallTime));
    restore(nowMs);
    return record;
}

void HealthState::updateSlowStartStep(qint64 nowMs)
{
    if (m_slowStartBeginMs < 0)
        return;
    const qint64 endMs = m_slowStartBeginMs + m_slowStartMs;
    if (nowMs >= endMs) {
        m_slowStartBeginMs = -1;
        m_slowStartNextStepMs = -1;
        return;
    }
    const qint64 stepMs = qMax<qint64>(1, (m_slowStartMs + slowStartSteps - 1) / slowStartSteps);
    const qint64 steps = qMax<qint64>(0, nowMs - m_slowStartBeginMs) / stepMs + 1;
    m_slowStartNextStepMs = qMin(m_slowStartBeginMs + steps * stepMs, endMs);
}

qint64 HealthState::nextCoolDownMs(qint64 nowMs) const
{
    const bool soonAgain = m_lastCoolDownMs > 0 && m_restoredAtMs >= 0 && nowMs - m_restoredAtMs < 2 * m_lastCoolDownMs;
    if (!soonAgain)
        return m_passive.ejectMs;
    return qMax<qint64>(m_passive.ejectMs, qMin<qint64>(2 * m_lastCoolDownMs, m_passive.maxEjectMs));
}

} // namespace Portico
