// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listener/Acceptor.h"

#include "core/Logging.h"
#include "io/EventPoller.h"
#include "io/Socket.h"

#include <QTimer>

#include <atomic>
#include <cerrno>
#include <sys/socket.h>

namespace Portico {

namespace {

std::atomic<quint32> nextAcceptorId{1};

// Accepting in bursts keeps one busy listener from starving the worker's other sockets.
constexpr int maxAcceptsPerEvent = 64;
constexpr int retryMs = 100;

} // namespace

Acceptor::Acceptor(qintptr descriptor, ListenerConfig config, EventPoller& poller, int maxConnections,
                   Accepted accepted)
    : m_descriptor(descriptor)
    , m_config(std::move(config))
    , m_poller(poller)
    , m_id(nextAcceptorId.fetch_add(1, std::memory_order_relaxed))
    , m_maxConnections(maxConnections)
    , m_accepted(std::move(accepted))
{
    m_poller.add(m_descriptor, this, true, false);
}

Acceptor::~Acceptor()
{
    delete m_retry;
    m_poller.remove(m_descriptor);
    Socket::close(m_descriptor);
}

void Acceptor::onIoEvent(bool readable, bool, bool)
{
    if (!readable || m_paused)
        return;
    for (int i = 0; i < maxAcceptsPerEvent; ++i) {
        if (m_open >= m_maxConnections) {
            pause();
            return;
        }
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd = ::accept4(static_cast<int>(m_descriptor), reinterpret_cast<sockaddr*>(&address), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                qCWarning(lcListener) << "cannot accept on" << m_config.endpoint() << qt_error_string(errno);
                pause();
            }
            return; // EAGAIN: another worker took it, or nothing is left
        }
        ++m_open;
        Socket::setNoDelay(fd);
        m_accepted(fd, QHostAddress(reinterpret_cast<const sockaddr*>(&address)));
    }
}

void Acceptor::connectionClosed()
{
    --m_open;
    if (m_paused)
        resume();
}

void Acceptor::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_poller.update(m_descriptor, this, false, false);
    if (!m_retry) {
        m_retry = new QTimer();
        m_retry->setSingleShot(true);
        m_retry->setInterval(retryMs);
        // Out of descriptors, no connection of ours may close to wake us: try again shortly.
        QObject::connect(m_retry, &QTimer::timeout, m_retry, [this] { resume(); });
    }
    m_retry->start();
}

void Acceptor::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_retry)
        m_retry->stop();
    m_poller.update(m_descriptor, this, true, false);
}

} // namespace Portico
