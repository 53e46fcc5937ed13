// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/AcmeConfig.h"

#include "config/JsonReader.h"

#include <QUrl>

namespace Portico {

AcmeConfig AcmeConfig::read(JsonReader& reader)
{
    AcmeConfig acme;
    acme.directoryUrl = reader.string(QStringLiteral("directoryUrl"), acme.directoryUrl);
    const QUrl url(acme.directoryUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        reader.addError(ConfigErrorCode::InvalidUrl, QStringLiteral("directoryUrl"), {acme.directoryUrl});
    acme.email = reader.string(QStringLiteral("email"), acme.email);
    if (!acme.email.isEmpty() && (!acme.email.contains(QLatin1Char('@')) || acme.email.contains(QLatin1Char(' '))))
        reader.addError(ConfigErrorCode::InvalidValue, QStringLiteral("email"), {QStringLiteral("an e-mail address")});
    acme.termsAgreed = reader.boolean(QStringLiteral("termsAgreed"), acme.termsAgreed);
    acme.caCertificatesFile = reader.string(QStringLiteral("caCertificatesFile"), acme.caCertificatesFile);
    const QString keyType = reader.string(QStringLiteral("keyType"), acme.keyType);
    if (keyType == QLatin1String("ecdsa-p256") || keyType == QLatin1String("ecdsa-p384") ||
        keyType == QLatin1String("rsa-2048"))
        acme.keyType = keyType;
    else
        reader.addError(ConfigErrorCode::InvalidValue, QStringLiteral("keyType"),
                        {QStringLiteral("ecdsa-p256, ecdsa-p384, rsa-2048")});
    acme.httpChallengePort =
        static_cast<int>(reader.integer(QStringLiteral("httpChallengePort"), acme.httpChallengePort, 1, 65535));
    return acme;
}

QJsonObject AcmeConfig::toJson() const
{
    QJsonObject json{{QStringLiteral("directoryUrl"), directoryUrl},
                     {QStringLiteral("termsAgreed"), termsAgreed},
                     {QStringLiteral("keyType"), keyType}};
    if (httpChallengePort != 80)
        json.insert(QStringLiteral("httpChallengePort"), httpChallengePort);
    if (!email.isEmpty())
        json.insert(QStringLiteral("email"), email);
    if (!caCertificatesFile.isEmpty())
        json.insert(QStringLiteral("caCertificatesFile"), caCertificatesFile);
    return json;
}

} // namespace Portico
