// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/Listener.h"

namespace Portico {

Listener::Listener(std::function<void(qintptr)> onAccepted, QObject* parent)
    : QTcpServer(parent)
    , m_onAccepted(std::move(onAccepted))
{}

void Listener::incomingConnection(qintptr descriptor)
{
    m_onAccepted(descriptor);
}

} // namespace Portico
