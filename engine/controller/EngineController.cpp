// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/EngineController.h"

#include "config/ConfigHistoryEntry.h"
#include "controller/CertificateCenter.h"
#include "controller/EngineRuntime.h"
#include "core/Clock.h"

namespace Portico {

EngineController::EngineController(QObject* parent)
    : EngineController(Clock::system(), parent)
{}

EngineController::EngineController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_runtime(std::make_unique<EngineRuntime>(clock))
{
    registerMetaTypes();
    connect(m_runtime.get(), &EngineRuntime::stateChanged, this, &EngineController::stateChanged);
    connect(m_runtime.get(), &EngineRuntime::statsUpdated, this, &EngineController::statsUpdated);
    connect(m_runtime.get(), &EngineRuntime::eventOccurred, this, &EngineController::eventOccurred);
    connect(m_runtime.get(), &EngineRuntime::configChanged, this, &EngineController::configChanged);
    connect(m_runtime.get(), &EngineRuntime::probeFinished, this, &EngineController::probeFinished);
    connect(m_runtime.get(), &EngineRuntime::accessLogged, this, &EngineController::accessLogged);
    m_certificates = new CertificateCenter(*this, m_runtime->challengeStore(), clock, this);
    EngineRuntime* runtime = m_runtime.get();
    connect(m_certificates, &CertificateCenter::eventOccurred, this,
            [runtime](const EngineEvent& event) { runtime->recordEvent(event); });
}

EngineController::~EngineController()
{
    delete m_certificates;
    m_certificates = nullptr;
}

std::shared_ptr<AcmeChallengeStore> EngineController::challengeStore() const
{
    return m_runtime->challengeStore();
}

void EngineController::reloadCertificates()
{
    m_runtime->reloadCertificates();
}

EngineState EngineController::state() const
{
    return m_runtime->state();
}

const Config& EngineController::config() const
{
    return m_runtime->config();
}

QList<BoundListener> EngineController::listeners() const
{
    return m_runtime->listeners();
}

StatsSnapshot EngineController::lastStats() const
{
    return m_runtime->lastStats();
}

QList<EngineEvent> EngineController::recentEvents() const
{
    return m_runtime->recentEvents();
}

ApplyResult EngineController::start(const Config& config)
{
    return m_runtime->start(config);
}

ApplyResult EngineController::start()
{
    return m_runtime->start(m_runtime->config());
}

void EngineController::stop()
{
    m_runtime->stop();
}

ApplyResult EngineController::apply(const Config& config)
{
    return m_runtime->apply(config);
}

RouteTestResult EngineController::testRoute(const RouteTestRequest& request) const
{
    return m_runtime->testRoute(request);
}

quint64 EngineController::probeBackend(const BackendProbeRequest& request)
{
    return m_runtime->probeBackend(request);
}

MetricsSeries EngineController::history(HistoryRange range, const QString& site) const
{
    MetricsSeries series;
    series.range = range;
    series.site = site;
    return series;
}

TopLists EngineController::topLists(HistoryRange range) const
{
    TopLists lists;
    lists.range = range;
    return lists;
}

QList<BackendTimeline> EngineController::backendTimelines(HistoryRange) const
{
    return {};
}

QStringList EngineController::historySites() const
{
    return {};
}

void EngineController::setHistoryPath(const QString&) {}

void EngineController::setLiveAccessLog(bool enabled)
{
    m_runtime->setLiveAccessLog(enabled);
}

void EngineController::registerMetaTypes()
{
    qRegisterMetaType<Portico::MetricsSeries>();
    qRegisterMetaType<Portico::TopLists>();
    qRegisterMetaType<Portico::BackendTimeline>();
    qRegisterMetaType<Portico::RequestTally>();
    qRegisterMetaType<Portico::AccessLogBatch>();
    qRegisterMetaType<Portico::HealthCheckResult>();
    qRegisterMetaType<Portico::RouteTestResult>();
    qRegisterMetaType<Portico::EngineState>();
    qRegisterMetaType<Portico::EngineEvent>();
    qRegisterMetaType<Portico::StatsSnapshot>();
    qRegisterMetaType<Portico::Config>();
    qRegisterMetaType<Portico::ConfigError>();
    qRegisterMetaType<Portico::ApplyResult>();
    qRegisterMetaType<Portico::BoundListener>();
    qRegisterMetaType<Portico::ConfigHistoryEntry>();
}

} // namespace Portico
