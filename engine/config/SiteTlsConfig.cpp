// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/SiteTlsConfig.h"

#include "config/JsonReader.h"

namespace Portico {

namespace {

constexpr qint64 twoYearsSeconds = 2 * 366 * 24 * 3600;

} // namespace

QByteArray SiteTlsConfig::hstsValue() const
{
    if (hstsMaxAgeSeconds <= 0)
        return QByteArray();
    QByteArray value = "max-age=" + QByteArray::number(hstsMaxAgeSeconds);
    if (hstsIncludeSubdomains)
        value += "; includeSubDomains";
    return value;
}

SiteTlsConfig SiteTlsConfig::read(JsonReader& reader)
{
    SiteTlsConfig tls;
    tls.certificate = reader.string(QStringLiteral("certificate"), tls.certificate);
    if (tls.certificate.isEmpty() ||
        !reader.notAllowed(QStringLiteral("certificateFile"), QStringLiteral("certificate"), tls.certificate))
        tls.certificateFile = reader.string(QStringLiteral("certificateFile"), tls.certificateFile);
    if (!tls.certificateFile.isEmpty())
        tls.keyFile = reader.string(QStringLiteral("keyFile"), tls.keyFile);
    else
        reader.notAllowed(QStringLiteral("keyFile"), QStringLiteral("certificateFile"), QString());
    tls.acme = reader.boolean(QStringLiteral("acme"), tls.acme);
    if (tls.acme && tls.hasFiles())
        reader.addError(ConfigErrorCode::KeyNotAllowed, QStringLiteral("certificateFile"),
                        {QStringLiteral("acme"), QStringLiteral("true")});
    tls.redirectHttp = reader.boolean(QStringLiteral("redirectHttp"), tls.redirectHttp);
    reader.object(QStringLiteral("hsts"), [&tls](JsonReader& h) {
        tls.hstsMaxAgeSeconds = h.integer(QStringLiteral("maxAgeSeconds"), tls.hstsMaxAgeSeconds, 0, twoYearsSeconds);
        tls.hstsIncludeSubdomains = h.boolean(QStringLiteral("includeSubdomains"), tls.hstsIncludeSubdomains);
    });
    return tls;
}

QJsonObject SiteTlsConfig::toJson() const
{
    QJsonObject json;
    if (!certificate.isEmpty())
        json.insert(QStringLiteral("certificate"), certificate);
    if (!certificateFile.isEmpty())
        json.insert(QStringLiteral("certificateFile"), certificateFile);
    if (!keyFile.isEmpty())
        json.insert(QStringLiteral("keyFile"), keyFile);
    if (acme)
        json.insert(QStringLiteral("acme"), true);
    json.insert(QStringLiteral("redirectHttp"), redirectHttp);
    if (hstsMaxAgeSeconds > 0) {
        json.insert(QStringLiteral("hsts"), QJsonObject{{QStringLiteral("maxAgeSeconds"), hstsMaxAgeSeconds},
                                                        {QStringLiteral("includeSubdomains"), hstsIncludeSubdomains}});
    }
    return json;
}

} // namespace Portico
