// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheRefresher.h"

#include "cache/CachePolicy.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRuleOutcome.h"
#include "cache/CacheRuleSet.h"
#include "cache/WorkerCache.h"
#include "core/ConfigGeneration.h"
#include "core/WorkerContext.h"
#include "http/ChunkedDecoder.h"
#include "http/RequestParser.h"
#include "http/ResponseParser.h"
#include "pool/BackendSelector.h"
#include "pool/BackendState.h"
#include "pool/PoolRuntime.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

namespace Portico {

Q_LOGGING_CATEGORY(lcCacheRefresh, "portico.cache.refresh", QtInfoMsg)

class CacheRefresher::Fetch
{
public:
    CacheRefreshRequest request;
    QByteArray key;
    // Deleted later, never inside its own signal.
    QTcpSocket* socket = nullptr;
    QTimer* timer = nullptr;
    BackendState* backend = nullptr;
    qint64 requestTimeMs = 0;
    ResponseParser parser;
    ChunkedDecoder chunks;
    // The head's bytes; the parsed head points into them, so they never change once it is complete.
    QByteArray head;
    bool headComplete = false;
    // Body bytes not decoded yet (chunked) and the payload so far.
    QByteArray pending;
    QByteArray body;
    qint64 maxBodyBytes = 0;
};

CacheRefresher::CacheRefresher(WorkerContext& context, WorkerCache& cache)
    : m_context(context)
    , m_cache(cache)
{}

CacheRefresher::~CacheRefresher()
{
    while (!m_fetches.empty())
        finish(m_fetches.back().get(), true);
}

void CacheRefresher::refresh(CacheRefreshRequest request)
{
    auto fetch = std::make_unique<Fetch>();
    fetch->key = request.stale ? request.stale->key : QByteArray();
    fetch->request = std::move(request);
    Fetch* raw = fetch.get();
    m_fetches.push_back(std::move(fetch));

    const CacheRefreshRequest& r = raw->request;
    if (!r.stale || !r.generation || r.poolIndex < 0 ||
        static_cast<size_t>(r.poolIndex) >= r.generation->pools.size() || r.upstreamHead.isEmpty()) {
        finish(raw);
        return;
    }
    const auto pool = static_cast<size_t>(r.poolIndex);
    if (pool < r.generation->upstreamTls.size() && r.generation->upstreamTls[pool]) {
        // The refresh is skipped, not the client's answer: the next request after expiry validates itself.
        ++m_skippedTls;
        qCDebug(lcCacheRefresh) << "not refreshing" << r.stale->path << "in the background: the pool uses TLS";
        finish(raw);
        return;
    }
    const PoolRuntime& runtime = *r.generation->pools[pool];
    const BackendSelector::Selection selection =
        BackendSelector::select(runtime, m_context.cursor(r.generation.get(), r.poolIndex), BackendSelector::Input{});
    if (selection.index < 0 || !runtime.backends[static_cast<size_t>(selection.index)].resolved()) {
        finish(raw);
        return;
    }
    const BackendTarget& target = runtime.backends[static_cast<size_t>(selection.index)];
    raw->backend = target.state;
    raw->backend->active.fetch_add(1, std::memory_order_relaxed);

    const GlobalSettings& settings = r.generation->config.settings;
    raw->maxBodyBytes = qint64(settings.cache.maxObjectMb) * 1024 * 1024;
    raw->parser.setRequestMethod(HttpMethod::Get);
    raw->requestTimeMs = m_context.clock.now().toMSecsSinceEpoch();
    raw->socket = new QTcpSocket();
    raw->timer = new QTimer(raw->socket);
    raw->timer->setSingleShot(true);
    QObject::connect(raw->timer, &QTimer::timeout, raw->socket, [this, raw] {
        qCDebug(lcCacheRefresh) << "background refresh of" << raw->request.stale->path << "timed out";
        finish(raw);
    });
    QObject::connect(raw->socket, &QTcpSocket::connected, raw->socket, [this, raw] { onConnected(raw); });
    QObject::connect(raw->socket, &QTcpSocket::readyRead, raw->socket, [this, raw] { onReadable(raw); });
    QObject::connect(raw->socket, &QTcpSocket::disconnected, raw->socket, [this, raw] { onClosed(raw); });
    QObject::connect(raw->socket, &QTcpSocket::errorOccurred, raw->socket,
                     [this, raw](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             onClosed(raw);
                         else
                             finish(raw);
                     });
    raw->timer->start(settings.connectTimeoutMs + settings.responseTimeoutMs);
    raw->socket->connectToHost(target.address, target.port);
}

void CacheRefresher::onConnected(Fetch* fetch)
{
    fetch->socket->write(fetch->request.upstreamHead);
}

void CacheRefresher::onReadable(Fetch* fetch)
{
    const QByteArray data = fetch->socket->readAll();
    if (!fetch->headComplete)
        fetch->head += data;
    else
        fetch->pending += data;
    switch (consume(fetch, false)) {
    case Progress::More:
        return;
    case Progress::Complete:
        complete(fetch);
        return;
    case Progress::Failed:
        finish(fetch);
        return;
    }
}

void CacheRefresher::onClosed(Fetch* fetch)
{
    // Bytes that came with the close are still to be read.
    if (fetch->socket->bytesAvailable() > 0) {
        const QByteArray data = fetch->socket->readAll();
        if (!fetch->headComplete)
            fetch->head += data;
        else
            fetch->pending += data;
    }
    if (consume(fetch, true) == Progress::Complete)
        complete(fetch);
    else
        finish(fetch);
}

CacheRefresher::Progress CacheRefresher::consume(Fetch* fetch, bool closed)
{
    while (!fetch->headComplete) {
        const HeadParser::Result result = fetch->parser.parse(fetch->head);
        if (result.status == HeadParser::Status::NeedMore)
            return Progress::More;
        if (result.status == HeadParser::Status::Error)
            return Progress::Failed;
        if (fetch->parser.head().isInformational()) {
            fetch->head.remove(0, result.consumed);
            fetch->parser.reset();
            continue;
        }
        // From here on the head's bytes stay as they are: the parsed views point into them.
        fetch->pending = fetch->head.mid(result.consumed);
        fetch->head.truncate(result.consumed);
        fetch->headComplete = true;
    }
    const ResponseHead& head = fetch->parser.head();
    switch (head.framing) {
    case BodyFraming::None:
        return Progress::Complete;
    case BodyFraming::ContentLength:
        if (head.contentLength > fetch->maxBodyBytes)
            return Progress::Failed;
        if (fetch->pending.size() < head.contentLength)
            return Progress::More;
        fetch->body = fetch->pending.left(static_cast<qsizetype>(head.contentLength));
        return Progress::Complete;
    case BodyFraming::Chunked: {
        QByteArrayView input(fetch->pending);
        for (;;) {
            const ChunkedDecoder::Result result = fetch->chunks.decode(input);
            input = input.sliced(result.consumed);
            switch (result.status) {
            case ChunkedDecoder::Status::Data:
                fetch->body.append(result.data);
                if (fetch->body.size() > fetch->maxBodyBytes)
                    return Progress::Failed;
                continue;
            case ChunkedDecoder::Status::Done:
                return Progress::Complete;
            case ChunkedDecoder::Status::Error:
                return Progress::Failed;
            case ChunkedDecoder::Status::NeedMore:
                // Only ever part of a trailer section: passed again with what follows.
                fetch->pending = input.toByteArray();
                return closed ? Progress::Failed : Progress::More;
            }
        }
    }
    case BodyFraming::UntilClose:
        if (fetch->pending.size() > fetch->maxBodyBytes)
            return Progress::Failed;
        if (!closed)
            return Progress::More;
        fetch->body = fetch->pending;
        return Progress::Complete;
    }
    return Progress::Failed;
}

void CacheRefresher::complete(Fetch* fetch)
{
    const CacheRefreshRequest& r = fetch->request;
    const ResponseHead& head = fetch->parser.head();
    const qint64 responseTimeMs = m_context.clock.now().toMSecsSinceEpoch();
    const auto site = static_cast<size_t>(r.siteIndex);
    const CacheRuleSet* rules =
        r.siteIndex >= 0 && site < r.generation->siteCache.size() ? r.generation->siteCache[site].get() : nullptr;
    const HttpHeader* contentType = head.find("Content-Type");
    const QByteArrayView type = contentType ? contentType->value : QByteArrayView();

    const int heuristicPercent = r.generation->config.settings.cache.heuristicPercent;
    if (head.status == 304) {
        CacheRuleOutcome rule =
            rules ? rules->matchResponse(r.rules, r.stale->header("Content-Type")) : CacheRuleOutcome{};
        rule.heuristicPercent = heuristicPercent;
        if (std::shared_ptr<const CacheEntry> fresh =
                CachePolicy::freshened(*r.stale, head, rule, fetch->requestTimeMs, responseTimeMs)) {
            CacheCounters::add(m_cache.counters().revalidated);
            m_cache.store(std::move(fresh));
        }
    } else if (head.status >= 200) {
        // The request as the backend saw it, for Authorization, no-store and Vary.
        RequestParser requestParser;
        const QByteArray requestBytes = r.upstreamHead;
        if (requestParser.parse(requestBytes).status == HeadParser::Status::Complete) {
            const RequestHead& request = requestParser.head();
            CacheRequestFacts facts;
            facts.method = HttpMethod::Get;
            facts.path = r.stale->path;
            const qsizetype question = request.path.indexOf('?');
            if (question >= 0)
                facts.query = request.path.sliced(question + 1);
            facts.head = &request;
            CacheRuleOutcome rule = rules ? rules->matchResponse(r.rules, type) : CacheRuleOutcome{};
            rule.heuristicPercent = heuristicPercent;
            CacheEntry entry;
            const CachePolicy::StoreVerdict verdict =
                CachePolicy::prepare(facts, head, rule, fetch->requestTimeMs, responseTimeMs, entry);
            if (verdict == CachePolicy::StoreVerdict::Store) {
                entry.key = r.stale->key;
                entry.site = r.stale->site;
                entry.path = r.stale->path;
                entry.body = fetch->body;
                m_cache.store(std::make_shared<const CacheEntry>(std::move(entry)));
            }
        }
    }
    finish(fetch);
}

void CacheRefresher::finish(Fetch* fetch, bool now)
{
    const auto it = std::find_if(m_fetches.begin(), m_fetches.end(),
                                 [fetch](const std::unique_ptr<Fetch>& f) { return f.get() == fetch; });
    if (it == m_fetches.end())
        return;
    std::unique_ptr<Fetch> done = std::move(*it);
    m_fetches.erase(it);
    if (done->socket) {
        QObject::disconnect(done->socket, nullptr, nullptr, nullptr);
        done->timer->stop();
        done->socket->abort();
        // Inside one of its own signals it must outlive the call; at the worker's end no event loop is left.
        if (now)
            delete done->socket;
        else
            done->socket->deleteLater();
    }
    if (done->backend)
        done->backend->active.fetch_sub(1, std::memory_order_relaxed);
    m_cache.refreshFinished(done->key);
}

} // namespace Portico
