// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Config.h"
#include "controller/ApplyResult.h"
#include "controller/BoundListener.h"
#include "controller/EngineEvent.h"
#include "controller/EngineState.h"
#include "listener/ListenSocket.h"
#include "stats/LatencyHistogram.h"
#include "stats/StatsSnapshot.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QThread;

namespace Portico {

class AccessLogWriter;
class Clock;
class ConfigGeneration;
class Worker;
class WorkerCounters;

// The machinery behind EngineController, on the controller's thread: owns the worker threads and
// the listening sockets, merges the workers' counters once a second and keeps the event log.
class EngineRuntime : public QObject
{
    Q_OBJECT

public:
    explicit EngineRuntime(const Clock& clock);
    ~EngineRuntime() override;

    EngineState state() const { return m_state; }
    const Config& config() const { return m_config; }
    QList<BoundListener> listeners() const;
    const StatsSnapshot& lastStats() const { return m_lastStats; }
    QList<EngineEvent> recentEvents() const { return m_events; }

    ApplyResult start(const Config& config);
    void stop();
    ApplyResult apply(const Config& config);

Q_SIGNALS:
    void stateChanged(Portico::EngineState state);
    void statsUpdated(const Portico::StatsSnapshot& snapshot);
    void eventOccurred(const Portico::EngineEvent& event);
    void configChanged(const Portico::Config& config);

private:
    struct WorkerSlot
    {
        QThread* thread = nullptr;
        Worker* worker = nullptr;
        std::unique_ptr<WorkerCounters> counters;
    };
    struct OpenListener
    {
        ListenerConfig config;
        ListenSocket socket;
    };

    static QString listenerKey(const ListenerConfig& listener);
    // Opens the listeners of config that are not open yet; on any failure closes what it opened.
    ConfigErrors openMissingListeners(const Config& config, std::map<QString, OpenListener>& opened);
    void dispatch(const std::shared_ptr<const ConfigGeneration>& config, std::map<QString, OpenListener>& opened,
                  const QStringList& closed);
    ConfigErrors validated(const Config& config, Config& result);
    void setState(EngineState state);
    void addEvent(EngineEventKind kind, EventSeverity severity, const QString& subject = QString(),
                  const QStringList& args = {});
    void rejectConfig(const ConfigErrors& errors);
    void onWorkerDrained();
    void finishStop();
    void stopNow();
    void collectStats();
    void startAccessLog();
    void stopAccessLog();

    const Clock& m_clock;
    EngineState m_state = EngineState::Stopped;
    Config m_config = Config::defaultConfig();
    std::vector<WorkerSlot> m_workers;
    // The access-log writer and its thread live as long as the workers.
    QThread* m_logThread = nullptr;
    AccessLogWriter* m_accessLog = nullptr;
    std::map<QString, OpenListener> m_listeners;
    int m_drainedWorkers = 0;
    QList<EngineEvent> m_events;

    QTimer m_statsTimer;
    qint64 m_startedUs = 0;
    qint64 m_lastSampleUs = 0;
    StatsSnapshot m_lastStats;
    LatencyHistogram::Counts m_lastLatency{};
};

} // namespace Portico
