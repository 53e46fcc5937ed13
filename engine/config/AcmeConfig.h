// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Portico {

class JsonReader;

// The ACME CA that sites with "acme": true get their certificates from. JSON: "acme" in settings.
class AcmeConfig
{
public:
    static constexpr const char* letsEncryptDirectory = "https://acme-v02.api.letsencrypt.org/directory";

    QString directoryUrl = QString::fromLatin1(letsEncryptDirectory);
    // For expiry notices from the CA; optional.
    QString email;
    // The admin accepted the CA's terms of service; no account is created without it.
    bool termsAgreed = false;
    // PEM CA certificates trusted for talking to the ACME API besides the system's (a test CA such as pebble).
    QString caCertificatesFile;
    // "ecdsa-p256" (default), "ecdsa-p384" or "rsa-2048", for the certificates, not the account.
    QString keyType = QStringLiteral("ecdsa-p256");
    // The port the CA connects to for HTTP-01 (RFC 8555: 80); only test CAs such as pebble use another. The
    // pre-flight check looks for a Portico HTTP listener on it.
    int httpChallengePort = 80;

    static AcmeConfig read(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const AcmeConfig&) const = default;
};

} // namespace Portico
