// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Portico {

class JsonReader;

// Taking a backend out on the strength of real traffic ("passiveHealth" in a pool's JSON).
class PassiveHealthConfig
{
public:
    bool enabled = true;
    // Connection errors or 5xx responses in a row, within windowMs, that eject the backend.
    int consecutiveFailures = 5;
    int windowMs = 10'000;
    // The first ejection's length; it doubles while the backend keeps failing, up to maxEjectMs.
    int ejectMs = 10'000;
    int maxEjectMs = 300'000;

    static PassiveHealthConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const PassiveHealthConfig&) const = default;
};

} // namespace Portico
