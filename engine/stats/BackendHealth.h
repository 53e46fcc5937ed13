// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Portico {

// What Portico currently believes about a backend, apart from the admin state in the config.
enum class BackendHealth
{
    // No active check configured and no recent failures: treated as up.
    Unchecked,
    Up,
    // Failed `fall` active checks in a row.
    Down,
    // Taken out by passive health (errors seen on real traffic) for a cool-down.
    Ejected,
};

QString backendHealthName(BackendHealth health);

} // namespace Portico
