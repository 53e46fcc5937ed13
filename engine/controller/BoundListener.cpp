// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "controller/BoundListener.h"

namespace Portico {

QString BoundListener::endpoint() const
{
    ListenerConfig actual = config;
    actual.port = port;
    return actual.endpoint();
}

} // namespace Portico
