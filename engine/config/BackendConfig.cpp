// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/BackendConfig.h"

#include "config/EnumNames.h"
#include "config/JsonReader.h"
#include "config/SiteConfig.h"

#include <QHostAddress>

#include <algorithm>

namespace Portico {

namespace {

constexpr EnumNames<BackendAdminState, 3> stateNames{{{"enabled", BackendAdminState::Enabled},
                                                      {"drain", BackendAdminState::Drain},
                                                      {"maintenance", BackendAdminState::Maintenance}}};

} // namespace

BackendConfig BackendConfig::read(JsonReader& reader)
{
    BackendConfig backend;
    backend.host = reader.nonEmptyString(QStringLiteral("host"), true);
    backend.port = static_cast<quint16>(reader.integer(QStringLiteral("port"), 0, 1, 65535, true));
    // A backend that should get nothing is drained or in maintenance; weight 0 would say the same less clearly.
    backend.weight = static_cast<int>(reader.integer(QStringLiteral("weight"), 1, 1, 1000));
    if (!backend.host.trimmed().isEmpty() && !isValidHost(backend.host))
        reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("host"), {backend.host});
    backend.maxConnections =
        static_cast<int>(reader.integer(QStringLiteral("maxConnections"), backend.maxConnections, 0, 1'000'000));
    backend.backup = reader.boolean(QStringLiteral("backup"), backend.backup);
    backend.state = reader.choice(QStringLiteral("state"), backend.state, stateNames);
    return backend;
}

bool BackendConfig::isValidHost(const QString& host)
{
    // QHostAddress ignores surrounding spaces; the host is also used verbatim, so refuse them here.
    if (host.isEmpty() || host.trimmed() != host)
        return false;
    if (QHostAddress().setAddress(host))
        return true;
    const QString name = host.toLower();
    if (name.startsWith(QLatin1Char('*')) || !SiteConfig::isValidServerName(name))
        return false;
    // A numeric last label means a mistyped address ("10.0.0.256"), which DNS would never resolve.
    const QString last = name.section(QLatin1Char('.'), -1);
    return std::any_of(last.cbegin(), last.cend(),
                       [](QChar c) { return c < QLatin1Char('0') || c > QLatin1Char('9'); });
}

bool BackendConfig::isValidHostHeader(const QString& text)
{
    // It goes into the request verbatim, so anything else (spaces, line breaks) must never get through.
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        port = rest.mid(1);
        if (!rest.isEmpty() && port.isEmpty())
            return false;
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol || host.trimmed() != host)
            return false;
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = text.left(colon);
            port = text.mid(colon + 1);
            if (port.isEmpty())
                return false;
        }
        // A bare IPv6 address would be ambiguous with the port; it must be in brackets.
        if (!isValidHost(host) || host.contains(QLatin1Char(':')))
            return false;
    }
    if (port.isEmpty())
        return true;
    bool ok = false;
    const uint number = port.toUInt(&ok);
    const bool digitsOnly =
        std::all_of(port.cbegin(), port.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    return ok && digitsOnly && number >= 1 && number <= 65535;
}

QJsonObject BackendConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("host"), host},     {QStringLiteral("port"), port},
                       {QStringLiteral("weight"), weight}, {QStringLiteral("maxConnections"), maxConnections},
                       {QStringLiteral("backup"), backup}, {QStringLiteral("state"), stateName(state)}};
}

QString BackendConfig::stateName(BackendAdminState state)
{
    return enumName(stateNames, state);
}

std::optional<BackendAdminState> BackendConfig::stateFromName(QStringView name)
{
    return enumFromName(stateNames, name);
}

} // namespace Portico
