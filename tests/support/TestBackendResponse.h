// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Portico::Test {

// A response a test scripts for a TestBackend path (TestBackend::setResponse, or /respond's query).
// With an ETag or Last-Modified among the fields the backend answers matching conditional requests
// with 304 and the same fields, like an origin server.
class TestBackendResponse
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Answered only on TestBackend::releaseHeld(), like /hold: lets concurrent requests overlap.
    bool hold = false;
};

} // namespace Portico::Test
