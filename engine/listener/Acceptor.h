// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ListenerConfig.h"
#include "io/IoHandler.h"

#include <QHostAddress>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace Portico {

class EventPoller;

// A worker's accepting side of one listener: its own duplicate of the listening descriptor in the
// worker's poller. Stops accepting while the listener is at its connection limit (the kernel's
// backlog holds newcomers) and when the process runs out of descriptors, and retries shortly after.
class Acceptor final : public IoHandler
{
public:
    using Accepted = std::function<void(qintptr descriptor, const QHostAddress& peer)>;

    Acceptor(qintptr descriptor, ListenerConfig config, EventPoller& poller, std::shared_ptr<std::atomic<int>> open,
             int maxConnections, Accepted accepted);
    ~Acceptor() override;

    const ListenerConfig& config() const { return m_config; }
    // Connections of this listener open right now, over all workers.
    const std::shared_ptr<std::atomic<int>>& openConnections() const { return m_open; }
    // A connection of this listener closed: accepting may resume.
    void connectionClosed();
    void onIoEvent(bool readable, bool writable, bool hangup) override;

private:
    void pause();
    void resume();

    qintptr m_descriptor;
    ListenerConfig m_config;
    EventPoller& m_poller;
    std::shared_ptr<std::atomic<int>> m_open;
    int m_maxConnections;
    Accepted m_accepted;
    QTimer* m_retry = nullptr;
    bool m_paused = false;
};

} // namespace Portico
