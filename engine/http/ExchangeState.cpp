// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ExchangeState.h"

namespace Portico {

ExchangeState::ExchangeState(const HttpLimits& limits)
    : limits(limits)
    , requestParser(limits)
    , responseParser(limits)
    , requestChunks(limits)
    , responseChunks(limits)
{}

void ExchangeState::reset()
{
    requestParser.reset();
    responseParser.reset();
    requestChunks.reset();
    responseChunks.reset();
    toClient.resize(0);
    toUpstream.resize(0);
    log.reset();
    hashValue.resize(0);
    stickyValue.resize(0);
    setCookie.resize(0);
    acceptEncoding.resize(0);
    requestHasRange = false;
    cache.reset();
    compression.reset();
}

} // namespace Portico
