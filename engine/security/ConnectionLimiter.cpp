// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ConnectionLimiter.h"

#include "security/HashSlots.h"

namespace Portico {

ConnectionLimiter::ConnectionLimiter(int slotCount)
    : m_mask(HashSlots::tableSize(slotCount) - 1)
    , m_counts(new std::atomic<int>[static_cast<size_t>(m_mask) + 1])
{
    for (int i = 0; i <= m_mask; ++i)
        m_counts[static_cast<size_t>(i)].store(0, std::memory_order_relaxed);
}

ConnectionLimiter::~ConnectionLimiter() = default;

bool ConnectionLimiter::tryAcquire(quint64 addressHash, int max)
{
    std::atomic<int>& count = m_counts[static_cast<size_t>(HashSlots::mix(addressHash) & static_cast<quint64>(m_mask))];
    // Counted without a cap too, so that a cap set later by a new config sees the connections already open.
    if (max <= 0) {
        count.fetch_add(1, std::memory_order_relaxed);
        return true;
    }
    int current = count.load(std::memory_order_relaxed);
    do {
        if (current >= max)
            return false;
    } while (!count.compare_exchange_weak(current, current + 1, std::memory_order_relaxed));
    return true;
}

void ConnectionLimiter::release(quint64 addressHash)
{
    std::atomic<int>& count = m_counts[static_cast<size_t>(HashSlots::mix(addressHash) & static_cast<quint64>(m_mask))];
    int current = count.load(std::memory_order_relaxed);
    do {
        if (current <= 0)
            return;
    } while (!count.compare_exchange_weak(current, current - 1, std::memory_order_relaxed));
}

int ConnectionLimiter::count(quint64 addressHash) const
{
    return m_counts[static_cast<size_t>(HashSlots::mix(addressHash) & static_cast<quint64>(m_mask))].load(
        std::memory_order_relaxed);
}

} // namespace Portico
