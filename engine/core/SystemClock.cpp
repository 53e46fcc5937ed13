// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SystemClock.h"

namespace Portico {

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::monotonicUs() const
{
    return m_timer.nsecsElapsed() / 1000;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Portico
