// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/LeastConnections.h"

#include <algorithm>

namespace Portico {

int LeastConnections::pick(std::span<const int> weights, std::span<const qint64> active, quint32 tieBreak)
{
    Q_ASSERT(weights.size() == active.size());
    const std::size_t count = std::min(weights.size(), active.size());
    int best = -1;
    std::size_t ties = 0;
    // First pass: the lowest load and how many eligible backends share it. Weights are ints and
    // connection counts far below 2^32, so the products fit in 64 bits.
    for (std::size_t i = 0; i < count; ++i) {
        if (weights[i] <= 0)
            continue;
        const auto b = static_cast<std::size_t>(best);
        if (best < 0 || active[i] * weights[b] < active[b] * weights[i]) {
            best = static_cast<int>(i);
            ties = 1;
        } else if (active[i] * weights[b] == active[b] * weights[i]) {
            ++ties;
        }
    }
    if (ties <= 1)
        return best;
    // Rotate among the tied ones only, so a backend that is out does not pass its turn to its
    // neighbour and equal backends share evenly.
    std::size_t wanted = tieBreak % ties;
    const auto b = static_cast<std::size_t>(best);
    for (std::size_t i = 0; i < count; ++i) {
        if (weights[i] > 0 && active[i] * weights[b] == active[b] * weights[i]) {
            if (wanted == 0)
                return static_cast<int>(i);
            --wanted;
        }
    }
    return best;
}

} // namespace Portico
