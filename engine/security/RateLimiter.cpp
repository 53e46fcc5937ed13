// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/RateLimiter.h"

#include "security/HashSlots.h"

#include <algorithm>
#include <cmath>

namespace Portico {

namespace {

// A slot word: the key's tag in the high 16 bits, the theoretical arrival time (TAT) in the low 48 bits as
// microseconds modulo 2^48 (wrapping every 8.9 years). Only differences to now are used, and a TAT is never
// more than about 3 * 2^40 us (13 days each for interval, tolerance and wait) ahead of now, so a difference
// beyond staleAhead can only be a slot nobody touched for years: its bucket is full.
constexpr int tagShift = 48;
constexpr quint64 timeMask = (quint64(1) << tagShift) - 1;
constexpr quint64 maxSpan = quint64(1) << 40;
constexpr quint64 staleAhead = quint64(1) << 42;

quint64 tagOf(quint64 word)
{
    return word >> tagShift;
}

// How far the slot's TAT runs ahead of now; 0 when its bucket is full (TAT in the past, empty or stale slot).
quint64 aheadOf(quint64 word, quint64 now)
{
    if (word == 0)
        return 0;
    const quint64 difference = ((word & timeMask) - now) & timeMask;
    return difference > staleAhead ? 0 : difference;
}

} // namespace

RateLimiter::RateLimiter(int slotCount)
    : m_mask(HashSlots::tableSize(std::max(slotCount, probeLength)) - 1)
    , m_slots(new std::atomic<quint64>[static_cast<size_t>(m_mask) + 1])
{
    for (int i = 0; i <= m_mask; ++i)
        m_slots[static_cast<size_t>(i)].store(0, std::memory_order_relaxed);
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Decision RateLimiter::take(quint64 key, double ratePerSecond, int burst, qint64 nowUs)
{
    return acquire(key, ratePerSecond, burst, nowUs, 0);
}

RateLimiter::Decision RateLimiter::reserve(quint64 key, double ratePerSecond, int burst, qint64 nowUs, qint64 maxWaitUs)
{
    return acquire(key, ratePerSecond, burst, nowUs, maxWaitUs);
}

RateLimiter::Decision RateLimiter::acquire(quint64 key, double ratePerSecond, int burst, qint64 nowUs, qint64 maxWaitUs)
{
    if (!(ratePerSecond > 0))
        return {};
    const quint64 now = static_cast<quint64>(nowUs) & timeMask;
    // Emission interval T and the GCRA's tolerance tau = (burst - 1) * T: a request conforms while the TAT
    // runs at most tau ahead of now, which lets burst requests through at once and then one every T.
    const quint64 interval =
        std::clamp<quint64>(static_cast<quint64>(std::llround(std::min(1e6 / ratePerSecond, 1e15))), 1, maxSpan);
    const quint64 tolerance = std::min(interval * static_cast<quint64>(std::clamp(burst, 1, 1 << 20) - 1), maxSpan);
    const quint64 maxWait = std::min(static_cast<quint64>(std::max<qint64>(maxWaitUs, 0)), maxSpan);

    const quint64 hashed = HashSlots::mix(key);
    const quint64 tag = tagOf(hashed);
    const auto home = static_cast<int>(hashed & static_cast<quint64>(m_mask));

    for (;;) {
        // A slot already holding this key wins; else the first whose bucket is full again (taken over); else
        // the home slot, shared with its owner (whose tag stays).
        std::atomic<quint64>* chosen = nullptr;
        quint64 seen = 0;
        std::atomic<quint64>* reusable = nullptr;
        quint64 reusableSeen = 0;
        for (int i = 0; i < probeLength; ++i) {
            std::atomic<quint64>& slot = m_slots[static_cast<size_t>((home + i) & m_mask)];
            const quint64 word = slot.load(std::memory_order_relaxed);
            if (word != 0 && tagOf(word) == tag) {
                chosen = &slot;
                seen = word;
                break;
            }
            if (reusable == nullptr && aheadOf(word, now) == 0) {
                reusable = &slot;
                reusableSeen = word;
            }
        }
        quint64 ownerTag = tag;
        if (chosen == nullptr && reusable != nullptr) {
            chosen = reusable;
            seen = reusableSeen;
        } else if (chosen == nullptr) {
            chosen = &m_slots[static_cast<size_t>(home)];
            seen = chosen->load(std::memory_order_relaxed);
            ownerTag = tagOf(seen);
        }

        // TAT = max(TAT, now), as a distance ahead of now.
        const quint64 ahead = aheadOf(seen, now);
        Decision decision;
        if (ahead > tolerance) {
            decision.waitUs = static_cast<qint64>(ahead - tolerance);
            if (ahead - tolerance > maxWait) {
                decision.allowed = false;
                return decision;
            }
        }
        const quint64 next = ((now + ahead + interval) & timeMask) | (ownerTag << tagShift);
        // A word of 0 means an empty slot; a key whose tag and time are both 0 just leaves it looking empty.
        if (chosen->compare_exchange_weak(seen, next, std::memory_order_relaxed))
            return decision;
        // Another worker moved this slot (or took it over) in between: look again.
    }
}

} // namespace Portico
