// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/IoHandler.h"

#include <QByteArray>

#include <memory>

namespace Portico {

class EventPoller;
class TlsStream;
class UpstreamPool;
class UpstreamUser;

// One TCP connection to a backend. While a request uses it, its readiness goes to that request's
// connection; while it waits in the pool, any readiness means the backend closed it (or sent
// something unasked), so the pool drops it.
class UpstreamConnection final : public IoHandler
{
public:
    UpstreamConnection(qintptr descriptor, QByteArray backendKey, UpstreamPool& pool);
    ~UpstreamConnection() override;

    qintptr descriptor() const { return m_descriptor; }
    // Null for plain HTTP; kept with the connection while it waits in the pool.
    TlsStream* tls() const { return m_tls.get(); }
    void setTls(std::unique_ptr<TlsStream> tls);
    const QByteArray& backendKey() const { return m_backendKey; }
    void setUser(UpstreamUser* user) { m_user = user; }
    UpstreamUser* user() const { return m_user; }
    // Requests this connection has carried; the first one is on a fresh connection.
    int requestCount() const { return m_requestCount; }
    void countRequest() { ++m_requestCount; }
    qint64 idleSinceMs() const { return m_idleSinceMs; }
    void setIdleSinceMs(qint64 ms) { m_idleSinceMs = ms; }
    // Whether the backend still has it open and sent nothing unasked (a peek, no data consumed).
    bool looksAlive() const;
    // What the poller watches for; only a change costs a system call.
    void watch(EventPoller& poller, bool read, bool write);
    void setWatched(bool read, bool write) { m_watched = (read ? 1 : 0) | (write ? 2 : 0); }

    void onIoEvent(bool readable, bool writable, bool hangup) override;

private:
    qintptr m_descriptor;
    std::unique_ptr<TlsStream> m_tls;
    QByteArray m_backendKey;
    UpstreamPool& m_pool;
    UpstreamUser* m_user = nullptr;
    int m_requestCount = 0;
    qint64 m_idleSinceMs = 0;
    int m_watched = -1;
};

} // namespace Portico
