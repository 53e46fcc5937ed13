// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ClientConnection.h"

#include "acme/AcmeChallengeStore.h"
#include "cache/CacheKey.h"
#include "cache/CachePolicy.h"
#include "cache/CacheRuleSet.h"
#include "cache/CachedResponse.h"
#include "cache/WorkerCache.h"
#include "compression/CompressionPolicy.h"
#include "core/ConfigGeneration.h"
#include "core/Logging.h"
#include "core/WorkerContext.h"
#include "http/BuiltinPages.h"
#include "http/ConnectionOwner.h"
#include "http/HttpChars.h"
#include "io/ByteBuffer.h"
#include "io/EventPoller.h"
#include "io/Socket.h"
#include "pool/BackendSelector.h"
#include "pool/BackendState.h"
#include "pool/PoolRuntime.h"
#include "pool/StickyCookie.h"
#include "pool/UpstreamConnection.h"
#include "pool/UpstreamPool.h"
#include "route/RouteMatch.h"
#include "security/ClientAddress.h"
#include "security/SecurityPolicy.h"
#include "security/WorkerSecurity.h"
#include "stats/SiteCounters.h"
#include "tls/TlsClientContext.h"
#include "tls/TlsStream.h"

#include <cerrno>

namespace Portico {

namespace {

// A request that failed on a reused connection before any response byte may be sent again when
// it is idempotent and has no body to replay; others only go over connections used this recently.
constexpr qint64 safeReuseWindowMs = 2'000;

bool isIdempotent(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
    case HttpMethod::Head:
    case HttpMethod::Options:
    case HttpMethod::Put:
    case HttpMethod::Delete:
    case HttpMethod::Trace:
        return true;
    default:
        return false;
    }
}

// An incoming X-Request-ID is kept only when it is short and plain; anything else gets a new one.
bool isUsableRequestId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const char c : id) {
        const bool plain = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
                           c == '_' || c == '.' || c == ':';
        if (!plain)
            return false;
    }
    return true;
}

QByteArray forwardedNode(const QHostAddress& address, const QByteArray& text)
{
    // RFC 7239 6: IPv6 addresses are bracketed and the whole node quoted.
    return address.protocol() == QAbstractSocket::IPv6Protocol ? "\"[" + text + "]\"" : text;
}

void appendField(QByteArray& out, QByteArrayView name, QByteArrayView value)
{
    out.append(name.data(), name.size());
    out.append(": ", 2);
    out.append(value.data(), value.size());
    out.append("\r\n", 2);
}

} // namespace

ClientConnection::ClientConnection(qintptr descriptor, const QHostAddress& peer, ListenerProtocol protocol,
                                   WorkerContext& context, ConnectionOwner* owner, quint32 acceptorId,
                                   std::unique_ptr<TlsStream> tls)
    : m_descriptor(descriptor)
    , m_peer(peer)
    , m_peerText(peer.toString().toLatin1())
    , m_protocol(protocol)
    , m_tls(std::move(tls))
    , m_context(context)
    , m_owner(owner)
    , m_acceptorId(acceptorId)
    , m_peerKey(IpKey::fromAddress(peer))
    , m_client(m_peerKey)
{
    if (m_context.security) {
        // A trusted proxy carries many clients' connections: capping its address would cap them all together.
        const int maxPerPeer = m_context.generation->isTrustedProxy(m_peerKey)
                                   ? 0
                                   : m_context.generation->config.settings.maxConnectionsPerIp;
        if (!m_context.security->admitConnection(m_peerKey, maxPerPeer)) {
            // Banned or over its cap: not a byte is read or written. The worker takes the connection only after
            // this constructor, so it hears of the close at its next sweep.
            Socket::close(m_descriptor);
            m_descriptor = -1;
            m_state = State::Closed;
            m_ownerNotePending = true;
            return;
        }
        m_admitted = true;
    }
    m_context.counters.connectionOpened();
    m_context.poller->add(m_descriptor, this, true, false);
    m_clientInterest = 1;
    setDeadline(m_context.generation->config.settings.keepAliveTimeoutMs);
}

ClientConnection::~ClientConnection()
{
    // Being deleted by the worker: it needs no callback.
    m_owner = nullptr;
    if (m_state != State::Closed)
        close();
}

bool ClientConnection::isIdle() const
{
    return m_state == State::ReadingHead && (!m_fromClient || m_fromClient->isEmpty()) && pendingToClient() == 0;
}

void ClientConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    m_keepAlive = false;
    if (isIdle())
        close();
}

void ClientConnection::abort()
{
    if (m_ownerNotePending) {
        m_ownerNotePending = false;
        if (m_owner)
            m_owner->connectionClosed(this, m_acceptorId);
        return;
    }
    close();
}

void ClientConnection::setDeadline(qint64 timeoutMs)
{
    m_deadlineMs = m_context.clock.monotonicMs() + timeoutMs;
}

void ClientConnection::checkTimeouts(qint64 nowMs)
{
    if (m_state == State::Closed) {
        if (m_ownerNotePending)
            abort();
        return;
    }
    if (enforceClientRates(nowMs) || nowMs < m_deadlineMs)
        return;
    switch (m_state) {
    case State::ReadingHead:
        if (m_fromClient && !m_fromClient->isEmpty()) {
            // Slowloris: the head did not arrive in time.
            if (m_context.security)
                m_context.security->note(SecurityEventKind::SlowClient, m_peerKey, "slow-header");
            respondWithError(408, true);
        } else {
            close(); // idle keep-alive connection
        }
        break;
    case State::Delayed:
        resumeDelayed();
        break;
    case State::Queued:
        m_context.dequeue(this);
        // Waited the queue's timeout for a free backend.
        if (!serveStaleOnError(503))
            respondWithError(503, !m_requestBodyDone);
        break;
    case State::CacheWait:
        // The disk or the request being waited for took too long: go to the backend without waiting again.
        if (m_context.cache)
            m_context.cache->forget(this);
        m_x->cache.waited = true;
        m_x->cache.diskChecked = true;
        resumeAfterCacheWait();
        return;
    case State::Connecting:
        upstreamFailed(504);
        break;
    case State::Exchanging:
        if (!m_responseHeadSent)
            upstreamFailed(504);
        else
            close(); // the backend stalled mid-body: nothing sensible can be sent any more
        break;
    case State::Responding:
    case State::Tunnel:
        close();
        break;
    case State::Closed:
        break;
    }
    if (m_state != State::Closed) {
        processClient();
        if (m_state != State::Closed)
            updateInterest();
    }
}

void ClientConnection::startRateWindow(qint64 bytesSoFar)
{
    m_rateStartMs = m_context.clock.monotonicMs();
    m_rateBytes = bytesSoFar;
}

bool ClientConnection::enforceClientRates(qint64 nowMs)
{
    // What is being read from the client: a head begun, or a body the exchange still waits for (not while Portico
    // answers on its own or holds the request back: then nothing is read).
    const bool readingHead = m_state == State::ReadingHead && m_fromClient && !m_fromClient->isEmpty();
    const bool readingBody = !m_requestBodyDone && !m_responseDone &&
                             (m_state == State::Queued || m_state == State::Connecting || m_state == State::Exchanging);
    if (!readingHead && !readingBody)
        return false;
    const GlobalSettings& settings = m_context.generation->config.settings;
    if (readingBody && m_fromClient && m_fromClient->isFull()) {
        // The buffer waits for the backend: Portico is the one not reading, not the client.
        m_bodyDeadlineMs = nowMs + settings.clientBodyTimeoutMs;
        startRateWindow(0);
        return false;
    }
    if (readingBody && m_bodyDeadlineMs > 0 && nowMs >= m_bodyDeadlineMs) {
        refuseSlowClient("slow-body");
        return true;
    }
    if (settings.minClientBytesPerSecond > 0 && m_rateStartMs >= 0) {
        const qint64 elapsedMs = nowMs - m_rateStartMs;
        if (elapsedMs >= settings.minRateGraceMs && elapsedMs > 0 &&
            m_rateBytes * 1000 < qint64(settings.minClientBytesPerSecond) * elapsedMs) {
            refuseSlowClient("min-rate");
            return true;
        }
    }
    return false;
}

void ClientConnection::refuseSlowClient(QByteArrayView rule)
{
    if (m_context.security)
        m_context.security->note(SecurityEventKind::SlowClient, m_state == State::ReadingHead ? m_peerKey : m_client,
                                 rule);
    if (m_responseHeadSent || m_state == State::Tunnel) {
        close();
        return;
    }
    if (m_state == State::Queued)
        m_context.dequeue(this);
    // Not the backend's failure: its health and statistics are left alone.
    finishBackend(false);
    releaseUpstream(false);
    abandonFill();
    releaseResponseBuffer();
    m_clientBodyReady = 0;
    if (m_x)
        m_x->responseParser.reset();
    m_bodyDeadlineMs = 0;
    m_rateStartMs = -1;
    respondWithError(408, true);
    if (m_state != State::Closed)
        updateInterest();
}

// ---------------------------------------------------------------------------------------------
// Event handling: every event runs the same loop, which moves whatever can move and stops when
// nothing does. Level-triggered readiness makes that safe: what is left is reported again.

void ClientConnection::onIoEvent(bool readable, bool writable, bool hangup)
{
    if (m_state == State::Closed)
        return;
    Q_UNUSED(hangup)
    if (m_tls) {
        if (!m_tls->isEstablished()) {
            if (!continueClientHandshake())
                return;
            readable = true; // the client's first request may have come with its last handshake message
        } else {
            // OpenSSL may need the other direction to finish what it started; trying costs one call.
            readable = readable || (writable && m_tls->wantsWrite());
            writable = writable || (readable && m_tls->wantsRead());
        }
    }
    if (writable && !flushToClient())
        return;
    if (readable)
        readClient();
    if (m_state == State::Closed)
        return;
    processClient();
    if (m_state != State::Closed)
        updateInterest();
}

void ClientConnection::onUpstreamEvent(bool readable, bool writable, bool hangup)
{
    if (m_state == State::Closed || !m_upstream)
        return;
    if (m_state == State::Connecting) {
        if (m_upstream->tls())
            continueUpstreamHandshake();
        else if (writable || hangup)
            onUpstreamWritable();
        if (m_state != State::Closed)
            updateInterest();
        return;
    }
    if (TlsStream* tls = m_upstream->tls()) {
        readable = readable || (writable && tls->wantsWrite());
        writable = writable || (readable && tls->wantsRead());
    }
    if (writable && !flushToUpstream())
        return;
    if (readable || hangup)
        readUpstream();
    if (m_state == State::Closed)
        return;
    processClient();
    if (m_state != State::Closed)
        updateInterest();
}

void ClientConnection::updateInterest()
{
    drainTls();
    if (m_state == State::Closed)
        return;
    bool clientOutput = pendingToClient() > 0 || m_upstreamBodyReady > 0 || servedLeft() > 0;
    // Reading stays on through the exchange (bytes that arrive early are the next pipelined request
    // and wait in the buffer), so a request costs no poller changes; only a full buffer turns it off.
    bool clientInput = m_state != State::Responding && m_state != State::Delayed && !m_clientEof &&
                       (!m_fromClient || !m_fromClient->isFull());
    if (m_tls) {
        if (!m_tls->isEstablished()) {
            clientInput = !m_tls->wantsWrite();
            clientOutput = m_tls->wantsWrite();
        } else if (m_tls->wantsWrite()) {
            clientOutput = true;
        }
    }
    const int clientInterest = (clientInput ? 1 : 0) | (clientOutput ? 2 : 0);
    if (clientInterest != m_clientInterest) {
        m_context.poller->update(m_descriptor, this, clientInput, clientOutput);
        m_clientInterest = clientInterest;
    }

    if (!m_upstream)
        return;
    bool upstreamOutput =
        m_state == State::Connecting || m_toUpstreamSent < m_x->toUpstream.size() || m_clientBodyReady > 0;
    // Reading stays on after the response too: the pool watches idle connections the same way, and
    // bytes a backend sends unasked make the connection unfit for reuse.
    bool upstreamInput = (m_state == State::Exchanging || m_state == State::Tunnel) && !m_upstreamEof &&
                         (!m_fromUpstream || !m_fromUpstream->isFull());
    if (const TlsStream* tls = m_upstream->tls()) {
        if (!tls->isEstablished()) {
            upstreamInput = tls->wantsRead();
            upstreamOutput = !tls->wantsRead();
        } else if (tls->wantsWrite()) {
            upstreamOutput = true;
        }
    }
    m_upstream->watch(*m_context.poller, upstreamInput, upstreamOutput);
}

