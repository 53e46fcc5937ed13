// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/StateText.h"

namespace Portico {

QString StateText::name(EngineState state)
{
    switch (state) {
    case EngineState::Stopped:
        return tr("Stopped");
    case EngineState::Starting:
        return tr("Starting…");
    case EngineState::Running:
        return tr("Running");
    case EngineState::Stopping:
        return tr("Stopping…");
    }
    return QString();
}

} // namespace Portico
