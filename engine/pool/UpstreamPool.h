// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <vector>

namespace Portico {

class EventPoller;
class UpstreamConnection;

// One worker's idle keep-alive connections to backends, by backend key. No lock: only the worker
// that owns it touches it.
class UpstreamPool
{
public:
    explicit UpstreamPool(EventPoller& poller);
    ~UpstreamPool();

    // The newest idle connection to the backend, or nullptr. A request that could not be retried if
    // the connection turned out dead (POST and friends) only gets one used moments ago (maxIdleAgeMs),
    // which a backend's keep-alive timeout cannot have closed, and checked for a close not yet seen
    // (verifyAlive: one peek); a replayable request skips the peek since the retry covers that race.
    UpstreamConnection* take(const QByteArray& backendKey, qint64 nowMs, qint64 maxIdleAgeMs, bool verifyAlive);
    // Hands a connection back after a complete exchange; closes it when the backend already has maxIdle.
    void release(UpstreamConnection* connection, qint64 nowMs, int maxIdle);
    // Closes a connection that is no longer usable.
    void discard(UpstreamConnection* connection);
    // The pool's own view of a connection it holds: the backend closed it.
    void onIdleConnectionEvent(UpstreamConnection* connection);
    // Closes connections idle since before nowMs - idleTimeoutMs.
    void sweep(qint64 nowMs, qint64 idleTimeoutMs);
    void closeAll();
    int idleCount() const;
    EventPoller& poller() { return m_poller; }

private:
    bool removeIdle(UpstreamConnection* connection);

    EventPoller& m_poller;
    QHash<QByteArray, std::vector<UpstreamConnection*>> m_idle;
};

} // namespace Portico