// ---------------------------------------------------------------------------------------------
// Transport: plain sockets or TLS

Socket::Status ClientConnection::clientWrite(QByteArrayView head, QByteArrayView body, qsizetype& written)
{
    if (m_tls)
        return head.isEmpty() ? m_tls->write(body, written) : m_tls->write(head, body, written);
    return head.isEmpty() ? Socket::write(m_descriptor, body, written)
                          : Socket::write(m_descriptor, head, body, written);
}

void ClientConnection::clientShutdownWrite()
{
    if (m_tls)
        m_tls->shutdown();
    Socket::shutdownWrite(m_descriptor);
}

Socket::Status ClientConnection::upstreamWrite(QByteArrayView head, QByteArrayView body, qsizetype& written)
{
    if (TlsStream* tls = m_upstream->tls())
        return head.isEmpty() ? tls->write(body, written) : tls->write(head, body, written);
    return head.isEmpty() ? Socket::write(m_upstream->descriptor(), body, written)
                          : Socket::write(m_upstream->descriptor(), head, body, written);
}

void ClientConnection::upstreamShutdownWrite()
{
    if (TlsStream* tls = m_upstream->tls())
        tls->shutdown();
    Socket::shutdownWrite(m_upstream->descriptor());
}

bool ClientConnection::continueClientHandshake()
{
    const Socket::Status status = m_tls->handshake();
    if (status == Socket::Status::Ok) {
        m_context.counters.tlsHandshake(m_tls->sessionReused());
        return true;
    }
    if (status == Socket::Status::WouldBlock) {
        updateInterest();
        return false;
    }
    // Scanners and clients that do not like the certificate end here all the time: debug, not warning.
    qCDebug(lcTls).noquote() << "TLS handshake with" << QString::fromLatin1(m_peerText)
                             << "failed:" << m_tls->failure();
    m_context.counters.tlsHandshakeFailed();
    close();
    return false;
}

void ClientConnection::drainTls()
{
    for (int round = 0; round < 64 && m_tls && m_state != State::Closed && m_tls->isEstablished() &&
                        m_tls->hasPending() && m_state != State::Responding;
         ++round) {
        // A read that got nothing may still have met the end of the stream: that needs processing too.
        const bool moved = readClient();
        if (m_state == State::Closed)
            break;
        processClient();
        if (!moved)
            break;
    }
    for (int round = 0; round < 64 && m_state != State::Closed && m_upstream && m_upstream->tls() &&
                        m_upstream->tls()->isEstablished() && m_upstream->tls()->hasPending();
         ++round) {
        const bool moved = readUpstream();
        if (m_state == State::Closed)
            break;
        processClient();
        if (!moved)
            break;
    }
}

bool ClientConnection::answerChallenge(const RequestHead& head, qsizetype consumed, bool keepAlive)
{
    const QByteArrayView prefix = AcmeChallengeStore::pathPrefix;
    if (!m_generation->acmeChallenges || !head.target.startsWith(prefix))
        return false;
    QByteArrayView token = head.target.sliced(prefix.size());
    if (const qsizetype query = token.indexOf('?'); query >= 0)
        token = token.first(query);
    const QByteArray answer = m_generation->acmeChallenges->find(token);
    if (answer.isEmpty())
        return false; // perhaps the backend runs its own ACME client
    m_fromClient->consume(consumed);
    m_x->requestParser.reset();
    m_keepAlive = keepAlive;
    respondLocally(200, answer, QByteArray(), false, "text/plain");
    return true;
}

// ---------------------------------------------------------------------------------------------
// Client side

bool ClientConnection::readClient()
{
    // A delayed request's head is parsed in place: reading could move the bytes under it.
    if (m_clientEof || m_state == State::Delayed)
        return false;
    if (!m_fromClient)
        m_fromClient = m_context.buffers.take();
    if (m_fromClient->isFull())
        return false;
    exchange();
    const bool wasEmpty = m_fromClient->isEmpty();
    qsizetype count = 0;
    const Socket::Status status =
        m_tls ? m_tls->read(*m_fromClient, count) : Socket::read(m_descriptor, *m_fromClient, count);
    if (status == Socket::Status::Ok) {
        WorkerCounters::add(m_context.counters.bytesIn, static_cast<quint64>(count));
        m_x->log.bytesIn += static_cast<quint64>(count);
        if (m_siteCounters)
            m_siteCounters->addBytesIn(static_cast<quint64>(count));
        if (wasEmpty && m_state == State::ReadingHead) {
            m_requestStartUs = m_context.clock.monotonicUs();
            setDeadline(m_context.generation->config.settings.clientHeaderTimeoutMs);
            startRateWindow(0);
        }
        m_rateBytes += count;
        if (m_bodyDeadlineMs > 0 && !m_requestBodyDone)
            m_bodyDeadlineMs =
                m_context.clock.monotonicMs() + m_context.generation->config.settings.clientBodyTimeoutMs;
        return true;
    }
    if (status == Socket::Status::WouldBlock)
        return false;
    m_clientEof = true;
    if (status == Socket::Status::Error || m_state == State::ReadingHead || m_state == State::Responding) {
        // Nothing is owed to a client that left; a half-read head is dropped with it.
        close();
        return false;
    }
    if (m_state == State::Connecting || (m_state == State::Exchanging && !m_requestBodyDone)) {
        // The client left in the middle of its request: the backend exchange cannot complete.
        close();
        return false;
    }
    if (m_state == State::Tunnel && m_fromClient->isEmpty() && m_upstream)
        upstreamShutdownWrite();
    return false;
}

void ClientConnection::processClient()
{
    for (int round = 0; round < 64 && m_state != State::Closed; ++round) {
        const State before = m_state;
        const qsizetype clientBytes = m_fromClient ? m_fromClient->size() : 0;
        const qsizetype upstreamBytes = m_fromUpstream ? m_fromUpstream->size() : 0;
        const qsizetype pendingClient = pendingToClient();
        const qsizetype pendingUpstream = m_x ? m_x->toUpstream.size() - m_toUpstreamSent : 0;

        switch (m_state) {
        case State::ReadingHead:
            if (m_fromClient && !m_fromClient->isEmpty())
                handleRequestHead();
            break;
        case State::Queued:
        case State::Connecting:
            pumpRequestBody();
            break;
        case State::CacheWait:
        case State::Delayed:
            break;
        case State::Exchanging:
            pumpRequestBody();
            if (m_state == State::Exchanging && !flushToUpstream())
                return;
            processUpstream();
            if (m_state != State::Closed && !flushToClient())
                return;
            if (m_state == State::Exchanging && m_responseDone && m_upstreamBodyReady == 0 &&
                m_toClientSent == m_x->toClient.size() && (!m_x->compression.active() || m_x->compression.finished()))
                exchangeFinished();
            break;
        case State::Responding:
            if (!flushToClient())
                return;
            if (m_toClientSent == m_x->toClient.size() && servedLeft() == 0)
                exchangeFinished();
            break;
        case State::Tunnel:
            m_clientBodyReady = m_fromClient ? m_fromClient->size() : 0;
            m_upstreamBodyReady = m_fromUpstream ? m_fromUpstream->size() : 0;
            if (!flushToUpstream() || !flushToClient())
                return;
            if (m_clientEof && m_fromClient->isEmpty() && m_upstream)
                upstreamShutdownWrite();
            if (m_upstreamEof && m_fromUpstream->isEmpty())
                clientShutdownWrite();
            if (m_clientEof && m_upstreamEof && m_fromClient->isEmpty() && m_fromUpstream->isEmpty())
                close();
            break;
        case State::Closed:
            return;
        }
        if (m_state == State::Closed)
            return;
        const bool moved = m_state != before || (m_fromClient ? m_fromClient->size() : 0) != clientBytes ||
                           (m_fromUpstream ? m_fromUpstream->size() : 0) != upstreamBytes ||
                           pendingToClient() != pendingClient ||
                           (m_x ? m_x->toUpstream.size() - m_toUpstreamSent : 0) != pendingUpstream;
        if (!moved)
            break;
    }
}

