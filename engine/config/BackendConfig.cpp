// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/BackendConfig.h"

#include "config/JsonReader.h"
#include "config/SiteConfig.h"

#include <QHostAddress>

namespace Portico {

BackendConfig BackendConfig::read(JsonReader& reader)
{
    BackendConfig backend;
    backend.host = reader.string(QStringLiteral("host"), QString(), true);
    backend.port = static_cast<quint16>(reader.integer(QStringLiteral("port"), 0, 1, 65535, true));
    backend.weight = static_cast<int>(reader.integer(QStringLiteral("weight"), 1, 0, 1000));
    if (reader.contains(QStringLiteral("host")) && backend.host.isEmpty()) {
        reader.addError(ConfigErrorCode::EmptyValue, QStringLiteral("host"));
    } else if (!backend.host.isEmpty()) {
        const bool isAddress = QHostAddress().setAddress(backend.host);
        const bool isName = !backend.host.startsWith(QLatin1Char('*'))
                            && SiteConfig::isValidServerName(backend.host.toLower());
        if (!isAddress && !isName)
            reader.addError(ConfigErrorCode::InvalidHost, QStringLiteral("host"), {backend.host});
    }
    return backend;
}

QJsonObject BackendConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("host"), host}, {QStringLiteral("port"), port}, {QStringLiteral("weight"), weight}};
}

} // namespace Portico
