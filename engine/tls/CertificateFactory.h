// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateKeyType.h"
#include "tls/OpenSsl.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Portico {

// Makes keys, certificates and requests with OpenSSL. Names must already be checked (CertificateNames);
// every function returns null on failure with the reason left in OpenSSL's error queue.
class CertificateFactory
{
public:
    struct Subject
    {
        QString commonName;
        QStringList dnsNames;
        QStringList ipAddresses;
    };

    static OpenSsl::EvpPkeyPtr generateKey(CertificateKeyType type);
    // A server certificate signed by its own key.
    static OpenSsl::X509Ptr selfSigned(EVP_PKEY* key, const Subject& subject, const QDateTime& notBefore,
                                       const QDateTime& notAfter);
    // A CA that may sign server certificates only (pathlen 0). permittedDomains, if any, become a critical
    // nameConstraints extension so the CA cannot vouch for names outside them.
    static OpenSsl::X509Ptr certificateAuthority(EVP_PKEY* key, const QString& commonName, const QDateTime& notBefore,
                                                 const QDateTime& notAfter, const QStringList& permittedDomains);
    // A server certificate for key, signed by the CA.
    static OpenSsl::X509Ptr issue(EVP_PKEY* key, const Subject& subject, X509* caCertificate, EVP_PKEY* caKey,
                                  const QDateTime& notBefore, const QDateTime& notAfter);
    // A PKCS#10 request asking for the names as subjectAltName.
    static OpenSsl::X509ReqPtr request(EVP_PKEY* key, const Subject& subject);
};

} // namespace Portico
