// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <atomic>

namespace Portico::Test {

// A Clock that moves only when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));

    qint64 monotonicUs() const override { return m_monotonicUs.load(); }
    QDateTime now() const override { return m_start.addMSecs(m_monotonicUs.load() / 1000); }

    // The engine's threads read the time while the test moves it.
    void advance(qint64 ms) { m_monotonicUs += ms * 1000; }

private:
    QDateTime m_start;
    std::atomic<qint64> m_monotonicUs{0};
};

} // namespace Portico::Test
