// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/BackendHealth.h"

namespace Portico {

QString backendHealthName(BackendHealth health)
{
    switch (health) {
    case BackendHealth::Unchecked:
        return QStringLiteral("unchecked");
    case BackendHealth::Up:
        return QStringLiteral("up");
    case BackendHealth::Down:
        return QStringLiteral("down");
    case BackendHealth::Ejected:
        return QStringLiteral("ejected");
    }
    return QString();
}

} // namespace Portico
