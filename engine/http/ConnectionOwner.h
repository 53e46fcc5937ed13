// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Portico {

class ClientConnection;

// Who hears that a client connection closed (the worker). An interface rather than a
// std::function: the connection keeps 8 bytes instead of a closure, which matters at 10,000 idle
// connections.
class ConnectionOwner
{
public:
    virtual ~ConnectionOwner() = default;
    virtual void connectionClosed(ClientConnection* connection, quint32 acceptorId) = 0;
};

} // namespace Portico
