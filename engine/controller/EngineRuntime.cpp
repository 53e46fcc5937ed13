// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/EngineRuntime.h"

#include "config/ConfigValidator.h"
#include "core/Clock.h"
#include "core/ConfigGeneration.h"
#include "core/Logging.h"
#include "core/Worker.h"
#include "listener/ListenerHandoff.h"
#include "log/AccessLogWriter.h"
#include "stats/WorkerCounters.h"

#include <QThread>

namespace Portico {

namespace {

constexpr int maxRecentEvents = 500;
constexpr int statsIntervalMs = 1000;

} // namespace

EngineRuntime::EngineRuntime(const Clock& clock)
    : m_clock(clock)
{
    m_statsTimer.setInterval(statsIntervalMs);
    m_statsTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_statsTimer, &QTimer::timeout, this, &EngineRuntime::collectStats);
}

EngineRuntime::~EngineRuntime()
{
    stopNow();
}

QList<BoundListener> EngineRuntime::listeners() const
{
    QList<BoundListener> result;
    for (const ListenerConfig& listener : m_config.listeners) {
        const auto it = m_listeners.find(listenerKey(listener));
        if (it != m_listeners.end())
            result.append(BoundListener{listener, it->second.socket.port()});
    }
    return result;
}

QString EngineRuntime::listenerKey(const ListenerConfig& listener)
{
    return ListenerConfig::protocolName(listener.protocol) + QStringLiteral("://") + listener.endpoint();
}

ConfigErrors EngineRuntime::validated(const Config& config, Config& result)
{
    ConfigValidation validation = ConfigValidator::validate(config);
    if (!validation.ok())
        return validation.errors;
    result = std::move(*validation.config);
    return {};
}

ApplyResult EngineRuntime::start(const Config& config)
{
    if (m_state != EngineState::Stopped)
        return apply(config);

    Config next;
    if (ConfigErrors errors = validated(config, next); !errors.isEmpty()) {
        rejectConfig(errors);
        return ApplyResult{errors};
    }
    setState(EngineState::Starting);
    std::map<QString, OpenListener> opened;
    if (ConfigErrors errors = openMissingListeners(next, opened); !errors.isEmpty()) {
        rejectConfig(errors);
        setState(EngineState::Stopped);
        return ApplyResult{errors};
    }

    const bool configDiffers = !(next == m_config);
    m_config = std::move(next);
    const int workerCount = m_config.settings.effectiveWorkers();
    m_drainedWorkers = 0;
    startAccessLog();
    for (int i = 0; i < workerCount; ++i) {
        WorkerSlot slot;
        slot.counters = std::make_unique<WorkerCounters>();
        slot.thread = new QThread();
        slot.thread->setObjectName(QStringLiteral("portico-worker-%1").arg(i + 1));
        slot.worker = new Worker(i + 1, *slot.counters, m_clock, m_accessLog);
        slot.worker->moveToThread(slot.thread);
        connect(slot.thread, &QThread::finished, slot.worker, &QObject::deleteLater);
        connect(slot.worker, &Worker::drained, this, &EngineRuntime::onWorkerDrained, Qt::QueuedConnection);
        slot.thread->start();
        m_workers.push_back(std::move(slot));
        addEvent(EngineEventKind::WorkerStarted, EventSeverity::Info, QString::number(i + 1));
    }
    dispatch(std::make_shared<const ConfigGeneration>(m_config), opened, {});

    m_startedUs = m_clock.monotonicUs();
    m_lastSampleUs = m_startedUs;
    m_lastLatency = {};
    m_lastStats = StatsSnapshot{};
    m_statsTimer.start();
    setState(EngineState::Running);
    addEvent(EngineEventKind::EngineStarted, EventSeverity::Info, QString(), {QString::number(workerCount)});
    addEvent(EngineEventKind::ConfigApplied, EventSeverity::Info, QString(),
             {QString::number(m_config.listeners.size()), QString::number(m_config.sites.size()),
              QString::number(m_config.pools.size())});
    if (configDiffers)
        Q_EMIT configChanged(m_config);
    return {};
}

ApplyResult EngineRuntime::apply(const Config& config)
{
    Config next;
    if (ConfigErrors errors = validated(config, next); !errors.isEmpty()) {
        rejectConfig(errors);
        return ApplyResult{errors};
    }
    if (m_state != EngineState::Running) {
        // Remembered for the next start; nothing is open to change.
        m_config = std::move(next);
        Q_EMIT configChanged(m_config);
        return {};
    }

    std::map<QString, OpenListener> opened;
    if (ConfigErrors errors = openMissingListeners(next, opened); !errors.isEmpty()) {
        rejectConfig(errors);
        return ApplyResult{errors};
    }
    QStringList closed;
    QSet<QString> wanted;
    for (const ListenerConfig& listener : next.listeners)
        wanted.insert(listenerKey(listener));
    for (const auto& [key, open] : m_listeners) {
        if (!wanted.contains(key))
            closed.append(key);
    }
    if (next.settings.effectiveWorkers() != m_config.settings.effectiveWorkers())
        addEvent(EngineEventKind::RestartRequired, EventSeverity::Warning, QString(),
                 {QStringLiteral("settings.workers")});

    m_config = std::move(next);
    startAccessLog();
    dispatch(std::make_shared<const ConfigGeneration>(m_config), opened, closed);
    addEvent(EngineEventKind::ConfigApplied, EventSeverity::Info, QString(),
             {QString::number(m_config.listeners.size()), QString::number(m_config.sites.size()),
              QString::number(m_config.pools.size())});
    Q_EMIT configChanged(m_config);
    return {};
}

