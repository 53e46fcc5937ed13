// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/RequestTally.h"

namespace Portico {

namespace {

template<typename Key>
void mergeCapped(QHash<Key, quint64>& into, const QHash<Key, quint64>& from, quint64* other)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        auto found = into.find(it.key());
        if (found != into.end())
            *found += it.value();
        else if (!other || into.size() < RequestTally::keyLimit)
            into.insert(it.key(), it.value());
        else
            *other += it.value();
    }
}

} // namespace

void RequestTally::merge(const RequestTally& other)
{
    timeMs = qMax(timeMs, other.timeMs);
    requests += other.requests;
    mergeCapped(paths, other.paths, &otherPaths);
    mergeCapped(clients, other.clients, &otherClients);
    mergeCapped(statuses, other.statuses, nullptr);
    mergeCapped(sites, other.sites, nullptr);
    otherPaths += other.otherPaths;
    otherClients += other.otherClients;
}

} // namespace Portico
