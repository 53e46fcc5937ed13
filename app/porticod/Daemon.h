// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ConfigError.h"
#include "controller/EngineController.h"

#include <QObject>
#include <QTextStream>

namespace Portico {

// porticod's run mode: starts the engine on a config, logs every engine event to stderr, and
// stops gracefully on SIGINT or SIGTERM.
class Daemon : public QObject
{
    Q_OBJECT

public:
    explicit Daemon(QObject* parent = nullptr);

    // Returns the process exit code when the engine could not start, or -1 when it runs.
    int start(const Config& config);
    void requestStop(int signalNumber);

    static void printErrors(QTextStream& out, const QString& source, const ConfigErrors& errors);

private:
    void logEvent(const EngineEvent& event);
    void onStateChanged(EngineState state);

    EngineController m_controller;
    QTextStream m_log;
};

} // namespace Portico
