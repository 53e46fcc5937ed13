// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>

namespace Portico {

// Weighted least connections: the eligible backend with the fewest active connections per unit
// of weight. Stateless, so any worker can call it with its own view of the counts.
class LeastConnections
{
public:
    // weights[i] <= 0 means "not eligible now"; active[i] is backend i's active connections (both
    // spans have one entry per backend). Minimises active/weight, compared exactly as
    // active_i * weight_j < active_j * weight_i. Among equal backends the first one found going
    // round from index tieBreak % n wins, so a tieBreak that changes per request (a counter) spreads
    // ties evenly. Returns the index picked, or -1 when none is eligible.
    static int pick(std::span<const int> weights, std::span<const qint64> active, quint32 tieBreak);
};

} // namespace Portico
