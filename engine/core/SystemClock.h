// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

namespace Portico {

class SystemClock final : public Clock
{
public:
    SystemClock();
    qint64 monotonicUs() const override;
    QDateTime now() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace Portico