void ClientConnection::handleRequestHead()
{
    const HeadParser::Result result = m_x->requestParser.parse(m_fromClient->view());
    if (result.status == HeadParser::Status::NeedMore)
        return;
    if (result.status == HeadParser::Status::Error) {
        qCDebug(lcHttp) << "rejecting request:" << parseErrorName(result.error);
        respondWithError(httpStatusFor(result.error), true);
        return;
    }

    const RequestHead& head = m_x->requestParser.head();
    m_generation = m_context.generation;
    const Config& config = m_generation->config;
    m_method = head.methodKind;
    m_clientMinor = head.versionMinor;
    m_keepAlive = head.keepAlive && !m_context.shuttingDown && !m_closeWhenIdle;
    m_requestFraming = head.framing;
    m_requestRemaining = head.framing == BodyFraming::ContentLength ? head.contentLength : 0;
    AccessLogEntry& log = m_x->log;
    // The top lists need every request's target; it keeps its buffer from one request to the next.
    log.target.resize(0);
    log.target.append(head.target.data(), head.target.size());
    if (m_context.wantsAccessLogEntry()) {
        log.method = head.method.toByteArray();
        log.versionMinor = head.versionMinor;
        const HttpHeader* referer = head.find("Referer");
        log.referer = referer ? referer->value.toByteArray() : QByteArray();
        const HttpHeader* agent = head.find("User-Agent");
        log.userAgent = agent ? agent->value.toByteArray() : QByteArray();
    }
    const bool hasBody = head.hasBody();
    m_requestBodyDone = !hasBody;
    // Portico's own answers do not read request bodies, so such a connection cannot carry another request.
    const bool keepAliveAfterLocalAnswer = m_keepAlive && !hasBody;
    m_upgradeRequested = head.upgradeRequested;
    m_retried = false;
    m_status = 0;
    const HttpHeader* idField = head.find(HttpHeader::Kind::XRequestId);
    m_requestId =
        idField && isUsableRequestId(idField->value) ? idField->value.toByteArray() : m_context.nextRequestId();

    if (!m_tls && answerChallenge(head, result.consumed, keepAliveAfterLocalAnswer))
        return;

    // Without any site there is nothing to forward to: the welcome page says how to add one.
    if (config.sites.isEmpty()) {
        m_fromClient->consume(result.consumed);
        m_x->requestParser.reset();
        m_keepAlive = keepAliveAfterLocalAnswer;
        if (m_method == HttpMethod::Get || m_method == HttpMethod::Head)
            respondLocally(200, BuiltinPages::welcome());
        else
            respondLocally(405, BuiltinPages::error(405, m_requestId), "Allow: GET, HEAD\r\n");
        return;
    }

    const RouteMatch match = m_generation->router.match(head.effectiveAuthority(), head.target);
    log.route = match.routeIndex();
    m_siteIndex = match.siteIndex();
    if (SiteWorkerCounters* site = m_context.siteCounters(*m_generation, m_siteIndex)) {
        m_siteCounters = site;
        site->requestStarted();
        // The head (and whatever else came with it) was read before the site was known.
        site->addBytesIn(log.bytesIn);
    }
    if (!m_tls && m_siteIndex >= 0 && m_generation->httpsPort != 0 && config.sites.at(m_siteIndex).tls.redirectHttp) {
        // 308 keeps the method and body, unlike 301.
        const QByteArrayView authority = head.effectiveAuthority();
        QByteArrayView host = authority;
        if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0 && authority.indexOf(']', colon) < 0)
            host = authority.first(colon);
        QByteArray location = "https://" + host.toByteArray();
        if (m_generation->httpsPort != 443)
            location += ':' + QByteArray::number(m_generation->httpsPort);
        location += head.target.toByteArray();
        m_fromClient->consume(result.consumed);
        m_x->requestParser.reset();
        m_keepAlive = keepAliveAfterLocalAnswer;
        respondLocally(308, BuiltinPages::error(308, m_requestId), "Location: " + location + "\r\n");
        return;
    }
    if (match.outcome() != RouteMatch::Outcome::Route) {
        QByteArray extra;
        QByteArray body;
        if (match.outcome() == RouteMatch::Outcome::Redirect) {
            const QByteArray location = match.redirectLocation();
            extra = "Location: " + location + "\r\n";
            body = BuiltinPages::error(match.status(), m_requestId);
        } else {
            body = BuiltinPages::error(match.status(), m_requestId);
        }
        m_fromClient->consume(result.consumed);
        m_x->requestParser.reset();
        m_keepAlive = keepAliveAfterLocalAnswer;
        respondLocally(match.status(), body, extra, match.outcome() == RouteMatch::Outcome::BadPath);
        return;
    }

    const RouteConfig* route = match.route();
    const qint64 bodyLimit = route && route->maxBodyBytes >= 0 ? route->maxBodyBytes : config.settings.maxBodyBytes;
    if (bodyLimit > 0 && head.framing == BodyFraming::ContentLength && head.contentLength > bodyLimit) {
        m_fromClient->consume(result.consumed);
        m_x->requestParser.reset();
        respondWithError(413, true);
        return;
    }
    m_requestBodyLimit = bodyLimit;
    m_requestBodySeen = 0;
    if (hasBody) {
        m_bodyDeadlineMs = m_context.clock.monotonicMs() + config.settings.clientBodyTimeoutMs;
        startRateWindow(m_fromClient->size() - result.consumed);
    } else {
        m_bodyDeadlineMs = 0;
    }

    // The security filter: refusals never reach the cache or a backend. Sites without checks pay for the client's
    // address and a look at the (usually empty) ban list.
    m_client = m_peerKey;
    const SecurityPolicy* policy = m_context.security ? sitePolicy() : nullptr;
    if (policy) {
        m_client = ClientAddress::resolve(m_peerKey, head, *m_generation);
        if (policy->checksRequests || m_context.security->isBanned(m_client)) {
            const QByteArray site = siteName().toUtf8();
            QByteArrayView bodyStart = m_fromClient->view().sliced(result.consumed);
            if (head.framing == BodyFraming::ContentLength)
                bodyStart = bodyStart.first(qMin<qint64>(bodyStart.size(), head.contentLength));
            else if (head.framing == BodyFraming::None)
                bodyStart = QByteArrayView();
            WorkerSecurity::Request request;
            request.head = &head;
            request.policy = policy;
            request.routeIndex = match.routeIndex();
            request.client = m_client;
            request.site = site;
            request.requestId = m_requestId;
            request.bodyStart = bodyStart;
            const SecurityVerdict verdict = m_context.security->check(request);
            switch (verdict.action) {
            case SecurityVerdict::Action::Allow:
                break;
            case SecurityVerdict::Action::Refuse:
                m_fromClient->consume(result.consumed);
                m_x->requestParser.reset();
                m_keepAlive = keepAliveAfterLocalAnswer;
                m_bodyDeadlineMs = 0;
                respondLocally(verdict.status, BuiltinPages::error(verdict.status, m_requestId), verdict.extraHeaders);
                return;
            case SecurityVerdict::Action::Delay:
                // The head stays parsed where it is (nothing is read meanwhile); checkTimeouts() resumes it.
                m_delayedConsumed = result.consumed;
                m_delayedKeepAlive = keepAliveAfterLocalAnswer;
                m_state = State::Delayed;
                m_deadlineMs = m_context.clock.monotonicMs() + (qMax<qint64>(verdict.delayUs, 0) + 999) / 1000;
                return;
            }
        }
    }
    routeRequest(head, match, result.consumed, keepAliveAfterLocalAnswer);
}

void ClientConnection::resumeDelayed()
{
    // The same generation routes the same head the same way.
    const RequestHead& head = m_x->requestParser.head();
    const RouteMatch match = m_generation->router.match(head.effectiveAuthority(), head.target);
    // The delay's deadline has passed: an answer from the cache or of Portico's own gets the usual time to go out.
    setDeadline(m_generation->config.settings.responseTimeoutMs);
    if (!m_requestBodyDone) {
        m_bodyDeadlineMs = m_context.clock.monotonicMs() + m_generation->config.settings.clientBodyTimeoutMs;
        startRateWindow(m_fromClient->size() - m_delayedConsumed);
    }
    routeRequest(head, match, m_delayedConsumed, m_delayedKeepAlive);
}

const SecurityPolicy* ClientConnection::sitePolicy() const
{
    if (!m_generation || m_siteIndex < 0 || static_cast<size_t>(m_siteIndex) >= m_generation->siteSecurity.size())
        return nullptr;
    return m_generation->siteSecurity[static_cast<size_t>(m_siteIndex)].get();
}

void ClientConnection::routeRequest(const RequestHead& head, const RouteMatch& match, qsizetype consumed,
                                    bool keepAliveAfterLocalAnswer)
{
    const Config& config = m_generation->config;
    const RouteConfig* route = match.route();
    m_poolIndex = match.poolIndex();
    m_siteIndex = match.siteIndex();
    m_route = route;
    m_retriedElsewhere = false;
    const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
    m_x->hashValue.clear();
    m_x->stickyValue.clear();
    m_x->setCookie.clear();
    const BalanceConfig& balance = pool.config.balance;
    if (balance.algorithm == BalanceAlgorithm::ConsistentHash && balance.hashOn == HashSource::Header) {
        if (const HttpHeader* field = head.find(QByteArrayView(pool.hashKey)))
            m_x->hashValue = field->value.toByteArray();
    } else if ((balance.algorithm == BalanceAlgorithm::ConsistentHash && balance.hashOn == HashSource::Cookie) ||
               pool.sticky) {
        if (const HttpHeader* field = head.find("Cookie")) {
            if (pool.sticky)
                m_x->stickyValue = StickyCookie::findCookie(field->value, pool.cookieName).toByteArray();
            else
                m_x->hashValue = StickyCookie::findCookie(field->value, pool.hashKey).toByteArray();
        }
    }
    PoolCursor& cursor = m_context.cursor(m_generation.get(), m_poolIndex);
    cursor.retryTokens = qMin(cursor.retryTokens + pool.config.retry.budgetPercent, PoolCursor::maxRetryTokens);
    if (config.settings.compression.enabled) {
        const HttpHeader* accept = head.find("Accept-Encoding");
        m_x->acceptEncoding.resize(0);
        if (accept)
            m_x->acceptEncoding.append(accept->value.data(), accept->value.size());
        m_x->requestHasRange = head.find("Range") != nullptr;
    }

    // One null check per request when the site does not cache.
    const CacheRuleSet* cacheRules = static_cast<size_t>(m_siteIndex) < m_generation->siteCache.size()
                                         ? m_generation->siteCache[static_cast<size_t>(m_siteIndex)].get()
                                         : nullptr;
    if (cacheRules) {
        // A validation rewrites the conditionals of the head for the backend, and a parked request has no
        // head any more when it goes on: it is built before the head leaves the buffer, unless it is a hit.
        m_headForUpstream = &head;
        m_matchForUpstream = &match;
        const CacheStep step = cacheRequest(head, match, *cacheRules);
        if (step != CacheStep::Answered)
            ensureUpstreamHead();
        m_headForUpstream = nullptr;
        m_matchForUpstream = nullptr;
        // Only what the response phase or a parked request reads again is copied: nothing for hits and bypasses.
        if (step == CacheStep::Answered || (m_x->cache.key.isEmpty() && !m_x->cache.invalidate))
            m_x->cache.head = nullptr;
        else
            m_x->cache.detach();
        if (step != CacheStep::Forward) {
            m_fromClient->consume(consumed);
            m_x->requestParser.reset();
            if (step == CacheStep::Parked) {
                m_state = State::CacheWait;
                setDeadline(config.settings.responseTimeoutMs);
            }
            return;
        }
    }

    const Choice choice = chooseBackend(-1);
    if (choice == Choice::None || (choice == Choice::Queue && m_context.queuedFor(m_generation.get(), m_poolIndex) >=
                                                                  pool.config.queue.maxQueued)) {
        m_fromClient->consume(consumed);
        m_x->requestParser.reset();
        m_keepAlive = keepAliveAfterLocalAnswer;
        if (!serveStaleOnError(503))
            respondWithError(503);
        return;
    }

    if (!cacheRules)
        buildUpstreamHead(head, match);
    if (head.expectContinue) {
        // Portico asks for the body itself, once it is ready to take it.
        m_x->toClient.append("HTTP/1.1 100 Continue\r\n\r\n");
    }
    m_fromClient->consume(consumed);
    m_x->requestParser.reset();
    beginExchange(choice == Choice::Queue);
}

void ClientConnection::forwardRequest(bool keepAliveAfterLocalAnswer)
{
    const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
    const Choice choice = chooseBackend(-1);
    if (choice == Choice::None || (choice == Choice::Queue && m_context.queuedFor(m_generation.get(), m_poolIndex) >=
                                                                  pool.config.queue.maxQueued)) {
        m_keepAlive = keepAliveAfterLocalAnswer;
        if (!serveStaleOnError(503))
            respondWithError(503);
        return;
    }
    beginExchange(choice == Choice::Queue);
}

void ClientConnection::beginExchange(bool queue)
{
    m_x->requestChunks.reset();
    m_x->responseParser.reset();
    m_x->responseParser.setRequestMethod(m_method);
    m_x->responseChunks.reset();
    m_responseHeadSent = false;
    m_responseDone = false;
    m_upstreamEof = false;
    if (queue) {
        const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
        m_state = State::Queued;
        m_context.enqueue(this, m_generation.get(), m_poolIndex);
        setDeadline(pool.config.queue.timeoutMs);
        return;
    }
    connectUpstream();
}

ClientConnection::Choice ClientConnection::chooseBackend(int exclude)
{
    const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
    BackendSelector::Input input;
    input.client = m_peer;
    input.hashValue = m_x->hashValue;
    input.stickyValue = m_x->stickyValue;
    input.exclude = exclude;
    const BackendSelector::Selection selection =
        BackendSelector::select(pool, m_context.cursor(m_generation.get(), m_poolIndex), input);
    if (selection.index < 0)
        return selection.queue ? Choice::Queue : Choice::None;
    m_backendIndex = selection.index;
    m_backend = &pool.backends[static_cast<size_t>(selection.index)];
    m_backend->state->active.fetch_add(1, std::memory_order_relaxed);
    m_backendActive = true;
    m_upstreamStartUs = m_context.clock.monotonicUs();
    if (selection.setSticky)
        m_x->setCookie = pool.sticky->setCookieValue(pool.cookieName, m_backend->stickyId);
    else
        m_x->setCookie.clear();
    // Copying the key touches a reference count all workers share: only when it is logged.
    if (m_x && m_context.wantsAccessLogEntry())
        m_x->log.backend = m_backend->key;
    return Choice::Backend;
}

bool ClientConnection::retryQueued()
{
    if (m_state != State::Queued)
        return true;
    const Choice choice = chooseBackend(-1);
    if (choice == Choice::Queue)
        return false;
    m_context.dequeue(this);
    if (choice == Choice::None) {
        respondWithError(503, !m_requestBodyDone);
    } else {
        connectUpstream();
    }
    if (m_state != State::Closed) {
        processClient();
        if (m_state != State::Closed)
            updateInterest();
    }
    return true;
}

void ClientConnection::finishBackend(bool failed)
{
    if (!m_backendActive)
        return;
    m_backendActive = false;
    BackendState& state = *m_backend->state;
    state.active.fetch_sub(1, std::memory_order_relaxed);
    state.requests.fetch_add(1, std::memory_order_relaxed);
    state.latency.record(m_context.clock.monotonicUs() - m_upstreamStartUs);
    const PoolConfig& pool = m_generation->pools[static_cast<size_t>(m_poolIndex)]->config;
    if (failed) {
        const PassiveHealthConfig& passive = pool.passiveHealth;
        if (!passive.enabled) {
            state.errors.fetch_add(1, std::memory_order_relaxed);
        } else if (state.recordFailure(m_context.clock.monotonicMs(), passive.consecutiveFailures, passive.windowMs) &&
                   m_context.requestEjection) {
            m_context.requestEjection(state.pool, state.key, state.consecutiveFailures.load(std::memory_order_relaxed));
        }
    } else {
        state.recordSuccess();
    }
    if (m_backend->maxConnections > 0)
        m_context.scheduleQueueService();
}