ConfigErrors EngineRuntime::openMissingListeners(const Config& config, std::map<QString, OpenListener>& opened)
{
    ConfigErrors errors;
    for (qsizetype i = 0; i < config.listeners.size(); ++i) {
        const ListenerConfig& listener = config.listeners.at(i);
        const QString key = listenerKey(listener);
        if (m_listeners.contains(key) || opened.contains(key))
            continue;
        OpenListener open{listener, ListenSocket()};
        if (!open.socket.open(QHostAddress(listener.address), listener.port)) {
            errors.append(ConfigError{ConfigErrorCode::BindFailed,
                                      QStringLiteral("listeners[%1]").arg(i),
                                      {listener.endpoint(), open.socket.errorString()}});
            addEvent(EngineEventKind::ListenerFailed, EventSeverity::Error, listener.endpoint(),
                     {open.socket.errorString()});
            continue;
        }
        opened.emplace(key, std::move(open));
    }
    if (!errors.isEmpty())
        opened.clear(); // closes every socket opened for this attempt
    return errors;
}

void EngineRuntime::dispatch(const std::shared_ptr<const ConfigGeneration>& config,
                             std::map<QString, OpenListener>& opened, const QStringList& closed)
{
    const bool shared = ListenSocket::duplicatesShareAccepts();
    for (size_t w = 0; w < m_workers.size(); ++w) {
        QList<ListenerHandoff> handOff;
        for (auto& [key, open] : opened) {
            qintptr descriptor = -1;
            if (shared)
                descriptor = open.socket.duplicate();
            else if (w == 0)
                descriptor = open.socket.release();
            if (descriptor >= 0)
                handOff.append(ListenerHandoff{key, open.config, descriptor});
        }
        Worker* worker = m_workers[w].worker;
        QMetaObject::invokeMethod(
            worker, [worker, config, handOff, closed] { worker->applyConfig(config, handOff, closed); },
            Qt::QueuedConnection);
    }
    for (const QString& key : closed) {
        const auto node = m_listeners.extract(key);
        if (!node.empty())
            addEvent(EngineEventKind::ListenerStopped, EventSeverity::Info,
                     BoundListener{node.mapped().config, node.mapped().socket.port()}.endpoint());
    }
    for (auto& [key, open] : opened) {
        addEvent(EngineEventKind::ListenerStarted, EventSeverity::Info,
                 BoundListener{open.config, open.socket.port()}.endpoint());
        m_listeners.insert_or_assign(key, std::move(open));
    }
    opened.clear();
}

void EngineRuntime::stop()
{
    if (m_state != EngineState::Running)
        return;
    setState(EngineState::Stopping);
    m_drainedWorkers = 0;
    const int timeoutMs = m_config.settings.shutdownTimeoutMs;
    for (const WorkerSlot& slot : m_workers) {
        Worker* worker = slot.worker;
        QMetaObject::invokeMethod(
            worker, [worker, timeoutMs] { worker->beginShutdown(timeoutMs); }, Qt::QueuedConnection);
    }
    // The workers close their own descriptors; closing ours makes the sockets go away with them.
    for (const auto& [key, open] : m_listeners)
        addEvent(EngineEventKind::ListenerStopped, EventSeverity::Info,
                 BoundListener{open.config, open.socket.port()}.endpoint());
    m_listeners.clear();
}

void EngineRuntime::onWorkerDrained()
{
    if (m_state != EngineState::Stopping)
        return;
    if (++m_drainedWorkers >= static_cast<int>(m_workers.size()))
        finishStop();
}

void EngineRuntime::finishStop()
{
    collectStats();
    m_statsTimer.stop();
    for (WorkerSlot& slot : m_workers) {
        slot.thread->quit();
        slot.thread->wait();
        delete slot.thread;
        addEvent(EngineEventKind::WorkerStopped, EventSeverity::Info, QString::number(&slot - m_workers.data() + 1));
    }
    m_workers.clear();
    stopAccessLog();
    setState(EngineState::Stopped);
    addEvent(EngineEventKind::EngineStopped, EventSeverity::Info);
}

