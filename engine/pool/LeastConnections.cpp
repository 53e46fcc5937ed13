// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/LeastConnections.h"

#include <algorithm>

namespace Portico {

int LeastConnections::pick(std::span<const int> weights, std::span<const qint64> active, quint32 tieBreak)
{
    Q_ASSERT(weights.size() == active.size());
    const std::size_t count = std::min(weights.size(), active.size());
    if (count == 0)
        return -1;

    const std::size_t start = tieBreak % count;
    int best = -1;
    for (std::size_t step = 0; step < count; ++step) {
        std::size_t i = start + step;
        if (i >= count)
            i -= count;
        if (weights[i] <= 0)
            continue;
        if (best < 0) {
            best = static_cast<int>(i);
            continue;
        }
        const auto b = static_cast<std::size_t>(best);
        // Weights are ints and connection counts far below 2^32, so the products fit in 64 bits.
        if (active[i] * weights[b] < active[b] * weights[i])
            best = static_cast<int>(i);
    }
    return best;
}

} // namespace Portico
