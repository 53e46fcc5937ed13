// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace Portico {

enum class EngineState
{
    Stopped,
    Starting,
    Running,
    Stopping,
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::EngineState)
