// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Portico {

// The time ranges the dashboard offers.
enum class HistoryRange
{
    FiveMinutes,
    OneHour,
    OneDay,
    SevenDays,
};

constexpr qint64 historyRangeMs(HistoryRange range)
{
    switch (range) {
    case HistoryRange::FiveMinutes:
        return 5 * 60'000;
    case HistoryRange::OneHour:
        return 3'600'000;
    case HistoryRange::OneDay:
        return 24 * 3'600'000LL;
    case HistoryRange::SevenDays:
        return 7 * 24 * 3'600'000LL;
    }
    return 0;
}

} // namespace Portico
