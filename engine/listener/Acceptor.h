// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ListenerConfig.h"
#include "io/IoHandler.h"

#include <QHostAddress>

#include <functional>
#include <memory>

class QTimer;

namespace Portico {

class EventPoller;

// A worker's accepting side of one listener: its own duplicate of the listening descriptor in the
// worker's poller. Stops accepting while this worker holds its share of the listener's connection
// limit (the kernel's backlog holds newcomers) and when the process runs out of descriptors.
class Acceptor final : public IoHandler
{
public:
    using Accepted = std::function<void(qintptr descriptor, const QHostAddress& peer)>;

    Acceptor(qintptr descriptor, ListenerConfig config, EventPoller& poller, int maxConnections, Accepted accepted);
    ~Acceptor() override;

    const ListenerConfig& config() const { return m_config; }
    // Identifies this acceptor to the connections it accepted, which may outlive it: unique in
    // the process, never reused.
    quint32 id() const { return m_id; }
    // A connection this acceptor accepted closed: accepting may resume.
    void connectionClosed();
    void onIoEvent(bool readable, bool writable, bool hangup) override;

private:
    void pause();
    void resume();

    qintptr m_descriptor;
    ListenerConfig m_config;
    EventPoller& m_poller;
    const quint32 m_id;
    // Connections this worker accepted on this listener and still holds.
    int m_open = 0;
    int m_maxConnections;
    Accepted m_accepted;
    QTimer* m_retry = nullptr;
    bool m_paused = false;
};

} // namespace Portico
