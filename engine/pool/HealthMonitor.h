// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/HealthCheckConfig.h"
#include "config/PassiveHealthConfig.h"
#include "controller/BackendProbeRequest.h"
#include "pool/BackendState.h"
#include "stats/BackendTransition.h"
#include "stats/HealthCheckResult.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

namespace Portico {

class Clock;
class HealthProbe;
class HealthState;

// Owns every backend's health on its own thread, off the workers' hot path: runs the active checks
// spread in time with jitter, turns passive ejection requests into cool-downs, and publishes the
// outcome to the shared BackendState atomics the workers read. Also runs one-off probes.
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    class Backend
    {
    public:
        QString pool;
        QByteArray key;
        QString host;
        quint16 port = 0;
        int weight = 1;
        HealthCheckConfig check;
        PassiveHealthConfig passive;
        int slowStartMs = 0;
        std::shared_ptr<BackendState> state;
    };

    explicit HealthMonitor(const Clock& clock, QObject* parent = nullptr);
    ~HealthMonitor() override;

    // All of these run on the monitor's thread (invoke them queued).
    // The backends of the config in force; health of those that stay is kept.
    void setBackends(const QList<Portico::HealthMonitor::Backend>& backends);
    void requestEjection(const QString& pool, const QByteArray& key, int failures);
    void probe(quint64 id, const Portico::BackendProbeRequest& request);

Q_SIGNALS:
    // A backend's health changed; lastCheck and transitions are the whole record after the change.
    void transitioned(const QString& pool, const QString& key, const Portico::BackendTransition& transition);
    // The latest check and timeline of a backend, after every check.
    void backendReport(const QString& pool, const QString& key, const Portico::HealthCheckResult& lastCheck,
                       const QList<Portico::BackendTransition>& transitions);
    void probeFinished(quint64 id, const Portico::HealthCheckResult& result);

private:
    struct Tracked
    {
        Backend backend;
        std::unique_ptr<HealthState> health;
        qint64 nextCheckMs = 0;
        HealthProbe* running = nullptr;
    };

    static QString idOf(const QString& pool, const QByteArray& key);
    void onTimer();
    void startCheck(const QString& id, Tracked& tracked, qint64 nowMs);
    void onCheckFinished(const QString& id, HealthProbe* probe, const HealthCheckResult& result);
    void publish(Tracked& tracked, const std::optional<BackendTransition>& transition, qint64 nowMs);
    qint64 nextInterval(const HealthCheckConfig& check);
    void reschedule();

    const Clock& m_clock;
    std::map<QString, Tracked> m_backends;
    QTimer m_timer;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::HealthMonitor::Backend)
