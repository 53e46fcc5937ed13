// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/WorkerContext.h"

#include "http/ClientConnection.h"
#include "log/AccessLogEntry.h"
#include "log/AccessLogWriter.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace Portico {

namespace {

// A batch goes to the writer when it reaches this size, or at the next sweep.
constexpr qsizetype accessLogBatchBytes = 32 * 1024;

// Request line and header limits by default (8 KiB + 64 KiB) plus room for a little body.
constexpr qsizetype ioBufferSize = 80 * 1024;

} // namespace

WorkerContext::WorkerContext(int workerIndex, WorkerCounters& counters, const Clock& clock)
    : workerIndex(workerIndex)
    , counters(counters)
    , clock(clock)
    , buffers(ioBufferSize)
{}

PoolCursor& WorkerContext::cursor(const ConfigGeneration* owner, int poolIndex)
{
    if (owner != generation.get() || poolIndex < 0 || static_cast<size_t>(poolIndex) >= m_cursors.size())
        return m_scratchCursor;
    return m_cursors[static_cast<size_t>(poolIndex)];
}

void WorkerContext::setGeneration(std::shared_ptr<const ConfigGeneration> next)
{
    generation = std::move(next);
    // A whole request head must fit in one buffer, whatever the limits say.
    const GlobalSettings& settings = generation->config.settings;
    const qsizetype size = qMax<qsizetype>(ioBufferSize, settings.maxRequestLineBytes + settings.maxHeaderBytes + 1024);
    if (size != buffers.bufferSize())
        buffers = BufferPool(size);
    const HttpLimits limits = HttpLimits::fromSettings(settings);
    if (!(limits == m_limits)) {
        m_limits = limits;
        m_spareExchanges.clear();
    }
    // Spread workers over the backends from the start instead of all beginning with the first.
    m_cursors.assign(generation->pools.size(), PoolCursor(static_cast<quint32>(workerIndex)));
}

const QByteArray& WorkerContext::httpDate()
{
    const QDateTime now = clock.now();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    }
    return m_date;
}

QByteArray WorkerContext::nextRequestId()
{
    if (m_requestIdPrefix.isEmpty()) {
        // A random per-worker prefix keeps IDs unique across workers and restarts without coordination.
        m_requestIdPrefix = QByteArray::number(QRandomGenerator::system()->generate64(), 36).right(10) + '-' +
                            QByteArray::number(workerIndex) + '-';
    }
    return m_requestIdPrefix + QByteArray::number(++m_requestSequence, 36);
}

std::unique_ptr<ExchangeState> WorkerContext::takeExchange()
{
    if (m_spareExchanges.empty())
        return std::make_unique<ExchangeState>(m_limits);
    std::unique_ptr<ExchangeState> state = std::move(m_spareExchanges.back());
    m_spareExchanges.pop_back();
    return state;
}

void WorkerContext::giveExchange(std::unique_ptr<ExchangeState> state)
{
    // Keep a bounded number; states made under other limits are dropped.
    constexpr size_t maxSpare = 256;
    if (!state || !(state->limits == m_limits) || m_spareExchanges.size() >= maxSpare)
        return;
    state->reset();
    m_spareExchanges.push_back(std::move(state));
}

void WorkerContext::logAccess(const AccessLogEntry& entry)
{
    if (!accessLog || !generation || !generation->config.settings.accessLog)
        return;
    m_accessLogBatch +=
        generation->config.settings.accessLogFormat == AccessLogFormat::Json ? entry.toJson() : entry.toCombined();
    if (m_accessLogBatch.size() >= accessLogBatchBytes)
        flushAccessLog();
}

SiteWorkerCounters* WorkerContext::siteCounters(const ConfigGeneration& owner, int siteIndex) const
{
    if (siteIndex < 0 || static_cast<size_t>(siteIndex) >= owner.sites.size())
        return nullptr;
    return owner.sites[static_cast<size_t>(siteIndex)]->slot(workerIndex - 1);
}

AccessLogBatch WorkerContext::takeLiveAccessLog()
{
    return std::exchange(m_liveBatch, AccessLogBatch());
}

void WorkerContext::flushAccessLog()
{
    if (m_accessLogBatch.isEmpty() || !accessLog)
        return;
    AccessLogWriter* writer = accessLog;
    QMetaObject::invokeMethod(
        writer, [writer, batch = std::exchange(m_accessLogBatch, QByteArray())] { writer->write(batch); },
        Qt::QueuedConnection);
}

} // namespace Portico

namespace Portico {

void WorkerContext::enqueue(ClientConnection* connection, const ConfigGeneration* owner, int poolIndex)
{
    m_queue.push_back(QueuedRequest{connection, owner, poolIndex});
    owner->pools[static_cast<size_t>(poolIndex)]->queued.fetch_add(1, std::memory_order_relaxed);
}

void WorkerContext::dequeue(ClientConnection* connection)
{
    // The connection still holds its generation here, so the pool's counter is alive.
    std::erase_if(m_queue, [connection](const QueuedRequest& entry) {
        if (entry.connection != connection)
            return false;
        entry.generation->pools[static_cast<size_t>(entry.poolIndex)]->queued.fetch_sub(1, std::memory_order_relaxed);
        return true;
    });
}

int WorkerContext::queuedFor(const ConfigGeneration* owner, int poolIndex) const
{
    return static_cast<int>(std::count_if(m_queue.begin(), m_queue.end(), [&](const QueuedRequest& entry) {
        return entry.generation == owner && entry.poolIndex == poolIndex;
    }));
}

void WorkerContext::scheduleQueueService()
{
    if (m_queue.empty() || m_queueServiceScheduled || !eventTarget)
        return;
    m_queueServiceScheduled = true;
    QMetaObject::invokeMethod(
        eventTarget, [this] { serviceQueue(); }, Qt::QueuedConnection);
}

void WorkerContext::serviceQueue()
{
    m_queueServiceScheduled = false;
    if (m_queue.empty())
        return;
    std::vector<ClientConnection*> waiting;
    waiting.reserve(m_queue.size());
    for (const QueuedRequest& entry : m_queue)
        waiting.push_back(entry.connection);
    for (ClientConnection* connection : waiting) {
        // An earlier one may have closed (and freed) this one meanwhile: only touch those still queued.
        const bool stillQueued = std::any_of(m_queue.begin(), m_queue.end(), [connection](const QueuedRequest& entry) {
            return entry.connection == connection;
        });
        // A connection that gets a backend (or gives up) leaves the queue itself.
        if (stillQueued)
            connection->retryQueued();
    }
}

} // namespace Portico
