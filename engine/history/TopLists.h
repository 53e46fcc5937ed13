// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryRange.h"
#include "history/TopEntry.h"

#include <QList>
#include <QMetaType>

namespace Portico {

// The busiest paths, clients, status codes and sites over a range, highest count first. Counts are
// exact for the top entries of each minute and approximate across minutes (as every proxy's top lists).
class TopLists
{
public:
    HistoryRange range = HistoryRange::FiveMinutes;
    quint64 requests = 0;
    QList<TopEntry> paths;
    QList<TopEntry> clients;
    QList<TopEntry> statuses;
    QList<TopEntry> sites;

    bool operator==(const TopLists&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::TopLists)
