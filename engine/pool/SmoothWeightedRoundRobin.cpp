// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/SmoothWeightedRoundRobin.h"

#include <algorithm>

namespace Portico {

int SmoothWeightedRoundRobin::pick(std::span<const int> weights)
{
    const std::size_t count = weights.size();
    if (m_current.size() != count)
        m_current.assign(count, 0);

    int best = -1;
    qint64 total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int weight = weights[i];
        if (weight <= 0)
            continue;
        m_current[i] += weight;
        total += weight;
        if (best < 0 || m_current[i] > m_current[static_cast<std::size_t>(best)])
            best = static_cast<int>(i);
    }
    if (best >= 0)
        m_current[static_cast<std::size_t>(best)] -= total;
    return best;
}

void SmoothWeightedRoundRobin::reset()
{
    std::fill(m_current.begin(), m_current.end(), 0);
}

} // namespace Portico