bool ClientConnection::mayRetryElsewhere(int status, bool answered) const
{
    if (m_responseHeadSent || m_state == State::Tunnel || m_retriedElsewhere || m_poolIndex < 0 || !m_backendActive)
        return false;
    const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
    if (!pool.config.retry.enabled || pool.backends.size() < 2)
        return false;
    // Nothing reached the backend's application before a refused or timed-out connect; after that
    // only requests that may safely run twice go again.
    // Before the connection is made nothing has left Portico, a body included (it waits in the
    // client buffer until the backend takes it), so any request may go elsewhere.
    if (m_state == State::Connecting)
        return true;
    // Past that, a body has been streamed out and is gone.
    if (m_requestFraming != BodyFraming::None)
        return false;
    if (answered) {
        // The backend ran the request and said it failed: only what may run twice goes again.
        return pool.config.retry.onServerErrors && isIdempotent(m_method) &&
               (status == 500 || status == 502 || status == 503 || status == 504);
    }
    return isIdempotent(m_method) || (m_route && m_route->retryNonIdempotent && status == 502);
}

void ClientConnection::buildUpstreamHead(const RequestHead& head, const RouteMatch& match)
{
    const bool trusted = m_generation->isTrustedProxy(m_peerKey);
    const QByteArrayView clientHost = head.effectiveAuthority();
    const QByteArrayView host = match.hostRewrite().isEmpty() ? clientHost : match.hostRewrite();
    const QByteArrayView scheme =
        m_protocol == ListenerProtocol::Https ? QByteArrayView("https") : QByteArrayView("http");
    const QByteArray& peer = m_peerText;

    QByteArray& out = m_x->toUpstream;
    out.resize(0);
    m_toUpstreamSent = 0;
    out.append(head.method.data(), head.method.size());
    out.append(' ');
    out.append(match.upstreamTarget());
    out.append(" HTTP/1.1\r\n", 11);
    appendField(out, "Host", host);

    QByteArrayView xff, xfProto, xfHost, forwarded, via;
    for (const HttpHeader& field : head.headers) {
        if (field.hopByHop)
            continue;
        switch (field.kind) {
        case HttpHeader::Kind::Host:
        case HttpHeader::Kind::ContentLength:
        case HttpHeader::Kind::TransferEncoding:
        case HttpHeader::Kind::Expect:
        case HttpHeader::Kind::XRequestId:
            continue;
        case HttpHeader::Kind::XForwardedFor:
            xff = field.value; // only the first of each: a client sending several is not trusted anyway
            continue;
        case HttpHeader::Kind::XForwardedProto:
            xfProto = field.value;
            continue;
        case HttpHeader::Kind::XForwardedHost:
            xfHost = field.value;
            continue;
        case HttpHeader::Kind::Forwarded:
            forwarded = field.value;
            continue;
        case HttpHeader::Kind::Via:
            via = field.value;
            continue;
        default:
            appendField(out, field.name, field.value);
        }
    }
    if (head.framing == BodyFraming::ContentLength)
        appendField(out, "Content-Length", QByteArray::number(head.contentLength));
    else if (head.framing == BodyFraming::Chunked)
        out.append("Transfer-Encoding: chunked\r\n");
    if (head.upgradeRequested) {
        out.append("Connection: upgrade\r\n");
        appendField(out, "Upgrade", head.upgrade);
    }

    // Values from the client are believed only when it is a proxy the admin listed.
    if (trusted && !xff.isEmpty())
        appendField(out, "X-Forwarded-For", xff.toByteArray() + ", " + peer);
    else
        appendField(out, "X-Forwarded-For", peer);
    appendField(out, "X-Forwarded-Proto", trusted && !xfProto.isEmpty() ? xfProto : scheme);
    appendField(out, "X-Forwarded-Host", trusted && !xfHost.isEmpty() ? xfHost : clientHost);
    QByteArray element = "for=" + forwardedNode(m_peer, m_peerText) + ";proto=" + scheme.toByteArray();
    if (!clientHost.isEmpty())
        element += ";host=\"" + clientHost.toByteArray() + '"';
    appendField(out, "Forwarded", trusted && !forwarded.isEmpty() ? forwarded.toByteArray() + ", " + element : element);
    appendField(out, "Via", via.isEmpty() ? QByteArray("1.1 portico") : via.toByteArray() + ", 1.1 portico");
    appendField(out, "X-Request-ID", m_requestId);
    out.append("\r\n", 2);
}

void ClientConnection::respondWithError(int status, bool forceClose)
{
    // The ID on the page must also be in the header and the access log, or nobody can match them.
    if (m_requestId.isEmpty())
        m_requestId = m_context.nextRequestId();
    respondLocally(status, BuiltinPages::error(status, m_requestId), QByteArray(), forceClose);
}

void ClientConnection::respondLocally(int status, const QByteArray& body, const QByteArray& extraHeaders,
                                      bool forceClose, QByteArrayView contentType)
{
    if (forceClose) {
        m_keepAlive = false;
        // The rest of the input cannot be trusted to be framed right: drop it.
        if (m_fromClient)
            m_fromClient->clear();
    }
    m_status = status;
    // An answer to HEAD has no body, whatever its status: bytes after the head would pass for the next response.
    const bool headOnly = m_method == HttpMethod::Head;
    QByteArray& out = exchange().toClient;
    if (m_toClientSent == out.size()) {
        out.resize(0);
        m_toClientSent = 0;
    }
    out.reserve(out.size() + 320 + body.size());
    const qsizetype headStart = out.size();
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + BuiltinPages::reasonPhrase(status) + "\r\n";
    // Before any request was routed the connection has no generation of its own yet.
    out += (m_generation ? m_generation : m_context.generation)->serverField;
    out += "Date: " + m_context.httpDate() + "\r\n";
    out += "Content-Type: ";
    out += contentType;
    out += "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    appendProtectiveFields(out, headStart, nullptr);
    if (!m_requestId.isEmpty())
        out += "X-Request-ID: " + m_requestId + "\r\n";
    if (m_x->cache.active())
        out += "Cache-Status: " + m_x->cache.status.value() + "\r\n";
    out += extraHeaders;
    out += m_keepAlive ? QByteArrayView("Connection: keep-alive\r\n\r\n") : QByteArrayView("Connection: close\r\n\r\n");
    if (!headOnly)
        out += body;
    m_responseDone = true;
    m_state = State::Responding;
}

void ClientConnection::appendProtectiveFields(QByteArray& out, qsizetype headStart, const ResponseHead* head) const
{
    if (!m_generation || m_siteIndex < 0)
        return;
    const size_t site = static_cast<size_t>(m_siteIndex);
    if (const SecurityPolicy* policy = sitePolicy(); policy && !policy->headers.isEmpty())
        policy->headers.appendProtectiveFields(out, head, m_tls != nullptr);
    if (!m_tls || site >= m_generation->siteHsts.size() || m_generation->siteHsts[site].isEmpty())
        return;
    // The site's TLS setting, unless the backend or the security headers already gave one.
    if ((head && head->find("Strict-Transport-Security")) ||
        QByteArrayView(out).sliced(headStart).contains("\r\nStrict-Transport-Security:"))
        return;
    appendField(out, "Strict-Transport-Security", m_generation->siteHsts[site]);
}

bool ClientConnection::flushToClient()
{
    while (pendingToClient() > 0 || m_upstreamBodyReady > 0 || servedLeft() > 0) {
        const QByteArrayView head = m_x ? QByteArrayView(m_x->toClient).sliced(m_toClientSent) : QByteArrayView();
        // Forwarded bodies come from the backend's buffer, cached ones straight from the entry.
        const QByteArrayView body =
            m_upstreamBodyReady > 0 ? m_fromUpstream->view().first(m_upstreamBodyReady)
            : m_served ? QByteArrayView(m_served->body).sliced(m_servedOffset, m_servedEnd - m_servedOffset)
                       : QByteArrayView();
        qsizetype written = 0;
        const Socket::Status status = clientWrite(head, body, written);
        if (status == Socket::Status::WouldBlock)
            return true;
        if (status != Socket::Status::Ok) {
            close();
            return false;
        }
        WorkerCounters::add(m_context.counters.bytesOut, static_cast<quint64>(written));
        if (m_x)
            m_x->log.bytesOut += static_cast<quint64>(written);
        if (m_siteCounters)
            m_siteCounters->addBytesOut(static_cast<quint64>(written));
        const qsizetype fromHead = qMin(written, head.size());
        m_toClientSent += fromHead;
        const qsizetype fromBody = written - fromHead;
        if (fromBody > 0 && m_upstreamBodyReady > 0) {
            m_fromUpstream->consume(fromBody);
            m_upstreamBodyReady -= fromBody;
        } else if (fromBody > 0) {
            m_servedOffset += fromBody;
        }
        if (m_state == State::Exchanging || m_state == State::Tunnel)
            setDeadline(m_generation->config.settings.responseTimeoutMs);
    }
    return true;
}

void ClientConnection::exchangeFinished()
{
    const qint64 latency = m_requestStartUs >= 0 ? m_context.clock.monotonicUs() - m_requestStartUs : 0;
    m_context.counters.responseSent(m_status, latency);
    finishBackend(m_status >= 500);
    if (m_siteCounters) {
        m_siteCounters->requestFinished(m_status, latency);
        m_siteCounters = nullptr;
    }
    finishCacheExchange();
    AccessLogEntry& log = m_x->log;
    m_context.tally.count(log.target, m_peerText, m_status, siteName());
    const bool toFile = m_context.accessLogToFile();
    const bool live = m_context.liveAccessLogOn();
    const bool toLive = live && m_context.liveAccessLogHasRoom();
    if (toFile || toLive) {
        log.time = m_context.clock.now();
        log.client = m_peer;
        log.requestId = m_requestId;
        log.status = m_status;
        log.durationUs = latency;
        log.site = siteName();
        if (toFile)
            m_context.logAccess(log);
        if (toLive)
            m_context.logLive(log);
    } else if (live) {
        m_context.skipLive();
    }
    log.reset();
    m_siteIndex = -1;
    m_poolIndex = -1;
    m_requestStartUs = -1;

    if (m_upstream)
        releaseUpstream(m_upstreamKeepAlive && m_requestBodyDone && m_responseDone && !m_upstreamEof &&
                        (!m_fromUpstream || m_fromUpstream->isEmpty()));
    if (m_fromUpstream) {
        m_context.buffers.give(std::move(m_fromUpstream));
        m_upstreamBodyReady = 0;
    }
    m_generation.reset();
    if (!m_keepAlive || !m_requestBodyDone || m_context.shuttingDown || m_clientEof) {
        // Everything is written: end the connection cleanly.
        clientShutdownWrite();
        close();
        return;
    }
    startNextRequest();
}

void ClientConnection::startNextRequest()
{
    m_state = State::ReadingHead;
    m_toClientSent = 0;
    m_toUpstreamSent = 0;
    m_requestId.clear();
    m_status = 0;
    m_clientBodyReady = 0;
    m_bodyDeadlineMs = 0;
    m_rateStartMs = -1;
    // An answer to a head that does not parse must not take the previous request's method (HEAD has no body).
    m_method = HttpMethod::Get;
    if (m_fromClient && m_fromClient->isEmpty()) {
        // Idle until the next request: the connection keeps nothing but its socket.
        m_context.buffers.give(std::move(m_fromClient));
        m_context.giveExchange(std::move(m_x));
    } else if (m_x) {
        m_x->reset();
    }
    if (m_fromClient && !m_fromClient->isEmpty()) {
        // A pipelined request is already here.
        m_requestStartUs = m_context.clock.monotonicUs();
        setDeadline(m_context.generation->config.settings.clientHeaderTimeoutMs);
        startRateWindow(m_fromClient->size());
    } else {
        setDeadline(m_context.generation->config.settings.keepAliveTimeoutMs);
        if (m_closeWhenIdle)
            close();
    }
}

