// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheExchange.h"
#include "compression/ResponseCompression.h"
#include "http/ChunkedDecoder.h"
#include "http/HttpLimits.h"
#include "http/RequestParser.h"
#include "http/ResponseParser.h"
#include "log/AccessLogEntry.h"

#include <QByteArray>

namespace Portico {

// The per-request machinery of a client connection: parsers, decoders, the heads being written and
// the access-log line. Pooled per worker: a connection takes one when a request starts arriving and
// gives it back when it goes idle, so an idle connection stays small and a busy worker allocates
// nothing per request (the heads keep their capacity from one request to the next).
class ExchangeState
{
public:
    explicit ExchangeState(const HttpLimits& limits);
    Q_DISABLE_COPY_MOVE(ExchangeState)

    // Ready for the next request; keeps the allocations.
    void reset();

    const HttpLimits limits;
    RequestParser requestParser;
    ResponseParser responseParser;
    ChunkedDecoder requestChunks;
    ChunkedDecoder responseChunks;
    QByteArray toClient;
    QByteArray toUpstream;
    AccessLogEntry log;
    // Inputs of the backend choice that must outlive the request head (queueing, retries), and the
    // Set-Cookie value when the sticky cookie is (re)issued.
    QByteArray hashValue;
    QByteArray stickyValue;
    QByteArray setCookie;
    // What compression needs of the request once its head is gone.
    QByteArray acceptEncoding;
    bool requestHasRange = false;
    // The cache's part of the exchange (sites that cache) and the body being compressed (when it is).
    CacheExchange cache;
    ResponseCompression compression;
};

} // namespace Portico
