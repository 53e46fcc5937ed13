// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkerTally.h"

#include <utility>

namespace Portico {

namespace {

void countCapped(QHash<QByteArray, quint64>& into, QByteArrayView key, quint64& other)
{
    // A view over the caller's bytes: looking up a known key copies nothing.
    const QByteArray probe = QByteArray::fromRawData(key.data(), key.size());
    const auto found = into.find(probe);
    if (found != into.end())
        ++found.value();
    else if (into.size() < RequestTally::keyLimit)
        into.insert(key.toByteArray(), 1);
    else
        ++other;
}

} // namespace

QByteArrayView WorkerTally::pathOf(QByteArrayView target)
{
    QByteArrayView path = target;
    if (const qsizetype scheme = target.indexOf("://"); scheme > 0 && !target.startsWith('/')) {
        const qsizetype slash = target.indexOf('/', scheme + 3);
        const qsizetype query = target.indexOf('?', scheme + 3);
        if (slash < 0 || (query >= 0 && query < slash))
            return QByteArrayView("/");
        path = target.sliced(slash);
    }
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path = path.first(query);
    return path.first(qMin(path.size(), maxPathLength));
}

void WorkerTally::count(QByteArrayView target, const QByteArray& client, int status, const QString& site)
{
    ++m_requests;
    countCapped(m_paths, target.isEmpty() ? QByteArrayView("(invalid)") : pathOf(target), m_otherPaths);
    countCapped(m_clients, client, m_otherClients);
    ++m_statuses[status];
    static const QString noSite = QStringLiteral("(no site)");
    ++m_sites[site.isEmpty() ? noSite : site];
}

RequestTally WorkerTally::take()
{
    RequestTally tally;
    tally.requests = std::exchange(m_requests, 0);
    tally.paths.reserve(m_paths.size());
    for (auto it = m_paths.cbegin(); it != m_paths.cend(); ++it)
        tally.paths[QString::fromUtf8(it.key())] += it.value(); // bad UTF-8 may fold keys
    tally.clients.reserve(m_clients.size());
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        tally.clients[QString::fromLatin1(it.key())] += it.value();
    tally.statuses = std::exchange(m_statuses, {});
    tally.sites = std::exchange(m_sites, {});
    tally.otherPaths = std::exchange(m_otherPaths, 0);
    tally.otherClients = std::exchange(m_otherClients, 0);
    m_paths.clear();
    m_clients.clear();
    return tally;
}

} // namespace Portico
