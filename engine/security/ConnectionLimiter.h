// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace Portico {

// Open connections per client address, shared by every worker without a lock (atomic counters by address hash;
// two addresses that share a counter share the cap, which only ever errs towards refusing too early and is rare
// with 65,536 counters).
class ConnectionLimiter
{
public:
    // slotCount is rounded up to a power of two.
    explicit ConnectionLimiter(int slotCount = 1 << 16);
    ~ConnectionLimiter();
    Q_DISABLE_COPY_MOVE(ConnectionLimiter)

    // False (and nothing counted) when the address already has max connections; max <= 0 means no cap (the
    // connection is counted all the same).
    bool tryAcquire(quint64 addressHash, int max);
    // For every acquire that returned true; never goes below 0.
    void release(quint64 addressHash);
    int count(quint64 addressHash) const;

private:
    int m_mask;
    std::unique_ptr<std::atomic<int>[]> m_counts;
};

} // namespace Portico