// ---------------------------------------------------------------------------------------------
// The cache (sites with caching on)

namespace {

qint64 wallMs(const Clock& clock)
{
    return clock.now().toMSecsSinceEpoch();
}

bool isSafe(HttpMethod method)
{
    return method == HttpMethod::Get || method == HttpMethod::Head || method == HttpMethod::Options ||
           method == HttpMethod::Trace;
}

QByteArrayView bypassDetail(CacheBypass bypass)
{
    switch (bypass) {
    case CacheBypass::NeverRule:
        return "rule";
    case CacheBypass::Cookie:
        return "cookie";
    case CacheBypass::Header:
        return "header";
    case CacheBypass::Method:
    case CacheBypass::None:
        break;
    }
    return {};
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    bool found = false;
    HttpChars::forEachListElement(list, [&](QByteArrayView element) {
        const QByteArrayView name = HttpChars::trimmed(element);
        if (HttpChars::equalsIgnoreCase(name, token) || name == "*")
            found = true;
    });
    return found;
}

} // namespace

ClientConnection::CacheStep ClientConnection::cacheRequest(const RequestHead& head, const RouteMatch& match,
                                                           const CacheRuleSet& rules)
{
    CacheExchange& cx = m_x->cache;
    cx.rules = &rules;
    QByteArrayView query = match.query();
    if (query.startsWith('?'))
        query = query.sliced(1);
    cx.takeRequest(head, m_method, match.path(), query);
    const QByteArrayView authority = head.effectiveAuthority();
    cx.host.resize(0);
    cx.host.append(authority.data(), authority.size());
    cx.requestTimeMs = wallMs(m_context.clock);
    const CacheRequestFacts facts = cx.facts();
    cx.outcome = rules.matchRequest(facts, m_route ? QStringView(m_route->pathPrefix) : QStringView());
    WorkerCache* cache = m_context.cache;

    if (m_method != HttpMethod::Get && m_method != HttpMethod::Head) {
        cx.invalidate = !isSafe(m_method);
        cx.status.outcome = CacheStatus::Outcome::Method;
        if (cache)
            CacheCounters::add(cache->counters().bypassed);
        return CacheStep::Forward;
    }
    if (cx.outcome.bypass != CacheBypass::None || head.hasBody()) {
        cx.status.outcome =
            cx.outcome.bypass == CacheBypass::Method ? CacheStatus::Outcome::Method : CacheStatus::Outcome::Bypass;
        cx.status.detail = bypassDetail(cx.outcome.bypass).toByteArray();
        if (cache)
            CacheCounters::add(cache->counters().bypassed);
        return CacheStep::Forward;
    }
    const QByteArrayView scheme =
        m_protocol == ListenerProtocol::Https ? QByteArrayView("https") : QByteArrayView("http");
    cx.key = CacheKey::primary(scheme, siteName(), cx.host, cx.path, cx.query, cx.outcome);
    if (!cache || cx.key.isEmpty()) {
        cx.status.outcome = CacheStatus::Outcome::UriMiss;
        return CacheStep::Forward;
    }
    return cacheLookup();
}

ClientConnection::CacheStep ClientConnection::cacheLookup()
{
    CacheExchange& cx = m_x->cache;
    WorkerCache& cache = *m_context.cache;
    const CacheRequestFacts facts = cx.facts();
    const qint64 now = wallMs(m_context.clock);
    std::shared_ptr<const CacheEntry> entry = cache.memory().find(
        cx.key, [&facts](const CacheEntry& stored) { return CacheKey::varyMatches(stored, facts); });
    if (!entry && !cx.diskChecked && cache.canLookUpDisk()) {
        cx.diskChecked = true;
        cache.lookupDisk(cx.key, this);
        return CacheStep::Parked;
    }
    cx.stored.reset();
    if (entry) {
        switch (CachePolicy::use(*entry, facts, now)) {
        case CachePolicy::Use::Fresh:
            serveFromCache(std::move(entry), CacheStatus::Outcome::Hit, {});
            return CacheStep::Answered;
        case CachePolicy::Use::StaleWhileRevalidate:
            if (m_method == HttpMethod::Get) {
                // The head built for the backend is not needed any more: it becomes the refresh's.
                ensureUpstreamHead();
                addValidators(*entry);
                CacheRefreshRequest refresh;
                refresh.stale = entry;
                refresh.upstreamHead = m_x->toUpstream;
                refresh.generation = m_generation;
                refresh.poolIndex = m_poolIndex;
                refresh.siteIndex = m_siteIndex;
                refresh.routePrefix = m_route ? m_route->pathPrefix : QString();
                refresh.rules = cx.outcome;
                cache.requestRefresh(std::move(refresh));
            }
            serveFromCache(std::move(entry), CacheStatus::Outcome::StaleHit, "stale-while-revalidate");
            return CacheStep::Answered;
        case CachePolicy::Use::Validate:
            break;
        }
        const qint64 remaining = CachePolicy::remainingMs(*entry, now);
        cx.status.outcome = remaining > 0 ? CacheStatus::Outcome::Request : CacheStatus::Outcome::Stale;
        cx.status.hasTtl = true;
        cx.status.ttlSeconds = remaining / 1000;
        cx.stored = std::move(entry);
    } else {
        cx.status.outcome =
            cache.memory().containsKey(cx.key) ? CacheStatus::Outcome::VaryMiss : CacheStatus::Outcome::UriMiss;
    }
    if (m_method == HttpMethod::Get) {
        if (cache.isFilling(cx.key) && !cx.fillOwner) {
            if (!cx.waited) {
                // Another request of this worker is fetching the same thing: wait for its answer.
                cx.waited = true;
                cx.status.collapsed = true;
                CacheCounters::add(cache.counters().collapsed);
                cache.waitForFill(cx.key, this);
                return CacheStep::Parked;
            }
        } else if (!cx.fillOwner) {
            cache.beginFill(cx.key);
            cx.fillOwner = true;
        }
        if (cx.stored && (!cx.stored->etag.isEmpty() || !cx.stored->lastModified.isEmpty())) {
            ensureUpstreamHead();
            addValidators(*cx.stored);
            cx.validating = true;
        }
    }
    CacheCounters::add(cache.counters().misses);
    return CacheStep::Forward;
}

void ClientConnection::ensureUpstreamHead()
{
    if (!m_headForUpstream)
        return;
    buildUpstreamHead(*m_headForUpstream, *m_matchForUpstream);
    m_headForUpstream = nullptr;
    m_matchForUpstream = nullptr;
}

void ClientConnection::addValidators(const CacheEntry& entry)
{
    QByteArray& out = m_x->toUpstream;
    // The head ends with an empty line; its fields start after the request line.
    qsizetype position = out.indexOf("\r\n") + 2;
    const qsizetype end = out.size() - 2;
    while (position < end) {
        const qsizetype lineEnd = out.indexOf("\r\n", position);
        if (lineEnd < 0)
            break;
        const QByteArrayView line = QByteArrayView(out).sliced(position, lineEnd - position);
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon > 0 ? line.first(colon) : line;
        if (HttpChars::equalsIgnoreCase(name, "If-None-Match") ||
            HttpChars::equalsIgnoreCase(name, "If-Modified-Since") || HttpChars::equalsIgnoreCase(name, "If-Range") ||
            HttpChars::equalsIgnoreCase(name, "If-Match") || HttpChars::equalsIgnoreCase(name, "If-Unmodified-Since") ||
            HttpChars::equalsIgnoreCase(name, "Range")) {
            out.remove(position, lineEnd + 2 - position);
            continue;
        }
        position = lineEnd + 2;
    }
    QByteArray fields;
    if (!entry.etag.isEmpty())
        fields += "If-None-Match: " + entry.etag + "\r\n";
    if (!entry.lastModified.isEmpty())
        fields += "If-Modified-Since: " + entry.lastModified + "\r\n";
    out.insert(out.size() - 2, fields);
}

void ClientConnection::serveFromCache(std::shared_ptr<const CacheEntry> entry, CacheStatus::Outcome outcome,
                                      QByteArrayView detail)
{
    CacheExchange& cx = m_x->cache;
    const qint64 now = wallMs(m_context.clock);
    cx.status.outcome = outcome;
    if (!detail.isEmpty())
        cx.status.detail = detail.toByteArray();
    else if (entry->overridden && cx.status.detail.isEmpty())
        cx.status.detail = "override";
    cx.status.hasTtl = true;
    cx.status.ttlSeconds = CachePolicy::remainingMs(*entry, now) / 1000;
    if (WorkerCache* cache = m_context.cache) {
        if (outcome == CacheStatus::Outcome::Hit)
            CacheCounters::add(cache->counters().hits);
        else if (outcome == CacheStatus::Outcome::StaleHit)
            CacheCounters::add(cache->counters().staleHits);
    }
    const CachedResponse response(*entry, cx.facts(), m_method == HttpMethod::Head);
    m_status = response.status();
    QByteArray& out = m_x->toClient;
    if (m_toClientSent == out.size()) {
        out.resize(0);
        m_toClientSent = 0;
    }
    QByteArrayView hsts;
    if (m_tls && m_siteIndex >= 0 && static_cast<size_t>(m_siteIndex) < m_generation->siteHsts.size())
        hsts = m_generation->siteHsts[static_cast<size_t>(m_siteIndex)];
    const SecurityPolicy* policy = sitePolicy();
    CachedResponse::Fields fields;
    fields.date = m_context.httpDate();
    fields.requestId = m_requestId;
    fields.hsts = hsts;
    fields.serverField = m_generation->serverField;
    fields.rules = policy && !policy->headers.isEmpty() ? &policy->headers : nullptr;
    fields.https = m_tls != nullptr;
    const QByteArray cacheStatus = cx.status.value();
    fields.cacheStatus = cacheStatus;
    fields.keepAlive = m_keepAlive;
    response.writeHead(out, CachePolicy::currentAgeMs(*entry, now) / 1000, fields);
    if (response.bodyLength() > 0) {
        m_servedOffset = static_cast<qsizetype>(response.bodyOffset());
        m_servedEnd = m_servedOffset + static_cast<qsizetype>(response.bodyLength());
        m_served = std::move(entry);
    } else {
        m_served.reset();
    }
    m_responseDone = true;
    m_state = State::Responding;
}

void ClientConnection::resumeAfterCacheWait()
{
    if (m_state != State::CacheWait || !m_x)
        return;
    const CacheStep step = cacheLookup();
    if (step == CacheStep::Forward)
        forwardRequest(m_keepAlive);
    if (m_state != State::Closed && m_state != State::CacheWait) {
        processClient();
        if (m_state != State::Closed)
            updateInterest();
    }
}

void ClientConnection::diskLookupFinished(const QList<std::shared_ptr<const CacheEntry>>& variants)
{
    if (m_state != State::CacheWait || !m_x || !m_context.cache)
        return;
    if (!variants.isEmpty())
        CacheCounters::add(m_context.cache->counters().diskHits);
    for (const std::shared_ptr<const CacheEntry>& variant : variants)
        m_context.cache->adoptFromDisk(variant);
    resumeAfterCacheWait();
}

