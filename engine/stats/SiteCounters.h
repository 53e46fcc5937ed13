// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/SiteWorkerCounters.h"

#include <memory>

namespace Portico {

// A site's counters, one slot per worker so that no two cores write the same cache line; kept across
// reloads while the site keeps its name. The controller sums the slots.
class SiteCounters
{
public:
    explicit SiteCounters(int workers = 1);
    Q_DISABLE_COPY_MOVE(SiteCounters)

    int workers() const { return m_workers; }
    // The slot of a worker (0-based); null for a worker this site was not sized for.
    SiteWorkerCounters* slot(int worker)
    {
        return worker >= 0 && worker < m_workers ? &m_slots[static_cast<size_t>(worker)] : nullptr;
    }
    const SiteWorkerCounters& slot(int worker) const { return m_slots[static_cast<size_t>(worker)]; }
    // Takes over the totals of the counters this one replaces (the worker count changed across a
    // restart). Only before any worker sees this one.
    void carryOver(const SiteCounters& previous);

private:
    int m_workers;
    std::unique_ptr<SiteWorkerCounters[]> m_slots;
};

} // namespace Portico
