// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cache/CacheExchange.h"

#include "http/MessageHead.h"

namespace Portico {

void CacheExchange::reset()
{
    rules = nullptr;
    method = HttpMethod::Get;
    path.resize(0);
    query.resize(0);
    host.resize(0);
    head = nullptr;
    fields.resize(0);
    outcome = CacheRequestOutcome();
    key.resize(0);
    status = CacheStatus();
    stored.reset();
    validating = false;
    diskChecked = false;
    waited = false;
    invalidate = false;
    fillOwner = false;
    fill.reset();
    fillBody.clear();
    fillLimit = 0;
    requestTimeMs = 0;
}

void CacheExchange::takeRequest(const MessageHead& requestHead, HttpMethod requestMethod, QByteArrayView requestPath,
                                QByteArrayView requestQuery)
{
    method = requestMethod;
    path.resize(0);
    path.append(requestPath.data(), requestPath.size());
    query.resize(0);
    query.append(requestQuery.data(), requestQuery.size());
    fields.resize(0);
    head = &requestHead;
}

void CacheExchange::detach()
{
    if (!head)
        return;
    fields.resize(0);
    fields.reserve(head->headers.size());
    for (const HttpHeader& header : head->headers)
        fields.append({header.name.toByteArray(), header.value.toByteArray()});
    head = nullptr;
}

CacheRequestFacts CacheExchange::facts() const
{
    CacheRequestFacts facts;
    facts.method = method;
    facts.path = path;
    facts.query = query;
    if (head)
        facts.head = head;
    else
        facts.fields = &fields;
    return facts;
}

} // namespace Portico