bool ClientConnection::cacheResponseHead(const ResponseHead& head)
{
    CacheExchange& cx = m_x->cache;
    WorkerCache* cache = m_context.cache;
    cx.status.forwardStatus = head.status;
    if (cx.invalidate && cache && CachePolicy::invalidates(m_method, head.status))
        invalidateAfter(head);
    if (!cache || cx.key.isEmpty())
        return false;
    const CacheRequestFacts facts = cx.facts();
    const qint64 now = wallMs(m_context.clock);

    if (cx.validating && head.status == 304 && cx.stored) {
        CacheRuleOutcome rule = cx.rules->matchResponse(cx.outcome, cx.stored->header("Content-Type"));
        rule.heuristicPercent = m_generation->config.settings.cache.heuristicPercent;
        std::shared_ptr<const CacheEntry> fresh = CachePolicy::freshened(*cx.stored, head, rule, cx.requestTimeMs, now);
        if (fresh && cx.stored->etag.startsWith("W/") && !fresh->etag.startsWith("W/") &&
            !fresh->contentEncoding.isEmpty()) {
            // A variant Portico compressed: the backend's strong tag from the 304 does not fit its bytes.
            auto weakened = std::make_shared<CacheEntry>(*fresh);
            weakened->etag = CompressionPolicy::weakenedEtag(weakened->etag);
            for (auto& [name, value] : weakened->headers) {
                if (HttpChars::equalsIgnoreCase(name, "ETag"))
                    value = CompressionPolicy::weakenedEtag(value);
            }
            fresh = std::move(weakened);
        }
        CacheCounters::add(cache->counters().revalidated);
        if (fresh)
            cache->store(fresh);
        else
            fresh = cx.stored; // the 304 did not fit the entry (RFC 9111 4.3.4): the client still needs an answer
        if (cx.fillOwner) {
            cx.fillOwner = false;
            cache->endFill(cx.key);
        }
        // The 304 has no body: the backend connection stays usable.
        m_upstreamKeepAlive = head.keepAlive;
        m_fromUpstream->consume(m_x->responseParser.head().size);
        m_x->responseParser.reset();
        finishBackend(false);
        releaseUpstream(m_upstreamKeepAlive && m_requestBodyDone && m_fromUpstream->isEmpty());
        releaseResponseBuffer();
        cx.status.hasTtl = false;
        serveFromCache(std::move(fresh), cx.status.outcome, {});
        return true;
    }
    if (head.status >= 500 && serveStaleOnError(head.status))
        return true;

    if (m_method != HttpMethod::Get)
        return false;
    CacheRuleOutcome rule = cx.rules->matchResponse(cx.outcome, [&head] {
        const HttpHeader* type = head.find("Content-Type");
        return type ? type->value : QByteArrayView();
    }());
    rule.heuristicPercent = m_generation->config.settings.cache.heuristicPercent;
    auto entry = std::make_shared<CacheEntry>();
    const CachePolicy::StoreVerdict verdict = CachePolicy::prepare(facts, head, rule, cx.requestTimeMs, now, *entry);
    const qint64 limit = qint64(m_generation->config.settings.cache.maxObjectMb) * 1024 * 1024;
    if (verdict != CachePolicy::StoreVerdict::Store ||
        (head.framing == BodyFraming::ContentLength && head.contentLength > limit))
        return false;
    entry->key = cx.key;
    entry->site = siteName();
    entry->path = cx.path;
    if (entry->overridden)
        cx.status.detail = "override";
    cx.fill = std::move(entry);
    cx.fillLimit = limit;
    cx.fillBody.clear();
    if (head.framing == BodyFraming::ContentLength && head.contentLength > 0)
        cx.fillBody.reserve(static_cast<qsizetype>(head.contentLength));
    cx.status.stored = true;
    return false;
}

bool ClientConnection::serveStaleOnError(int status)
{
    if (!m_x || !m_x->cache.active() || !m_x->cache.stored || m_responseHeadSent)
        return false;
    CacheExchange& cx = m_x->cache;
    if (!CachePolicy::mayServeOnError(*cx.stored, cx.facts(), wallMs(m_context.clock)))
        return false;
    cx.status.forwardStatus = status;
    finishBackend(true);
    releaseUpstream(false);
    releaseResponseBuffer();
    m_x->responseParser.reset();
    abandonFill();
    // The request body (if any) was not all read: the connection cannot carry another request.
    if (!m_requestBodyDone)
        m_keepAlive = false;
    std::shared_ptr<const CacheEntry> stale = cx.stored;
    serveFromCache(std::move(stale), CacheStatus::Outcome::StaleHit, "stale-if-error");
    return true;
}

void ClientConnection::invalidateAfter(const ResponseHead& head)
{
    CacheExchange& cx = m_x->cache;
    WorkerCache& cache = *m_context.cache;
    const QByteArrayView scheme =
        m_protocol == ListenerProtocol::Https ? QByteArrayView("https") : QByteArrayView("http");
    CacheRequestFacts facts = cx.facts();
    facts.method = HttpMethod::Get;
    const QStringView prefix = m_route ? QStringView(m_route->pathPrefix) : QStringView();
    const auto invalidate = [&](QByteArrayView path, QByteArrayView query) {
        facts.path = path;
        facts.query = query;
        const CacheRequestOutcome outcome = cx.rules->matchRequest(facts, prefix);
        const QByteArray key = CacheKey::primary(scheme, siteName(), cx.host, path, query, outcome);
        if (!key.isEmpty())
            cache.invalidate(key);
    };
    invalidate(cx.path, cx.query);
    for (const QByteArrayView name : {QByteArrayView("Location"), QByteArrayView("Content-Location")}) {
        const HttpHeader* field = head.find(name);
        if (!field)
            continue;
        QByteArrayView url = field->value;
        if (const qsizetype hash = url.indexOf('#'); hash >= 0)
            url = url.first(hash);
        if (url.startsWith("http://") || url.startsWith("https://")) {
            url = url.sliced(url.indexOf("//") + 2);
            const qsizetype slash = url.indexOf('/');
            const QByteArrayView authority = slash >= 0 ? url.first(slash) : url;
            // Only the same host: another host's URL is not this site's to drop (RFC 9111 4.4).
            if (!HttpChars::equalsIgnoreCase(authority, cx.host))
                continue;
            url = slash >= 0 ? url.sliced(slash) : QByteArrayView("/");
        } else if (!url.startsWith('/') || url.startsWith("//")) {
            continue;
        }
        const qsizetype question = url.indexOf('?');
        invalidate(question >= 0 ? url.first(question) : url,
                   question >= 0 ? url.sliced(question + 1) : QByteArrayView());
    }
}

void ClientConnection::teeFill(QByteArrayView payload)
{
    CacheExchange& cx = m_x->cache;
    if (cx.fillBody.size() + payload.size() > cx.fillLimit) {
        abandonFill();
        return;
    }
    cx.fillBody.append(payload.data(), payload.size());
}

void ClientConnection::completeFill()
{
    CacheExchange& cx = m_x->cache;
    if (!cx.fill)
        return;
    std::shared_ptr<CacheEntry> entry = std::move(cx.fill);
    cx.fill.reset();
    entry->body = std::move(cx.fillBody);
    cx.fillBody = QByteArray();
    if (WorkerCache* cache = m_context.cache) {
        cache->store(std::move(entry));
        if (cx.fillOwner) {
            cx.fillOwner = false;
            cache->endFill(cx.key);
        }
    }
}

void ClientConnection::abandonFill()
{
    if (!m_x)
        return;
    CacheExchange& cx = m_x->cache;
    cx.fill.reset();
    cx.fillBody.clear();
    if (cx.fillOwner && m_context.cache) {
        // Waiters go to the backend themselves.
        cx.fillOwner = false;
        m_context.cache->endFill(cx.key);
    }
}

void ClientConnection::finishCacheExchange()
{
    m_served.reset();
    m_servedOffset = 0;
    m_servedEnd = 0;
    m_varyAcceptEncoding = false;
    if (!m_x)
        return;
    if (m_x->compression.active())
        m_x->compression.reset();
    CacheExchange& cx = m_x->cache;
    if (!cx.active())
        return;
    abandonFill();
    if (m_context.cache)
        m_context.cache->forget(this);
    cx.reset();
}

void ClientConnection::releaseResponseBuffer()
{
    if (m_fromUpstream)
        m_context.buffers.give(std::move(m_fromUpstream));
    m_upstreamBodyReady = 0;
}

// ---------------------------------------------------------------------------------------------
// Compression

void ClientConnection::decideCompression(const ResponseHead& head)
{
    m_varyAcceptEncoding = false;
    const CompressionConfig& config = m_generation->config.settings.compression;
    if (!config.enabled || m_siteIndex < 0)
        return;
    ContentCoding coding = ContentCoding::Identity;
    const CompressionPolicy::Verdict verdict =
        CompressionPolicy::decide(config, m_generation->config.sites.at(m_siteIndex).compression, m_x->acceptEncoding,
                                  m_x->requestHasRange, m_method == HttpMethod::Head, head, coding);
    CacheExchange& cx = m_x->cache;
    if (verdict == CompressionPolicy::Verdict::NotAccepted) {
        m_varyAcceptEncoding = true;
    } else if (verdict == CompressionPolicy::Verdict::Compress) {
        const int level = coding == ContentCoding::Brotli ? config.brotliQuality : config.gzipLevel;
        if (!m_x->compression.start(coding, level, m_clientMinor >= 1))
            return;
        m_varyAcceptEncoding = true;
        if (WorkerCache* cache = m_context.cache)
            CacheCounters::add(cache->counters().compressed);
        if (m_clientMinor == 0)
            m_keepAlive = false;
    } else {
        return;
    }
    if (!cx.fill)
        return;
    // The stored variant is what the client gets: compressed, with the fields that say so.
    CacheEntry& entry = *cx.fill;
    bool varies = false;
    for (auto& [name, value] : entry.headers) {
        if (HttpChars::equalsIgnoreCase(name, "Vary")) {
            if (!containsToken(value, "accept-encoding"))
                value += ", Accept-Encoding";
            varies = true;
        } else if (m_x->compression.active() && HttpChars::equalsIgnoreCase(name, "ETag")) {
            value = CompressionPolicy::weakenedEtag(value);
        }
    }
    if (!varies)
        entry.headers.append({QByteArray("Vary"), QByteArray("Accept-Encoding")});
    if (m_x->compression.active()) {
        entry.contentEncoding = contentCodingToken(coding).toByteArray();
        entry.headers.append({QByteArray("Content-Encoding"), entry.contentEncoding});
        entry.etag = CompressionPolicy::weakenedEtag(entry.etag);
    }
    if (!entry.varyNames.contains("accept-encoding")) {
        entry.varyNames.append("accept-encoding");
        entry.varyValues.append(CacheKey::normalizedValue("accept-encoding", cx.facts()));
    }
}

