// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateInfo.h"
#include "tls/OpenSsl.h"

#include <QDateTime>
#include <QString>

namespace Portico {

// Reads what the store needs out of OpenSSL certificate and key objects.
class X509Reader
{
public:
    // What kind of key it is; algorithm is Unknown for the types the store refuses (typeName then says which).
    struct KeyFacts
    {
        KeyAlgorithm algorithm = KeyAlgorithm::Unknown;
        int bits = 0;
        QString curve;    // NIST name for ECDSA
        QString typeName; // "RSA", "DSA", "EC secp256k1", ...
    };

    // The leaf is chain[0]; a null info for an empty list.
    static CertificateInfo describe(const OpenSsl::X509List& chain);
    static KeyFacts keyFacts(const EVP_PKEY* key);
    static QDateTime toDateTime(const ASN1_TIME* time);
    // RFC 2253 text, UTF-8 kept as is.
    static QString nameText(const X509_NAME* name);
    static QString commonName(const X509_NAME* name);
    // The subject's common name, or its full subject when it has none: for error messages.
    static QString displayName(X509* certificate);
    static QString fingerprint(const X509* certificate, const EVP_MD* digest);
    static bool isSelfSigned(X509* certificate);
    static bool isCa(X509* certificate);
    // issuer issued subject: names and key identifiers agree and the signature verifies.
    static bool issued(X509* issuer, X509* subject);
    // All PEM certificates in the bytes, in order; other blocks are skipped. Empty when none parse.
    static OpenSsl::X509List readCertificates(const QByteArray& pem);
};

} // namespace Portico
