// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/SmoothWeightedRoundRobin.h"

#include <QtGlobal>

#include <vector>

namespace Portico {

// One worker's mutable balancing state for one pool: no other thread touches it.
class PoolCursor
{
public:
    explicit PoolCursor(quint32 start = 0)
        : rotation(start)
    {}

    quint32 rotation = 0;
    SmoothWeightedRoundRobin weighted;
    // Retry budget in hundredths of a retry: each request adds budgetPercent, a retry costs 100.
    // Saved up to maxRetryTokens, so a burst (every request on a backend that hung) can be retried.
    static constexpr int maxRetryTokens = 100 * 100;
    int retryTokens = 1000;
    // Scratch space so a pick allocates nothing once warm.
    std::vector<int> weights;
    std::vector<qint64> active;
};

} // namespace Portico
