// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace Portico {

// Token buckets shared by every worker without a lock: one atomic word per slot holding a key tag and the
// bucket's theoretical arrival time (GCRA, equivalent to a token bucket of rate and burst). Keys are hashes; a
// slot whose bucket is full again may be taken by another key. Lives as long as the runtime, across configs.
//
// A key looks at up to probeLength slots from its hash. When all of them hold other keys' buckets that are not
// full, the key shares the first one with its owner: both then draw from one bucket, which only errs towards
// limiting too early and needs probeLength busy clients hashing to the same place.
class RateLimiter
{
public:
    class Decision
    {
    public:
        bool allowed = true;
        // take(): when not allowed, how long until a token is due (for Retry-After).
        // reserve(): how long to hold the request (allowed) or until a token is due (not allowed).
        qint64 waitUs = 0;
    };

    static constexpr int probeLength = 4;

    // slotCount is rounded up to a power of two.
    explicit RateLimiter(int slotCount = 1 << 16);
    ~RateLimiter();
    Q_DISABLE_COPY_MOVE(RateLimiter)

    // Takes one token for key at nowUs (the engine Clock's monotonicUs()). A rate <= 0 never limits.
    Decision take(quint64 key, double ratePerSecond, int burst, qint64 nowUs);
    // Takes a token that is due at most maxWaitUs from now (a delayed request): allowed with waitUs set.
    Decision reserve(quint64 key, double ratePerSecond, int burst, qint64 nowUs, qint64 maxWaitUs);

private:
    Decision acquire(quint64 key, double ratePerSecond, int burst, qint64 nowUs, qint64 maxWaitUs);

    int m_mask;
    std::unique_ptr<std::atomic<quint64>[]> m_slots;
};

} // namespace Portico