void ClientConnection::pumpCompressedBody()
{
    ResponseCompression& compression = m_x->compression;
    // Backpressure: the compressed output waits in toClient; take no more while the client is slow.
    constexpr qsizetype maxPending = 64 * 1024;
    if (compression.finished() || pendingToClient() > maxPending)
        return;
    QByteArray& out = m_x->toClient;
    if (m_toClientSent == out.size()) {
        out.resize(0);
        m_toClientSent = 0;
    }
    CacheExchange& cx = m_x->cache;
    bool ok = true;
    const auto feed = [&](QByteArrayView payload) {
        ok = ok && compression.feed(payload, out, cx.fill ? &cx.fillBody : nullptr);
        if (cx.fill && cx.fillBody.size() > cx.fillLimit)
            abandonFill();
    };
    // A close-delimited body is done at the close, and what came before it may still wait in the buffer.
    if ((!m_responseDone || m_responseFraming == BodyFraming::UntilClose) && m_fromUpstream &&
        !m_fromUpstream->isEmpty()) {
        const QByteArrayView rest = m_fromUpstream->view();
        qsizetype consumed = 0;
        switch (m_responseFraming) {
        case BodyFraming::ContentLength: {
            const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_responseRemaining, rest.size()));
            feed(rest.first(take));
            consumed = take;
            m_responseRemaining -= take;
            if (m_responseRemaining == 0)
                m_responseDone = true;
            break;
        }
        case BodyFraming::UntilClose:
            feed(rest);
            consumed = rest.size();
            break;
        case BodyFraming::Chunked: {
            QByteArrayView left = rest;
            while (!left.isEmpty()) {
                const ChunkedDecoder::Result result = m_x->responseChunks.decode(left);
                if (result.status == ChunkedDecoder::Status::Error) {
                    qCDebug(lcHttp) << "malformed chunked response from" << m_backend->key;
                    close();
                    return;
                }
                feed(result.data);
                consumed += result.consumed;
                left = left.sliced(result.consumed);
                if (result.status == ChunkedDecoder::Status::Done) {
                    m_responseDone = true;
                    break;
                }
                if (result.status == ChunkedDecoder::Status::NeedMore || result.consumed == 0)
                    break;
            }
            break;
        }
        case BodyFraming::None:
            m_responseDone = true;
            break;
        }
        m_fromUpstream->consume(consumed);
    } else if (m_responseFraming == BodyFraming::None) {
        m_responseDone = true;
    }
    if (ok && m_responseDone &&
        (m_responseFraming != BodyFraming::UntilClose || !m_fromUpstream || m_fromUpstream->isEmpty()))
        ok = compression.finish(out, cx.fill ? &cx.fillBody : nullptr);
    if (!ok) {
        qCWarning(lcHttp) << "compression failed";
        close();
        return;
    }
    if (compression.finished()) {
        if (WorkerCache* cache = m_context.cache) {
            CacheCounters::add(cache->counters().compressedBytesIn, compression.bytesIn());
            CacheCounters::add(cache->counters().compressedBytesOut, compression.bytesOut());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Upstream side

void ClientConnection::connectUpstream()
{
    const Config& config = m_generation->config;
    m_state = State::Connecting;
    if (!m_backend->resolved()) {
        upstreamFailed(502);
        return;
    }
    const qint64 now = m_context.clock.monotonicMs();
    // Idempotent requests without a body can be replayed if a reused connection turns out dead;
    // the others only take connections used moments ago.
    const bool replayable = isIdempotent(m_method) && m_requestFraming == BodyFraming::None && !m_retried;
    UpstreamConnection* reused = m_context.upstreams->take(
        m_backend->key, now, replayable ? config.settings.upstreamIdleTimeoutMs : safeReuseWindowMs, !replayable);
    if (reused) {
        m_upstream = reused;
        m_upstream->setUser(this);
        m_upstreamReused = true;
        m_upstream->countRequest();
        m_state = State::Exchanging;
        setDeadline(config.settings.responseTimeoutMs);
        return;
    }
    int error = 0;
    const qintptr descriptor = Socket::connectTo(m_backend->address, m_backend->port, error);
    if (descriptor < 0) {
        qCDebug(lcHttp) << "cannot connect to backend" << m_backend->key << qt_error_string(error);
        upstreamFailed(502);
        return;
    }
    m_upstream = new UpstreamConnection(descriptor, m_backend->key, *m_context.upstreams);
    m_upstream->setUser(this);
    m_upstream->countRequest();
    m_upstreamReused = false;
    m_context.poller->add(descriptor, m_upstream, false, true);
    m_upstream->setWatched(false, true);
    setDeadline(config.settings.connectTimeoutMs);
}

void ClientConnection::onUpstreamWritable()
{
    const int error = Socket::pendingError(m_upstream->descriptor());
    if (error != 0) {
        qCDebug(lcHttp) << "backend" << m_backend->key << "refused:" << qt_error_string(error);
        upstreamFailed(502);
        return;
    }
    const std::vector<std::shared_ptr<const TlsClientContext>>& tls = m_generation->upstreamTls;
    if (static_cast<size_t>(m_poolIndex) < tls.size() && tls[static_cast<size_t>(m_poolIndex)]) {
        const TlsClientContext& context = *tls[static_cast<size_t>(m_poolIndex)];
        const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
        const QString serverName = !context.config().serverName.isEmpty()
                                       ? context.config().serverName
                                       : pool.config.backends.at(m_backendIndex).host;
        std::unique_ptr<TlsStream> stream = TlsStream::connect(context, m_upstream->descriptor(), serverName);
        if (!stream) {
            qCWarning(lcTls) << "cannot start TLS to backend" << m_backend->key;
            upstreamFailed(502);
            return;
        }
        m_upstream->setTls(std::move(stream));
        continueUpstreamHandshake();
        return;
    }
    m_state = State::Exchanging;
    setDeadline(m_generation->config.settings.responseTimeoutMs);
    processClient();
}

void ClientConnection::continueUpstreamHandshake()
{
    TlsStream& tls = *m_upstream->tls();
    const Socket::Status status = tls.handshake();
    if (status == Socket::Status::WouldBlock)
        return;
    if (status != Socket::Status::Ok) {
        // The reason goes to the log; the client gets a plain 502 (or another backend).
        qCWarning(lcTls).noquote() << "TLS to backend" << QString::fromLatin1(m_backend->key)
                                   << "failed:" << tls.failure();
        upstreamFailed(502);
        return;
    }
    m_state = State::Exchanging;
    setDeadline(m_generation->config.settings.responseTimeoutMs);
    processClient();
}

void ClientConnection::pumpRequestBody()
{
    if (m_requestBodyDone || !m_fromClient)
        return;
    const qsizetype available = m_fromClient->size() - m_clientBodyReady;
    if (available <= 0)
        return;
    if (m_requestFraming == BodyFraming::ContentLength) {
        const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_requestRemaining, available));
        m_clientBodyReady += take;
        m_requestRemaining -= take;
        if (m_requestRemaining == 0)
            m_requestBodyDone = true;
        return;
    }
    // Chunked: pass the bytes through as they are, checking the framing as they go by.
    QByteArrayView rest = m_fromClient->view().sliced(m_clientBodyReady);
    while (!rest.isEmpty()) {
        const ChunkedDecoder::Result result = m_x->requestChunks.decode(rest);
        if (result.status == ChunkedDecoder::Status::Error) {
            qCDebug(lcHttp) << "malformed chunked request body:" << parseErrorName(result.error);
            if (!m_responseHeadSent) {
                releaseUpstream(false);
                respondWithError(400, true);
            } else {
                close();
            }
            return;
        }
        m_requestBodySeen += result.data.size();
        if (m_requestBodyLimit > 0 && m_requestBodySeen > m_requestBodyLimit) {
            if (!m_responseHeadSent) {
                releaseUpstream(false);
                respondWithError(413, true);
            } else {
                close();
            }
            return;
        }
        m_clientBodyReady += result.consumed;
        rest = rest.sliced(result.consumed);
        if (result.status == ChunkedDecoder::Status::Done) {
            m_requestBodyDone = true;
            return;
        }
        if (result.status == ChunkedDecoder::Status::NeedMore || result.consumed == 0)
            return;
    }
}

bool ClientConnection::flushToUpstream()
{
    if (!m_upstream || m_state == State::Connecting)
        return true;
    while (m_toUpstreamSent < m_x->toUpstream.size() || m_clientBodyReady > 0) {
        const QByteArrayView head = QByteArrayView(m_x->toUpstream).sliced(m_toUpstreamSent);
        const QByteArrayView body =
            m_clientBodyReady > 0 ? m_fromClient->view().first(m_clientBodyReady) : QByteArrayView();
        qsizetype written = 0;
        const Socket::Status status = upstreamWrite(head, body, written);
        if (status == Socket::Status::WouldBlock)
            return true;
        if (status != Socket::Status::Ok) {
            // A reused connection the backend reset before the request got through: the same race
            // as a close seen on reading.
            if (!replayOnFreshConnection())
                upstreamFailed(502);
            return false;
        }
        const qsizetype fromHead = qMin(written, head.size());
        m_toUpstreamSent += fromHead;
        const qsizetype fromBody = written - fromHead;
        if (fromBody > 0) {
            m_fromClient->consume(fromBody);
            m_clientBodyReady -= fromBody;
        }
    }
    return true;
}

bool ClientConnection::replayOnFreshConnection()
{
    if (!m_upstreamReused || m_retried || !isIdempotent(m_method) || m_requestFraming != BodyFraming::None ||
        m_responseHeadSent)
        return false;
    m_retried = true;
    releaseUpstream(false);
    sendAgain();
    return true;
}

void ClientConnection::sendAgain()
{
    if (m_fromUpstream)
        m_context.buffers.give(std::move(m_fromUpstream));
    m_upstreamBodyReady = 0;
    m_toUpstreamSent = 0;
    m_upstreamEof = false;
    m_status = 0;
    m_x->responseParser.reset();
    m_x->responseParser.setRequestMethod(m_method);
    connectUpstream();
}

bool ClientConnection::readUpstream()
{
    if (!m_upstream || m_upstreamEof)
        return false;
    if (!m_fromUpstream)
        m_fromUpstream = m_context.buffers.take();
    if (m_fromUpstream->isFull())
        return false;
    qsizetype count = 0;
    TlsStream* tls = m_upstream->tls();
    const Socket::Status status =
        tls ? tls->read(*m_fromUpstream, count) : Socket::read(m_upstream->descriptor(), *m_fromUpstream, count);
    if (status == Socket::Status::Ok) {
        setDeadline(m_generation->config.settings.responseTimeoutMs);
        return true;
    }
    if (status == Socket::Status::WouldBlock)
        return false;
    if (tls && status == Socket::Status::Error)
        qCWarning(lcTls).noquote() << "TLS from backend" << QString::fromLatin1(m_backend->key)
                                   << "failed:" << tls->failure();
    m_upstreamEof = true;
    if (m_state == State::Tunnel) {
        if (m_fromUpstream->isEmpty())
            clientShutdownWrite();
        return false;
    }
    if (!m_responseHeadSent && m_fromUpstream->isEmpty()) {
        // Closed or reset before a single byte of response: on a reused connection this is the
        // keep-alive race, and a replayable request gets one more try on a fresh connection.
        if (!replayOnFreshConnection())
            upstreamFailed(502);
        return false;
    }
    if (m_responseFraming == BodyFraming::UntilClose && m_responseHeadSent) {
        m_responseDone = true;
        m_upstreamKeepAlive = false;
        return false;
    }
    if (!m_responseHeadSent) {
        upstreamFailed(502); // a truncated response head
        return false;
    }
    // The backend closed before the body it announced was complete: the client must not take a
    // truncated body for a whole one, so its connection ends too.
    if (!m_responseDone) {
        m_keepAlive = false;
        if (m_upstreamBodyReady == 0)
            close();
    }
    return false;
}

void ClientConnection::processUpstream()
{
    if (!m_fromUpstream || m_state != State::Exchanging)
        return;
    if (!m_responseHeadSent) {
        if (m_fromUpstream->isEmpty())
            return;
        if (!handleResponseHead())
            return;
    }
    if (m_x->compression.active())
        pumpCompressedBody();
    else
        pumpResponseBody();
    if (m_responseDone && m_state == State::Exchanging && m_x->cache.fill &&
        (!m_x->compression.active() || m_x->compression.finished()))
        completeFill();
}

bool ClientConnection::handleResponseHead()
{
    for (;;) {
        const HeadParser::Result result = m_x->responseParser.parse(m_fromUpstream->view());
        if (result.status == HeadParser::Status::NeedMore)
            return false;
        if (result.status == HeadParser::Status::Error) {
            qCDebug(lcHttp) << "malformed response from" << m_backend->key << parseErrorName(result.error);
            upstreamFailed(502);
            return false;
        }
        const ResponseHead& head = m_x->responseParser.head();
        if (head.isInformational() && !head.switchesProtocols()) {
            // 100 Continue was already sent by Portico; other 1xx go through as they are.
            if (head.status != 100) {
                m_x->toClient.append(m_fromUpstream->view().first(result.consumed));
            }
            m_fromUpstream->consume(result.consumed);
            m_x->responseParser.reset();
            continue;
        }
        if (head.status >= 500 && retryElsewhere(head.status, true))
            return false;
        m_status = head.status;
        if (head.switchesProtocols() && !m_upgradeRequested) {
            upstreamFailed(502);
            return false;
        }
        if (m_x->cache.active() && cacheResponseHead(head))
            return false;
        if (head.status >= 500 && !head.switchesProtocols()) {
            if (const SecurityPolicy* policy = sitePolicy(); policy && policy->headers.replaceErrorBodies()) {
                replaceErrorAnswer(head.status);
                return false;
            }
        }
        if (!head.switchesProtocols())
            decideCompression(head);
        buildClientHead(head);
        m_responseFraming = head.framing;
        m_responseRemaining = head.framing == BodyFraming::ContentLength ? head.contentLength : 0;
        m_upstreamKeepAlive = head.keepAlive;
        const bool switching = head.switchesProtocols();
        // reset() clears the head the views above belong to: nothing reads it afterwards.
        m_fromUpstream->consume(result.consumed);
        m_x->responseParser.reset();
        m_responseHeadSent = true;
        if (switching) {
            m_state = State::Tunnel;
            m_requestBodyDone = true;
            if (!m_fromClient)
                m_fromClient = m_context.buffers.take();
            return false;
        }
        m_responseDone = m_responseFraming == BodyFraming::None ||
                         (m_responseFraming == BodyFraming::ContentLength && m_responseRemaining == 0);
        return true;
    }
}

