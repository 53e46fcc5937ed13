// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/BalanceConfig.h"

#include "config/EnumNames.h"
#include "config/JsonReader.h"

namespace Portico {

namespace {

constexpr EnumNames<BalanceAlgorithm, 5> algorithmNames{{{"roundRobin", BalanceAlgorithm::RoundRobin},
                                                         {"weightedRoundRobin", BalanceAlgorithm::WeightedRoundRobin},
                                                         {"leastConnections", BalanceAlgorithm::LeastConnections},
                                                         {"consistentHash", BalanceAlgorithm::ConsistentHash},
                                                         {"stickyCookie", BalanceAlgorithm::StickyCookie}}};

constexpr EnumNames<HashSource, 3> hashSourceNames{
    {{"clientIp", HashSource::ClientIp}, {"header", HashSource::Header}, {"cookie", HashSource::Cookie}}};

constexpr EnumNames<AllDownPolicy, 2> allDownPolicyNames{
    {{"tryAll", AllDownPolicy::TryAll}, {"fail", AllDownPolicy::Fail}}};

} // namespace

QString BalanceConfig::defaultCookieName()
{
    return QStringLiteral("portico_sticky");
}

BalanceConfig BalanceConfig::read(JsonReader& reader)
{
    BalanceConfig balance;
    const QString algorithmKey = QStringLiteral("algorithm");
    const QString hashOnKey = QStringLiteral("hashOn");
    const QString hashKeyKey = QStringLiteral("hashKey");
    const QString cookieNameKey = QStringLiteral("cookieName");

    qsizetype errorsBefore = reader.errors().size();
    balance.algorithm = reader.choice(algorithmKey, balance.algorithm, algorithmNames);
    // With an algorithm that could not be read, which keys belong is unknown: report only what is certain.
    const bool algorithmKnown = reader.errors().size() == errorsBefore;
    const QString algorithm = algorithmName(balance.algorithm);
    const bool hashing = balance.algorithm == BalanceAlgorithm::ConsistentHash;

    bool hashOnKnown = false;
    if (!(algorithmKnown && !hashing && reader.notAllowed(hashOnKey, algorithmKey, algorithm))) {
        errorsBefore = reader.errors().size();
        balance.hashOn = reader.choice(hashOnKey, balance.hashOn, hashSourceNames);
        hashOnKnown = hashing && reader.errors().size() == errorsBefore;
    }

    // A named header or cookie is what makes hashing on it possible; the client address needs no name.
    if (algorithmKnown && !hashing) {
        reader.notAllowed(hashKeyKey, algorithmKey, algorithm);
    } else if (hashOnKnown && balance.hashOn == HashSource::ClientIp) {
        reader.notAllowed(hashKeyKey, hashOnKey, hashSourceName(balance.hashOn));
    } else {
        balance.hashKey = reader.token(hashKeyKey, QString());
        if (hashOnKnown && !reader.contains(hashKeyKey))
            reader.addError(ConfigErrorCode::KeyRequired, hashKeyKey, {hashOnKey, hashSourceName(balance.hashOn)});
    }

    if (!(algorithmKnown && balance.algorithm != BalanceAlgorithm::StickyCookie &&
          reader.notAllowed(cookieNameKey, algorithmKey, algorithm)))
        balance.cookieName = reader.token(cookieNameKey, balance.cookieName);

    balance.whenAllDown = reader.choice(QStringLiteral("whenAllDown"), balance.whenAllDown, allDownPolicyNames);
    return balance;
}

QJsonObject BalanceConfig::toJson() const
{
    // Keys that do not belong to the algorithm are still written when set, so that re-validating a
    // Config built in code reports them instead of dropping them silently.
    QJsonObject json{{QStringLiteral("algorithm"), algorithmName(algorithm)},
                     {QStringLiteral("whenAllDown"), allDownPolicyName(whenAllDown)}};
    if (algorithm == BalanceAlgorithm::ConsistentHash || hashOn != HashSource::ClientIp)
        json.insert(QStringLiteral("hashOn"), hashSourceName(hashOn));
    if (!hashKey.isEmpty())
        json.insert(QStringLiteral("hashKey"), hashKey);
    if (algorithm == BalanceAlgorithm::StickyCookie || cookieName != defaultCookieName())
        json.insert(QStringLiteral("cookieName"), cookieName);
    return json;
}

QString BalanceConfig::algorithmName(BalanceAlgorithm algorithm)
{
    return enumName(algorithmNames, algorithm);
}

std::optional<BalanceAlgorithm> BalanceConfig::algorithmFromName(QStringView name)
{
    return enumFromName(algorithmNames, name);
}

QString BalanceConfig::hashSourceName(HashSource source)
{
    return enumName(hashSourceNames, source);
}

std::optional<HashSource> BalanceConfig::hashSourceFromName(QStringView name)
{
    return enumFromName(hashSourceNames, name);
}

QString BalanceConfig::allDownPolicyName(AllDownPolicy policy)
{
    return enumName(allDownPolicyNames, policy);
}

std::optional<AllDownPolicy> BalanceConfig::allDownPolicyFromName(QStringView name)
{
    return enumFromName(allDownPolicyNames, name);
}

} // namespace Portico
