// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateKeyType.h"

#include <QString>
#include <QUrl>

namespace Portico {

// Where the ACME CA is and how to talk to it.
class AcmeClientOptions
{
public:
    QUrl directoryUrl; // e.g. https://acme-v02.api.letsencrypt.org/directory
    // PEM CA certificates trusted for the ACME API in addition to the system's (a test CA such as pebble's).
    QString caCertificatesFile;
    QString contactEmail;     // optional
    bool termsAgreed = false; // the user accepted the CA's terms of service; the CA refuses the account otherwise
    CertificateKeyType keyType = CertificateKeyType::EcdsaP256; // for the certificate, not the account
    int pollIntervalMs = 1000;                                  // between status polls when the CA sends no Retry-After
    int maxPolls = 60;                                          // per authorization and for the order
    int requestTimeoutMs = 30000;
};

} // namespace Portico
