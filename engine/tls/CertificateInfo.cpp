// SPDX-FileCopyrightText: 2026 The Portico authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/CertificateInfo.h"

#include "tls/CertificateNames.h"
#include "tls/X509Reader.h"

#include <cmath>

namespace Portico {

QString CertificateInfo::keyType() const
{
    switch (keyAlgorithm) {
    case KeyAlgorithm::Rsa:
        return QStringLiteral("RSA %1").arg(keyBits);
    case KeyAlgorithm::Ecdsa:
        return QStringLiteral("ECDSA %1").arg(curve);
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyAlgorithm::Unknown:
        break;
    }
    return QString();
}

qint64 CertificateInfo::daysLeft(const QDateTime& now) const
{
    const double seconds = static_cast<double>(now.secsTo(notAfter));
    return static_cast<qint64>(std::floor(seconds / 86400.0));
}

bool CertificateInfo::isValidAt(const QDateTime& now) const
{
    return !isNull() && notBefore <= now && now <= notAfter;
}

bool CertificateInfo::matchesExactly(const QString& host) const
{
    const QString name = CertificateNames::normalizedHost(host);
    if (CertificateNames::isIpAddress(name))
        return ipAddresses.contains(name);
    for (const QString& dns : dnsNames) {
        if (dns.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool CertificateInfo::matchesWildcard(const QString& host) const
{
    const QString name = CertificateNames::normalizedHost(host);
    for (const QString& dns : dnsNames) {
        if (CertificateNames::wildcardCovers(dns, name))
            return true;
    }
    return false;
}

CertificateInfo CertificateInfo::fromPem(const QByteArray& chainPem)
{
    return X509Reader::describe(X509Reader::readCertificates(chainPem));
}

} // namespace Portico
