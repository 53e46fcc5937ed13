// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/EngineState.h"

#include <QCoreApplication>

namespace Portico {

// The engine's state in words.
class StateText
{
    Q_DECLARE_TR_FUNCTIONS(Portico::StateText)

public:
    static QString name(EngineState state);
};

} // namespace Portico