void ClientConnection::buildClientHead(const ResponseHead& head)
{
    QByteArray& out = m_x->toClient;
    if (m_toClientSent == out.size()) {
        out.resize(0);
        m_toClientSent = 0;
    }
    const bool upgrade = head.switchesProtocols();
    // A close-delimited body tells the client where it ends by closing; HTTP/1.0 clients cannot
    // take chunked coding either, so Portico forwards the chunks as they are only to 1.1 clients.
    if (head.framing == BodyFraming::UntilClose || (head.framing == BodyFraming::Chunked && m_clientMinor == 0))
        m_keepAlive = false;
    // Null when the site has no rules: then only Server is looked for among the fields.
    const SecurityPolicy* policy = sitePolicy();
    const ResponseHeaderRules* rules = policy && !policy->headers.isEmpty() ? &policy->headers : nullptr;

    const qsizetype headStart = out.size();
    out.append("HTTP/1.1 ");
    out.append(QByteArray::number(head.status));
    out.append(' ');
    out.append(head.reason.data(), head.reason.size());
    out.append("\r\n");
    // The backend's Server never reaches the client: Portico's own replaces it, or none.
    out.append(m_generation->serverField);
    bool hasDate = false;
    bool hasRequestId = false;
    const bool compressing = m_x->compression.active();
    bool varyWritten = false;
    QByteArrayView via;
    for (const HttpHeader& field : head.headers) {
        if (field.hopByHop)
            continue;
        switch (field.kind) {
        case HttpHeader::Kind::ContentLength:
        case HttpHeader::Kind::TransferEncoding:
            continue;
        case HttpHeader::Kind::Via:
            via = field.value;
            continue;
        case HttpHeader::Kind::XRequestId:
            hasRequestId = true;
            break;
        default:
            if (field.nameIs("Server") || (rules && rules->strips(field.name)))
                continue;
            if (!hasDate && field.nameIs("Date"))
                hasDate = true;
            if (m_varyAcceptEncoding && !varyWritten && field.nameIs("Vary")) {
                varyWritten = true;
                if (!containsToken(field.value, "accept-encoding")) {
                    appendField(out, field.name, field.value.toByteArray() + ", Accept-Encoding");
                    continue;
                }
            } else if (compressing && field.nameIs("ETag")) {
                // The compressed bytes are not the backend's: only a weak validator still holds.
                appendField(out, field.name, CompressionPolicy::weakenedEtag(field.value));
                continue;
            }
            break;
        }
        appendField(out, field.name, field.value);
    }
    if (m_varyAcceptEncoding && !varyWritten)
        out.append("Vary: Accept-Encoding\r\n");
    if (m_x->cache.active())
        appendField(out, "Cache-Status", m_x->cache.status.value());
    if (compressing) {
        appendField(out, "Content-Encoding", contentCodingToken(m_x->compression.coding()));
        if (m_clientMinor >= 1)
            out.append("Transfer-Encoding: chunked\r\n");
    } else if (head.framing == BodyFraming::ContentLength)
        appendField(out, "Content-Length", QByteArray::number(head.contentLength));
    else if (head.framing == BodyFraming::Chunked && m_clientMinor >= 1)
        out.append("Transfer-Encoding: chunked\r\n");
    else if (head.framing == BodyFraming::None && head.contentLength >= 0 && head.status >= 200 && head.status != 204)
        appendField(out, "Content-Length", QByteArray::number(head.contentLength)); // HEAD and 304: the size of the GET
    if (!hasDate)
        appendField(out, "Date", m_context.httpDate());
    appendField(out, "Via", via.isEmpty() ? QByteArray("1.1 portico") : via.toByteArray() + ", 1.1 portico");
    if (!hasRequestId)
        appendField(out, "X-Request-ID", m_requestId);
    if (!m_x->setCookie.isEmpty())
        appendField(out, "Set-Cookie", m_x->setCookie);
    appendProtectiveFields(out, headStart, &head);
    if (upgrade) {
        out.append("Connection: upgrade\r\n");
        appendField(out, "Upgrade", head.upgrade);
    } else {
        out.append(m_keepAlive ? QByteArrayView("Connection: keep-alive\r\n")
                               : QByteArrayView("Connection: close\r\n"));
    }
    out.append("\r\n");
}

void ClientConnection::pumpResponseBody()
{
    if (m_responseDone || !m_fromUpstream)
        return;
    const qsizetype available = m_fromUpstream->size() - m_upstreamBodyReady;
    if (available <= 0)
        return;
    switch (m_responseFraming) {
    case BodyFraming::ContentLength: {
        const qsizetype take = static_cast<qsizetype>(qMin<qint64>(m_responseRemaining, available));
        if (m_x->cache.fill)
            teeFill(m_fromUpstream->view().sliced(m_upstreamBodyReady, take));
        m_upstreamBodyReady += take;
        m_responseRemaining -= take;
        if (m_responseRemaining == 0)
            m_responseDone = true;
        return;
    }
    case BodyFraming::UntilClose:
        if (m_x->cache.fill)
            teeFill(m_fromUpstream->view().sliced(m_upstreamBodyReady, available));
        m_upstreamBodyReady += available;
        return;
    case BodyFraming::Chunked: {
        if (m_clientMinor == 0) {
            // An HTTP/1.0 client gets the payload only: the decoded pieces replace the encoded bytes in
            // the buffer. This copies, but HTTP/1.0 clients of chunked backends are rare.
            QByteArray decoded;
            QByteArrayView rest = m_fromUpstream->view().sliced(m_upstreamBodyReady);
            qsizetype consumed = 0;
            while (!rest.isEmpty()) {
                const ChunkedDecoder::Result result = m_x->responseChunks.decode(rest);
                if (result.status == ChunkedDecoder::Status::Error) {
                    close();
                    return;
                }
                decoded.append(result.data);
                if (m_x->cache.fill)
                    teeFill(result.data);
                consumed += result.consumed;
                rest = rest.sliced(result.consumed);
                if (result.status == ChunkedDecoder::Status::Done) {
                    m_responseDone = true;
                    break;
                }
                if (result.status == ChunkedDecoder::Status::NeedMore || result.consumed == 0)
                    break;
            }
            // Replace the consumed encoded bytes by the decoded payload.
            const QByteArray tail = m_fromUpstream->view().sliced(m_upstreamBodyReady + consumed).toByteArray();
            const QByteArray ready = m_fromUpstream->view().first(m_upstreamBodyReady).toByteArray();
            m_fromUpstream->clear();
            m_fromUpstream->append(ready);
            m_fromUpstream->append(decoded);
            m_fromUpstream->append(tail);
            m_upstreamBodyReady += decoded.size();
            return;
        }
        QByteArrayView rest = m_fromUpstream->view().sliced(m_upstreamBodyReady);
        while (!rest.isEmpty()) {
            const ChunkedDecoder::Result result = m_x->responseChunks.decode(rest);
            if (result.status == ChunkedDecoder::Status::Error) {
                qCDebug(lcHttp) << "malformed chunked response from" << m_backend->key;
                m_keepAlive = false;
                close();
                return;
            }
            if (m_x->cache.fill && !result.data.isEmpty())
                teeFill(result.data);
            m_upstreamBodyReady += result.consumed;
            rest = rest.sliced(result.consumed);
            if (result.status == ChunkedDecoder::Status::Done) {
                m_responseDone = true;
                return;
            }
            if (result.status == ChunkedDecoder::Status::NeedMore || result.consumed == 0)
                return;
        }
        return;
    }
    case BodyFraming::None:
        m_responseDone = true;
        return;
    }
}

bool ClientConnection::retryElsewhere(int status, bool answered)
{
    if (!mayRetryElsewhere(status, answered))
        return false;
    const PoolRuntime& pool = *m_generation->pools[static_cast<size_t>(m_poolIndex)];
    PoolCursor& cursor = m_context.cursor(m_generation.get(), m_poolIndex);
    if (pool.config.retry.budgetPercent <= 0 || cursor.retryTokens < 100)
        return false;
    const int failed = m_backendIndex;
    finishBackend(true);
    releaseUpstream(false);
    m_retriedElsewhere = true;
    if (chooseBackend(failed) != Choice::Backend)
        return false;
    cursor.retryTokens -= 100;
    sendAgain();
    return true;
}

void ClientConnection::replaceErrorAnswer(int status)
{
    // The backend's page may show stack traces or versions: its connection goes (the body unread, which is
    // cheaper than draining it) and the client gets Portico's page for the same status.
    abandonFill();
    finishBackend(true);
    releaseUpstream(false);
    releaseResponseBuffer();
    m_x->responseParser.reset();
    if (!m_requestBodyDone)
        m_keepAlive = false;
    else if (m_clientBodyReady > 0)
        m_fromClient->consume(m_clientBodyReady); // this request's body, never the next request
    m_clientBodyReady = 0;
    respondWithError(status, !m_requestBodyDone);
}

void ClientConnection::upstreamFailed(int status)
{
    if (retryElsewhere(status, false))
        return;
    if (serveStaleOnError(status)) {
        processClient();
        return;
    }
    finishBackend(true);
    releaseUpstream(false);
    if (m_responseHeadSent || m_state == State::Tunnel) {
        close();
        return;
    }
    // The request body may be half read: the connection cannot carry another request.
    if (!m_requestBodyDone)
        m_keepAlive = false;
    m_x->toClient.resize(0);
    m_toClientSent = 0;
    if (m_fromUpstream)
        m_context.buffers.give(std::move(m_fromUpstream));
    m_upstreamBodyReady = 0;
    // A body read in full but not sent on is this request's: left in the buffer it would pass for the next request.
    if (m_requestBodyDone && m_clientBodyReady > 0)
        m_fromClient->consume(m_clientBodyReady);
    m_clientBodyReady = 0;
    respondWithError(status, !m_requestBodyDone);
    processClient();
}

void ClientConnection::releaseUpstream(bool reusable)
{
    if (!m_upstream)
        return;
    UpstreamConnection* upstream = std::exchange(m_upstream, nullptr);
    if (reusable)
        m_context.upstreams->release(upstream, m_context.clock.monotonicMs(),
                                     m_generation ? m_generation->config.settings.maxIdleUpstreamPerBackend : 0);
    else
        m_context.upstreams->discard(upstream);
}

void ClientConnection::close()
{
    if (m_state == State::Closed)
        return;
    if (m_upstream)
        releaseUpstream(false);
    if (m_state == State::Queued)
        m_context.dequeue(this);
    finishCacheExchange();
    finishBackend(false);
    if (m_siteCounters) {
        m_siteCounters->requestAbandoned();
        m_siteCounters = nullptr;
    }
    m_state = State::Closed;
    m_context.poller->remove(m_descriptor);
    Socket::close(m_descriptor);
    m_descriptor = -1;
    if (m_fromClient)
        m_context.buffers.give(std::move(m_fromClient));
    if (m_fromUpstream)
        m_context.buffers.give(std::move(m_fromUpstream));
    m_context.giveExchange(std::move(m_x));
    m_context.counters.connectionClosed();
    if (m_admitted) {
        m_admitted = false;
        m_context.security->connectionClosed(m_peerKey);
    }
    if (m_owner)
        m_owner->connectionClosed(this, m_acceptorId);
}

const QString& ClientConnection::siteName() const
{
    static const QString none;
    if (!m_generation || m_siteIndex < 0 || m_siteIndex >= m_generation->config.sites.size())
        return none;
    return m_generation->config.sites.at(m_siteIndex).name;
}

ExchangeState& ClientConnection::exchange()
{
    if (!m_x)
        m_x = m_context.takeExchange();
    return *m_x;
}

} // namespace Portico
