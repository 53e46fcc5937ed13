// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portico {

class JsonReader;

enum class BalanceAlgorithm
{
    RoundRobin,
    WeightedRoundRobin,
    // Fewest active connections relative to weight.
    LeastConnections,
    ConsistentHash,
    StickyCookie,
};

// What consistentHash hashes.
enum class HashSource
{
    ClientIp,
    Header,
    Cookie,
};

// What to do when every backend of a pool is down.
enum class AllDownPolicy
{
    // Keep trying all of them: a health check can be wrong, a 503 is certain.
    TryAll,
    // Answer 503 at once.
    Fail,
};

// How a pool picks a backend for each request ("balance" in a pool's JSON).
class BalanceConfig
{
public:
    BalanceAlgorithm algorithm = BalanceAlgorithm::RoundRobin;
    // consistentHash only.
    HashSource hashOn = HashSource::ClientIp;
    // The header or cookie name hashed; required when hashOn is header or cookie, allowed only then.
    QString hashKey;
    // stickyCookie only: the cookie that remembers the backend.
    QString cookieName = defaultCookieName();
    AllDownPolicy whenAllDown = AllDownPolicy::TryAll;

    static BalanceConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const BalanceConfig&) const = default;

    static QString defaultCookieName();

    static QString algorithmName(BalanceAlgorithm algorithm);
    static std::optional<BalanceAlgorithm> algorithmFromName(QStringView name);
    static QString hashSourceName(HashSource source);
    static std::optional<HashSource> hashSourceFromName(QStringView name);
    static QString allDownPolicyName(AllDownPolicy policy);
    static std::optional<AllDownPolicy> allDownPolicyFromName(QStringView name);
};

} // namespace Portico
