// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cache/CacheEntry.h"
#include "cache/CacheRequestFacts.h"
#include "cache/CacheRequestOutcome.h"
#include "cache/CacheStatus.h"
#include "http/HttpMethod.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

namespace Portico {

class CacheRuleSet;
class MessageHead;

// The cache's part of one exchange on a client connection: what it needs of the request after the
// head has left the input buffer (a copy of the fields, taken only for sites that cache), the key,
// the entry being validated or kept for stale-if-error, and the response being filled in.
class CacheExchange
{
public:
    // Ready for the next request; keeps the allocations.
    void reset();
    bool active() const { return rules != nullptr; }
    // What the cache reads of the request: the head itself while it is in the input buffer (a hit
    // copies no field), a copy of its fields after detach().
    void takeRequest(const MessageHead& head, HttpMethod method, QByteArrayView path, QByteArrayView query);
    // Before the head leaves the input buffer, for the response phase or a parked request.
    void detach();
    // Views into this object (and the head until detach()): valid while both are unchanged.
    CacheRequestFacts facts() const;

    // The site's rules; null when the site does not cache (then nothing else here is used).
    const CacheRuleSet* rules = nullptr;
    HttpMethod method = HttpMethod::Get;
    QByteArray path;
    QByteArray query;
    // The request's authority (Host), for the key and for Location's same-host check.
    QByteArray host;
    const MessageHead* head = nullptr;
    QList<QPair<QByteArray, QByteArray>> fields;
    CacheRequestOutcome outcome;
    QByteArray key;
    CacheStatus status;

    // The stored entry behind a conditional forward (304 handling) or kept for stale-if-error.
    std::shared_ptr<const CacheEntry> stored;
    bool validating = false;
    // The disk tier was asked already / this request waited for another one's fill already.
    bool diskChecked = false;
    bool waited = false;
    // An unsafe method: invalidate the target (and Location, Content-Location) after a success.
    bool invalidate = false;
    // beginFill() was called for key: endFill() is owed whatever happens.
    bool fillOwner = false;
    // The response being stored; null when it is not.
    std::shared_ptr<CacheEntry> fill;
    QByteArray fillBody;
    qint64 fillLimit = 0;
    qint64 requestTimeMs = 0;
};

} // namespace Portico
