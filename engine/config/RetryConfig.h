// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Portico {

class JsonReader;

// Retrying failed requests on another backend of the pool ("retry" in a pool's JSON).
class RetryConfig
{
public:
    bool enabled = true;
    // Retries allowed as a share of the pool's requests, so a dying pool is not hit twice as hard.
    int budgetPercent = 20;
    // Also retry an idempotent request whose backend answered 500, 502, 503 or 504, before any of
    // that answer went to the client.
    bool onServerErrors = true;

    static RetryConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const RetryConfig&) const = default;
};

} // namespace Portico
