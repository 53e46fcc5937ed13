// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ConfigGeneration.h"
#include "http/ExchangeState.h"
#include "io/BufferPool.h"
#include "stats/WorkerCounters.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace Portico {

class AccessLogEntry;
class AccessLogWriter;
class EventPoller;
class UpstreamPool;

// What a worker's connections share. Lives on the worker's thread and is only touched there, so
// reading the current config is a plain pointer copy, no lock.
class WorkerContext
{
public:
    WorkerContext(int workerIndex, WorkerCounters& counters, const Clock& clock);

    // "Sun, 06 Nov 1994 08:49:37 GMT", formatted at most once a second.
    const QByteArray& httpDate();
    // A new request ID: unique within the process and cheap to make.
    QByteArray nextRequestId();
    // Round robin within a pool of the current generation.
    quint32 nextInPool(int poolIndex);
    void setGeneration(std::shared_ptr<const ConfigGeneration> next);
    // Queues a line for the access log; lines go to the writer's thread in batches.
    void logAccess(const AccessLogEntry& entry);
    void flushAccessLog();
    // Per-request state for a connection, from the worker's spares when there are any.
    std::unique_ptr<ExchangeState> takeExchange();
    void giveExchange(std::unique_ptr<ExchangeState> state);

    const int workerIndex;
    WorkerCounters& counters;
    const Clock& clock;
    std::shared_ptr<const ConfigGeneration> generation;
    EventPoller* poller = nullptr;
    UpstreamPool* upstreams = nullptr;
    // Lives on its own thread; null when the access log is off.
    AccessLogWriter* accessLog = nullptr;
    // Sized for the largest request head the limits allow; bodies stream through it.
    BufferPool buffers;
    bool shuttingDown = false;

private:
    QByteArray m_date;
    qint64 m_dateSecond = -1;
    quint64 m_requestSequence = 0;
    QByteArray m_requestIdPrefix;
    std::vector<quint32> m_roundRobin;
    QByteArray m_accessLogBatch;
    HttpLimits m_limits;
    std::vector<std::unique_ptr<ExchangeState>> m_spareExchanges;
};

} // namespace Portico
