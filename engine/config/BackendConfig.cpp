// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/BackendConfig.h"

#include "config/JsonReader.h"
#include "config/SiteConfig.h"

#include <QHostAddress>

#include <algorithm>

namespace Portico {

BackendConfig BackendConfig::read(JsonReader& reader)
{
    BackendConfig backend;
    backend.host = reader.nonEmptyString(QStringLiteral("host"), true);
    backend.port = static_cast<quint16>(reader.integer(QStringLiteral("port"), 0, 1, 65535, true));
    backend.weight = static_cast<int>(reader.integer(QStringLiteral("weight"), 1, 0, 1000));
    if (!backend.host.trimmed().isEmpty() && !isValidHost(backend.host))
        reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("host"), {backend.host});
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

QJsonObject BackendConfig::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host}, {QStringLiteral("port"), port}, {QStringLiteral("weight"), weight}};
}

} // namespace Portico
