// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/RateLimitConfig.h"

#include "config/EnumNames.h"
#include "config/JsonReader.h"
#include "security/SecurityJson.h"

namespace Portico {

namespace {

constexpr EnumNames<RateLimitAction, 2> actionNames{{
    {"reject", RateLimitAction::Reject},
    {"delay", RateLimitAction::Delay},
}};

constexpr EnumNames<RateLimitKey, 3> keyNames{{
    {"ip", RateLimitKey::Ip},
    {"ip-route", RateLimitKey::IpAndRoute},
    {"header", RateLimitKey::Header},
}};

} // namespace

RateLimitConfig RateLimitConfig::read(JsonReader& reader)
{
    RateLimitConfig config;
    config.enabled = reader.boolean(QStringLiteral("enabled"), config.enabled);
    config.requestsPerSecond =
        reader.number(QStringLiteral("requestsPerSecond"), config.requestsPerSecond, 0.1, 100'000);
    config.burst = static_cast<int>(reader.integer(QStringLiteral("burst"), config.burst, 1, 1'000'000));
    config.action = reader.choice(QStringLiteral("action"), config.action, actionNames);
    config.maxDelayMs = static_cast<int>(reader.integer(QStringLiteral("maxDelayMs"), config.maxDelayMs, 0, 60'000));

    const qsizetype errorsBefore = reader.errors().size();
    config.key = reader.choice(QStringLiteral("key"), config.key, keyNames);
    // With a key that could not be read, whether "header" belongs is unknown: report only what is certain.
    const bool keyKnown = reader.errors().size() == errorsBefore;
    const QString keyText = enumName(keyNames, config.key);
    if (config.key == RateLimitKey::Header || !keyKnown) {
        if (keyKnown && !reader.contains(QStringLiteral("header")))
            reader.addError(ConfigErrorCode::KeyRequired, QStringLiteral("header"), {QStringLiteral("key"), keyText});
        config.header = reader.token(QStringLiteral("header"), QString());
    } else {
        reader.notAllowed(QStringLiteral("header"), QStringLiteral("key"), keyText);
    }
    return config;
}

QJsonObject RateLimitConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("enabled"), enabled},
                     {QStringLiteral("requestsPerSecond"), requestsPerSecond},
                     {QStringLiteral("burst"), burst},
                     {QStringLiteral("action"), enumName(actionNames, action)},
                     {QStringLiteral("key"), enumName(keyNames, key)},
                     {QStringLiteral("maxDelayMs"), maxDelayMs}};
    // Written whenever set, so that re-validating a value built in code reports a stray header instead of dropping it.
    if (key == RateLimitKey::Header || !header.isEmpty())
        json.insert(QStringLiteral("header"), header);
    return json;
}

} // namespace Portico
