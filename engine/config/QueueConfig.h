// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Portico {

class JsonReader;

// Requests beyond a backend's maxConnections wait here for a free slot ("queue" in a pool's JSON).
class QueueConfig
{
public:
    // How many requests may wait; 0 turns queueing off.
    int maxQueued = 0;
    // How long one request may wait before it gets a 503.
    int timeoutMs = 5'000;

    static QueueConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const QueueConfig&) const = default;
};

} // namespace Portico
