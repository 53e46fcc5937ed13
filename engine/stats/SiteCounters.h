// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace Portico {

// Requests per site, shared by the workers and kept across reloads while the site keeps its name.
class SiteCounters
{
public:
    std::atomic<quint64> requests{0};
    std::atomic<quint64> errors{0};
};

} // namespace Portico
