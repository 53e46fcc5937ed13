// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineEvent.h"

#include <QCoreApplication>

namespace Portico {

// Words engine events for the Logs page, the dashboard and the tray.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::EventText)

public:
    static QString message(const EngineEvent& event);
    static QString adminStateName(const QString& name);
    // The check result of a BackendUp or BackendDown event, worded in the UI's language.
    static QString checkText(const EngineEvent& event);
    // An ISO 8601 UTC time from an event, as a local date and time.
    static QString dateText(const QString& isoUtc);
    static QString severityName(EventSeverity severity);
};

} // namespace Portico
