// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controller/RouteTestStep.h"

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

namespace Portico {

class PoolCursor;
class PoolRuntime;

// Picks the backend of a pool for one request: admin state, health, backup and connection limits
// first, then the pool's algorithm. The same code answers the route tester, which passes explain.
class BackendSelector
{
public:
    class Input
    {
    public:
        QHostAddress client;
        // The hashed header's or cookie's value (consistentHash on header or cookie).
        QByteArrayView hashValue;
        // The sticky cookie's value, if the request has one.
        QByteArrayView stickyValue;
        // A backend that just failed this request: avoided unless it is the only one.
        int exclude = -1;
    };

    class Selection
    {
    public:
        // Into PoolRuntime::backends; -1 when none.
        int index = -1;
        // Every backend that could take it is at its connection limit: wait in the queue.
        bool queue = false;
        // The response must (re)set the sticky cookie to the chosen backend.
        bool setSticky = false;
        // Chosen although no backend is healthy (whenAllDown tryAll).
        bool allDown = false;
    };

    static Selection select(const PoolRuntime& pool, PoolCursor& cursor, const Input& input,
                            QList<RouteTestStep>* explain = nullptr);
    // Bytes of a client address to hash: 4 for IPv4 (mapped IPv6 included), 16 for IPv6.
    static QByteArray clientKey(const QHostAddress& address);
};

} // namespace Portico
