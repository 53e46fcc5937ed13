// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace Portico {

// nginx's smooth weighted round robin: every pick adds each eligible backend's weight to its
// running score, takes the highest score (the lowest index on a tie) and takes the sum of the
// eligible weights off the winner. Weights 5,1,1 give a a b a c a a, and over any whole cycle
// each backend gets exactly its weight. One instance per worker and pool: no lock, and no
// allocation after the first pick for a given number of backends.
class SmoothWeightedRoundRobin
{
public:
    // weights[i] <= 0 means "not eligible now". Returns the index picked, or -1 when none is eligible.
    // Weights may change between calls (slow start, a backend going out or coming back): an
    // ineligible backend keeps its score, so the scores of all backends still sum to zero and one
    // that comes back resumes where it left off instead of getting a burst of catch-up picks. A
    // different number of backends (a new pool layout) starts again from zero scores.
    int pick(std::span<const int> weights);

    // Starts again from zero scores.
    void reset();

private:
    std::vector<qint64> m_current;
};

} // namespace Portico
