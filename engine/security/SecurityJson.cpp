// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SecurityJson.h"

#include "config/JsonReader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Portico {

namespace {

// QHostAddress also reads inet_aton forms ("10.1", "0x7f.1"); an address list should say what it means.
bool isPlainAddress(const QString& text)
{
    if (text.contains(QLatin1Char(':')))
        return !QHostAddress(text).isNull();
    static const QRegularExpression dotted(QStringLiteral("^(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}$"));
    return dotted.match(text).hasMatch() && !QHostAddress(text).isNull();
}

} // namespace

QString SecurityJson::normalisedRange(const QString& text)
{
    const QString trimmed = text.trimmed();
    // A scope id ("fe80::1%eth0") names an interface, which an address match cannot use.
    if (trimmed != text || trimmed.isEmpty() || trimmed.contains(QLatin1Char('%')))
        return QString();
    QString candidate = trimmed;
    if (!isPlainAddress(candidate.section(QLatin1Char('/'), 0, 0)))
        return QString();
    if (!candidate.contains(QLatin1Char('/'))) {
        candidate += candidate.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32");
    } else {
        const QString prefix = candidate.section(QLatin1Char('/'), 1);
        if (prefix.isEmpty() || prefix.size() > 3 ||
            !std::all_of(prefix.cbegin(), prefix.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; }))
            return QString();
    }
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(candidate);
    return subnet.first.isNull() || subnet.second < 0 ? QString() : candidate;
}

bool SecurityJson::isFieldValue(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0 controls (CR and LF among them), DEL and the C1 controls.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    return true;
}

QStringList SecurityJson::rangeList(JsonReader& reader, const QString& key)
{
    QStringList result;
    reader.stringArray(key, [&reader, &result](const QString& text, const QString& path) {
        if (normalisedRange(text).isEmpty())
            reader.addErrorAt(ConfigErrorCode::InvalidAddress, path, {text});
        else
            result << text;
    });
    checkListSize(reader, key);
    return result;
}

QStringList SecurityJson::tokenList(JsonReader& reader, const QString& key)
{
    const QStringList result = reader.tokenList(key);
    checkListSize(reader, key);
    return result;
}

QString SecurityJson::fieldValue(JsonReader& reader, const QString& key, const QString& fallback)
{
    const bool present = reader.peek(key).isString();
    const QString text = reader.string(key, fallback);
    if (present && !isFieldValue(text)) {
        // The text itself is left out: it holds the very characters that would garble a log line.
        reader.addError(ConfigErrorCode::InvalidFieldValue, key);
        return fallback;
    }
    return text;
}

void SecurityJson::checkListSize(JsonReader& reader, const QString& key)
{
    const QJsonValue value = reader.peek(key);
    if (value.isArray() && value.toArray().size() > maxListItems)
        reader.addError(ConfigErrorCode::TooManyItems, key, {QString::number(maxListItems)});
}

} // namespace Portico
