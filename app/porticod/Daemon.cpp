// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Daemon.h"

#include <QCoreApplication>

#include <cstdio>

namespace Portico {

namespace {

const char* severityName(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Info:
        return "info ";
    case EventSeverity::Warning:
        return "warn ";
    case EventSeverity::Error:
        return "error";
    }
    return "";
}

} // namespace

Daemon::Daemon(QObject* parent)
    : QObject(parent)
    , m_log(stderr)
{
    connect(&m_controller, &EngineController::eventOccurred, this, &Daemon::logEvent);
    connect(&m_controller, &EngineController::stateChanged, this, &Daemon::onStateChanged);
    // A separate file from the GUI's: both may run at once, and neither may overwrite the other's history.
    m_controller.setHistoryPath(
        MetricsHistory::defaultPath().replace(QStringLiteral("metrics.dat"), QStringLiteral("porticod-metrics.dat")));
}

int Daemon::start(const Config& config)
{
    const ApplyResult result = m_controller.start(config);
    if (result.ok())
        return -1;
    printErrors(m_log, QStringLiteral("porticod"), result.errors);
    const bool onlyBindErrors = std::all_of(result.errors.cbegin(), result.errors.cend(),
                                            [](const ConfigError& e) { return e.code == ConfigErrorCode::BindFailed; });
    return onlyBindErrors ? 1 : 2;
}

void Daemon::requestStop(int signalNumber)
{
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << " info  received signal " << signalNumber
          << ", stopping gracefully" << Qt::endl;
    if (m_controller.state() == EngineState::Stopped)
        QCoreApplication::exit(0);
    m_controller.stop();
}

void Daemon::printErrors(QTextStream& out, const QString& source, const ConfigErrors& errors)
{
    for (const ConfigError& error : errors)
        out << source << ": error: " << error.toString() << Qt::endl;
}

void Daemon::logEvent(const EngineEvent& event)
{
    m_log << event.time.toString(Qt::ISODateWithMs) << ' ' << severityName(event.severity) << ' ' << event.message()
          << Qt::endl;
}

void Daemon::onStateChanged(EngineState state)
{
    if (state == EngineState::Stopped)
        QCoreApplication::exit(0);
}

} // namespace Portico
