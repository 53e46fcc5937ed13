// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>

namespace Portico {

// A backend as the data path needs it: an address to connect to, resolved when the config was
// applied (never on the hot path), and a key that names it across config generations so that
// idle keep-alive connections survive a reload that keeps the backend.
class BackendTarget
{
public:
    QHostAddress address;
    quint16 port = 0;
    int weight = 1;
    // "host:port" as configured.
    QByteArray key;
    // Empty when the name did not resolve: requests routed to it get 502.
    bool resolved() const { return !address.isNull(); }
};

} // namespace Portico
