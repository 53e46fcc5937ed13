// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/UpstreamTlsConfig.h"

#include "config/JsonReader.h"
#include "config/SiteConfig.h"

namespace Portico {

UpstreamTlsConfig UpstreamTlsConfig::read(JsonReader& reader)
{
    UpstreamTlsConfig tls;
    tls.enabled = reader.boolean(QStringLiteral("enabled"), tls.enabled);
    tls.verify = reader.boolean(QStringLiteral("verify"), tls.verify);
    tls.caFile = reader.string(QStringLiteral("caFile"), tls.caFile);
    tls.serverName = reader.string(QStringLiteral("serverName"), tls.serverName).toLower();
    if (!tls.serverName.isEmpty() && !SiteConfig::isValidServerName(tls.serverName))
        reader.addError(ConfigErrorCode::InvalidServerName, QStringLiteral("serverName"), {tls.serverName});
    tls.clientCertificateFile = reader.string(QStringLiteral("clientCertificateFile"), tls.clientCertificateFile);
    if (!tls.clientCertificateFile.isEmpty())
        tls.clientKeyFile = reader.string(QStringLiteral("clientKeyFile"), tls.clientKeyFile);
    else
        reader.notAllowed(QStringLiteral("clientKeyFile"), QStringLiteral("clientCertificateFile"), QString());
    return tls;
}

QJsonObject UpstreamTlsConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("enabled"), enabled}, {QStringLiteral("verify"), verify}};
    if (!caFile.isEmpty())
        json.insert(QStringLiteral("caFile"), caFile);
    if (!serverName.isEmpty())
        json.insert(QStringLiteral("serverName"), serverName);
    if (!clientCertificateFile.isEmpty())
        json.insert(QStringLiteral("clientCertificateFile"), clientCertificateFile);
    if (!clientKeyFile.isEmpty())
        json.insert(QStringLiteral("clientKeyFile"), clientKeyFile);
    return json;
}

} // namespace Portico
