// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/UpstreamPool.h"

#include "io/EventPoller.h"
#include "pool/UpstreamConnection.h"

#include <algorithm>

namespace Portico {

UpstreamPool::UpstreamPool(EventPoller& poller)
    : m_poller(poller)
{}

UpstreamPool::~UpstreamPool()
{
    closeAll();
}

UpstreamConnection* UpstreamPool::take(const QByteArray& backendKey, qint64 nowMs, qint64 maxIdleAgeMs,
                                       bool verifyAlive)
{
    const auto it = m_idle.find(backendKey);
    if (it == m_idle.end())
        return nullptr;
    std::vector<UpstreamConnection*>& list = it.value();
    // Newest first: the most recently used connection is the least likely to have been closed.
    while (!list.empty()) {
        UpstreamConnection* connection = list.back();
        if (nowMs - connection->idleSinceMs() > maxIdleAgeMs)
            return nullptr; // alive or not, too old for this request: left for a replayable one
        list.pop_back();
        if (!verifyAlive || connection->looksAlive())
            return connection;
        discard(connection);
    }
    return nullptr;
}

void UpstreamPool::release(UpstreamConnection* connection, qint64 nowMs, int maxIdle)
{
    connection->setUser(nullptr);
    std::vector<UpstreamConnection*>& list = m_idle[connection->backendKey()];
    if (static_cast<int>(list.size()) >= maxIdle) {
        discard(connection);
        return;
    }
    connection->setIdleSinceMs(nowMs);
    // Only a close or unasked bytes can wake an idle connection.
    connection->watch(m_poller, true, false);
    list.push_back(connection);
}

void UpstreamPool::discard(UpstreamConnection* connection)
{
    connection->setUser(nullptr);
    m_poller.remove(connection->descriptor());
    m_poller.deleteLater(connection);
}

bool UpstreamPool::removeIdle(UpstreamConnection* connection)
{
    const auto it = m_idle.find(connection->backendKey());
    if (it == m_idle.end())
        return false;
    std::vector<UpstreamConnection*>& list = it.value();
    const auto position = std::find(list.begin(), list.end(), connection);
    if (position == list.end())
        return false;
    list.erase(position);
    return true;
}

void UpstreamPool::onIdleConnectionEvent(UpstreamConnection* connection)
{
    if (removeIdle(connection))
        discard(connection);
}

void UpstreamPool::sweep(qint64 nowMs, qint64 idleTimeoutMs)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        std::vector<UpstreamConnection*>& list = it.value();
        // Oldest first in each list.
        auto firstFresh = std::find_if(list.begin(), list.end(), [&](UpstreamConnection* connection) {
            return nowMs - connection->idleSinceMs() < idleTimeoutMs;
        });
        for (auto stale = list.begin(); stale != firstFresh; ++stale)
            discard(*stale);
        list.erase(list.begin(), firstFresh);
    }
}

void UpstreamPool::closeAll()
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        for (UpstreamConnection* connection : it.value())
            discard(connection);
    }
    m_idle.clear();
}

int UpstreamPool::idleCount() const
{
    int count = 0;
    for (auto it = m_idle.cbegin(); it != m_idle.cend(); ++it)
        count += static_cast<int>(it.value().size());
    return count;
}

} // namespace Portico