void EngineRuntime::stopNow()
{
    m_statsTimer.stop();
    for (WorkerSlot& slot : m_workers) {
        Worker* worker = slot.worker;
        if (slot.thread->isRunning())
            QMetaObject::invokeMethod(
                worker, [worker] { worker->shutdownNow(); }, Qt::BlockingQueuedConnection);
        slot.thread->quit();
        slot.thread->wait();
        delete slot.thread;
    }
    m_workers.clear();
    m_listeners.clear();
    stopAccessLog();
    m_state = EngineState::Stopped;
}

void EngineRuntime::startAccessLog()
{
    if (!m_logThread) {
        m_logThread = new QThread();
        m_logThread->setObjectName(QStringLiteral("portico-access-log"));
        m_accessLog = new AccessLogWriter();
        m_accessLog->moveToThread(m_logThread);
        connect(m_logThread, &QThread::finished, m_accessLog, &QObject::deleteLater);
        m_logThread->start();
    }
    AccessLogWriter* writer = m_accessLog;
    const QString path = m_config.settings.accessLog ? m_config.settings.accessLogPath : QString();
    const bool enabled = m_config.settings.accessLog;
    QMetaObject::invokeMethod(
        writer,
        [writer, path, enabled] {
            if (enabled)
                writer->setPath(path);
        },
        Qt::QueuedConnection);
}

void EngineRuntime::stopAccessLog()
{
    if (!m_logThread)
        return;
    // Batches the workers queued before they stopped are written before the thread ends: this call
    // is queued behind them.
    AccessLogWriter* writer = m_accessLog;
    QMetaObject::invokeMethod(
        writer, [writer] { writer->flush(); }, Qt::BlockingQueuedConnection);
    m_logThread->quit();
    m_logThread->wait();
    delete m_logThread;
    m_logThread = nullptr;
    m_accessLog = nullptr;
}

void EngineRuntime::setState(EngineState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EngineRuntime::addEvent(EngineEventKind kind, EventSeverity severity, const QString& subject,
                             const QStringList& args)
{
    EngineEvent event{m_clock.now(), kind, severity, subject, args};
    qCDebug(lcEngine).noquote() << event.message();
    m_events.append(event);
    if (m_events.size() > maxRecentEvents)
        m_events.removeFirst();
    Q_EMIT eventOccurred(event);
}

void EngineRuntime::rejectConfig(const ConfigErrors& errors)
{
    addEvent(EngineEventKind::ConfigRejected, EventSeverity::Error, QString(),
             {QString::number(errors.size()), errors.first().toString()});
}

void EngineRuntime::collectStats()
{
    const qint64 nowUs = m_clock.monotonicUs();
    StatsSnapshot snapshot;
    snapshot.time = m_clock.now();
    snapshot.uptimeMs = (nowUs - m_startedUs) / 1000;
    snapshot.intervalMs = (nowUs - m_lastSampleUs) / 1000;
    snapshot.workers = static_cast<int>(m_workers.size());
    LatencyHistogram::Counts latency{};
    for (const WorkerSlot& slot : m_workers) {
        const WorkerCounters& c = *slot.counters;
        snapshot.requestsTotal += c.requests.load(std::memory_order_relaxed);
        snapshot.bytesInTotal += c.bytesIn.load(std::memory_order_relaxed);
        snapshot.bytesOutTotal += c.bytesOut.load(std::memory_order_relaxed);
        snapshot.connectionsTotal += c.connections.load(std::memory_order_relaxed);
        snapshot.activeConnections += c.activeConnections.load(std::memory_order_relaxed);
        for (size_t i = 0; i < snapshot.responsesByClass.size(); ++i)
            snapshot.responsesByClass[i] += c.responsesByClass[i].load(std::memory_order_relaxed);
        const LatencyHistogram::Counts counts = c.latency.counts();
        for (size_t i = 0; i < latency.size(); ++i)
            latency[i] += counts[i];
    }
    LatencyHistogram::Counts interval{};
    for (size_t i = 0; i < latency.size(); ++i)
        interval[i] = latency[i] - qMin(latency[i], m_lastLatency[i]);
    if (snapshot.intervalMs > 0) {
        const double seconds = static_cast<double>(snapshot.intervalMs) / 1000.0;
        auto rate = [seconds](quint64 now, quint64 before) {
            return static_cast<double>(now - qMin(now, before)) / seconds;
        };
        snapshot.requestsPerSecond = rate(snapshot.requestsTotal, m_lastStats.requestsTotal);
        snapshot.bytesInPerSecond = rate(snapshot.bytesInTotal, m_lastStats.bytesInTotal);
        snapshot.bytesOutPerSecond = rate(snapshot.bytesOutTotal, m_lastStats.bytesOutTotal);
    }
    snapshot.latencyP50Us = LatencyHistogram::quantile(interval, 0.50);
    snapshot.latencyP95Us = LatencyHistogram::quantile(interval, 0.95);
    snapshot.latencyP99Us = LatencyHistogram::quantile(interval, 0.99);
    m_lastLatency = latency;
    m_lastSampleUs = nowUs;
    m_lastStats = snapshot;
    Q_EMIT statsUpdated(snapshot);
}

} // namespace Portico
