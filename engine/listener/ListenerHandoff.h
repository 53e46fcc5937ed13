// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ListenerConfig.h"

#include <QString>

namespace Portico {

// A listening descriptor the controller opened, on its way to a worker, with what the worker needs
// to accept from it; the worker owns the descriptor from then on.
class ListenerHandoff
{
public:
    QString key;
    ListenerConfig config;
    qintptr descriptor = -1;
};

} // namespace Portico
