// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/HealthCheckConfig.h"

#include "config/BackendConfig.h"
#include "config/EnumNames.h"
#include "config/JsonReader.h"

namespace Portico {

namespace {

constexpr EnumNames<HealthCheckType, 2> typeNames{{{"http", HealthCheckType::Http}, {"tcp", HealthCheckType::Tcp}}};

// A three-digit status 100..599, or -1.
int statusCode(QStringView text)
{
    if (text.size() != 3)
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value >= 100 && value <= 599 ? value : -1;
}

bool isHexDigit(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

} // namespace

QString HealthCheckConfig::expectStatus() const
{
    if (expectStatusMin == expectStatusMax)
        return QString::number(expectStatusMin);
    return QStringLiteral("%1-%2").arg(expectStatusMin).arg(expectStatusMax);
}

HealthCheckConfig HealthCheckConfig::read(JsonReader& reader)
{
    HealthCheckConfig check;
    check.enabled = reader.boolean(QStringLiteral("enabled"), check.enabled);

    const QString typeKey = QStringLiteral("type");
    qsizetype errorsBefore = reader.errors().size();
    check.type = reader.choice(typeKey, check.type, typeNames);
    const bool tcp = reader.errors().size() == errorsBefore && check.type == HealthCheckType::Tcp;
    const QString tcpName = typeName(HealthCheckType::Tcp);
    // A TCP check sends no request: request and response settings would silently do nothing.
    const auto httpOnly = [&](const char* key) {
        return !(tcp && reader.notAllowed(QLatin1String(key), typeKey, tcpName));
    };

    if (httpOnly("method"))
        check.method = reader.token(QStringLiteral("method"), check.method);
    if (httpOnly("path")) {
        errorsBefore = reader.errors().size();
        check.path = reader.string(QStringLiteral("path"), check.path);
        if (reader.errors().size() == errorsBefore && !isValidRequestPath(check.path))
            reader.addError(ConfigErrorCode::InvalidRequestPath, QStringLiteral("path"), {check.path});
    }
    if (httpOnly("host")) {
        check.host = reader.string(QStringLiteral("host"), check.host);
        if (!check.host.isEmpty() && !BackendConfig::isValidHostHeader(check.host))
            reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("host"), {check.host});
    }
    if (httpOnly("expectStatus") && reader.contains(QStringLiteral("expectStatus"))) {
        errorsBefore = reader.errors().size();
        const QString text = reader.string(QStringLiteral("expectStatus"), check.expectStatus());
        const auto range = parseExpectStatus(text);
        if (range) {
            check.expectStatusMin = range->first;
            check.expectStatusMax = range->second;
        } else if (reader.errors().size() == errorsBefore) {
            reader.addError(ConfigErrorCode::InvalidStatusRange, QStringLiteral("expectStatus"), {text});
        }
    }
    if (httpOnly("bodyContains"))
        check.bodyContains = reader.string(QStringLiteral("bodyContains"), check.bodyContains);

    errorsBefore = reader.errors().size();
    check.intervalMs = static_cast<int>(reader.integer(QStringLiteral("intervalMs"), check.intervalMs, 500, 3'600'000));
    check.timeoutMs = static_cast<int>(reader.integer(QStringLiteral("timeoutMs"), check.timeoutMs, 100, 60'000));
    // Compared only when both were read; a fallback would make up a clash the file does not have.
    if (reader.errors().size() == errorsBefore && check.timeoutMs >= check.intervalMs)
        reader.addError(ConfigErrorCode::MustBeBelow, QStringLiteral("timeoutMs"),
                        {reader.pathOf(QStringLiteral("intervalMs")), QString::number(check.intervalMs)});

    check.rise = static_cast<int>(reader.integer(QStringLiteral("rise"), check.rise, 1, 100));
    check.fall = static_cast<int>(reader.integer(QStringLiteral("fall"), check.fall, 1, 100));
    check.jitterPercent = static_cast<int>(reader.integer(QStringLiteral("jitterPercent"), check.jitterPercent, 0, 50));
    return check;
}

QJsonObject HealthCheckConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("enabled"), enabled},
                     {QStringLiteral("type"), typeName(type)},
                     {QStringLiteral("intervalMs"), intervalMs},
                     {QStringLiteral("timeoutMs"), timeoutMs},
                     {QStringLiteral("rise"), rise},
                     {QStringLiteral("fall"), fall},
                     {QStringLiteral("jitterPercent"), jitterPercent}};
    // A TCP check still writes request settings that differ from the defaults, so that re-validating
    // a Config built in code reports them instead of dropping them silently.
    const HealthCheckConfig defaults;
    const bool http = type == HealthCheckType::Http;
    if (http || method != defaults.method)
        json.insert(QStringLiteral("method"), method);
    if (http || path != defaults.path)
        json.insert(QStringLiteral("path"), path);
    if (http || host != defaults.host)
        json.insert(QStringLiteral("host"), host);
    if (http || expectStatus() != defaults.expectStatus())
        json.insert(QStringLiteral("expectStatus"), expectStatus());
    if (http || bodyContains != defaults.bodyContains)
        json.insert(QStringLiteral("bodyContains"), bodyContains);
    return json;
}

QString HealthCheckConfig::typeName(HealthCheckType type)
{
    return enumName(typeNames, type);
}

std::optional<HealthCheckType> HealthCheckConfig::typeFromName(QStringView name)
{
    return enumFromName(typeNames, name);
}

std::optional<std::pair<int, int>> HealthCheckConfig::parseExpectStatus(QStringView text)
{
    const qsizetype dash = text.indexOf(u'-');
    const int low = statusCode(dash < 0 ? text : text.first(dash));
    const int high = dash < 0 ? low : statusCode(text.sliced(dash + 1));
    if (low < 0 || high < 0 || low > high)
        return std::nullopt;
    return std::pair{low, high};
}

bool HealthCheckConfig::isValidRequestPath(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        // It goes onto the request line verbatim: printable ASCII only, and nothing a URI forbids.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringView(u"\"#<>\\^`{|}").contains(c))
            return false;
        if (c == QLatin1Char('%') &&
            (i + 2 >= path.size() || !isHexDigit(path.at(i + 1)) || !isHexDigit(path.at(i + 2))))
            return false;
    }
    return true;
}

} // namespace Portico
