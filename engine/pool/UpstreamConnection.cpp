// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/UpstreamConnection.h"

#include "io/EventPoller.h"
#include "io/Socket.h"
#include "pool/UpstreamPool.h"
#include "pool/UpstreamUser.h"
#include "tls/TlsStream.h"

#include <cerrno>
#include <sys/socket.h>

namespace Portico {

UpstreamConnection::UpstreamConnection(qintptr descriptor, QByteArray backendKey, UpstreamPool& pool)
    : m_descriptor(descriptor)
    , m_backendKey(std::move(backendKey))
    , m_pool(pool)
{}

UpstreamConnection::~UpstreamConnection()
{
    m_tls.reset();
    Socket::close(m_descriptor);
}

void UpstreamConnection::setTls(std::unique_ptr<TlsStream> tls)
{
    m_tls = std::move(tls);
}

bool UpstreamConnection::looksAlive() const
{
    char byte = 0;
    const ssize_t peeked = ::recv(static_cast<int>(m_descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    return peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
}

void UpstreamConnection::watch(EventPoller& poller, bool read, bool write)
{
    const int wanted = (read ? 1 : 0) | (write ? 2 : 0);
    if (wanted == m_watched)
        return;
    poller.update(m_descriptor, this, read, write);
    m_watched = wanted;
}

void UpstreamConnection::onIoEvent(bool readable, bool writable, bool hangup)
{
    if (m_user)
        m_user->onUpstreamEvent(readable, writable, hangup);
    else if (m_descriptor >= 0)
        m_pool.onIdleConnectionEvent(this);
}

} // namespace Portico
