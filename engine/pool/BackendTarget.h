// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/BackendConfig.h"

#include <QByteArray>
#include <QHostAddress>

namespace Portico {

class BackendState;

class BackendTarget
{
public:
    QHostAddress address;
    quint16 port = 0;
    int weight = 1;
    int maxConnections = 0;
    bool backup = false;
    BackendAdminState admin = BackendAdminState::Enabled;
    // "host:port" as configured.
    QByteArray key;
    // What the sticky cookie names it by.
    quint64 stickyId = 0;
    // Shared with the other workers and the health monitor; owned by the generation.
    BackendState* state = nullptr;
    // Empty when the name did not resolve: requests routed to it get 502.
    bool resolved() const { return !address.isNull(); }
};

} // namespace Portico
