// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Portico {

class JsonReader;

// Reading helpers the security config values share: address lists, response field values, list sizes.
class SecurityJson
{
public:
    // Every list in the security settings: enough for any office, small enough to match quickly.
    static constexpr qsizetype maxListItems = 1000;

    // "10.0.0.0/8" stays, a bare address becomes a one-address subnet ("/32" or "/128"); empty when the text is not
    // an IPv4 or IPv6 address or subnet (no names, no scope ids, no surrounding spaces).
    static QString normalisedRange(const QString& text);
    // Text that can go into a response field value: no line breaks or other control characters.
    static bool isFieldValue(const QString& text);

    // A list of addresses or subnets: each element checked (InvalidAddress with the text), kept as written.
    static QStringList rangeList(JsonReader& reader, const QString& key);
    // A list of header names (InvalidToken, EmptyValue per element).
    static QStringList tokenList(JsonReader& reader, const QString& key);
    // A string that goes into a response field (InvalidFieldValue); empty is allowed.
    static QString fieldValue(JsonReader& reader, const QString& key, const QString& fallback);
    // Reports TooManyItems on key when its array has more than maxListItems elements.
    static void checkListSize(JsonReader& reader, const QString& key);
};

} // namespace Portico
