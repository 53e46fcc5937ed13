// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/HealthMonitor.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "pool/HealthProbe.h"
#include "pool/HealthState.h"

#include <QRandomGenerator>

namespace Portico {

HealthMonitor::HealthMonitor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::onTimer);
}

HealthMonitor::~HealthMonitor() = default;

QString HealthMonitor::idOf(const QString& pool, const QByteArray& key)
{
    return pool + QLatin1Char('/') + QString::fromLatin1(key);
}

void HealthMonitor::setBackends(const QList<Backend>& backends)
{
    const qint64 now = m_clock.monotonicMs();
    std::map<QString, Tracked> next;
    for (const Backend& backend : backends) {
        const QString id = idOf(backend.pool, backend.key);
        auto old = m_backends.find(id);
        Tracked tracked;
        if (old != m_backends.end() && old->second.backend.state == backend.state) {
            tracked = std::move(old->second);
            m_backends.erase(old);
            const bool checkChanged = !(tracked.backend.check == backend.check);
            std::optional<BackendTransition> change =
                tracked.health->reconfigure(backend.check, backend.passive, backend.slowStartMs, now, m_clock.now());
            tracked.backend = backend;
            if (checkChanged)
                tracked.nextCheckMs = now + QRandomGenerator::global()->bounded(qMax(1, backend.check.intervalMs));
            publish(tracked, change, now);
        } else {
            tracked.backend = backend;
            tracked.health = std::make_unique<HealthState>(backend.check, backend.passive, backend.slowStartMs);
            // Spread the first checks over one interval so that a big config does not check all at once.
            tracked.nextCheckMs = now + QRandomGenerator::global()->bounded(qMax(1, backend.check.intervalMs));
            publish(tracked, std::nullopt, now);
        }
        next.emplace(id, std::move(tracked));
    }
    // Checks still running for removed backends finish and are ignored.
    for (auto& [id, tracked] : m_backends) {
        if (tracked.running)
            tracked.running->disconnect(this);
        if (tracked.running)
            tracked.running->deleteLater();
    }
    m_backends = std::move(next);
    reschedule();
}

void HealthMonitor::requestEjection(const QString& pool, const QByteArray& key, int failures)
{
    const auto it = m_backends.find(idOf(pool, key));
    if (it == m_backends.end())
        return;
    Tracked& tracked = it->second;
    const qint64 now = m_clock.monotonicMs();
    const std::optional<BackendTransition> change = tracked.health->onEjectRequest(failures, now, m_clock.now());
    publish(tracked, change, now);
    // Health is published first, so the backend never slips back into rotation in between.
    tracked.backend.state->consecutiveFailures.store(0, std::memory_order_relaxed);
    tracked.backend.state->ejectPending.store(false, std::memory_order_relaxed);
    reschedule();
}

void HealthMonitor::probe(quint64 id, const BackendProbeRequest& request)
{
    auto* probe = new HealthProbe(request.host, request.port, request.check, m_clock, this);
    connect(probe, &HealthProbe::finished, this, [this, id, probe](const HealthCheckResult& result) {
        Q_EMIT probeFinished(id, result);
        probe->deleteLater();
    });
    probe->start();
}

void HealthMonitor::onTimer()
{
    const qint64 now = m_clock.monotonicMs();
    for (auto& [id, tracked] : m_backends) {
        if (tracked.backend.check.enabled && !tracked.running && now >= tracked.nextCheckMs)
            startCheck(id, tracked, now);
        const qint64 deadline = tracked.health->nextDeadlineMs();
        if (deadline >= 0 && now >= deadline)
            publish(tracked, tracked.health->tick(now, m_clock.now()), now);
    }
    reschedule();
}

void HealthMonitor::startCheck(const QString& id, Tracked& tracked, qint64 nowMs)
{
    const Backend& backend = tracked.backend;
    tracked.nextCheckMs = nowMs + nextInterval(backend.check);
    auto* probe = new HealthProbe(backend.host, backend.port, backend.check, m_clock, this);
    tracked.running = probe;
    connect(probe, &HealthProbe::finished, this,
            [this, id, probe](const HealthCheckResult& result) { onCheckFinished(id, probe, result); });
    probe->start();
}

void HealthMonitor::onCheckFinished(const QString& id, HealthProbe* probe, const HealthCheckResult& result)
{
    probe->deleteLater();
    const auto it = m_backends.find(id);
    if (it == m_backends.end() || it->second.running != probe)
        return;
    Tracked& tracked = it->second;
    tracked.running = nullptr;
    const qint64 now = m_clock.monotonicMs();
    const std::optional<BackendTransition> change = tracked.health->onCheck(result, now);
    publish(tracked, change, now);
    if (!change) {
        Q_EMIT backendReport(tracked.backend.pool, QString::fromLatin1(tracked.backend.key),
                             tracked.health->lastCheck(), tracked.health->transitions());
    }
    reschedule();
}

void HealthMonitor::publish(Tracked& tracked, const std::optional<BackendTransition>& transition, qint64 nowMs)
{
    BackendState& state = *tracked.backend.state;
    state.health.store(tracked.health->health(), std::memory_order_relaxed);
    state.effectiveWeight.store(qMax(1, tracked.health->effectiveWeight(tracked.backend.weight, nowMs)),
                                std::memory_order_relaxed);
    if (!transition)
        return;
    const QString key = QString::fromLatin1(tracked.backend.key);
    BackendTransition record = *transition;
    if (record.cause == TransitionCause::ActiveCheck && record.failures == 0) {
        // How many checks in a row decided it, for the event's wording.
        const HealthCheckConfig& check = tracked.backend.check;
        record.failures = record.to == BackendHealth::Down          ? check.fall
                          : record.from == BackendHealth::Unchecked ? 1
                                                                    : check.rise;
    }
    qCDebug(lcEngine).noquote() << "backend" << tracked.backend.pool + QLatin1Char('/') + key << "is now"
                                << backendHealthName(record.to);
    Q_EMIT transitioned(tracked.backend.pool, key, record);
    Q_EMIT backendReport(tracked.backend.pool, key, tracked.health->lastCheck(), tracked.health->transitions());
}

qint64 HealthMonitor::nextInterval(const HealthCheckConfig& check)
{
    // Jitter keeps checks of many backends (and of many Portico instances) from lining up.
    const qint64 spread = check.intervalMs * check.jitterPercent / 100;
    if (spread <= 0)
        return check.intervalMs;
    return check.intervalMs - spread + QRandomGenerator::global()->bounded(2 * spread + 1);
}

void HealthMonitor::reschedule()
{
    const qint64 now = m_clock.monotonicMs();
    qint64 next = -1;
    for (const auto& [id, tracked] : m_backends) {
        if (tracked.backend.check.enabled && !tracked.running)
            next = next < 0 ? tracked.nextCheckMs : qMin(next, tracked.nextCheckMs);
        const qint64 deadline = tracked.health->nextDeadlineMs();
        if (deadline >= 0)
            next = next < 0 ? deadline : qMin(next, deadline);
    }
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(qBound(qint64(0), next - now, qint64(24) * 3600 * 1000)));
}

} // namespace Portico
