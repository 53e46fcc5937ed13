// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace Portico {

// Every reading of time in the engine goes through a Clock so that tests can drive time by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Microseconds on a monotonic scale with an arbitrary origin: for durations and deadlines.
    virtual qint64 monotonicUs() const = 0;
    qint64 monotonicMs() const { return monotonicUs() / 1000; }
    // Wall-clock time in UTC: for timestamps that people read.
    virtual QDateTime now() const = 0;

    // The process-wide real clock.
    static const Clock& system();
};

} // namespace Portico
