// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tls/CertificateChainEntry.h"
#include "tls/KeyAlgorithm.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Portico {

// What a certificate says, read once from its PEM: everything the UI shows and the TLS layer matches on.
class CertificateInfo
{
public:
    QString subject; // RFC 2253 form, "CN=www.example.com,O=Example"
    QString commonName;
    QStringList dnsNames;    // subjectAltName DNS entries, as written ("*.example.com" stays a wildcard)
    QStringList ipAddresses; // subjectAltName IP entries, in QHostAddress text form
    QString issuer;
    QString issuerCommonName;
    QString serialNumber; // upper-case hex, no separators
    QDateTime notBefore;  // UTC
    QDateTime notAfter;   // UTC
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Unknown;
    int keyBits = 0;
    QString curve;             // "P-256", "P-384", "P-521" for ECDSA; empty otherwise
    QString sha256Fingerprint; // "AB:CD:..." upper-case hex pairs
    QString sha1Fingerprint;   // the "thumbprint" Windows shows
    bool selfSigned = false;
    bool ca = false;
    QList<CertificateChainEntry> chain; // the certificates after the leaf, in the order they are served

    bool isNull() const { return sha256Fingerprint.isEmpty(); }
    // "RSA 2048", "ECDSA P-256", "Ed25519".
    QString keyType() const;
    // Whole days until notAfter (negative once expired; 0 during the last day).
    qint64 daysLeft(const QDateTime& now) const;
    bool isValidAt(const QDateTime& now) const;
    // A DNS SAN equal to the host (case-insensitive), or an IP SAN equal to the address.
    bool matchesExactly(const QString& host) const;
    // A wildcard DNS SAN covering the host: "*.example.com" covers "a.example.com", not "a.b.example.com".
    bool matchesWildcard(const QString& host) const;

    // The first certificate of the PEM is the leaf, the rest its chain; a null info if there is no certificate.
    static CertificateInfo fromPem(const QByteArray& chainPem);

    bool operator==(const CertificateInfo&) const = default;
};

} // namespace Portico

Q_DECLARE_METATYPE(Portico::CertificateInfo)
