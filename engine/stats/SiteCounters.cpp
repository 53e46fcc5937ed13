// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/SiteCounters.h"

namespace Portico {

SiteCounters::SiteCounters(int workers)
    : m_workers(qMax(1, workers))
    , m_slots(std::make_unique<SiteWorkerCounters[]>(static_cast<size_t>(m_workers)))
{}

void SiteCounters::carryOver(const SiteCounters& previous)
{
    for (int i = 0; i < previous.workers(); ++i)
        m_slots[0].addTotals(previous.slot(i));
}

} // namespace Portico
