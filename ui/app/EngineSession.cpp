// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/EngineSession.h"

#include "config/ConfigStore.h"
#include "config/ConfigValidator.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "portico.ui.session", QtInfoMsg)

namespace Portico {

EngineSession::EngineSession(QString configPath, QObject* parent)
    : QObject(parent)
    , m_configPath(std::move(configPath))
{}

EngineSession::~EngineSession() = default;

void EngineSession::loadConfig()
{
    m_loadResult = ConfigStore(m_configPath).load(ConfigStore::OnBadFile::MoveAside);
    // The engine is stopped here, so apply() only remembers the config for start().
    const ApplyResult result = m_engine.apply(m_loadResult.config);
    if (!result.ok())
        setStartErrors(result.errors);
}

bool EngineSession::start()
{
    if (m_engine.state() != EngineState::Stopped)
        return m_engine.state() == EngineState::Running;
    const ApplyResult result = m_engine.start();
    setStartErrors(result.errors);
    if (!result.ok())
        qCWarning(lcSession).noquote() << "The engine did not start:" << result.errors.first().toString();
    return result.ok();
}

void EngineSession::stop()
{
    m_engine.stop();
}

bool EngineSession::stopAndWait(int timeoutMs)
{
    if (m_engine.state() == EngineState::Stopped)
        return true;
    QEventLoop loop;
    connect(&m_engine, &EngineController::stateChanged, &loop, [&loop](EngineState state) {
        if (state == EngineState::Stopped)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_engine.stop();
    if (m_engine.state() != EngineState::Stopped)
        loop.exec();
    if (m_engine.state() != EngineState::Stopped)
        qCWarning(lcSession) << "The engine did not stop within" << timeoutMs << "ms; closing it at once";
    return m_engine.state() == EngineState::Stopped;
}

int EngineSession::stopTimeoutMs() const
{
    return m_engine.config().settings.shutdownTimeoutMs + 5000;
}

ConfigErrors EngineSession::applyConfig(const Config& candidate)
{
    const ConfigValidation validation = ConfigValidator::validate(candidate);
    if (!validation.ok())
        return validation.errors;
    // What the validator read back is what the engine and the file get: it drops keys that do not
    // apply (a hash key without hashing, say), exactly as loading the saved file would.
    const Config& config = *validation.config;
    const Config previous = m_engine.config();
    // The engine first: a listener that cannot open must not end up in the file either.
    if (const ApplyResult applied = m_engine.apply(config); !applied.ok())
        return applied.errors;
    if (const ConfigErrors saveErrors = ConfigStore(m_configPath).save(config); !saveErrors.isEmpty()) {
        qCWarning(lcSession).noquote() << "The configuration could not be saved:" << saveErrors.first().toString();
        // Keep the engine and the file telling the same story.
        m_engine.apply(previous);
        return saveErrors;
    }
    qCInfo(lcSession).noquote() << "Configuration saved to" << m_configPath;
    Q_EMIT configSaved();
    Q_EMIT configApplied(previous, config);
    return {};
}

void EngineSession::setStartErrors(const ConfigErrors& errors)
{
    if (errors == m_startErrors)
        return;
    m_startErrors = errors;
    Q_EMIT startErrorsChanged();
}

} // namespace Portico
