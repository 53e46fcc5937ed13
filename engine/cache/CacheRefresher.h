// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheRefreshRequest.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace Portico {

class WorkerCache;
class WorkerContext;

// stale-while-revalidate, off the client's path: fetches a stale entry again from its pool (conditionally,
// with the validators the request carries) and stores what comes back, a 304 as a freshened copy of the
// stale entry. One per worker, on the worker's thread, event-driven; every refresh ends with
// WorkerCache::refreshFinished(), also on errors and after settings.responseTimeoutMs.
class CacheRefresher
{
public:
    CacheRefresher(WorkerContext& context, WorkerCache& cache);
    ~CacheRefresher();
    Q_DISABLE_COPY_MOVE(CacheRefresher)

    void refresh(CacheRefreshRequest request);

    int inFlight() const { return static_cast<int>(m_fetches.size()); }
    // Refreshes not attempted because the pool speaks TLS to its backends (not supported here yet).
    quint64 skippedTls() const { return m_skippedTls; }

private:
    class Fetch;

    void onConnected(Fetch* fetch);
    void onReadable(Fetch* fetch);
    void onClosed(Fetch* fetch);
    enum class Progress
    {
        More,     // the response is not complete yet
        Complete, // all of it is in
        Failed,   // broken or too large: the fetch is over
    };
    // Parses what arrived.
    Progress consume(Fetch* fetch, bool closed);
    void complete(Fetch* fetch);
    // now: delete the socket at once (only outside its signals).
    void finish(Fetch* fetch, bool now = false);

    WorkerContext& m_context;
    WorkerCache& m_cache;
    std::vector<std::unique_ptr<Fetch>> m_fetches;
    quint64 m_skippedTls = 0;
};

} // namespace Portico
