// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualClock.h"

namespace Portico::Test {

ManualClock::ManualClock(QDateTime start)
    : m_start(std::move(start))
{}

} // namespace Portico::Test
