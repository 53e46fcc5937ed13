// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigLoadResult.h"
#include "controller/EngineController.h"

#include <QObject>

namespace Portico {

// The engine as the GUI runs it: the controller, the config file it came from, what loading that
// file found and why the last start failed. Pages read it; only this class starts and stops.
class EngineSession : public QObject
{
    Q_OBJECT

public:
    explicit EngineSession(QString configPath, QObject* parent = nullptr);
    ~EngineSession() override;

    EngineController& engine() { return m_engine; }
    const EngineController& engine() const { return m_engine; }
    const QString& configPath() const { return m_configPath; }
    const ConfigLoadResult& loadResult() const { return m_loadResult; }
    // Why the last start() failed; empty after a successful start.
    const ConfigErrors& startErrors() const { return m_startErrors; }

    // Reads the config file (an unusable one is moved aside and the default used) and hands the
    // config to the stopped engine without starting it.
    void loadConfig();
    bool start();
    void stop();
    // Graceful stop, returning once the engine reports Stopped or timeoutMs passed; true if it stopped.
    bool stopAndWait(int timeoutMs);
    // Long enough for the engine's own drain timeout, with room to close the workers.
    int stopTimeoutMs() const;

    // Every config change the GUI makes goes through here: validates candidate, applies it to the
    // running engine (or hands it to the stopped one), then saves it to configPath() with history.
    // Returns the errors; on any error neither the engine nor the file changes.
    ConfigErrors applyConfig(const Config& candidate);

Q_SIGNALS:
    void startErrorsChanged();
    // applyConfig() saved a new config.
    void configSaved();
    // applyConfig() put current in force in place of previous (both as validated).
    void configApplied(const Portico::Config& previous, const Portico::Config& current);

private:
    void setStartErrors(const ConfigErrors& errors);

    QString m_configPath;
    ConfigLoadResult m_loadResult;
    ConfigErrors m_startErrors;
    EngineController m_engine;
};

} // namespace Portico
